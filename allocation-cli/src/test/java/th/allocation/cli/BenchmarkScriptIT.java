/*
 * Copyright 2026 The Thai basic-education allocation engine authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package th.allocation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The end-to-end benchmark script the README documents answers its usage and refuses bad
 * arguments before it builds or runs anything (running it is a benchmark, not a test).
 */
class BenchmarkScriptIT {
    private record Outcome(int code, String output) {}

    private static Outcome script(String... args) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("project.root", ".."))
                .toAbsolutePath()
                .normalize();
        Path output = Files.createTempFile("benchmark-script-", ".txt");
        try {
            List<String> command = new java.util.ArrayList<>(List.of(
                    "bash", root.resolve("benchmarks/cli/run-cli-benchmarks.sh").toString()));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(AllocProcess.TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the script did not answer within " + AllocProcess.TIMEOUT_SECONDS + " s");
            }
            return new Outcome(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    @Test
    void help_namesTheOptionsAndEveryCase() throws Exception {
        Outcome help = script("--help");
        assertEquals(0, help.code(), help.output());
        for (String word :
                List.of("--runs N", "--cases LIST", "national", "national-128m", "big", "big-compare", "sweep")) {
            assertTrue(help.output().contains(word), word + " in:\n" + help.output());
        }
    }

    @Test
    void badArguments_areRefusedWithExitCode2() throws Exception {
        Outcome runs = script("--runs", "0");
        assertEquals(2, runs.code(), runs.output());
        assertTrue(runs.output().contains("--runs needs a whole number of at least 1, not '0'"), runs.output());
        Outcome unknown = script("--bogus");
        assertEquals(2, unknown.code(), unknown.output());
        assertTrue(unknown.output().contains("unknown argument '--bogus'"), unknown.output());
        Outcome cases = script("--cases", "national,nope");
        assertEquals(2, cases.code(), cases.output());
        assertTrue(cases.output().contains("unknown case 'nope'"), cases.output());
    }
}

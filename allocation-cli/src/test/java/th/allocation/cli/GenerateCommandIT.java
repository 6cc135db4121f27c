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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code alloc generate} run as a user runs it: the packaged jar in its own process. */
class GenerateCommandIT {
    @TempDir
    Path folder;

    @Test
    void generate_smallFile_writesItAndSaysWhat() throws Exception {
        Path file = folder.resolve("schools.csv");
        Run run = alloc("generate", "--schools", "50", "--seed", "7", "--out", file.toString());
        assertEquals(0, run.exitCode, run.err);
        assertTrue(run.out.startsWith("Wrote 50 schools with "), run.out);
        assertTrue(run.out.contains("(seed 7)"), run.out);
        assertEquals(51, Files.readAllLines(file, StandardCharsets.UTF_8).size());
    }

    @Test
    void generate_report_printsTheCalibrationTable() throws Exception {
        Run run = alloc(
                "generate", "--schools", "200", "--out", folder.resolve("s.csv").toString(), "--report");
        assertEquals(0, run.exitCode, run.err);
        assertTrue(run.out.contains("| aggregate | target | tolerance |"), run.out);
        assertTrue(run.out.contains("| area_type | schools |"), run.out);
    }

    @Test
    void generate_existingFileWithoutForce_isAUsageErrorAndKeepsTheFile() throws Exception {
        Path file = Files.writeString(folder.resolve("schools.csv"), "mine");
        Run run = alloc("generate", "--schools", "5", "--out", file.toString());
        assertEquals(2, run.exitCode);
        assertTrue(run.err.contains("--force"), run.err);
        assertEquals("mine", Files.readString(file));
        assertEquals(0, alloc("generate", "--schools", "5", "--out", file.toString(), "--force").exitCode);
        assertFalse(Files.readString(file).equals("mine"));
    }

    @Test
    void generate_schoolsOutOfRange_isAUsageError() throws Exception {
        Run run = alloc(
                "generate", "--schools", "0", "--out", folder.resolve("s.csv").toString());
        assertEquals(2, run.exitCode);
        assertTrue(run.err.contains("between 1 and"), run.err);
        assertFalse(Files.exists(folder.resolve("s.csv")));
    }

    @Test
    void generate_help_documentsTheDefaultSeed() throws Exception {
        Run run = alloc("generate", "--help");
        assertEquals(0, run.exitCode);
        assertTrue(run.out.contains("default: 2565"), run.out);
        assertTrue(run.out.contains("default: 29449"), run.out);
    }

    private record Run(int exitCode, String out, String err) {}

    private Run alloc(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(System.getProperty("alloc.jar"));
        command.addAll(List.of(args));
        Path out = folder.resolve("stdout.txt");
        Path err = folder.resolve("stderr.txt");
        Process process = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        int code = process.waitFor();
        return new Run(
                code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}

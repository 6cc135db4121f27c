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
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Windows launcher, {@code alloc.cmd}, does what {@code ./alloc} does: the same jar, built by the
 * same Maven command when any of the same sources is newer, the same national school file generated
 * the same way. cmd.exe cannot run here, so its text is compared with the bash launcher's, and the
 * jar both run is started. The bash launcher's choice of compiler is run on its own, from its text.
 */
class LauncherIT {
    @TempDir
    Path work;

    private static String text(String name) {
        return new String(Fixtures.bytes(Fixtures.projectRoot().resolve(name)), StandardCharsets.UTF_8);
    }

    /** Every match of group 1 of {@code regex} in {@code text}, with backslashes made slashes. */
    private static List<String> all(String regex, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1).replace('\\', '/'));
        }
        return found;
    }

    @Test
    void allocCmd_runsTheSameJar_builtAndGeneratedAsTheBashLauncherDoes() {
        String bash = text("alloc");
        String cmd = text("alloc.cmd");

        assertEquals(all("jar=\"\\$root/([^\"]+)\"", bash), all("set \"jar=%root%\\\\([^\"]+)\"", cmd), "the jar");
        assertEquals(List.of("allocation-cli/target/alloc.jar"), all("set \"jar=%root%\\\\([^\"]+)\"", cmd));
        assertEquals(all("(mvn -B [^)\\n>]+?) *\\)", bash), all("call (mvn -B [^>\\r\\n]+?) *>", cmd), "the build");
        assertEquals(
                all("(generate --seed [0-9]+ --schools [0-9]+) --out", bash),
                all("(generate --seed [0-9]+ --schools [0-9]+) --out", cmd),
                "the national school file");
        Set<String> bashSources = new TreeSet<>(
                all("\"\\$root/([^\"]+)\"", bash.substring(bash.indexOf("stale()"), bash.indexOf("-newer"))));
        Set<String> cmdSources = new TreeSet<>(all("%root%\\\\([^;\"]+)", cmd.substring(cmd.indexOf("ALLOC_SOURCES=")))
                .subList(0, 7));
        assertEquals(bashSources, cmdSources, "the sources whose change rebuilds the jar");
    }

    @Test
    void allocCmd_hasCrlfLineEnds_andOnlyAscii() {
        byte[] bytes = Fixtures.bytes(Fixtures.projectRoot().resolve("alloc.cmd"));
        for (int i = 0; i < bytes.length; i++) {
            assertTrue(bytes[i] >= 0, "a non-ASCII byte at " + i + ": cmd.exe reads files in the console's code page");
            if (bytes[i] == '\n') {
                assertTrue(i > 0 && bytes[i - 1] == '\r', "a bare LF at byte " + i + ": cmd.exe needs CRLF");
            }
        }
    }

    @Test
    void theJar_startsWithJavaAlone_asAUserWithoutMavenRunsIt() {
        AllocProcess.Result result = AllocProcess.run(work, "--version").assertExitCode(0);

        assertTrue(result.stdout().startsWith("alloc "), result::describe);
        assertFalse(result.stdout().contains("SNAPSHOT-shaded"), result::describe);
    }

    /**
     * The compiler {@code ./alloc} chooses for {@code args}, run from {@code work}: its own {@code
     * long_job} function, cut from its text and run by bash, so that no jar, archive or example file
     * is made.
     */
    private String compiler(String... args) throws IOException, InterruptedException {
        String bash = text("alloc");
        String functions = bash.substring(bash.indexOf("large_kib="), bash.indexOf("jit=()"));
        Path script = work.resolve("choice.sh");
        Files.writeString(script, functions + "if long_job \"$@\"; then echo full; else echo quick; fi\n");
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "bash did not finish");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    /** A file of {@code bytes} bytes, sparse: no disk is written. */
    private Path sized(String name, long bytes) throws IOException {
        Path file = work.resolve(name);
        Files.createDirectories(file.getParent());
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(bytes);
        }
        return file;
    }

    @Test
    void launcher_keepsTheFullCompiler_forASchoolFileOver64MiB_namedByAScenarioOrAnOption() throws Exception {
        long limit = 64L * 1024 * 1024;
        sized("data/big.csv", limit + 1);
        sized("data/edge.csv", limit);
        Files.writeString(work.resolve("data/big.yaml"), "name: Big\nschools: \"big.csv\"   # the file\nbudget: 1\n");
        Files.writeString(work.resolve("data/edge.yaml"), "name: Edge\r\nschools: edge.csv\r\n");
        Files.writeString(work.resolve("data/nested.yaml"), "name: Nested\nrule:\n  schools: big.csv\n");
        sized("runs/big/allocations.csv", limit + 1);

        assertEquals("full", compiler("run", "data/big.yaml", "--out", "out"), "a scenario naming a large file");
        assertEquals(
                "full",
                compiler("--verbose", "validate", work.resolve("data/big.yaml").toString()));
        assertEquals("quick", compiler("run", "data/edge.yaml"), "64 MiB exactly is not over 64 MiB (CRLF lines)");
        assertEquals("quick", compiler("run", "data/nested.yaml"), "only a top-level schools: line counts");
        assertEquals("full", compiler("run", "data/edge.yaml", "--schools=data/big.csv"), "--schools=FILE");
        assertEquals("full", compiler("run", "data/edge.yaml", "--schools", "data/big.csv"), "--schools FILE");
        assertEquals("full", compiler("evaluate", "runs/big"), "a run folder with a large allocations.csv");
        assertEquals("quick", compiler("run", "missing.yaml"), "a file that is not there");
    }

    /**
     * The huge-page flag {@code ./alloc} adds to every job where Linux's transparent huge pages
     * setting reads {@code setting} (null: no such file): its own {@code huge_pages} function, run
     * by bash.
     */
    private List<String> hugePages(String setting) throws IOException, InterruptedException {
        String bash = text("alloc");
        String function = bash.substring(bash.indexOf("huge_pages() {"), bash.indexOf("jit=()"));
        Path enabled = work.resolve("enabled");
        Files.deleteIfExists(enabled);
        if (setting != null) {
            Files.writeString(enabled, setting + "\n");
        }
        Path script = work.resolve("huge.sh");
        Files.writeString(
                script,
                function + "flags=()\nhuge_pages \"$1\"\n"
                        + "if [ ${#flags[@]} -gt 0 ]; then printf '%s\\n' \"${flags[@]}\"; fi\n");
        Process process = new ProcessBuilder("bash", script.toString(), enabled.toString())
                .redirectErrorStream(true)
                .start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "bash did not finish");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        return output.lines().toList();
    }

    /** The huge-page flag this machine's setting gives, as {@code ./alloc} reads it. */
    private List<String> hugePagesHere() throws IOException, InterruptedException {
        Path enabled = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        return hugePages(Files.exists(enabled) ? Files.readString(enabled).strip() : null);
    }

    @Test
    void launcher_asksForHugePages_onlyWhereLinuxGivesThemOnRequest() throws Exception {
        assertEquals(List.of("-XX:+UseTransparentHugePages"), hugePages("always [madvise] never"));
        assertEquals(List.of(), hugePages("[always] madvise never"), "the JVM has them anyway");
        assertEquals(List.of(), hugePages("always madvise [never]"), "asking would warn");
        assertEquals(List.of(), hugePages(null), "not Linux, or no such setting");
    }

    @Test
    void launcher_asksForHugePagesForEveryJob_andDropsThePerformanceCountersForShortOnes() {
        String bash = text("alloc");
        String choice = bash.substring(bash.indexOf("jit=()"));
        assertTrue(
                choice.contains("esac\nflags=()\nhuge_pages /sys/kernel/mm/transparent_hugepage/enabled\n"
                        + "if [ \"${#jit[@]}\" -gt 0 ]; then\n  flags+=(-XX:-UsePerfData)\nfi\n"),
                "huge pages whatever the compiler; no counters with the quick compiler alone");
        assertTrue(choice.contains("exec java \"${cds[@]}\" \"${jit[@]}\" \"${flags[@]}\" -jar"), choice);
    }

    /**
     * The JVM started with the flags a short job and a long one get here: each run writes its folder
     * and prints no warning, and bad input still gives its located message and exit code 2, and
     * nothing else.
     */
    @Test
    void theLaunchersFlags_runQuietly_andKeepTheExitCodes() throws Exception {
        List<String> huge = hugePagesHere();
        List<String> shortJob = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1"));
        shortJob.addAll(huge);
        shortJob.add("-XX:-UsePerfData");
        Path scenario = Fixtures.projectRoot().resolve("examples/small/needs-weighted.yaml");
        for (List<String> options : List.of(shortJob, huge)) {
            Path out = work.resolve("out-" + options.size());
            String[] ok = {"run", scenario.toString(), "--out", out.toString()};
            String[] bad = {"run", work.resolve("missing.yaml").toString()};
            AllocProcess.Result okOut =
                    AllocProcess.start(work, options, ok).await().assertExitCode(0);
            assertEquals("", okOut.stderr(), "no warning from the JVM with " + options);
            assertTrue(Files.isRegularFile(out.resolve("allocations.csv")));
            AllocProcess.Result badOut =
                    AllocProcess.start(work, options, bad).await().assertExitCode(2);
            assertTrue(
                    badOut.stderr().startsWith("error: ") && badOut.stderr().contains("missing.yaml"), badOut.stderr());
        }
    }

    @Test
    void launcher_keepsTheFullCompiler_forSweepServeAndLargeGenerations() throws Exception {
        assertEquals("full", compiler("sweep", "any.yaml"));
        assertEquals("full", compiler("--verbose", "serve", "any.yaml"));
        assertEquals("full", compiler("generate", "--schools", "150000", "--out", "x.csv"));
        assertEquals("full", compiler("generate", "--schools=150000"));
        assertEquals("quick", compiler("generate", "--schools", "29449"));
        assertEquals("quick", compiler("explain", "--help"));
    }
}

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
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two years round the monitoring loop on the national example (29,449 schools), with the three
 * commands of the README's "Monitor and evaluate", read from the README itself, then the second year.
 */
class EvaluationLoopIT {
    /** A national run on a busy 2-core machine; a hang still fails. */
    private static final long TIMEOUT_SECONDS = 600;

    @TempDir
    Path work;

    @Test
    void twoYearsRoundTheLoop_onTheNationalExample() throws IOException {
        Path thailand = Files.createDirectories(work.resolve("examples/thailand"));
        try (Stream<Path> files = Files.list(Fixtures.projectRoot().resolve("examples/thailand"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Files.copy(file, thailand.resolve(file.getFileName()));
            }
        }
        // As ./alloc does on first use.
        alloc("generate", "--seed", "2565", "--schools", "29449", "--out", "examples/thailand/schools.csv", "--force");

        List<String[]> commands = readmeCommands();
        assertEquals(3, commands.size(), "three commands take a newcomer round the loop");
        for (String[] command : commands) {
            alloc(command);
        }

        // Year one: the evaluation at every level, and next year's inputs and allocation.
        Path evaluation = work.resolve("out/evaluation-2570");
        assertTrue(Files.isRegularFile(evaluation.resolve("report.html")));
        List<List<String>> units = Fixtures.readSpreadsheetCsv(evaluation.resolve("units.csv"));
        List<String> levels = Fixtures.column(units, "level");
        assertEquals(4, levels.stream().filter("centre"::equals).count(), "four indicators at the centre");
        assertEquals(19 * 4, levels.stream().filter("cluster"::equals).count());
        assertEquals(245 * 4, levels.stream().filter("esa"::equals).count());
        assertEquals(5 * 4, levels.stream().filter("area_type"::equals).count());
        assertTrue(levels.stream().filter("network"::equals).count() > 2_000 * 4, "networks of about ten schools");
        Path next = work.resolve("out/loop/2571");
        String scenario = Fixtures.read(next.resolve("targets.yaml"));
        assertTrue(scenario.contains("fiscal_year: 2571"), scenario);
        assertFalse(scenario.contains("amount: 2000\n"), "reading's cost learnt from the year");
        BigDecimal total =
                Fixtures.column(Fixtures.readSpreadsheetCsv(next.resolve("allocation/allocations.csv")), "allocation")
                        .stream()
                        .map(BigDecimal::new)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(new BigDecimal("19668984180.00"), total, "next year's allocation spends the budget exactly");

        // Year two, as docs/evaluation.md goes on: that year's results, then the same evaluate.
        alloc(
                "generate",
                "--results-for",
                "out/loop/2571/allocation",
                "--seed",
                "2572",
                "--out",
                "out/loop/2571/results.csv");
        alloc("evaluate", "out/loop", "--report", "--next-year", "out/loop/2572");
        Path second = work.resolve("out/evaluation-2571");
        List<List<String>> history = Fixtures.readSpreadsheetCsv(second.resolve("history.csv"));
        assertEquals(
                List.of("2570", "2571"),
                history.stream()
                        .skip(1)
                        .filter(r -> r.get(0).equals("centre") && r.get(3).equals("reading"))
                        .map(r -> r.get(4))
                        .toList());
        List<List<String>> trends = Fixtures.readSpreadsheetCsv(second.resolve("trends.csv"));
        List<String> centre = trends.stream()
                .filter(r -> r.get(0).equals("centre") && r.get(2).equals("reading"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("3", "2570", "2572"), centre.subList(3, 6), "baseline of 2570, results of 2571 and 2572");
        assertTrue(
                Files.isRegularFile(work.resolve("out/loop/2572/allocation/allocations.csv")),
                "a third year's allocation");
    }

    /** The commands of the first bash block of the README's "Monitor and evaluate", without ./alloc. */
    private static List<String[]> readmeCommands() throws IOException {
        String readme = Files.readString(Fixtures.projectRoot().resolve("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## Monitor and evaluate");
        assertTrue(section >= 0, "the README's section");
        int start = readme.indexOf("```bash\n", section) + "```bash\n".length();
        int end = readme.indexOf("```", start);
        List<String[]> commands = new ArrayList<>();
        for (String line : readme.substring(start, end).split("\n")) {
            String command = line.replaceAll("\\s+#.*$", "").trim();
            if (!command.isEmpty()) {
                assertTrue(command.startsWith("./alloc "), command);
                commands.add(command.substring("./alloc ".length()).split("\\s+"));
            }
        }
        return commands;
    }

    /** Runs alloc in the work folder, as the user would run ./alloc from the repository root; exit 0. */
    private void alloc(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                AllocProcess.jar().toString()));
        command.addAll(Arrays.asList(args));
        try {
            Path log = Files.createTempFile(work, "alloc-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(work.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                fail("alloc " + String.join(" ", args) + " did not end within " + TIMEOUT_SECONDS + " s");
            }
            assertEquals(0, process.exitValue(), () -> "alloc " + String.join(" ", args) + "\n" + Fixtures.read(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }
}

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

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code alloc compare} on the small example, whose two allocations are worked by hand in examples/small/README.md. */
class CompareIT {
    @TempDir
    Path work;

    @Test
    void compare_smallExample_writesTheTablesAndPrintsWinnersAndLosers_sameBytesTwice() {
        Fixtures.copyExample(work);

        AllocProcess.Result result = AllocProcess.run(
                        work, "compare", Fixtures.STATUS_QUO, Fixtures.NEEDS_WEIGHTED, "--out", "cmp")
                .assertExitCode(0);

        Path folder = work.resolve("cmp");
        assertEquals(
                List.of(
                        ".alloc-output.json",
                        "equity.csv",
                        "groups.csv",
                        "schools.csv",
                        "summary.json",
                        "winners_losers.csv"),
                List.copyOf(Fixtures.snapshot(folder).keySet()));
        List<List<String>> winners = Fixtures.readSpreadsheetCsv(folder.resolve("winners_losers.csv"));
        assertEquals(
                List.of(
                        "scenario",
                        "grouping",
                        "group",
                        "schools",
                        "gaining",
                        "losing",
                        "unchanged",
                        "gained",
                        "lost",
                        "net"),
                winners.get(0));
        // examples/small/README.md, status quo vs needs-weighted: 8 schools gain 886,560 THB in all, 5 lose as much.
        assertEquals(
                List.of("needs-weighted", "all", "all", "13", "8", "5", "0", "886560.00", "886560.00", "0.00"),
                winners.get(1));
        List<List<String>> schools = Fixtures.readSpreadsheetCsv(folder.resolve("schools.csv"));
        Map<String, String> difference = Fixtures.bySchool(schools, "difference_needs_weighted");
        assertEquals("163873.00", difference.get("20007"), "664,453 - 500,580 (README tables)");
        assertEquals("-464800.00", difference.get("10002"), "5,810,000 - 6,274,800");
        BigDecimal sum = difference.values().stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(new BigDecimal("0.00"), sum, "both scenarios allocate 15,905,052 THB");
        List<List<String>> groups = Fixtures.readSpreadsheetCsv(folder.resolve("groups.csv"));
        assertEquals(
                List.of("all", "all", "13", "4982", "15905052.00", "3192.50", "15905052.00", "3192.50", "0.00", "0.00"),
                groups.get(1));
        List<List<String>> equity = Fixtures.readSpreadsheetCsv(folder.resolve("equity.csv"));
        assertEquals(
                List.of("status-quo", "needs-weighted"),
                Fixtures.column(equity, "scenario").stream().distinct().toList());
        // Hand-worked: capital under the status quo, two schools at 2,030.40 and 3,921.75 per pupil; see
        // AllocationWriterEquityTest for the Gini.
        assertTrue(
                Pattern.compile("(?m)^capital\\s+2\\s+0\\s+2\\s+0\\s+0\\.00\\s+543,040\\.00\\s+-543,040\\.00$")
                        .matcher(result.stdout())
                        .find(),
                result::describe);
        assertTrue(
                Pattern.compile("(?m)^gini\\s+0\\.\\d{4}\\s+0\\.\\d{4}\\s+[+-]0\\.\\d{4}$")
                        .matcher(result.stdout())
                        .find(),
                result::describe);
        assertEquals("", result.stderr(), result::describe);

        SortedMap<String, String> first = Fixtures.snapshot(work);
        AllocProcess.run(work, "compare", Fixtures.STATUS_QUO, Fixtures.NEEDS_WEIGHTED, "--out", "cmp")
                .assertExitCode(0);
        assertEquals(first, Fixtures.snapshot(work), "the same inputs give the same bytes");
    }

    @Test
    void compare_aScenarioWithItself_labelsItApartAndFindsEverySchoolUnchanged() {
        Fixtures.copyExample(work);

        AllocProcess.run(work, "compare", Fixtures.STATUS_QUO, Fixtures.STATUS_QUO)
                .assertExitCode(0);

        Path folder = work.resolve("out/status-quo-vs-status-quo-2");
        List<List<String>> winners = Fixtures.readSpreadsheetCsv(folder.resolve("winners_losers.csv"));
        assertEquals(
                List.of("status-quo-2", "all", "all", "13", "0", "0", "13", "0.00", "0.00", "0.00"), winners.get(1));
        assertTrue(
                Fixtures.readSpreadsheetCsv(folder.resolve("groups.csv")).get(0).contains("allocation_status_quo_2"));
    }

    @Test
    void compare_oneScenario_isAUsageError() {
        Fixtures.copyExample(work);

        AllocProcess.Result result =
                AllocProcess.run(work, "compare", Fixtures.STATUS_QUO).assertExitCode(2);

        assertTrue(result.stderr().contains("SCENARIO"), result::describe);
        assertFalse(Files.exists(work.resolve("out")));
    }

    @Test
    void compare_scenariosOnDifferentSchoolFiles_isRefused_exitsTwo_writesNothing() {
        Fixtures.copyExample(work);
        String other = Fixtures.read(work.resolve(Fixtures.SCHOOLS)).replace(",45,0,0,0,30,", ",46,0,0,0,30,");
        Fixtures.write(work.resolve("other.csv"), other);
        Fixtures.write(
                work.resolve("other.yaml"),
                Fixtures.replaceOnce(
                        Fixtures.read(work.resolve(Fixtures.STATUS_QUO)),
                        "schools: schools.csv",
                        "schools: other.csv"));

        AllocProcess.Result result = AllocProcess.run(work, "compare", Fixtures.STATUS_QUO, "other.yaml")
                .assertExitCode(2);

        assertEquals(1, result.errorLines().size(), result::describe);
        assertTrue(
                result.errorLines()
                        .get(0)
                        .startsWith("error: other.yaml: Its school file other.csv holds other"
                                + " data than the baseline's, schools.csv."),
                result::describe);
        assertFalse(result.hasStackTrace(), result::describe);
        assertFalse(Files.exists(work.resolve("out")));

        // With one school file for both, the two scenarios compare.
        AllocProcess.run(work, "compare", Fixtures.STATUS_QUO, "other.yaml", "--schools", Fixtures.SCHOOLS)
                .assertExitCode(0);
    }

    @Test
    void compare_infeasibleScenario_namesItsFile_exitsTwo() {
        Fixtures.copyExample(work);
        Fixtures.write(
                work.resolve("tight.yaml"),
                Fixtures.replaceOnce(
                        Fixtures.read(work.resolve(Fixtures.NEEDS_WEIGHTED)), "budget: 15905052", "budget: 1000000"));

        AllocProcess.Result result = AllocProcess.run(work, "compare", Fixtures.STATUS_QUO, "tight.yaml")
                .assertExitCode(2);

        assertTrue(
                result.stderr().startsWith("error: infeasible scenario: tight.yaml: Floors add up to"),
                result::describe);
        assertFalse(Files.exists(work.resolve("out")));
    }
}

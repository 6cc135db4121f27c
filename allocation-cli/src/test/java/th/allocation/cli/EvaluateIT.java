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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** alloc evaluate on the small example, from outside: its files, next year, and every bad input refused. */
class EvaluateIT {
    private static final String RESULTS = "results-2571.csv";

    @TempDir
    Path work;

    /** The small example, its results, and its targets run in {@code run/}. */
    @BeforeEach
    void runTheTargets() {
        Fixtures.copyExample(work);
        try {
            Files.copy(Fixtures.projectRoot().resolve("examples/small").resolve(RESULTS), work.resolve(RESULTS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AllocProcess.run(work, "run", "targets.yaml", "--out", "run").assertExitCode(0);
    }

    @Test
    void evaluate_aRunsFolder_writesTheTablesReportAndNextYear() {
        AllocProcess.Result result = AllocProcess.run(
                        work,
                        "evaluate",
                        "run",
                        "--results",
                        RESULTS,
                        "--report",
                        "--schools",
                        "schools.csv",
                        "--next-year",
                        "next")
                .assertExitCode(0);

        assertTrue(
                result.stdout().contains("allocation of FY 2570 against results of FY 2571, 13 schools"),
                result::describe);
        assertTrue(
                result.stdout().contains("reading 5000 -> 6207.32 THB per pupil (efficiency 0.61)"), result::describe);
        assertEquals(
                List.of(
                        ".alloc-output.json",
                        "goals.csv",
                        "indicators.csv",
                        "report.html",
                        "schools.csv",
                        "summary.json",
                        "units.csv"),
                List.copyOf(
                        Fixtures.snapshot(work.resolve("out/evaluation-2570")).keySet()));
        List<List<String>> units = Fixtures.readSpreadsheetCsv(work.resolve("out/evaluation-2570/units.csv"));
        assertEquals(
                List.of("centre", "all", "", "reading", "quality", "pupils"),
                units.get(1).subList(0, 6));
        assertEquals("on_track", units.get(1).get(units.get(0).indexOf("status")));
        assertEquals(1 + 1 + 3 + 7 + 4 + 5, units.size(), "a header and every unit of every level");
        List<List<String>> schools = Fixtures.readSpreadsheetCsv(work.resolve("out/evaluation-2570/schools.csv"));
        assertEquals("worse", Fixtures.bySchool(schools, "status").get("30004"));
        assertTrue(
                Fixtures.read(work.resolve("out/evaluation-2570/summary.json")).contains("\"next_cost\" : 6207.32"));

        // Next year's scenario, run as a user would, gives next year's allocation to the byte.
        assertTrue(Fixtures.read(work.resolve("next/targets.yaml")).contains("fiscal_year: 2571"));
        AllocProcess.run(work, "run", "next/targets.yaml", "--out", "rerun").assertExitCode(0);
        assertEquals(
                Fixtures.sha256(work.resolve("next/allocation/allocations.csv")),
                Fixtures.sha256(work.resolve("rerun/allocations.csv")));
    }

    @Test
    void evaluate_theScenario_givesTheSameTables() {
        AllocProcess.run(work, "evaluate", "run", "--results", RESULTS, "--out", "from-run")
                .assertExitCode(0);
        AllocProcess.run(work, "evaluate", "targets.yaml", "--results", RESULTS, "--out", "from-scenario")
                .assertExitCode(0);
        assertEquals(
                Fixtures.sha256(work.resolve("from-run/goals.csv")),
                Fixtures.sha256(work.resolve("from-scenario/goals.csv")));
        // The run's file keeps six decimals of the projection (0.525842 for 0.52584235...): means may differ
        // in the sixth decimal, statuses may not.
        List<List<String>> fromRun = Fixtures.readSpreadsheetCsv(work.resolve("from-run/units.csv"));
        List<List<String>> fromScenario = Fixtures.readSpreadsheetCsv(work.resolve("from-scenario/units.csv"));
        assertEquals(Fixtures.column(fromRun, "status"), Fixtures.column(fromScenario, "status"));
        assertEquals(Fixtures.column(fromRun, "unit"), Fixtures.column(fromScenario, "unit"));
    }

    @Test
    void aFolderOfYears_addsTheHistoryAndTrends() {
        Fixtures.write(work.resolve("loop/2570/results.csv"), Fixtures.read(work.resolve(RESULTS)));
        AllocProcess.run(work, "run", "targets.yaml", "--out", "loop/2570/allocation")
                .assertExitCode(0);
        AllocProcess.run(work, "evaluate", "loop", "--schools", "schools.csv", "--next-year", "loop/2571")
                .assertExitCode(0);
        AllocProcess.run(
                        work,
                        "generate",
                        "--results-for",
                        "loop/2571/allocation",
                        "--seed",
                        "7",
                        "--out",
                        "loop/2571/results.csv")
                .assertExitCode(0);
        AllocProcess.Result result = AllocProcess.run(work, "evaluate", "loop", "--report", "--out", "history")
                .assertExitCode(0);

        assertTrue(result.stdout().contains("allocation of FY 2571 against results of FY 2572"), result::describe);
        List<List<String>> history = Fixtures.readSpreadsheetCsv(work.resolve("history/history.csv"));
        assertEquals(
                List.of("centre", "all", "", "reading", "2570", "2571"),
                history.get(1).subList(0, 6));
        assertEquals(
                List.of("centre", "all", "", "reading", "2571", "2572"),
                history.get(2).subList(0, 6));
        List<List<String>> trends = Fixtures.readSpreadsheetCsv(work.resolve("history/trends.csv"));
        assertEquals(
                List.of("centre", "all", "reading", "3", "2570", "2572"),
                trends.get(1).subList(0, 6));
    }

    private void assertRefused(List<String> expectedStarts, String... args) {
        SortedMap<String, String> before = Fixtures.snapshot(work);
        AllocProcess.run(work, args).assertExitCode(2).assertProblems(expectedStarts);
        assertEquals(before, Fixtures.snapshot(work), "nothing written");
    }

    private void results(String name, String text) {
        Fixtures.write(work.resolve(name), text);
    }

    @Test
    void badInput_valueOutsideItsRange() {
        results("bad.csv", Fixtures.read(work.resolve(RESULTS)).replace("20006,2571,0.36", "20006,2571,1.36"));
        assertRefused(
                List.of(
                        "error: bad.csv:9: school 20006, column reading: 1.36 is outside the range of reading, 0 to 1 (a"
                                + " share: every baseline value and the target lie in [0, 1]). Check the value; if the indicator"
                                + " can take it, give its range, e.g. --range reading=MIN:MAX."),
                "evaluate",
                "run",
                "--results",
                "bad.csv");
    }

    @Test
    void badInput_resultsForAnotherSchoolSet() {
        results("bad.csv", Fixtures.read(work.resolve(RESULTS)).replaceAll("(?m)^(\\d{5}),", "9$1,"));
        assertRefused(
                List.of("error: bad.csv: The results are for another set of schools: 0 of their 13 rows name a school"
                        + " of the allocation (13 schools, run), e.g. not 910001, 910002, 920001."),
                "evaluate",
                "run",
                "--results",
                "bad.csv");
    }

    @Test
    void badInput_aYearThatDoesNotFollow() {
        results("bad.csv", Fixtures.read(work.resolve(RESULTS)).replace(",2571,", ",2572,"));
        assertRefused(
                List.of("error: bad.csv:2: school 10001, column fiscal_year: The results are for fiscal year 2572 (13"
                        + " rows), which does not follow the allocation's fiscal year 2570"),
                "evaluate",
                "run",
                "--results",
                "bad.csv");
    }

    @Test
    void badInput_duplicateSchoolYearRows() {
        results("bad.csv", Fixtures.read(work.resolve(RESULTS)) + "20003,2571,0.5\n");
        assertRefused(
                List.of("error: bad.csv:15: school 20003, column school_id: A second row for this school in fiscal year"
                        + " 2571 (the first is on line 6)."),
                "evaluate",
                "run",
                "--results",
                "bad.csv");
    }

    @Test
    void badInput_anIndicatorTheScenarioDoesNotKnow() {
        results("bad.csv", Fixtures.read(work.resolve(RESULTS)).replace("reading", "raeding"));
        assertRefused(
                List.of(
                        "error: bad.csv:1: raeding: The column 'raeding' is not an indicator of the scenario 'Status quo"
                                + " plus 1 million THB for reading, min-max'. Did you mean 'reading'?"),
                "evaluate",
                "run",
                "--results",
                "bad.csv");
    }

    @Test
    void badInput_aSchoolWithoutARow_andAnotherSchoolFile() {
        results("bad.csv", Fixtures.read(work.resolve(RESULTS)).replace("30004,2571,0.33\n", ""));
        assertRefused(
                List.of("error: bad.csv: school 30004, column school_id: The school is in the allocation but has no row"
                        + " for fiscal year 2571 in the results."),
                "evaluate",
                "run",
                "--results",
                "bad.csv");
        assertRefused(
                List.of("error: needs-weighted.yaml: This is not the school file the run read"),
                "evaluate",
                "run",
                "--results",
                RESULTS,
                "--schools",
                "needs-weighted.yaml",
                "--next-year",
                "next");
    }

    @Test
    void badInput_aRunWithoutTargets_andAMalformedRange() {
        AllocProcess.run(work, "run", "needs-weighted.yaml", "--out", "formula").assertExitCode(0);
        assertRefused(
                List.of("error: formula/summary.json: The run allocated"), "evaluate", "formula", "--results", RESULTS);
        SortedMap<String, String> before = Fixtures.snapshot(work);
        AllocProcess.Result usage = AllocProcess.run(
                        work, "evaluate", "run", "--results", RESULTS, "--range", "reading")
                .assertExitCode(2);
        assertTrue(usage.stderr().contains("--range takes NAME=MIN:MAX"), usage::describe);
        assertEquals(before, Fixtures.snapshot(work));
        assertFalse(Files.exists(work.resolve("out")));
    }
}

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code alloc run} on a scenario with a {@code transition}, from outside: the national example
 * (examples/thailand/transition.yaml) writes a folder a year whose allocations add up to that year's
 * budget, with no school below 98% of its per-pupil allocation of the year before; the report's
 * transition section renders in headless Chromium without a script error; a bad transition is an
 * input error that writes nothing.
 */
class TransitionIT {
    @TempDir
    Path work;

    @Test
    void national_fourYears_eachYearAddsUpToItsBudget_andNoSchoolFallsMoreThanTwoPercentPerPupil() {
        Path folder = NationalExample.folder();
        Path out = work.resolve("transition");

        AllocProcess.Result result = NationalExample.run(folder, "run", "transition.yaml", "--out", out.toString())
                .assertExitCode(0);

        assertTrue(
                result.stdout().contains("transition from status-quo.yaml to rule weighted over 4 years"),
                result::describe);
        List<List<String>> years = Fixtures.readSpreadsheetCsv(out.resolve("transition-years.csv"));
        List<String> fiscalYears = Fixtures.column(years, "fiscal_year");
        assertEquals(List.of("2570", "2571", "2572", "2573"), fiscalYears);
        List<String> budgets = Fixtures.column(years, "budget");
        assertEquals("18168984180.00", budgets.get(0), "the status quo's total");
        List<List<String>> table = Fixtures.readSpreadsheetCsv(out.resolve("transition.csv"));
        List<String> before = Fixtures.column(table, "baseline");
        for (int k = 0; k < fiscalYears.size(); k++) {
            String fy = fiscalYears.get(k);
            List<List<String>> allocations =
                    Fixtures.readSpreadsheetCsv(out.resolve("years").resolve(fy).resolve("allocations.csv"));
            List<String> amounts = Fixtures.column(allocations, "allocation");
            assertEquals(29_449, amounts.size());
            BigDecimal sum = BigDecimal.ZERO;
            for (String amount : amounts) {
                sum = sum.add(new BigDecimal(amount));
            }
            assertEquals(0, sum.compareTo(new BigDecimal(budgets.get(k))), "FY " + fy + " adds up to its budget");
            assertEquals(amounts, Fixtures.column(table, "allocation_" + fy), "transition.csv agrees, FY " + fy);
            assertEquals(before, Fixtures.column(allocations, "previous_allocation"), "the year before, FY " + fy);
            List<String> ids = Fixtures.column(table, "school_id");
            for (int i = 0; i < amounts.size(); i++) {
                // The same pupils every year: 98% per pupil is 98% of the total.
                BigDecimal now = new BigDecimal(amounts.get(i));
                BigDecimal least = new BigDecimal(before.get(i)).multiply(new BigDecimal("0.98"));
                assertTrue(now.compareTo(least) >= 0, ids.get(i) + " FY " + fy + ": " + before.get(i) + " -> " + now);
            }
            before = amounts;
        }
        List<String> gaps = Fixtures.column(table, "gap_to_target");
        assertEquals(29_449, gaps.size());
    }

    @Test
    void report_showsThePath_andRendersWithoutScriptErrors() throws java.io.IOException {
        HeadlessChromium chromium = HeadlessChromium.in(work);
        Fixtures.copyExample(work);
        String weighted = Fixtures.read(work.resolve(Fixtures.NEEDS_WEIGHTED));
        Fixtures.write(
                work.resolve("transition.yaml"),
                weighted.substring(0, weighted.indexOf("floors:"))
                        + "transition:\n  from: status-quo.yaml\n  years: 3\n  per_pupil_floor_percent: -2\n");

        AllocProcess.Result result = AllocProcess.run(work, "run", "transition.yaml", "--report", "--out", "tr")
                .assertExitCode(0);

        assertTrue(result.stdout().contains("and report.html in tr"), result::describe);
        Path report = work.resolve("tr/report.html");
        String dom = chromium.dumpDom(report);
        Matcher tag = Pattern.compile("<html[^>]*>").matcher(dom);
        assertTrue(tag.find());
        assertTrue(
                tag.group().contains("data-rendered=\"true\"") && tag.group().contains("data-errors=\"0\""),
                tag.group());
        assertTrue(dom.contains("Transition, year by year"), "the transition's section");
        assertTrue(
                Pattern.compile("<canvas id=\"chart-transition\"[^>]*data-drawn=\"true\"")
                        .matcher(dom)
                        .find(),
                "the transition's chart was drawn");
        chromium.screenshot(report, "report-transition.png", 1280, 2000, 20_000);
    }

    @Test
    void transition_withZeroYears_isAnInputError_andWritesNothing() {
        Fixtures.copyExample(work);
        Fixtures.write(
                work.resolve("bad.yaml"),
                Fixtures.read(work.resolve(Fixtures.NEEDS_WEIGHTED)) + "transition:\n  years: 0\n");

        AllocProcess.Result result =
                AllocProcess.run(work, "run", "bad.yaml", "--out", "bad").assertExitCode(2);

        assertTrue(
                result.stderr().contains("'transition.years' must be a number of years from 1 to 50"),
                result::describe);
        assertFalse(Files.exists(work.resolve("bad")));
    }
}

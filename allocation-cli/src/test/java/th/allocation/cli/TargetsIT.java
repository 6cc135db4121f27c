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

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code alloc run} on target-driven scenarios, from outside: results, explanations, infeasibility. */
class TargetsIT {
    @TempDir
    Path work;

    @Test
    void run_smallTargets_spendsTheBudgetAndExplainsEveryIndicator() {
        Fixtures.copyExample(work);
        AllocProcess.run(work, "run", "targets.yaml", "--out", "result").assertExitCode(0);

        List<List<String>> rows = Fixtures.readSpreadsheetCsv(work.resolve("result/allocations.csv"));
        BigDecimal total = Fixtures.column(rows, "allocation").stream()
                .map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(new BigDecimal("16905052.00"), total, "15,905,052 status quo + 1,000,000 for reading");
        // School 30002's extra for reading, worked in examples/small/README.md.
        assertEquals("414605.90", Fixtures.bySchool(rows, "target_reading").get("30002"));
        assertEquals("0.525842", Fixtures.bySchool(rows, "reading_projected").get("30002"));
        String summary = Fixtures.read(work.resolve("result/summary.json"));
        assertTrue(summary.contains("\"solver\" : \"structured\""), summary);
        assertTrue(summary.contains("\"budget_shadow_price\""), summary);
    }

    @Test
    void run_targetsWithABudgetBelowTheBases_saysByHowMuchAndWritesNothing_exitsTwo() {
        Fixtures.copyExample(work);
        String text = Fixtures.replaceOnce(
                Fixtures.read(work.resolve("targets.yaml")), "budget: 16905052", "budget: 15000000");
        Fixtures.write(work.resolve("short.yaml"), text);
        SortedMap<String, String> before = Fixtures.snapshot(work);

        // The bases alone (the status quo) need 15,905,052 THB: 905,052 more than the budget.
        AllocProcess.run(work, "run", "short.yaml")
                .assertExitCode(2)
                .assertProblems(List.of(
                        "error: infeasible scenario: The base entitlements, floors and envelope minimums need 15,905,052"
                                + " THB but the budget is 15,000,000 THB. Raise the budget by at least 905,052 THB"));
        assertEquals(before, Fixtures.snapshot(work), "nothing written");
    }

    @Test
    void run_overrideForAClusterNoSchoolHas_isAnInputErrorWithASuggestion_exitsTwo() {
        Fixtures.copyExample(work);
        String text = Fixtures.replaceOnce(
                Fixtures.read(work.resolve("targets.yaml")),
                "      cost: {per: pupil, amount: 5000}   # THB per pupil to raise the share by 1.0: 50 THB per point",
                "      cost: {per: pupil, amount: 5000}\n      overrides: [{cluster: \"คลัสเตอร์ 4\", target: 0.5}]");
        Fixtures.write(work.resolve("override.yaml"), text);

        AllocProcess.run(work, "run", "override.yaml")
                .assertExitCode(2)
                .assertProblems(List.of(
                        "error: Indicator 'reading' overrides the target for the cluster 'คลัสเตอร์ 4', which no school has."
                                + " Did you mean 'คลัสเตอร์ 1'?"));
    }
}

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
package th.allocation.optimise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.allocation.InfeasibleException;
import th.allocation.input.ScenarioReader;
import th.allocation.model.AreaType;
import th.allocation.model.Enrolment;
import th.allocation.model.School;
import th.allocation.model.SchoolKind;
import th.allocation.model.SchoolTable;
import th.allocation.scenario.Scenario;

/**
 * Hand-worked target problems. Two schools of 100 primary pupils, base 1,000 THB per pupil (100,000
 * each); one indicator "reading", higher is better, target 0.6, closing a unit of gap costs 1,000 THB
 * per pupil. School a reads 0.4 (gap 0.2, relative shortfall 1/3, 20,000 THB to close); school b
 * reads 0.5 (gap 0.1, shortfall 1/6, 10,000 THB to close).
 */
class StructuredSolverTest {
    private static final String SCENARIO = String.join(
            "\n",
            "fiscal_year: 2570",
            "budget: BUDGET",
            "rule: {type: flat, rates: {preprimary: 1000, primary: 1000, lower_secondary: 1000, upper_secondary: 1000}}",
            "targets:",
            "  objective: OBJECTIVE",
            "  indicators:",
            "    - {name: reading, goal: quality, direction: higher, target: 0.6, cost: {per: pupil, amount: 1000}}",
            "EXTRA");

    private static SchoolTable schools() {
        return SchoolTable.of(List.of(school("a", 0.4, AreaType.SPECIAL), school("b", 0.5, AreaType.CAPITAL)));
    }

    private static School school(String id, double reading, AreaType area) {
        return School.of(id, id)
                .withContext(area, false, SchoolKind.PRIMARY)
                .withPupils(new Enrolment(0, 100, 0, 0), 0, 0)
                .withIndicators(Map.of("reading", reading));
    }

    private static TargetSolution solve(String objective, long budget, String extra) {
        Scenario scenario = ScenarioReader.parse(
                SCENARIO.replace("BUDGET", Long.toString(budget))
                        .replace("OBJECTIVE", objective)
                        .replace("EXTRA", extra),
                "t.yaml");
        return new StructuredSolver().solve(TargetProblem.of(scenario, schools()));
    }

    private static double extraBaht(TargetSolution solution, int school) {
        return solution.extra()[school] / 100;
    }

    @Test
    void weightedShortfall_equalValuePerBaht_closesBothGapsByTheSameFraction() {
        // 15,000 THB of extra money for 30,000 THB of gaps at equal value per baht: each closes half.
        TargetSolution solution = solve("weighted_shortfall", 215_000, "");
        assertEquals(10_000, extraBaht(solution, 0), 1e-6);
        assertEquals(5_000, extraBaht(solution, 1), 1e-6);
        // Remaining: 100 pupils x 1/6 + 100 x 1/12 = 25.
        assertEquals(25, solution.weightedShortfall(), 1e-9);
        // A baht more closes 1/20,000 of a's gap: 100 pupils x 1/3 / 20,000 = 1/600 of weighted shortfall.
        assertEquals(1.0 / 600, solution.budgetShadowPrice(), 1e-15);
    }

    @Test
    void minMax_levelsTheShortfallsAtOneEighth() {
        // Cost to reach level z: a 20,000 - 60,000 z, b 10,000 - 60,000 z; together 15,000 at z = 0.125.
        TargetSolution solution = solve("min_max", 215_000, "");
        assertEquals(12_500, extraBaht(solution, 0), 1e-6);
        assertEquals(2_500, extraBaht(solution, 1), 1e-6);
        assertEquals(0.125, solution.maxShortfall(), 1e-12);
        // One more baht lowers the level by 1 / 120,000.
        assertEquals(1.0 / 120_000, solution.budgetShadowPrice(), 1e-15);
    }

    @Test
    void minMax_whenMoneyCanCloseEveryGap_spendsTheRestInProportionToBase() {
        // Gaps cost 30,000; budget leaves 40,000 extra: 10,000 left, 5,000 each (equal bases).
        TargetSolution solution = solve("min_max", 240_000, "");
        assertEquals(25_000, extraBaht(solution, 0), 1e-6);
        assertEquals(15_000, extraBaht(solution, 1), 1e-6);
        assertEquals(0, solution.maxShortfall(), 1e-12);
    }

    @Test
    void minMax_withAnEnvelopeHoldingTheSpecialArea_levelsTheRestAlone() {
        // Budget 220,000 leaves 20,000 extra. Unconstrained, the common level would be 1/12 with a
        // getting 15,000; but the special-area school a must get at least 117,500 (17,500 extra), which
        // it spends on its own gap, reaching (20,000 - 17,500) / 60,000 = 1/24. School b gets the other
        // 2,500 and reaches (10,000 - 2,500) / 60,000 = 0.125, the largest shortfall left.
        TargetSolution solution =
                solve("min_max", 220_000, "  envelopes: [{column: area_type, value: special, at_least: 117500}]");
        assertEquals(17_500, extraBaht(solution, 0), 1e-6);
        assertEquals(2_500, extraBaht(solution, 1), 1e-6);
        assertEquals(0.125, solution.maxShortfall(), 1e-12);
    }

    @Test
    void lexicographic_withoutHeldSchools_isTheMinMaxSolution() {
        TargetSolution solution = solve("lexicographic", 215_000, "");
        assertEquals(12_500, extraBaht(solution, 0), 1e-6);
        assertEquals(2_500, extraBaht(solution, 1), 1e-6);
    }

    @Test
    void baseAboveTheBudget_isInfeasibleWithTheAmounts() {
        InfeasibleException e = assertThrows(InfeasibleException.class, () -> solve("min_max", 150_000, ""));
        assertTrue(e.getMessage().contains("need 200,000 THB but the budget is 150,000 THB"), e.getMessage());
    }
}

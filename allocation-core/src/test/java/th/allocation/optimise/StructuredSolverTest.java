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
        return solve(objective, budget, extra, schools());
    }

    private static TargetSolution solve(String objective, long budget, String extra, SchoolTable schools) {
        Scenario scenario = ScenarioReader.parse(
                SCENARIO.replace("BUDGET", Long.toString(budget))
                        .replace("OBJECTIVE", objective)
                        .replace("EXTRA", extra),
                "t.yaml");
        return new StructuredSolver().solve(TargetProblem.of(scenario, schools));
    }

    /** Schools a and b with last year's allocations (in baht), for caps at 100% of them. */
    private static SchoolTable schoolsWithPrevious(long previousA, long previousB) {
        return SchoolTable.of(List.of(
                school("a", 0.4, AreaType.SPECIAL).withPreviousAllocation(previousA * 100),
                school("b", 0.5, AreaType.CAPITAL).withPreviousAllocation(previousB * 100)));
    }

    private static final String CAPS = "caps: {percent_of_previous: 100}";

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
        // The solver's own continuous solution with one baht more agrees: 1/8 - 1/120,000.
        assertEquals(0.125 - 1.0 / 120_000, solve("min_max", 215_001, "").maxShortfall(), 1e-15);
    }

    @Test
    void minMax_budgetOnAKink_reportsTheDerivativeForMoreMoney() {
        // 10,000 extra bring a to 1/3 - 10,000/60,000 = 1/6, exactly b's shortfall, where b's curve
        // starts. With more money both move: 1/120,000 per baht (the price reported); with less only
        // a would: 1/60,000 per baht.
        TargetSolution solution = solve("min_max", 210_000, "");
        assertEquals(1.0 / 6, solution.maxShortfall(), 1e-12);
        assertEquals(1.0 / 120_000, solution.budgetShadowPrice(), 1e-15);
        assertEquals(1.0 / 6 - 1.0 / 120_000, solve("min_max", 210_001, "").maxShortfall(), 1e-15);
        assertEquals(1.0 / 6 + 1.0 / 60_000, solve("min_max", 209_999, "").maxShortfall(), 1e-15);
    }

    /*
     * Issue 12: the largest shortfall held above the common level. In each of the next three cases
     * the common level falls with more money, but the largest shortfall belongs to a pair that does
     * not follow it, so more money leaves it where it is: the budget's shadow price is 0, as the LP's
     * dual says (LpTargetSolverTest) and as the solver's own rerun with one baht more shows. Before
     * the fix the level's price was reported.
     */

    @Test
    void minMax_capHoldsTheLargestShortfall_budgetPriceIsZero() {
        // Caps at last year's allocation: a had 105,000 (room 5,000 above its base), b 1,000,000.
        // Budget 210,000 leaves 10,000 extra. a takes its 5,000 and keeps 1/3 - 5,000/60,000 = 1/4;
        // b gets the other 5,000 and reaches 1/6 - 5,000/60,000 = 1/12, the common level, whose price
        // is 1/60,000 per baht (b alone: 60,000 THB per unit of shortfall). The largest shortfall is
        // a's 1/4, which a cannot lower: price 0.
        SchoolTable schools = schoolsWithPrevious(105_000, 1_000_000);
        TargetSolution solution = solve("min_max", 210_000, CAPS, schools);
        assertEquals(5_000, extraBaht(solution, 0), 1e-6);
        assertEquals(5_000, extraBaht(solution, 1), 1e-6);
        assertEquals(0.25, solution.maxShortfall(), 1e-12);
        assertEquals(0, solution.budgetShadowPrice());
        // One baht more goes to b (level 1/12 - 1/60,000); a's 1/4 stays the largest.
        assertEquals(0.25, solve("min_max", 210_001, CAPS, schools).maxShortfall(), 1e-12);
    }

    @Test
    void minMax_envelopeMaximumHoldsTheLargestShortfall_budgetPriceIsZero() {
        // The special area (school a alone) may get at most 105,000, i.e. 5,000 extra: the numbers of
        // the capped case above, with the group held by its envelope rather than the school by its
        // cap. a keeps 1/4, b reaches the level 1/12 (price 1/60,000); the largest, a's 1/4, stays.
        String envelope = "  envelopes: [{column: area_type, value: special, at_most: 105000}]";
        TargetSolution solution = solve("min_max", 210_000, envelope);
        assertEquals(5_000, extraBaht(solution, 0), 1e-6);
        assertEquals(5_000, extraBaht(solution, 1), 1e-6);
        assertEquals(0.25, solution.maxShortfall(), 1e-12);
        assertEquals(0, solution.budgetShadowPrice());
        assertEquals(0.25, solve("min_max", 210_001, envelope).maxShortfall(), 1e-12);
    }

    @Test
    void minMax_schoolWithoutPupilsHoldsTheLargestShortfall_budgetPriceIsZero() {
        // A third school c without pupils reads 0.3: shortfall 0.3 / 0.6 = 1/2, and no items (no pupils
        // to close the gap for), so no money lowers it. Its base is 0 under the flat rule. a and b
        // level at 1/8 as in minMax_levelsTheShortfallsAtOneEighth (the level's price 1/120,000); the
        // largest shortfall is c's 1/2: price 0.
        SchoolTable schools = SchoolTable.of(List.of(
                school("a", 0.4, AreaType.SPECIAL),
                school("b", 0.5, AreaType.CAPITAL),
                School.of("c", "c")
                        .withContext(AreaType.DISTRICT, false, SchoolKind.PRIMARY)
                        .withPupils(Enrolment.NONE, 0, 0)
                        .withIndicators(Map.of("reading", 0.3))));
        TargetSolution solution = solve("min_max", 215_000, "", schools);
        assertEquals(12_500, extraBaht(solution, 0), 1e-6);
        assertEquals(2_500, extraBaht(solution, 1), 1e-6);
        assertEquals(0.5, solution.maxShortfall(), 1e-12);
        assertEquals(0, solution.budgetShadowPrice());
        assertEquals(0.5, solve("min_max", 215_001, "", schools).maxShortfall(), 1e-12);
    }

    @Test
    void minMax_capMeetsTheLevelExactly_reportsTheDerivativeForMoreMoney() {
        // a's cap leaves it 12,500 extra (last year 112,500): exactly what the level 1/8 asks of it with
        // 15,000 extra (minMax_levelsTheShortfallsAtOneEighth). Both schools are at 1/8; a is held
        // there. With one baht more only b moves (1/8 - 1/60,000 for b) and a's 1/8 stays the largest:
        // the derivative for more money is 0. (With a baht less both rise: 1/120,000 per baht. The
        // price reported is the derivative for more money.)
        SchoolTable schools = schoolsWithPrevious(112_500, 1_000_000);
        TargetSolution solution = solve("min_max", 215_000, CAPS, schools);
        assertEquals(12_500, extraBaht(solution, 0), 1e-6);
        assertEquals(2_500, extraBaht(solution, 1), 1e-6);
        assertEquals(0.125, solution.maxShortfall(), 1e-12);
        assertEquals(0, solution.budgetShadowPrice());
        assertEquals(0.125, solve("min_max", 215_001, CAPS, schools).maxShortfall(), 1e-12);
        assertEquals(
                0.125 + 1.0 / 120_000, solve("min_max", 214_999, CAPS, schools).maxShortfall(), 1e-12);
    }

    @Test
    void lexicographic_capHoldsTheLargestShortfall_pricesTheWeightedShortfall() {
        // The capped case above, lexicographic: the min-max optimum is a's 1/4; with every pair held at
        // or below it, the 5,000 a cannot take go to b by value per baht and b reaches 1/12, as in
        // min-max. The price is the weighted shortfall's with the largest held (the first stage's
        // price plays no part): one more baht goes to b's reading, 100 pupils x (1/6) / 10,000 = 1/600.
        TargetSolution solution = solve("lexicographic", 210_000, CAPS, schoolsWithPrevious(105_000, 1_000_000));
        assertEquals(5_000, extraBaht(solution, 0), 1e-6);
        assertEquals(5_000, extraBaht(solution, 1), 1e-6);
        assertEquals(0.25, solution.maxShortfall(), 1e-12);
        assertEquals(1.0 / 600, solution.budgetShadowPrice(), 1e-15);
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
        // a is held below the level, not above it: one more baht goes to b, whose 1/8 is the largest
        // shortfall, and lowers it by 1/60,000 (b alone: 60,000 THB per unit of shortfall).
        assertEquals(1.0 / 60_000, solution.budgetShadowPrice(), 1e-15);
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

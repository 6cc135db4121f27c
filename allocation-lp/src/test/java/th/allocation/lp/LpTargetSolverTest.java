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
package th.allocation.lp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import th.allocation.AllocationException;
import th.allocation.InfeasibleException;
import th.allocation.input.ScenarioReader;
import th.allocation.model.AreaType;
import th.allocation.model.Enrolment;
import th.allocation.model.School;
import th.allocation.model.SchoolKind;
import th.allocation.model.SchoolTable;
import th.allocation.optimise.TargetProblem;
import th.allocation.optimise.TargetSolution;
import th.allocation.optimise.TargetSolver;
import th.allocation.scenario.Scenario;

/**
 * Target problems small enough to solve by hand, each optimum worked out in a comment.
 *
 * <p>The common setting (as in allocation-core's {@code StructuredSolverTest}): schools of 100
 * primary pupils on a flat rule of 1,000 THB per pupil, so each has a base of 100,000 THB. School
 * {@code a} (special area, cluster C1) and {@code b} (capital, cluster C2). Indicator {@code reading},
 * higher is better, target 0.6, closing one unit of gap costs 1,000 THB per pupil: a school of 100
 * pupils pays 100,000 THB per unit of gap, or 60,000 THB per unit of relative shortfall (gap / 0.6).
 * a reads 0.4 (gap 0.2, shortfall 1/3, 20,000 THB to close), b reads 0.5 (gap 0.1, shortfall 1/6,
 * 10,000 THB). Each pair's weight in the weighted shortfall is its 100 pupils, so on the straight
 * line every baht removes 100 / 60,000 = 1/600 of weighted shortfall.
 *
 * <p>Amounts in assertions are baht. Tolerances: 1e-6 baht and 1e-12 on shortfalls where the
 * solution comes from one simplex vertex (weighted shortfall). Where the largest shortfall is held
 * for a second phase (min-max, lexicographic) it is held with a small relative slack (see {@link
 * LpTolerances#LEVEL_RELATIVE}), so the shortfall may rise by that fraction of itself, and money may move
 * by that much times the cost of a unit of shortfall (60,000 THB here); tolerances 2e-9 and 1e-3
 * baht cover the first-order backend's slack too.
 */
class LpTargetSolverTest {
    private static final String RULE =
            "rule: {type: flat, rates: {preprimary: 1000, primary: 1000, lower_secondary: 1000, upper_secondary: 1000}}";
    private static final String READING =
            "    - {name: reading, goal: quality, direction: higher, target: 0.6, cost: {per: pupil, amount: 1000}";

    private static final LpTargetSolver LP = new LpTargetSolver();

    /** A school of 100 primary pupils with the given indicator values. */
    private static School school(String id, AreaType area, String cluster, Map<String, Double> indicators) {
        return School.of(id, id)
                .withHierarchy(cluster, "E" + id, "")
                .withContext(area, false, SchoolKind.PRIMARY)
                .withPupils(new Enrolment(0, 100, 0, 0), 0, 0)
                .withIndicators(indicators);
    }

    private static SchoolTable twoSchools() {
        return SchoolTable.of(List.of(
                school("a", AreaType.SPECIAL, "C1", Map.of("reading", 0.4)),
                school("b", AreaType.CAPITAL, "C2", Map.of("reading", 0.5))));
    }

    /** A scenario with a budget, the given targets block (indented under "targets:") and extra top-level lines. */
    private static Scenario scenario(long budgetBaht, String targets, String... topLevel) {
        return ScenarioReader.parse(
                String.join(
                        "\n",
                        "fiscal_year: 2570",
                        "budget: " + budgetBaht,
                        RULE,
                        String.join("\n", topLevel),
                        "targets:",
                        targets),
                "t.yaml");
    }

    private static String targets(String objective, String indicators, String... more) {
        return "  objective: " + objective + "\n" + String.join("\n", more) + "\n  indicators:\n" + indicators;
    }

    private static TargetSolution solve(Scenario scenario, SchoolTable schools) {
        TargetProblem problem = TargetProblem.of(scenario, schools);
        TargetSolution solution = LP.solve(problem);
        Invariants.check(problem, solution, 1e-6);
        return solution;
    }

    /** Tolerances for solutions whose largest shortfall was held with slack (see the class comment). */
    private static final double HELD = 2e-9;

    private static final double HELD_BAHT = 1e-3;

    private static double baht(double satang) {
        return satang / 100;
    }

    @Test
    void serviceLoader_findsTheLpSolver() {
        boolean found = false;
        for (TargetSolver solver : ServiceLoader.load(TargetSolver.class)) {
            found |= solver instanceof LpTargetSolver && solver.name().equals("lp");
        }
        assertTrue(found, "META-INF/services registers LpTargetSolver");
    }

    @Test
    void weightedShortfall_fundsTheHigherValuePerBahtFirst() {
        // b's cluster C2 has a local target of 0.75: b's gap is 0.25, shortfall 0.25 / 0.75 = 1/3, and
        // closing it costs 25,000 THB; its value per baht is 100 x (1/3) / 25,000 = 1/750, below a's
        // 1/600. Extra money 25,000: a's 20,000 first (a closes), then 5,000 to b, which keeps
        // (1/3) x 20/25 = 4/15 of shortfall. Weighted shortfall left: 100 x 4/15 = 80/3. The next baht
        // would go to b: the shadow price is 1/750.
        Scenario scenario = scenario(
                225_000, targets("weighted_shortfall", READING + ", overrides: [{cluster: C2, target: 0.75}]}"));
        TargetSolution solution = solve(scenario, twoSchools());
        assertEquals(20_000, baht(solution.extra()[0]), 1e-6);
        assertEquals(5_000, baht(solution.extra()[1]), 1e-6);
        assertEquals(80.0 / 3, solution.weightedShortfall(), 1e-9);
        assertEquals(4.0 / 15, solution.maxShortfall(), 1e-12);
        assertEquals(1.0 / 750, solution.budgetShadowPrice(), 1e-15);
        assertEquals("lp:GLOP", solution.solver());
    }

    @Test
    void minMax_equalisesTheShortfalls() {
        // Bringing both to level z costs (1/3 - z) 60,000 + (1/6 - z) 60,000 = 30,000 - 120,000 z;
        // with 15,000 extra, z = 1/8: a gets 12,500, b 2,500. One more baht lowers z by 1/120,000.
        TargetSolution solution = solve(scenario(215_000, targets("min_max", READING + "}")), twoSchools());
        assertEquals(12_500, baht(solution.extra()[0]), HELD_BAHT);
        assertEquals(2_500, baht(solution.extra()[1]), HELD_BAHT);
        assertEquals(0.125, solution.maxShortfall(), HELD);
        assertEquals(1.0 / 120_000, solution.budgetShadowPrice(), 1e-15);
    }

    /**
     * Lexicographic needs a largest shortfall that money cannot lower: b is capped. Caps at 100% of
     * last year; b had 102,000 (room 2,000 above its base), a 1,000,000. A second indicator {@code
     * library} (target 0.6, 2,000 THB per pupil per unit: 120,000 per unit of shortfall) where a has
     * 0.4 (shortfall 1/3, 40,000 THB to close, 1/1200 weighted shortfall per baht) and b has no gap.
     * Extra money 52,000. b takes its 2,000: reading shortfall 1/6 - 2,000/60,000 = 2/15, the least
     * largest shortfall (z*). a gets 50,000; holding its pairs at 2/15 takes (1/3 - 2/15)(60,000 +
     * 120,000) = 36,000, and the other 14,000 go by value per baht: reading first (1/600; 8,000 more
     * closes it), then 6,000 to library, which keeps 1/3 - 30,000/120,000 = 1/12. Weighted shortfall
     * left: 100 x 1/12 + 100 x 2/15 = 65/3. A baht more would go to a's library: price 1/1200.
     */
    @Test
    void lexicographic_spendsWhatTheLargestShortfallLeavesFreeByValuePerBaht() {
        String library = "    - {name: library, goal: quality, direction: higher, target: 0.6,"
                + " cost: {per: pupil, amount: 2000}}";
        SchoolTable schools = SchoolTable.of(List.of(
                school("a", AreaType.SPECIAL, "C1", Map.of("reading", 0.4, "library", 0.4))
                        .withPreviousAllocation(100_000_000L),
                school("b", AreaType.CAPITAL, "C2", Map.of("reading", 0.5, "library", 0.6))
                        .withPreviousAllocation(10_200_000L)));
        Scenario scenario = scenario(
                252_000, targets("lexicographic", READING + "}\n" + library), "caps: {percent_of_previous: 100}");
        TargetSolution solution = solve(scenario, schools);
        assertEquals(50_000, baht(solution.extra()[0]), HELD_BAHT);
        assertEquals(2_000, baht(solution.extra()[1]), HELD_BAHT);
        assertEquals(2.0 / 15, solution.maxShortfall(), HELD);
        assertEquals(65.0 / 3, solution.weightedShortfall(), 1e-9);
        // Items in order: a reading, a library, b reading (b has no library gap).
        assertEquals(20_000, baht(solution.itemSpend()[0]), HELD_BAHT);
        assertEquals(30_000, baht(solution.itemSpend()[1]), HELD_BAHT);
        assertEquals(1.0 / 1200, solution.budgetShadowPrice(), 1e-15);

        // Min-max alone reaches the same largest shortfall; the LP then breaks its tie the same way,
        // but prices the largest shortfall, which more money cannot lower (b is capped): 0.
        TargetSolution minMax = solve(
                scenario(252_000, targets("min_max", READING + "}\n" + library), "caps: {percent_of_previous: 100}"),
                schools);
        assertEquals(2.0 / 15, minMax.maxShortfall(), HELD);
        assertEquals(65.0 / 3, minMax.weightedShortfall(), 1e-9);
        assertEquals(0, minMax.budgetShadowPrice(), 1e-15);
    }

    @Test
    void minMax_envelopeLowerBoundBinds_andIsPriced() {
        // Extra money 20,000; alone the common level would be 1/12 with a getting 15,000. The special
        // area (school a) must get at least 117,500, i.e. 17,500 extra, which a spends on its own gap
        // (level 1/24); b gets 2,500 and keeps (10,000 - 2,500) / 60,000 = 1/8, the largest shortfall.
        // One more baht of budget goes to b: z falls by 1/60,000. Raising the envelope's bound by one
        // baht moves a baht from b to a: z rises by 1/60,000, a price of -1/60,000.
        TargetSolution solution = solve(
                scenario(
                        220_000,
                        targets(
                                "min_max",
                                READING + "}",
                                "  envelopes: [{column: area_type, value: special, at_least: 117500}]")),
                twoSchools());
        assertEquals(17_500, baht(solution.extra()[0]), HELD_BAHT);
        assertEquals(2_500, baht(solution.extra()[1]), HELD_BAHT);
        assertEquals(0.125, solution.maxShortfall(), HELD);
        assertEquals(1.0 / 60_000, solution.budgetShadowPrice(), 1e-15);
        assertEquals(1, solution.envelopeShadowPrices().length);
        assertEquals(-1.0 / 60_000, solution.envelopeShadowPrices()[0][0], 1e-15);
    }

    @Test
    void minMax_envelopeMaximumHoldsTheLargestShortfall_budgetPriceIsZero() {
        // The special area (a) may get at most 105,000, i.e. 5,000 extra of the 10,000: a keeps 1/3 -
        // 5,000/60,000 = 1/4, b gets 5,000 and keeps 1/12. More money could only go to b: the largest
        // shortfall, a's 1/4, stays, so the budget's price is 0 (as the structured solver says since
        // issue 12). Raising a's envelope by a baht lowers a's 1/4 by 1/60,000: that envelope's price.
        TargetSolution solution = solve(
                scenario(
                        210_000,
                        targets(
                                "min_max",
                                READING + "}",
                                "  envelopes: [{column: area_type, value: special, at_most: 105000}]")),
                twoSchools());
        assertEquals(5_000, baht(solution.extra()[0]), HELD_BAHT);
        assertEquals(0.25, solution.maxShortfall(), HELD);
        assertEquals(0, solution.budgetShadowPrice(), 1e-15);
        assertEquals(1.0 / 60_000, solution.envelopeShadowPrices()[0][0], 1e-15);
    }

    @Test
    void weightedShortfall_envelopeUpperBoundBinds_andIsPriced() {
        // As in the first test (a worth 1/600 per baht, b 1/750), but the special area (a) may get at
        // most 110,000: a takes 10,000 extra, b the other 15,000 of the 25,000, keeping (1/3) x 10/25
        // = 2/15. Weighted left: a 100 x (1/3) / 2 = 50/3, b 100 x 2/15 = 40/3; total 30. A baht more
        // of budget goes to b (1/750); a baht more in a's bound moves a baht from b to a: 1/600 - 1/750
        // = 1/3000.
        TargetSolution solution = solve(
                scenario(
                        225_000,
                        targets(
                                "weighted_shortfall",
                                READING + ", overrides: [{cluster: C2, target: 0.75}]}",
                                "  envelopes: [{column: area_type, value: special, at_most: 110000}]")),
                twoSchools());
        assertEquals(10_000, baht(solution.extra()[0]), 1e-6);
        assertEquals(15_000, baht(solution.extra()[1]), 1e-6);
        assertEquals(30, solution.weightedShortfall(), 1e-9);
        assertEquals(1.0 / 750, solution.budgetShadowPrice(), 1e-15);
        assertEquals(1.0 / 3000, solution.envelopeShadowPrices()[0][0], 1e-15);
    }

    @Test
    void atMost_spendsOnlyWhatClosesTheGaps() {
        // 50,000 extra may be spent; closing both gaps takes 30,000, after which money buys nothing.
        TargetSolution solution = solve(
                scenario(250_000, targets("weighted_shortfall", READING + "}", "  spend: at_most")), twoSchools());
        assertEquals(20_000, baht(solution.extra()[0]), 1e-6);
        assertEquals(10_000, baht(solution.extra()[1]), 1e-6);
        assertEquals(0, solution.weightedShortfall(), 1e-9);
        assertEquals(0, solution.budgetShadowPrice(), 1e-15);
    }

    @Test
    void exact_moneyLeftWhenEveryGapIsClosed_goesInProportionToBase() {
        // 40,000 extra, gaps 30,000: the other 10,000 is shared by equal bases, 5,000 each.
        for (String objective : List.of("weighted_shortfall", "min_max", "lexicographic")) {
            TargetSolution solution = solve(scenario(240_000, targets(objective, READING + "}")), twoSchools());
            assertEquals(25_000, baht(solution.extra()[0]), 1e-6, objective);
            assertEquals(15_000, baht(solution.extra()[1]), 1e-6, objective);
            assertEquals(0, solution.maxShortfall(), HELD, objective);
        }
    }

    @Test
    void diminishingReturns_fillsCheapPiecesFirst() {
        // Returns: the first half of a gap at factor 1, the second half at factor 3. a: 10,000 THB for
        // shortfall 1/6, then 30,000 for 1/6; b: 5,000 for 1/12, then 15,000 for 1/12. Value per baht
        // 1/600 on first pieces, 1/1800 on second pieces. Weighted, 20,000 extra: both first pieces
        // (15,000, removing 100 x (1/6 + 1/12) = 25), then 5,000 on second pieces (removing 5,000 /
        // 1,800); left 50 - 25 - 25/9 = 200/9, price 1/1800.
        String pieces = READING + ", returns: [{up_to: 0.5, cost_factor: 1}, {up_to: 1, cost_factor: 3}]}";
        TargetSolution weighted = solve(scenario(220_000, targets("weighted_shortfall", pieces)), twoSchools());
        assertEquals(10_000, baht(weighted.itemSpend()[0]), 1e-6);
        assertEquals(5_000, baht(weighted.itemSpend()[2]), 1e-6);
        assertEquals(5_000, baht(weighted.itemSpend()[1] + weighted.itemSpend()[3]), 1e-6);
        assertEquals(200.0 / 9, weighted.weightedShortfall(), 1e-9);
        assertEquals(1.0 / 1800, weighted.budgetShadowPrice(), 1e-15);

        // Min-max: for z in [1/12, 1/6], a costs 10,000 + (1/6 - z) 180,000 and b (1/6 - z) 60,000;
        // together 20,000 at z = 1/8: a 17,500 (first piece full, 7,500 on the second), b 2,500. The
        // slope is 240,000 THB per unit of z: price 1/240,000.
        TargetSolution minMax = solve(scenario(220_000, targets("min_max", pieces)), twoSchools());
        assertEquals(0.125, minMax.maxShortfall(), HELD);
        assertEquals(17_500, baht(minMax.extra()[0]), HELD_BAHT);
        assertEquals(10_000, baht(minMax.itemSpend()[0]), HELD_BAHT);
        assertEquals(2_500, baht(minMax.extra()[1]), HELD_BAHT);
        assertEquals(1.0 / 240_000, minMax.budgetShadowPrice(), 1e-15);
    }

    @Test
    void floorAboveWhatItemsCanUse_isToppedUp() {
        // Floors of 1,300 THB per pupil: each school needs 30,000 extra. a's gap takes 20,000 of it,
        // b's 10,000; the rest (10,000 and 20,000) is top-up. Budget 260,000 leaves exactly 60,000.
        TargetSolution solution = solve(
                scenario(260_000, targets("weighted_shortfall", READING + "}"), "floors: {min_per_pupil: 1300}"),
                twoSchools());
        assertEquals(30_000, baht(solution.extra()[0]), 1e-6);
        assertEquals(30_000, baht(solution.extra()[1]), 1e-6);
        assertEquals(0, solution.weightedShortfall(), 1e-9);
    }

    @Test
    void baseAboveTheBudget_isInfeasibleWithTheAmounts() {
        InfeasibleException e = assertThrows(
                InfeasibleException.class,
                () -> solve(scenario(150_000, targets("min_max", READING + "}")), twoSchools()));
        // Two schools of 100 pupils at 1,000 THB each: 200,000 THB of base against 150,000.
        assertTrue(e.getMessage().contains("need 200,000 THB but the budget is 150,000 THB"), e.getMessage());
        assertTrue(e.getMessage().contains("Raise the budget by at least 50,000 THB"), e.getMessage());
    }

    @Test
    void floorsAboveTheBudget_isInfeasibleWithTheAmounts() {
        // Floors need 30,000 extra each (60,000), the budget leaves 50,000.
        InfeasibleException e = assertThrows(
                InfeasibleException.class,
                () -> solve(
                        scenario(250_000, targets("min_max", READING + "}"), "floors: {min_per_pupil: 1300}"),
                        twoSchools()));
        // Base 200,000 plus floors' 60,000 = 260,000 THB against 250,000.
        assertTrue(
                e.getMessage()
                        .contains("floors and envelope minimums need 260,000 THB but the budget is 250,000 THB."
                                + " Raise the budget by at least 10,000 THB"),
                e.getMessage());
    }

    @Test
    void capsBelowAnExactBudget_isInfeasibleWithTheAmounts() {
        // Caps at 100% of last year's 105,000: 5,000 of room each, 10,000 in all, but 20,000 must go.
        SchoolTable schools = SchoolTable.of(List.of(
                school("a", AreaType.SPECIAL, "C1", Map.of("reading", 0.4)).withPreviousAllocation(10_500_000L),
                school("b", AreaType.CAPITAL, "C2", Map.of("reading", 0.5)).withPreviousAllocation(10_500_000L)));
        InfeasibleException e = assertThrows(
                InfeasibleException.class,
                () -> solve(
                        scenario(
                                220_000,
                                targets("weighted_shortfall", READING + "}"),
                                "caps: {percent_of_previous: 100}"),
                        schools));
        // Base 200,000 plus 10,000 of room = 210,000 THB against 220,000 to spend.
        assertTrue(
                e.getMessage()
                        .contains("Caps allow at most 210,000 THB in all but the budget of 220,000 THB must be spent"),
                e.getMessage());
        assertTrue(e.getMessage().contains("targets.spend: at_most"), e.getMessage());
    }

    @Test
    void envelopeAboveWhatItsSchoolsMayGet_isInfeasibleWithTheAmounts() {
        SchoolTable schools = SchoolTable.of(List.of(
                school("a", AreaType.SPECIAL, "C1", Map.of("reading", 0.4)).withPreviousAllocation(11_000_000L),
                school("b", AreaType.CAPITAL, "C2", Map.of("reading", 0.5)).withPreviousAllocation(30_000_000L)));
        InfeasibleException e = assertThrows(
                InfeasibleException.class,
                () -> solve(
                        scenario(
                                300_000,
                                targets(
                                        "min_max",
                                        READING + "}",
                                        "  envelopes: [{column: area_type, value: special, at_least: 200000}]"),
                                "caps: {percent_of_previous: 100}"),
                        schools));
        // School a: base 100,000, cap 110,000 (100% of last year): 10,000 of room against the 100,000
        // more the envelope's 200,000 asks for.
        assertTrue(
                e.getMessage()
                        .contains("An envelope needs at least 100,000 THB more for 'area_type' group 'special' than its"
                                + " base, but its schools' caps allow only 10,000 THB"),
                e.getMessage());
    }

    @Test
    void envelopesThatConflictOnlyTogether_areInfeasibleWithTheTotals() {
        // a's area (special) must get at least 115,000 while a's ESA (Ea) may get at most 112,000:
        // each envelope alone can be met, together they cannot.
        InfeasibleException e = assertThrows(
                InfeasibleException.class,
                () -> solve(
                        scenario(
                                220_000,
                                targets(
                                        "weighted_shortfall",
                                        READING + "}",
                                        "  envelopes: [{column: area_type, value: special, at_least: 115000},"
                                                + " {column: esa, value: Ea, at_most: 112000}]")),
                        twoSchools()));
        assertTrue(
                e.getMessage().startsWith("No allocation meets the floors, caps, envelopes and budget together"),
                e.getMessage());
        assertTrue(e.getMessage().contains("budget 220,000 THB, base entitlements 200,000 THB"), e.getMessage());
    }

    @Test
    void pdlp_agreesWithGlopOnTheMinMaxCase() {
        // The min-max case above with the first-order backend, to its tolerance.
        TargetProblem problem = TargetProblem.of(scenario(215_000, targets("min_max", READING + "}")), twoSchools());
        TargetSolution solution = LP.withBackend(LpTargetSolver.Backend.PDLP).solve(problem);
        Invariants.check(problem, solution, 1e-3);
        assertEquals("lp:PDLP", solution.solver());
        assertEquals(0.125, solution.maxShortfall(), 1e-7);
        assertEquals(1.0 / 120_000, solution.budgetShadowPrice(), 1e-10);
    }

    @Test
    void highs_solvesButCannotPrice() {
        TargetProblem problem = TargetProblem.of(scenario(215_000, targets("min_max", READING + "}")), twoSchools());
        TargetSolution solution = LP.withBackend(LpTargetSolver.Backend.HIGHS).solve(problem);
        Invariants.check(problem, solution, 1e-6);
        assertEquals(0.125, solution.maxShortfall(), 1e-9);
        assertTrue(Double.isNaN(solution.budgetShadowPrice()), "MPSolver's HiGHS wrapper returns no duals");
    }

    @Test
    void schoolWithoutPupils_keepsItsShortfall_whichBoundsMinMax() {
        // A third school c with a gap but no pupils has no items: its shortfall (0.3 / 0.6 = 1/2) stays,
        // so the largest shortfall is 1/2 whatever the money does; the rest still follows min-max's
        // tie-break (weighted shortfall), and the price of the largest shortfall is 0.
        Map<String, Double> indicators = new HashMap<>(Map.of("reading", 0.3));
        School empty = School.of("c", "c")
                .withHierarchy("C1", "Ec", "")
                .withContext(AreaType.DISTRICT, false, SchoolKind.PRIMARY)
                .withPupils(Enrolment.NONE, 0, 0)
                .withIndicators(indicators);
        SchoolTable schools = SchoolTable.of(List.of(
                school("a", AreaType.SPECIAL, "C1", Map.of("reading", 0.4)),
                school("b", AreaType.CAPITAL, "C2", Map.of("reading", 0.5)),
                empty));
        TargetSolution solution = solve(scenario(215_000, targets("min_max", READING + "}")), schools);
        assertEquals(0.5, solution.maxShortfall(), 1e-12);
        assertEquals(0, solution.budgetShadowPrice(), 1e-15);
        // 15,000 extra at 1/600 per baht removes 25 of the 50 weighted shortfall (c weighs 0 pupils).
        assertEquals(25, solution.weightedShortfall(), 1e-9);
    }

    @Test
    void timeLimitReached_isAnAllocationExceptionThatSaysSo() {
        // A limit of one nanosecond has passed before the first phase starts.
        TargetProblem problem = TargetProblem.of(scenario(215_000, targets("min_max", READING + "}")), twoSchools());
        AllocationException e = assertThrows(
                AllocationException.class,
                () -> LP.withTimeLimit(Duration.ofNanos(1)).solve(problem));
        assertFalse(e instanceof InfeasibleException);
        assertTrue(e.getMessage().contains("reached its time limit"), e.getMessage());
        assertTrue(e.getMessage().contains("LpTargetSolver.withTimeLimit"), e.getMessage());
    }

    @Test
    void noGapAnywhere_everyObjectiveGivesTheMoneyAsTopUp() {
        // One school already at its target: no items; the 10,000 extra can only be top-up.
        SchoolTable one = SchoolTable.of(List.of(school("a", AreaType.SPECIAL, "C1", Map.of("reading", 0.7))));
        for (String objective : List.of("weighted_shortfall", "min_max", "lexicographic")) {
            TargetSolution solution = solve(scenario(110_000, targets(objective, READING + "}")), one);
            assertEquals(0, solution.itemSpend().length, objective);
            assertEquals(10_000, baht(solution.extra()[0]), 1e-6, objective);
            assertEquals(0, solution.maxShortfall(), objective);
            assertEquals(0, solution.budgetShadowPrice(), objective);
        }
    }

    @Test
    void configuration_isImmutableAndChecked() {
        LpTargetSolver pdlp = LP.withBackend(LpTargetSolver.Backend.PDLP);
        assertEquals(LpTargetSolver.Backend.AUTO, LP.backend());
        assertEquals(LpTargetSolver.Backend.PDLP, pdlp.backend());
        assertEquals(LpTargetSolver.DEFAULT_TIME_LIMIT, pdlp.timeLimit());
        assertThrows(IllegalArgumentException.class, () -> LP.withTimeLimit(Duration.ZERO));
        assertTrue(LP.supports(TargetProblem.of(scenario(215_000, targets("min_max", READING + "}")), twoSchools())));
    }
}

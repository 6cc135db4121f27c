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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;
import th.allocation.InfeasibleException;
import th.allocation.model.School;
import th.allocation.model.SchoolTable;
import th.allocation.optimise.StructuredSolver;
import th.allocation.optimise.TargetProblem;
import th.allocation.optimise.TargetSolution;
import th.allocation.rule.FlatPerHead;
import th.allocation.rule.LevelAmounts;
import th.allocation.rule.Rule;
import th.allocation.scenario.Caps;
import th.allocation.scenario.Cost;
import th.allocation.scenario.CostBasis;
import th.allocation.scenario.Direction;
import th.allocation.scenario.Envelope;
import th.allocation.scenario.Floors;
import th.allocation.scenario.Goal;
import th.allocation.scenario.Indicator;
import th.allocation.scenario.Objective;
import th.allocation.scenario.ReturnSegment;
import th.allocation.scenario.Scenario;
import th.allocation.scenario.Targets;
import th.allocation.testing.RandomCases;

/**
 * The LP solver against the exact structured solver on random small problems (QuickTheories, fixed
 * seeds): 1 to 30 schools from allocation-core's {@link RandomCases}, 1 to 3 indicators (higher or
 * lower is better, per pupil or per school, straight or with 2-3 pieces of diminishing returns),
 * with or without floors and caps, up to two envelopes on one column (the structured solver's
 * scope), spending exactly or at most, money from none to more than closes every gap.
 *
 * <p>The laws: every LP solution meets every constraint ({@link Invariants}); where the structured
 * solution does too, the optimised objective values agree to 1e-6 relative (absolute below 1e-3
 * of a shortfall unit), and so do the budget's shadow prices where more money could still be spent
 * ({@link #comparablePrices}). For min-max that includes the largest shortfall held above the
 * common level by a cap, an envelope maximum or a school without pupils, where both say 0 (issue
 * 12: the structured solver reported the level's price there, in 63 of the 228 min-max cases
 * compared). The solvers may disagree on feasibility only where the one that claims a
 * solution returns one that breaks a constraint; {@link #structuredSolutionsMeetEveryConstraint}
 * checks the structured solver's answers on their own. Most cases must be compared.
 */
class LpAgreesWithStructuredTest {
    private static final double RELATIVE = 1e-6;
    private static final double AMOUNT_TOLERANCE_BAHT = 1e-4;

    /** Absolute slack on prices per baht, which are 10^-9 to 1 where they are not 0: rounding only. */
    private static final double PRICE_ABSOLUTE = 1e-15;

    private static final StructuredSolver STRUCTURED = new StructuredSolver();
    private static final LpTargetSolver LP = new LpTargetSolver();

    /** A generated problem; its toString shows everything needed to rebuild it. */
    record Case(List<School> schools, Scenario scenario) {
        TargetProblem problem() {
            return TargetProblem.of(scenario, SchoolTable.of(schools));
        }
    }

    @Test
    void weightedShortfall_sameOptimumAsStructured() {
        agree(Objective.WEIGHTED_SHORTFALL, 11);
    }

    @Test
    void minMax_sameOptimumAsStructured() {
        agree(Objective.MIN_MAX, 12);
    }

    @Test
    void lexicographic_sameOptimaAsStructured() {
        agree(Objective.LEXICOGRAPHIC, 13);
    }

    /**
     * The structured solver's answers meet every constraint. This test found, and now guards against:
     * envelope maximums ignored by the feasibility check and by the spreading of leftover money;
     * contradictory envelopes on one group not reported; leftover under-spent when capped schools
     * held most of the base; min-max with {@code spend: at_most} leaving an envelope minimum unmet.
     */
    @Test
    void structuredSolutionsMeetEveryConstraint() {
        for (Objective objective : Objective.values()) {
            qt().withFixedSeed(21).withExamples(250).forAll(cases(objective)).checkAssert(c -> {
                TargetProblem problem = c.problem();
                try {
                    Invariants.check(problem, STRUCTURED.solve(problem), AMOUNT_TOLERANCE_BAHT);
                } catch (InfeasibleException e) {
                    // agreement on infeasibility is checked by the other tests
                }
            });
        }
    }

    private static void agree(Objective objective, long seed) {
        AtomicInteger compared = new AtomicInteger();
        AtomicInteger all = new AtomicInteger();
        qt().withFixedSeed(seed)
                .withExamples(250)
                .withShrinkCycles(100)
                .forAll(cases(objective))
                .checkAssert(c -> {
                    TargetProblem problem = c.problem();
                    all.incrementAndGet();
                    TargetSolution structured = null;
                    TargetSolution lp = null;
                    String structuredError = null;
                    String lpError = null;
                    try {
                        structured = STRUCTURED.solve(problem);
                    } catch (InfeasibleException e) {
                        structuredError = e.getMessage();
                    }
                    try {
                        lp = LP.solve(problem);
                    } catch (InfeasibleException e) {
                        lpError = e.getMessage();
                    }
                    if (lp != null) {
                        Invariants.check(problem, lp, AMOUNT_TOLERANCE_BAHT);
                    }
                    Optional<String> broken = structured == null
                            ? Optional.empty()
                            : Invariants.violation(problem, structured, AMOUNT_TOLERANCE_BAHT);
                    if (structured == null && lp != null) {
                        throw new AssertionError("The structured solver says infeasible (" + structuredError
                                + ") but the LP found a solution that meets every constraint.");
                    }
                    if (lp == null && structured != null) {
                        assertTrue(
                                broken.isPresent(),
                                "The LP says infeasible (" + lpError
                                        + ") but the structured solver found a solution that meets every constraint.");
                        return;
                    }
                    if (lp == null || broken.isPresent()) {
                        return; // both infeasible, or a known structured defect (see the disabled test)
                    }
                    compared.incrementAndGet();
                    if (objective != Objective.WEIGHTED_SHORTFALL) {
                        close(structured.maxShortfall(), lp.maxShortfall(), "largest shortfall");
                    }
                    if (objective != Objective.MIN_MAX) {
                        close(structured.weightedShortfall(), lp.weightedShortfall(), "weighted shortfall");
                    }
                    if (comparablePrices(problem)) {
                        double a = structured.budgetShadowPrice();
                        double b = lp.budgetShadowPrice();
                        assertEquals(
                                a,
                                b,
                                RELATIVE * Math.max(Math.abs(a), Math.abs(b)) + PRICE_ABSOLUTE,
                                "budget shadow price: structured " + a + ", LP " + b + " (largest shortfall "
                                        + structured.maxShortfall() + ")");
                    }
                });
        // The property is only worth something if most cases are compared.
        assertTrue(compared.get() * 10 >= all.get() * 6, compared + " of " + all + " cases were compared");
    }

    /**
     * Whether the budget's shadow prices can be compared: not where every school is at its cap (the
     * money to share out is the sum of their rooms, to a satang), so that no more money can be
     * spent. There is no derivative for more money there; the structured solver says 0 and the LP's
     * dual, at that degenerate vertex, may be the derivative for less money: 21 of the 691 cases
     * compared with these seeds are such, and in 10 of them (weighted and lexicographic) the LP's
     * price is positive.
     */
    private static boolean comparablePrices(TargetProblem problem) {
        double room = 0;
        for (int s = 0; s < problem.schools(); s++) {
            room += problem.room(s);
        }
        return problem.available() < room - 1;
    }

    private static void close(double structured, double lp, String what) {
        double tolerance = RELATIVE * Math.max(1e-3, Math.max(Math.abs(structured), Math.abs(lp)));
        assertEquals(structured, lp, tolerance, what + ": structured " + structured + ", LP " + lp);
    }

    // ---- generation ------------------------------------------------------------------------------

    static Gen<Case> cases(Objective objective) {
        Gen<List<School>> schoolLists = RandomCases.schools(1, 30);
        return in -> {
            List<School> base = schoolLists.generate(in);
            int m = between(in, 1, 3);
            List<Indicator> indicators = new ArrayList<>();
            List<Map<String, Double>> values = new ArrayList<>();
            for (int s = 0; s < base.size(); s++) {
                values.add(new HashMap<>());
            }
            for (int k = 0; k < m; k++) {
                indicators.add(indicator(in, "ind" + k, values));
            }
            List<School> schools = new ArrayList<>();
            for (int s = 0; s < base.size(); s++) {
                schools.add(base.get(s).withIndicators(values.get(s)));
            }
            Floors floors = between(in, 0, 2) == 0
                    ? new Floors(BigDecimal.valueOf(between(in, 0, 3000)), BigDecimal.valueOf(between(in, 0, 100)))
                    : Floors.NONE;
            Caps caps = between(in, 0, 2) == 0 ? new Caps(BigDecimal.valueOf(between(in, 100, 200))) : Caps.NONE;
            Targets.Spend spend = between(in, 0, 3) == 0 ? Targets.Spend.AT_MOST : Targets.Spend.EXACT;
            Targets targets = new Targets(objective, spend, null, indicators, List.of());
            Scenario draft = new Scenario(
                    "random",
                    2570,
                    "",
                    BigDecimal.ZERO,
                    BigDecimal.ONE,
                    Map.of(),
                    rule(in, schools),
                    floors,
                    caps,
                    targets);
            // Size the money on the draft problem: the floors' needs plus a share (0 to 130%) of what
            // closing every gap costs, within the caps most of the time.
            TargetProblem problem = TargetProblem.of(draft, SchoolTable.of(schools));
            double baseTotal = 0;
            double required = 0;
            double room = 0;
            for (int s = 0; s < problem.schools(); s++) {
                baseTotal += problem.base(s);
                required += problem.required(s);
                room += problem.room(s);
            }
            double gaps = 0;
            for (int j = 0; j < problem.items(); j++) {
                gaps += problem.itemCost(j);
            }
            double extra = required + between(in, 0, 130) / 100.0 * gaps;
            if (between(in, 0, 9) > 0) {
                extra = Math.min(extra, Math.max(required, room));
            }
            long budgetBaht = (long) Math.ceil((baseTotal + extra) / 100);
            double available = budgetBaht * 100.0 - baseTotal;
            List<Envelope> envelopes = envelopes(in, schools, problem, available);
            Scenario scenario = draft.withBudget(BigDecimal.valueOf(budgetBaht))
                    .withTargets(new Targets(objective, spend, null, indicators, envelopes));
            return new Case(schools, scenario);
        };
    }

    /**
     * A random rule from {@link RandomCases#rule}, or a flat one where that rule refuses these schools:
     * its small-school taper can fall faster per pupil than the cheapest pupil adds once context
     * weights below 1 multiply (0.8 x 0.8 x 500 THB = 320 THB against a taper of up to 400 THB).
     */
    private static Rule rule(RandomnessSource in, List<School> schools) {
        Rule rule = RandomCases.rule(in);
        try {
            rule.evaluate(SchoolTable.of(schools));
            return rule;
        } catch (IllegalArgumentException e) {
            BigDecimal rate = BigDecimal.valueOf(between(in, 500, 5000));
            return new FlatPerHead(new LevelAmounts(rate, rate, rate, rate));
        }
    }

    private static Indicator indicator(RandomnessSource in, String name, List<Map<String, Double>> values) {
        boolean higher = between(in, 0, 1) == 0;
        // Higher is better: shares, target 0.3 to 0.9. Lower is better: ratios like pupils per teacher.
        double target = higher ? between(in, 30, 90) / 100.0 : between(in, 10, 40);
        for (Map<String, Double> school : values) {
            school.put(name, higher ? between(in, 0, 100) / 100.0 : (double) between(in, 5, 60));
        }
        boolean perPupil = between(in, 0, 2) > 0;
        long amount = perPupil
                ? (higher ? between(in, 100, 5000) : between(in, 5, 200))
                : (higher ? between(in, 10_000, 2_000_000) : between(in, 500, 100_000));
        List<ReturnSegment> pieces = new ArrayList<>();
        if (between(in, 0, 1) == 0) {
            int count = between(in, 2, 3);
            double upTo = 0;
            double factor = 1;
            for (int i = 0; i < count; i++) {
                upTo = i == count - 1 ? 1.0 : upTo + between(in, 10, 40) / 100.0;
                pieces.add(new ReturnSegment(upTo, factor));
                factor += between(in, 0, 30) / 10.0;
            }
        }
        return new Indicator(
                name,
                name,
                Goal.QUALITY,
                higher ? Direction.HIGHER : Direction.LOWER,
                target,
                between(in, 5, 30) / 10.0,
                new Cost(perPupil ? CostBasis.PUPIL : CostBasis.SCHOOL, BigDecimal.valueOf(amount)),
                pieces,
                List.of());
    }

    /** No envelope, one, or two on the same column; bounds around the groups' base plus a share of the money. */
    private static List<Envelope> envelopes(
            RandomnessSource in, List<School> schools, TargetProblem problem, double available) {
        int count = new int[] {0, 0, 1, 1, 2}[between(in, 0, 4)];
        if (count == 0) {
            return List.of();
        }
        String column = new String[] {"area_type", "cluster", "esa", "school_kind"}[between(in, 0, 3)];
        Map<String, Double> groupBase = new HashMap<>();
        for (int s = 0; s < schools.size(); s++) {
            groupBase.merge(label(schools.get(s), column), problem.base(s), Double::sum);
        }
        List<Envelope> envelopes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean one = between(in, 0, 3) > 0;
            String value = one ? label(schools.get(between(in, 0, schools.size() - 1)), column) : null;
            double base = one
                    ? groupBase.get(value)
                    : groupBase.values().stream()
                            .mapToDouble(Double::doubleValue)
                            .max()
                            .orElse(0);
            double money = Math.max(0, available);
            int kind = between(in, 0, 2);
            BigDecimal atLeast = kind != 1 && one ? baht(base + between(in, 0, 50) / 100.0 * money) : null;
            BigDecimal atMost =
                    kind != 0 || !one ? baht(base + between(in, 10, 100) / 100.0 * money + (one ? 0 : money)) : null;
            if (atLeast != null && atMost != null && atMost.compareTo(atLeast) < 0) {
                atMost = atLeast;
            }
            envelopes.add(new Envelope(column, value, atLeast, atMost, null, null));
        }
        return envelopes;
    }

    private static String label(School school, String column) {
        return switch (column) {
            case "area_type" -> school.areaType().key();
            case "cluster" -> school.cluster();
            case "esa" -> school.esa();
            default -> school.kind().key();
        };
    }

    private static BigDecimal baht(double satang) {
        return BigDecimal.valueOf(Math.round(satang / 100));
    }

    private static int between(RandomnessSource in, int min, int max) {
        return (int) in.next(Constraint.between(min, max));
    }
}

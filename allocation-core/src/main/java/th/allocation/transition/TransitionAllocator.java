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
package th.allocation.transition;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import th.allocation.InfeasibleException;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.engine.AllocationEngine;
import th.allocation.model.Baht;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.rule.Needs;
import th.allocation.scenario.Caps;
import th.allocation.scenario.Floors;
import th.allocation.scenario.Scenario;
import th.allocation.scenario.Transition;

/**
 * Allocates a scenario's {@link Transition}: year by year from the baseline to the scenario's rule.
 *
 * <p>In year {@code k} of {@code N}, with the target rule's weight {@code w_k} ({@code k / N} or
 * the given share), school {@code s}'s need is two components (columns of that year's
 * {@code allocations.csv}):
 *
 * <pre>
 * baseline_share(s) = (1 - w_k) x baseline(s) x T / B      (B = sum of the baselines)
 * formula_share(s)  = w_k x target(s)                      (T = sum of the target rule's needs)
 * </pre>
 *
 * each rounded to the satang (halves up, in exact integer arithmetic; in a year with {@code w_k = 0}
 * the baseline share is the baseline itself, the same proportions without the factor to round). Their sum is {@code T} times
 * the blend {@code (1 - w_k) baseline(s) / B + w_k target(s) / T}, so scaling it to the year's
 * budget is the blend of the two shares of the budget. The formula allocator then scales these needs
 * to the year's budget exactly, within the year's bounds, and rounds to the unit with the budget
 * conserved: the bounds are the scenario's floors and caps with {@code previous_allocation} read as
 * the year before's allocation (year 1: the baseline), the hold-harmless floor raised to
 * {@code 100 + per_pupil_floor_percent} % of it and the cap lowered to {@code 100 +
 * per_pupil_cap_percent} %. Pupils are the school file's in every year, so a bound on the total
 * against the year before is the same bound per pupil.
 *
 * <p>A school without a baseline (no {@code previous_allocation}, a new school) has no baseline
 * share and no bound against the year before in year 1. The library never prints.
 */
public final class TransitionAllocator {
    /** The component of a year's need that is the baseline's share. */
    public static final String BASELINE_SHARE = "baseline_share";

    /** The component of a year's need that is the target rule's share. */
    public static final String FORMULA_SHARE = "formula_share";

    /** The numeric columns of a year's school table that carry the two components, in satang. */
    static final String BASELINE_COLUMN = "transition_baseline_share";

    static final String FORMULA_COLUMN = "transition_formula_share";

    private TransitionAllocator() {}

    /**
     * Allocates the transition of {@code engine}'s scenario to its schools; a baseline scenario file
     * ({@code from}) is read relative to the scenario file's folder and allocated to the same schools
     * at its own budget.
     *
     * @throws IllegalArgumentException if the scenario has no transition
     * @throws InputException if the baseline cannot be read or the data lacks what it needs
     * @throws InfeasibleException naming the year whose bounds cannot meet its budget
     */
    public static TransitionResult allocate(AllocationEngine engine) {
        Objects.requireNonNull(engine, "engine");
        Transition transition = transitionOf(engine.scenario());
        Scenario from = null;
        if (!transition.fromPrevious()) {
            Path file = engine.scenarioFile()
                    .map(f -> f.toAbsolutePath()
                            .getParent()
                            .resolve(transition.from())
                            .normalize())
                    .orElse(Path.of(transition.from()));
            from = AllocationEngine.load(file).scenario();
            if (from.transition() != null) {
                throw new InputException(Problem.of(
                        file.toString(),
                        "The transition's baseline scenario has a transition of its own.",
                        "Point 'transition.from' at a one-year scenario (the status quo)."));
            }
        }
        return allocate(engine.scenario(), engine.schools(), from);
    }

    /**
     * Allocates the transition of {@code scenario} to {@code schools}, from the baseline {@code from}
     * allocated to the same schools at its own budget, or, if {@code from} is {@code null}, from the
     * schools' {@code previous_allocation}.
     *
     * @throws IllegalArgumentException if the scenario has no transition
     * @throws InputException if the data lacks what the baseline or the rule needs
     * @throws InfeasibleException naming the year whose bounds cannot meet its budget
     */
    public static TransitionResult allocate(Scenario scenario, SchoolTable schools, Scenario from) {
        Objects.requireNonNull(schools, "schools");
        Transition transition = transitionOf(scenario);
        int n = schools.size();
        long[] baseline = baseline(schools, from);
        Needs target = scenario.rule().evaluate(schools);
        BigInteger targetTotal = BigInteger.valueOf(target.grandTotal());
        long baselineSum = 0;
        for (long b : baseline) {
            baselineSum += Math.max(b, 0);
        }
        BigInteger baselineTotal = BigInteger.valueOf(baselineSum);
        List<TransitionYear> years = new ArrayList<>(transition.years());
        long[] previous = baseline;
        for (int k = 1; k <= transition.years(); k++) {
            long[] share = transition.share(k);
            BigInteger p = BigInteger.valueOf(share[0]);
            BigInteger q = BigInteger.valueOf(share[1]);
            if (share[0] < share[1] && baselineSum == 0 && n > 0) {
                throw new InputException(Problem.of(
                        schools.source(),
                        "The transition's baseline gives no school anything, so it has no shares to start from"
                                + " (year " + fiscalYear(scenario, k) + ").",
                        "Give schools a previous_allocation, or point 'transition.from' at a scenario."));
            }
            if (targetTotal.signum() == 0 && n > 0) {
                throw new InputException(Problem.of(
                        schools.source(),
                        "The scenario's rule gives no school anything, so it has no shares to move towards.",
                        "Check the rule's amounts and the school file's pupils."));
            }
            long[] baselineShare = new long[n];
            long[] formulaShare = new long[n];
            BigInteger baselineDenominator = q.multiply(baselineTotal);
            BigInteger baselineFactor = q.subtract(p).multiply(targetTotal);
            for (int i = 0; i < n; i++) {
                if (baseline[i] > 0 && share[0] == 0) {
                    baselineShare[i] = baseline[i]; // the same proportions, without a factor T / B to round
                } else if (baseline[i] > 0 && baselineFactor.signum() > 0) {
                    baselineShare[i] =
                            roundHalfUp(baselineFactor.multiply(BigInteger.valueOf(baseline[i])), baselineDenominator);
                }
                formulaShare[i] = roundHalfUp(p.multiply(BigInteger.valueOf(target.total(i))), q);
            }
            long budget = budget(scenario, transition, k);
            Scenario year = YearScenario.of(scenario, transition, k, budget);
            SchoolTable table = YearScenario.table(schools, previous, baselineShare, formulaShare);
            AllocationResult result;
            try {
                result = AllocationEngine.allocate(year, table);
            } catch (InfeasibleException e) {
                InfeasibleException named = new InfeasibleException("Year " + year.fiscalYear() + " (" + k + " of "
                        + transition.years() + ") of the transition: " + e.getMessage()
                        + "\nMaybe lower the fall allowed a year (per_pupil_floor_percent), raise that year's"
                        + " budget, or spread the transition over more years.");
                named.initCause(e);
                throw named;
            }
            years.add(new TransitionYear(k, year.fiscalYear(), shareValue(share), budget, result));
            long[] allocated = new long[n];
            for (int i = 0; i < n; i++) {
                allocated[i] = result.allocation(i);
            }
            previous = allocated;
        }
        long finalBudget = years.get(years.size() - 1).budget();
        Scenario atFinalBudget = scenario.withTransition(null)
                .withBudget(Baht.toBaht(finalBudget))
                .withBounds(new Floors(scenario.floors().minPerPupil(), BigDecimal.ZERO), Caps.NONE);
        AllocationResult targetResult = AllocationEngine.allocate(atFinalBudget, schools);
        return new TransitionResult(scenario, schools, baseline, years, targetResult);
    }

    private static Transition transitionOf(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        if (scenario.transition() == null) {
            throw new IllegalArgumentException(
                    "The scenario '" + scenario.name() + "' has no transition; allocate it with AllocationEngine.");
        }
        return scenario.transition();
    }

    /** Each school's baseline in satang, or {@link SchoolTable#NO_PREVIOUS} where it has none. */
    private static long[] baseline(SchoolTable schools, Scenario from) {
        int n = schools.size();
        long[] baseline = new long[n];
        if (from == null) {
            if (n > 0 && !schools.hasAnyPreviousAllocation()) {
                throw new InputException(Problem.of(
                        schools.source(),
                        "The transition starts from last year's allocation, but no school has a previous_allocation.",
                        "Add a previous_allocation column, or point 'transition.from' at a scenario file."));
            }
            for (int i = 0; i < n; i++) {
                baseline[i] = schools.previousAllocation(i);
            }
            return baseline;
        }
        AllocationResult result = AllocationEngine.allocate(from.withTransition(null), schools);
        for (int i = 0; i < n; i++) {
            baseline[i] = result.allocation(i);
        }
        return baseline;
    }

    /**
     * Year {@code k}'s budget in satang: {@code budgets[k - 1]}, or the scenario's budget times
     * {@code (1 + g / 100)^(k - 1)}, rounded down to the unit.
     */
    static long budget(Scenario scenario, Transition transition, int k) {
        if (transition.budgets() != null) {
            return Baht.toSatang(transition.budgets().get(k - 1));
        }
        long first = scenario.budgetSatang().orElseThrow();
        BigDecimal growth = transition.budgetGrowthPercent();
        if (growth == null || growth.signum() == 0 || k == 1) {
            return first;
        }
        BigDecimal factor = BigDecimal.ONE.add(growth.movePointLeft(2)).pow(k - 1);
        long unit = scenario.roundingUnitSatang();
        BigDecimal units =
                BigDecimal.valueOf(first).multiply(factor).divide(BigDecimal.valueOf(unit), 0, RoundingMode.FLOOR);
        return units.longValueExact() * unit;
    }

    private static int fiscalYear(Scenario scenario, int k) {
        return scenario.fiscalYear() + k - 1;
    }

    /** {@code round(numerator / denominator)}, halves up, for non-negative numbers. */
    private static long roundHalfUp(BigInteger numerator, BigInteger denominator) {
        return numerator
                .shiftLeft(1)
                .add(denominator)
                .divide(denominator.shiftLeft(1))
                .longValueExact();
    }

    private static BigDecimal shareValue(long[] share) {
        return BigDecimal.valueOf(share[0])
                .divide(BigDecimal.valueOf(share[1]), 6, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}

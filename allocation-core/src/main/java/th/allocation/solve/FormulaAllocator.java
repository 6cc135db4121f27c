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
package th.allocation.solve;

import java.util.Objects;
import java.util.OptionalLong;
import th.allocation.InfeasibleException;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.internal.ParallelBlocks;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.Bound;
import th.allocation.rule.Needs;
import th.allocation.scenario.Protections;
import th.allocation.scenario.Scenario;

/**
 * Allocates by formula: evaluates the scenario's rule, scales the needs to the budget within each
 * school's floor and cap (exactly, see {@code ScaleSolver}), and rounds to the scenario's unit so
 * that the allocations add up to the budget exactly (largest remainder, ties by school id).
 *
 * <p>Without a budget, each school gets its need within its floor and cap, rounded to the nearest
 * unit (halves up), and the total is their sum.
 */
public final class FormulaAllocator {
    private static final byte NONE = (byte) Bound.NONE.ordinal();

    private FormulaAllocator() {}

    /**
     * Allocates {@code scenario} to {@code schools}.
     *
     * @throws InputException if the scenario needs data the school table lacks
     * @throws InfeasibleException if floors and caps cannot meet the budget
     */
    public static AllocationResult allocate(Scenario scenario, SchoolTable schools) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(schools, "schools");
        checkPrevious(scenario, schools);
        long unit = scenario.roundingUnitSatang();
        Needs needs = scenario.rule().evaluate(schools);
        SchoolBounds bounds = bounds(scenario, schools, needs);
        return allocate(scenario, schools, needs, bounds, Double.NaN, new Work(schools.size()));
    }

    /**
     * The arrays an allocation works in, kept from one allocation to the next by a {@link
     * FormulaSeries} (none of them is part of a result); not thread-safe.
     */
    static final class Work {
        final double[] needUnits;
        final ScaleSolver.Work scale;
        final LargestRemainder.Work rounding = new LargestRemainder.Work();
        private double[] freeUnits;
        private long[] low;
        private long[] high;
        /**
         * The result's arrays, kept for the next allocation when {@link #reuse} is set (the caller
         * then uses each result only until the next); else made anew for each result.
         */
        private long[] units;

        private byte[] bound;
        boolean reuse;

        Work(int n) {
            needUnits = new double[n];
            scale = new ScaleSolver.Work(n);
        }

        /** The array for the result's allocations, in units. */
        long[] units() {
            int n = needUnits.length;
            if (!reuse) {
                return new long[n];
            }
            if (units == null) {
                units = new long[n];
            }
            return units;
        }

        /** The array for the result's bounds. */
        byte[] bound() {
            int n = needUnits.length;
            if (!reuse) {
                return new byte[n];
            }
            if (bound == null) {
                bound = new byte[n];
            }
            return bound;
        }

        /** The arrays for free parts (excluded components), made when first needed. */
        private void free() {
            if (freeUnits == null) {
                int n = needUnits.length;
                freeUnits = new double[n];
                low = new long[n];
                high = new long[n];
            }
        }
    }

    /** The floors and caps of {@code schools} under {@code scenario}, its protections included. */
    static SchoolBounds bounds(Scenario scenario, SchoolTable schools, Needs needs) {
        Protections protections = Protections.of(scenario);
        long unit = scenario.roundingUnitSatang();
        if (protections.none()) {
            return SchoolBounds.of(schools, scenario.floors(), scenario.caps(), unit);
        }
        return SchoolBounds.of(
                schools, scenario.floors(), scenario.caps(), protections, excluded(needs, protections), unit);
    }

    /**
     * Which of {@code needs}' components {@code protections} exclude from the protected part, or null
     * if none.
     */
    static boolean[] excludedComponents(Needs needs, Protections protections) {
        if (protections.excluded().isEmpty()) {
            return null;
        }
        boolean[] mask = new boolean[needs.components().size()];
        for (int c = 0; c < mask.length; c++) {
            mask[c] = protections.excluded().contains(needs.components().get(c).key());
        }
        return mask;
    }

    /** Each school's stated (unscaled) amount of the excluded components, in satang; null if none. */
    static long[] excluded(Needs needs, Protections protections) {
        boolean[] mask = excludedComponents(needs, protections);
        if (mask == null) {
            return null;
        }
        long[] sums = new long[needs.size()];
        for (int c = 0; c < mask.length; c++) {
            if (mask[c]) {
                for (int i = 0; i < sums.length; i++) {
                    sums[i] = Math.addExact(sums[i], needs.amount(c, i));
                }
            }
        }
        return sums;
    }

    /** Fails if the scenario's floors or caps need last year's allocation and no school has one. */
    static void checkPrevious(Scenario scenario, SchoolTable schools) {
        if (Protections.of(scenario).needsPrevious() && schools.size() > 0 && !schools.hasAnyPreviousAllocation()) {
            throw new InputException(Problem.of(
                    schools.source(),
                    "The scenario's per-pupil funding guarantee or gains cap (protections) needs last year's"
                            + " allocation, but no school has a previous_allocation.",
                    "Add a previous_allocation column (and previous_pupils, last year's pupils), or remove"
                            + " funding_guarantee and gains_cap from protections."));
        }
        if ((scenario.floors().usesPrevious() || scenario.caps().usesPrevious())
                && schools.size() > 0
                && !schools.hasAnyPreviousAllocation()) {
            throw new InputException(Problem.of(
                    schools.source(),
                    "The scenario's hold-harmless floor or cap needs last year's allocation, but no school has a"
                            + " previous_allocation.",
                    "Add a previous_allocation column, or remove percent_of_previous from floors and caps."));
        }
    }

    /**
     * Allocates {@code scenario} to {@code schools} given the rule's needs and the schools' bounds;
     * {@code scaleHint}, if a number, is where the scale is looked for first (the scale of a similar
     * scenario): the scale found, and so the allocation, is the same whatever the hint. Works in
     * {@code work}, made for as many schools.
     */
    static DefaultFormulaResult allocate(
            Scenario scenario, SchoolTable schools, Needs needs, SchoolBounds bounds, double scaleHint, Work work) {
        long unit = scenario.roundingUnitSatang();
        int n = schools.size();
        OptionalLong budget = scenario.budgetSatang();
        double scale;
        double[] amounts;
        long[] units;
        long[] excluded = bounds.excluded;
        if (budget.isPresent() && excluded != null) {
            // The excluded components are paid on top of the bounded, protected part (ScaleSolver).
            work.free();
            double[] needUnits = work.needUnits;
            double[] freeUnits = work.freeUnits;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                needUnits[i] = (double) (needs.total(i) - excluded[i]) / unit;
                freeUnits[i] = (double) excluded[i] / unit;
                sum += needUnits[i] + freeUnits[i];
            }
            long budgetUnits = budget.getAsLong() / unit;
            ScaleSolver.Solution solution;
            try {
                solution = ScaleSolver.solve(
                        needUnits,
                        freeUnits,
                        bounds.lower,
                        bounds.upper,
                        budgetUnits,
                        unit,
                        hint(scaleHint, budgetUnits, sum),
                        factors(scaleHint),
                        work.scale,
                        true);
            } catch (InfeasibleException e) {
                throw withProtections(e);
            }
            scale = solution.scale();
            amounts = solution.amounts();
            long[] low = work.low;
            long[] high = work.high;
            for (int i = 0; i < n; i++) {
                double free = scale * freeUnits[i];
                low[i] = bounds.lower[i] + (long) Math.floor(free);
                high[i] = bounds.upper[i] == SchoolBounds.UNCAPPED
                        ? SchoolBounds.UNCAPPED
                        : bounds.upper[i] + (long) Math.ceil(free);
            }
            units = work.rounding.round(amounts, low, high, budgetUnits, work.units());
        } else if (budget.isPresent()) {
            double[] needUnits = work.needUnits;
            double sum = needUnits(needs, unit, needUnits);
            long budgetUnits = budget.getAsLong() / unit;
            ScaleSolver.Solution solution;
            try {
                solution = ScaleSolver.solve(
                        needUnits,
                        null,
                        bounds.lower,
                        bounds.upper,
                        budgetUnits,
                        unit,
                        hint(scaleHint, budgetUnits, sum),
                        factors(scaleHint),
                        work.scale,
                        false);
            } catch (InfeasibleException e) {
                throw Protections.of(scenario).none() ? e : withProtections(e);
            }
            scale = solution.scale();
            amounts = solution.amounts();
            if (amounts == null) {
                // The amounts, their rounding down and each school's bound in one pass.
                units = work.units();
                byte[] bound = work.bound();
                BoundRounding.round(needUnits, needs, unit, scale, bounds, budgetUnits, work.rounding, units, bound);
                // The rounding meets the budget in units exactly (else it throws).
                return new DefaultFormulaResult(
                        scenario, schools, needs, scale, unit, units, bound, bounds, budgetUnits * unit);
            }
            units = work.rounding.round(amounts, bounds.lower, bounds.upper, budgetUnits, work.units());
        } else if (excluded != null) {
            scale = 1.0;
            amounts = new double[n];
            units = work.units();
            for (int i = 0; i < n; i++) {
                long rest = needs.total(i) - excluded[i];
                long low = bounds.lower[i] * unit;
                long protectedPart = bounds.upper[i] == SchoolBounds.UNCAPPED
                        ? Math.max(rest, low)
                        : Math.min(Math.max(rest, low), bounds.upper[i] * unit);
                long total = protectedPart + excluded[i];
                units[i] = Math.floorDiv(total, unit) + (2 * Math.floorMod(total, unit) >= unit ? 1 : 0);
                amounts[i] = (double) total / unit;
            }
        } else {
            scale = 1.0;
            amounts = new double[n];
            units = work.units();
            for (int i = 0; i < n; i++) {
                long need = needs.total(i);
                long nearest = Math.floorDiv(need, unit) + (2 * Math.floorMod(need, unit) >= unit ? 1 : 0);
                units[i] = Math.min(Math.max(nearest, bounds.lower[i]), bounds.upper[i]);
                amounts[i] = Math.min(Math.max((double) need / unit, bounds.lower[i]), bounds.upper[i]);
            }
        }
        byte[] bound = work.bound();
        long[] lower = bounds.lower;
        long[] upper = bounds.upper;
        if (excluded != null) {
            for (int i = 0; i < n; i++) {
                double scaled = scale * (needs.total(i) - excluded[i]) / unit;
                bound[i] = scaled < lower[i] ? bounds.floorKind[i] : scaled > upper[i] ? bounds.capKind[i] : NONE;
            }
        } else {
            for (int i = 0; i < n; i++) {
                double amount = amounts[i];
                byte held = NONE;
                // The scaled need only where the amount is at a bound (the division is not done for the rest).
                if (amount == lower[i]) {
                    if (scale * needs.total(i) / unit < lower[i]) {
                        held = bounds.floorKind[i];
                    } else if (amount == upper[i] && scale * needs.total(i) / unit > upper[i]) {
                        held = bounds.capKind[i];
                    }
                } else if (amount == upper[i] && scale * needs.total(i) / unit > upper[i]) {
                    held = bounds.capKind[i];
                }
                bound[i] = held;
            }
        }
        return new DefaultFormulaResult(scenario, schools, needs, scale, unit, units, bound, bounds);
    }

    /**
     * Each school's need in units, {@code needs.total(i) / unit}, into {@code into} (in blocks on a
     * large table); returns their sum, added up in some order (it only steers the search).
     */
    private static double needUnits(Needs needs, long unit, double[] into) {
        int n = into.length;
        int blocks = Blocks.count(n);
        double[] sums = new double[blocks];
        ParallelBlocks.run(n, blocks, (b, from, to) -> {
            double sum = 0;
            for (int i = from; i < to; i++) {
                // Dividing by 1.0 gives the same number: a unit of one satang needs no division.
                double units = unit == 1 ? (double) needs.total(i) : (double) needs.total(i) / unit;
                into[i] = units;
                sum += units;
            }
            sums[b] = sum;
        });
        double sum = 0;
        for (double part : sums) {
            sum += part;
        }
        return sum;
    }

    /**
     * Where the scale is looked for first: {@code hint} if it is a number (a similar scenario's scale),
     * else the budget over the needs' sum, what the scale would be without floors and caps.
     */
    private static double hint(double hint, long budgetUnits, double needSum) {
        return hint > 0 ? hint : budgetUnits / needSum;
    }

    /** The probes' factors for {@link #hint}: close around a similar scenario's scale, wider around a rough one. */
    private static double[] factors(double hint) {
        return hint > 0 ? ScaleSearch.HINT_PROBES : ScaleSearch.ROUGH_PROBES;
    }

    /** {@code e} with the protections named among the floors to lower, or the caps to raise. */
    private static InfeasibleException withProtections(InfeasibleException e) {
        String message = e.getMessage();
        if (message.startsWith("Floors")) {
            return new InfeasibleException(message + " The scenario's protections (min_per_pupil_by_level,"
                    + " min_per_school, funding_guarantee) are floors too.");
        }
        if (message.startsWith("Caps")) {
            return new InfeasibleException(message + " The protections' gains_cap is a cap too.");
        }
        return e;
    }
}

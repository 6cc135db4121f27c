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
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.Bound;
import th.allocation.rule.Needs;
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
        SchoolBounds bounds = SchoolBounds.of(schools, scenario.floors(), scenario.caps(), unit);
        return allocate(scenario, schools, needs, bounds, Double.NaN);
    }

    /** Fails if the scenario's floors or caps need last year's allocation and no school has one. */
    static void checkPrevious(Scenario scenario, SchoolTable schools) {
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
     * scenario): the scale found, and so the allocation, is the same whatever the hint.
     */
    static DefaultFormulaResult allocate(
            Scenario scenario, SchoolTable schools, Needs needs, SchoolBounds bounds, double scaleHint) {
        long unit = scenario.roundingUnitSatang();
        int n = schools.size();
        OptionalLong budget = scenario.budgetSatang();
        double scale;
        double[] amounts;
        long[] units;
        if (budget.isPresent()) {
            double[] needUnits = new double[n];
            for (int i = 0; i < n; i++) {
                needUnits[i] = (double) needs.total(i) / unit;
            }
            long budgetUnits = budget.getAsLong() / unit;
            ScaleSolver.Solution solution =
                    ScaleSolver.solve(needUnits, bounds.lower, bounds.upper, budgetUnits, unit, scaleHint);
            scale = solution.scale();
            amounts = solution.amounts();
            units = LargestRemainder.round(amounts, bounds.lower, bounds.upper, budgetUnits);
        } else {
            scale = 1.0;
            amounts = new double[n];
            units = new long[n];
            for (int i = 0; i < n; i++) {
                long need = needs.total(i);
                long nearest = Math.floorDiv(need, unit) + (2 * Math.floorMod(need, unit) >= unit ? 1 : 0);
                units[i] = Math.min(Math.max(nearest, bounds.lower[i]), bounds.upper[i]);
                amounts[i] = Math.min(Math.max((double) need / unit, bounds.lower[i]), bounds.upper[i]);
            }
        }
        byte[] bound = new byte[n];
        for (int i = 0; i < n; i++) {
            double scaled = scale * needs.total(i) / unit;
            if (amounts[i] == bounds.lower[i] && scaled < bounds.lower[i]) {
                bound[i] = bounds.floorKind[i];
            } else if (amounts[i] == bounds.upper[i] && scaled > bounds.upper[i]) {
                bound[i] = (byte) Bound.CAP.ordinal();
            } else {
                bound[i] = (byte) Bound.NONE.ordinal();
            }
        }
        return new DefaultFormulaResult(scenario, schools, needs, scale, unit, units, bound, bounds);
    }
}

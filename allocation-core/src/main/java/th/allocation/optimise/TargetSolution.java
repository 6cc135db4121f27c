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

/**
 * What a solver found for a {@link TargetProblem}: the money spent on each item and each school's
 * extra money, before rounding, with the objective values and the shadow prices of the budget and
 * the envelopes.
 *
 * <p>Shadow prices are derivatives of the optimised objective (the largest shortfall for min-max,
 * the weighted shortfall otherwise; for lexicographic, the weighted shortfall with the largest
 * shortfall held at its optimum) with respect to a bound, per baht, signed so that a positive price
 * means that one more baht in the bound lowers (improves) the objective by that much.
 *
 * @param solver the solver's name, e.g. {@code structured} or {@code lp:GLOP}
 * @param itemSpend satang spent on each item, between 0 and its cost
 * @param extra each school's extra money in satang (item spending plus any floor top-up)
 * @param maxShortfall the largest priority-weighted relative shortfall left
 * @param weightedShortfall the weighted-shortfall objective left
 * @param budgetShadowPrice how much the optimised objective falls per extra baht of budget: the
 *     largest shortfall for min-max; the weighted shortfall for weighted shortfall, and for
 *     lexicographic with the largest shortfall held at its optimum; 0 when money is not scarce. It
 *     is the derivative for more money: for min-max, 0 when the largest shortfall is held at or
 *     above the common level (by a cap, an envelope maximum, or because no money can lower it), the
 *     common level's fall per baht otherwise. At a kink (the budget exactly where a cap, an
 *     envelope or a piece of a curve starts to bind) the structured solver gives the derivative for
 *     more money; an LP dual there may be either one-sided derivative (see {@link
 *     th.allocation.result.TargetResult#budgetShadowPrice()})
 * @param envelopeShadowPrices per envelope {@code e} and group {@code g}, how much the optimised
 *     objective falls per baht by which both of the group's bounds are raised: positive where the
 *     upper bound binds (the group would use more), negative where the lower bound binds (the
 *     group is given more than the objective alone would give it), 0 where neither binds; an
 *     empty array where the solver does not price envelopes
 */
public record TargetSolution(
        String solver,
        double[] itemSpend,
        double[] extra,
        double maxShortfall,
        double weightedShortfall,
        double budgetShadowPrice,
        double[][] envelopeShadowPrices) {

    /** A solution without envelope prices (the solver does not compute them). */
    public TargetSolution(
            String solver,
            double[] itemSpend,
            double[] extra,
            double maxShortfall,
            double weightedShortfall,
            double budgetShadowPrice) {
        this(solver, itemSpend, extra, maxShortfall, weightedShortfall, budgetShadowPrice, new double[0][]);
    }
}

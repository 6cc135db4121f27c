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
package th.allocation.result;

/**
 * The result of an allocation against indicator targets. Besides what every result explains, it
 * says for each school and indicator how much money went to closing the gap ({@code target_<key>}
 * components), the value the money is projected to reach and the gap left ({@link IndicatorColumns}),
 * and for the scenario the objective reached and the budget's shadow price.
 *
 * <p>Shadow prices are derivatives of the optimised objective (the largest shortfall for min-max, the
 * weighted shortfall otherwise; for lexicographic, the weighted shortfall with the largest shortfall
 * held at its optimum) with respect to the budget, per baht, signed so that a positive price means
 * one more baht lowers (improves) the objective by that much.
 */
public non-sealed interface TargetResult extends AllocationResult, IndicatorColumns {
    @Override
    default Kind kind() {
        return Kind.TARGETS;
    }

    /** The solver that found the allocation, e.g. {@code structured} or {@code lp:GLOP}. */
    String solver();

    /** The largest priority-weighted relative shortfall left, before rounding. */
    double maxShortfall();

    /** The weighted-shortfall objective left, before rounding. */
    double weightedShortfall();

    /**
     * How much the optimised objective falls per extra baht of budget; 0 when money is not scarce.
     *
     * <p>It is the derivative for more money (from the right). For min-max it is 0 whenever the
     * largest shortfall belongs to a pair that more money does not lower: a school held at or above
     * the common level by its cap, a group held by an envelope maximum, or a pair no money can close
     * (a school without pupils); otherwise it is how fast the common level falls. Where the budget
     * sits exactly at a kink (a held pair exactly at the level, a cap or an envelope met exactly) the
     * derivatives for more and for less money differ: the structured solver reports the one for
     * more money; the LP solver's dual at that degenerate vertex may be either, or (PDLP) a value
     * between them. For lexicographic it is the weighted shortfall's price with the largest
     * shortfall held at its optimum, whatever holds the largest shortfall.
     */
    double budgetShadowPrice();
}

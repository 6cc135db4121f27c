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

import java.util.List;
import th.allocation.model.SchoolTable;
import th.allocation.result.Bound;
import th.allocation.result.TargetResult;
import th.allocation.rule.Component;
import th.allocation.rule.Needs;
import th.allocation.scenario.Direction;
import th.allocation.scenario.Indicator;
import th.allocation.scenario.Scenario;

/**
 * The result of a target-driven allocation. Besides what every result explains, it says for each
 * school and indicator how much money went to closing the gap, the value the money is projected to
 * reach, and the gap left; and for the scenario, the objective reached and the budget's shadow price.
 *
 * <p>Components: the rule's base components, then one {@code target_<indicator>} component per
 * indicator (money bought for its gap), then {@code target_top_up} (money a floor or envelope
 * required, or left when every gap was closed, that buys no indicator). Floors, caps and envelopes
 * are met inside the optimisation, so {@link #boundAdjustment} is 0.
 */
final class DefaultTargetResult implements TargetResult {
    /** The bounds by ordinal, made once: {@code values()} makes a new array on every call. */
    private static final Bound[] BOUNDS = Bound.values();

    private final TargetProblem problem;
    private final PairCurves curves;
    private final TargetSolution solution;
    private final List<Component> components;
    private final long[] allocation;
    /** The rule's components, as its needs give them. */
    private final Needs needs;

    private final int baseCount;
    /** Per indicator, then the top-up: the target components after the rule's, per school. */
    private final long[][] targetSatang;

    private final byte[] bound;
    private final long[] floor;
    private final long[] cap;
    private final long total;

    DefaultTargetResult(
            TargetProblem problem,
            TargetSolution solution,
            List<Component> components,
            long[] allocation,
            long[][] targetSatang,
            byte[] bound,
            long[] floor,
            long[] cap) {
        this.problem = problem;
        this.curves = problem.curves;
        this.solution = solution;
        this.components = List.copyOf(components);
        this.allocation = allocation;
        this.needs = problem.needs;
        this.baseCount = problem.needs.components().size();
        this.targetSatang = targetSatang;
        this.bound = bound;
        this.floor = floor;
        this.cap = cap;
        long sum = 0;
        for (long a : allocation) {
            sum = Math.addExact(sum, a);
        }
        this.total = sum;
    }

    @Override
    public Scenario scenario() {
        return problem.scenario;
    }

    @Override
    public SchoolTable schools() {
        return problem.schools;
    }

    @Override
    public List<Component> components() {
        return components;
    }

    /** 1: the base is kept whole; target money comes on top. */
    @Override
    public double scale() {
        return 1.0;
    }

    @Override
    public long total() {
        return total;
    }

    /** The base entitlement: what the scenario's rule gives the school. */
    @Override
    public long need(int i) {
        return problem.needs.total(i);
    }

    @Override
    public long allocation(int i) {
        return allocation[i];
    }

    @Override
    public long component(int c, int i) {
        return c < baseCount ? needs.amount(c, i) : targetSatang[c - baseCount][i];
    }

    @Override
    public long boundAdjustment(int i) {
        return 0;
    }

    @Override
    public long rounding(int i) {
        long sum = 0;
        for (int c = 0; c < baseCount; c++) {
            sum += needs.amount(c, i);
        }
        for (long[] column : targetSatang) {
            sum += column[i];
        }
        return allocation[i] - sum;
    }

    @Override
    public Bound bound(int i) {
        return BOUNDS[bound[i]];
    }

    @Override
    public long floor(int i) {
        return floor[i];
    }

    @Override
    public long cap(int i) {
        return cap[i];
    }

    /** The indicators, in column order. */
    @Override
    public List<Indicator> indicators() {
        return problem.indicators;
    }

    /** The solver's solution before rounding: spending per item, objective values and prices. */
    TargetSolution solution() {
        return solution;
    }

    @Override
    public String solver() {
        return solution.solver();
    }

    @Override
    public double maxShortfall() {
        return solution.maxShortfall();
    }

    @Override
    public double weightedShortfall() {
        return solution.weightedShortfall();
    }

    @Override
    public double budgetShadowPrice() {
        return solution.budgetShadowPrice();
    }

    /** The value of indicator {@code k} at school {@code i} before funding; NaN if missing. */
    @Override
    public double value(int k, int i) {
        return problem.indicatorValue[k][i];
    }

    /** The target of indicator {@code k} at school {@code i} (central or local). */
    @Override
    public double target(int k, int i) {
        return problem.indicatorTarget[k][i];
    }

    /** The gap of indicator {@code k} at school {@code i} left after funding, in the indicator's unit. */
    @Override
    public double gapLeft(int k, int i) {
        int pair = i * problem.indicators() + k;
        double remaining = TargetSolutions.remaining(problem, curves, solution.itemSpend(), pair);
        return remaining * Math.abs(problem.indicatorTarget[k][i]);
    }

    /** The value indicator {@code k} is projected to reach at school {@code i} with the money it got. */
    @Override
    public double projected(int k, int i) {
        double closed = problem.gap(k, i) - gapLeft(k, i);
        return problem.indicators.get(k).direction() == Direction.HIGHER
                ? problem.indicatorValue[k][i] + closed
                : problem.indicatorValue[k][i] - closed;
    }
}

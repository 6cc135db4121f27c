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

import java.util.List;
import th.allocation.model.SchoolTable;
import th.allocation.result.Bound;
import th.allocation.result.FormulaResult;
import th.allocation.rule.Component;
import th.allocation.rule.Needs;
import th.allocation.scenario.Scenario;

/** The result of a formula allocation; immutable once built. */
final class DefaultFormulaResult implements FormulaResult {
    private static final Bound[] BOUNDS = Bound.values();
    private final Scenario scenario;
    private final SchoolTable schools;
    private final Needs needs;
    private final double scale;
    private final long unit;
    private final long[] allocation;
    private final byte[] bound;
    private final long[] lower;
    private final long[] upper;
    private final long total;
    /** The components the protections leave out of the protected part; null if none. */
    private final boolean[] excluded;

    DefaultFormulaResult(
            Scenario scenario,
            SchoolTable schools,
            Needs needs,
            double scale,
            long unit,
            long[] allocationUnits,
            byte[] bound,
            SchoolBounds bounds) {
        this(scenario, schools, needs, scale, unit, allocationUnits, bound, bounds, total(allocationUnits, unit));
    }

    /** A result whose allocations are known to add up to {@code total} satang. */
    DefaultFormulaResult(
            Scenario scenario,
            SchoolTable schools,
            Needs needs,
            double scale,
            long unit,
            long[] allocationUnits,
            byte[] bound,
            SchoolBounds bounds,
            long total) {
        this.scenario = scenario;
        this.schools = schools;
        this.needs = needs;
        this.scale = scale;
        this.unit = unit;
        this.allocation = allocationUnits;
        this.bound = bound;
        this.lower = bounds.lower;
        this.upper = bounds.upper;
        this.excluded = bounds.excluded == null
                ? null
                : FormulaAllocator.excludedComponents(needs, th.allocation.scenario.Protections.of(scenario));
        this.total = total;
    }

    private static long total(long[] allocationUnits, long unit) {
        long sum = 0;
        for (long units : allocationUnits) {
            sum = Math.addExact(sum, Math.multiplyExact(units, unit));
        }
        return sum;
    }

    @Override
    public Scenario scenario() {
        return scenario;
    }

    @Override
    public SchoolTable schools() {
        return schools;
    }

    @Override
    public List<Component> components() {
        return needs.components();
    }

    @Override
    public double scale() {
        return scale;
    }

    @Override
    public long total() {
        return total;
    }

    @Override
    public long need(int i) {
        return needs.total(i);
    }

    @Override
    public long allocation(int i) {
        return allocation[i] * unit;
    }

    @Override
    public long component(int c, int i) {
        return scale == 1.0 ? needs.amount(c, i) : Math.round(scale * needs.amount(c, i));
    }

    /**
     * {@inheritDoc}
     *
     * <p>With components excluded by the protections, the floor or cap bounds the protected part: the
     * adjustment is the bound less the stated components that are not excluded.
     */
    @Override
    public long boundAdjustment(int i) {
        return boundAdjustment(i, bound(i) == Bound.NONE ? 0 : scaledNeed(i));
    }

    /** {@inheritDoc} The scaled need is {@code stated}, not added up again. */
    @Override
    public long boundAdjustment(int i, long stated) {
        Bound held = bound(i);
        if (held == Bound.NONE) {
            return 0;
        }
        return (held.isCap() ? cap(i) : floor(i)) - stated + excludedStated(i);
    }

    /** The stated amounts of the excluded components of school {@code i}, as scaled in its row. */
    private long excludedStated(int i) {
        if (excluded == null) {
            return 0;
        }
        long sum = 0;
        for (int c = 0; c < excluded.length; c++) {
            if (excluded[c]) {
                sum += component(c, i);
            }
        }
        return sum;
    }

    /**
     * {@inheritDoc}
     *
     * <p>{@code allocation - scaledNeed - boundAdjustment}: for a school at a bound the scaled need
     * cancels out (exactly, in long arithmetic), and is not added up.
     */
    @Override
    public long rounding(int i) {
        Bound held = bound(i);
        if (held == Bound.NONE) {
            return allocation(i) - scaledNeed(i);
        }
        return allocation(i) - (held.isCap() ? cap(i) : floor(i)) - excludedStated(i);
    }

    @Override
    public Bound bound(int i) {
        return BOUNDS[bound[i]];
    }

    @Override
    public long floor(int i) {
        return lower[i] * unit;
    }

    @Override
    public long cap(int i) {
        return upper[i] == SchoolBounds.UNCAPPED ? NO_CAP : upper[i] * unit;
    }

    private long scaledNeed(int i) {
        long sum = 0;
        for (int c = 0; c < needs.components().size(); c++) {
            sum += component(c, i);
        }
        return sum;
    }
}

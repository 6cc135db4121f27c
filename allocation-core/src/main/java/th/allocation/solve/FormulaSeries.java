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
import th.allocation.InfeasibleException;
import th.allocation.InputException;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.rule.Needs;
import th.allocation.scenario.Scenario;

/**
 * Allocates formula scenarios one after another to one school table, each reusing what it shares
 * with the one before: the needs of the components its rule leaves as they were ({@link
 * Needs#of(th.allocation.rule.Rule, SchoolTable, th.allocation.rule.Rule, Needs)}), the floors and
 * caps when neither they nor the rounding unit changed, and the scale as the place to look for the
 * next one first; and the arrays the allocation works in. Every result is the one {@link FormulaAllocator#allocate} gives, to the bit: a
 * sweep over nearby variants runs through one series per thread.
 *
 * <p>Not thread-safe: one series per thread.
 */
public final class FormulaSeries {
    private final SchoolTable schools;
    private Scenario previous;
    private Needs needs;
    private SchoolBounds bounds;
    /** The scales of the last two variants with a budget that reached the search, the last one first. */
    private double scale = Double.NaN;

    private double scaleBefore = Double.NaN;
    /** The last step of the scale from one variant to the next that was not a jump, as a factor. */
    private double step = 1;

    private FormulaAllocator.Work work;
    /** Whether {@link #needs} went into a result the caller may keep ({@link #allocate}). */
    private boolean needsKept;
    /** Needs no result in use refers to, whose arrays the next needs may be written into; or null. */
    private Needs spare;

    /** A series over {@code schools}, with nothing to reuse yet. */
    public FormulaSeries(SchoolTable schools) {
        this.schools = Objects.requireNonNull(schools, "schools");
    }

    /**
     * Allocates {@code scenario}, a formula scenario (no targets, no levels), as {@link
     * FormulaAllocator#allocate} does.
     *
     * @throws IllegalArgumentException if the scenario has targets or levels
     * @throws InputException if the scenario needs data the school table lacks
     * @throws InfeasibleException if floors and caps cannot meet the budget
     */
    public AllocationResult allocate(Scenario scenario) {
        return allocate(scenario, false);
    }

    /**
     * {@link #allocate}, the same result to the bit, made in arrays the series keeps: the result is
     * valid only until the next call of this series, which may write over its allocations, bounds
     * and needs. A sweep that keeps a row of figures per variant, not the result, makes no arrays of
     * the schools' size per variant this way.
     *
     * @throws IllegalArgumentException if the scenario has targets or levels
     * @throws InputException if the scenario needs data the school table lacks
     * @throws InfeasibleException if floors and caps cannot meet the budget
     */
    public AllocationResult allocateInPlace(Scenario scenario) {
        return allocate(scenario, true);
    }

    private AllocationResult allocate(Scenario scenario, boolean inPlace) {
        Objects.requireNonNull(scenario, "scenario");
        if (scenario.targets() != null || scenario.isDecentralised()) {
            throw new IllegalArgumentException("A formula series allocates formula scenarios only (no targets, no"
                    + " levels); '" + scenario.name() + "' has them.");
        }
        FormulaAllocator.checkPrevious(scenario, schools);
        long unit = scenario.roundingUnitSatang();
        Needs reused = Needs.of(
                scenario.rule(), schools, previous == null ? null : previous.rule(), needs, inPlace ? spare : null);
        if (reused != needs) {
            // The needs before are used by no result once this one is made, unless a kept result has them.
            spare = needs != null && !needsKept ? needs : null;
            needsKept = false;
        }
        needsKept |= !inPlace;
        SchoolBounds kept = previous != null
                        && previous.roundingUnitSatang() == unit
                        && previous.floors().equals(scenario.floors())
                        && previous.caps().equals(scenario.caps())
                        && previous.protections() == null
                        && scenario.protections() == null
                ? bounds
                : FormulaAllocator.bounds(scenario, schools, reused);
        previous = scenario;
        needs = reused;
        bounds = kept;
        if (work == null) {
            work = new FormulaAllocator.Work(schools.size());
        }
        work.reuse = inPlace;
        DefaultFormulaResult result = FormulaAllocator.allocate(scenario, schools, reused, kept, hint(), work);
        if (scenario.budget() != null && result.scale() > 0) {
            scaleBefore = scale;
            scale = result.scale();
        }
        return result;
    }

    /**
     * Where the scale is looked for first: the last scale moved on by the last step that was not a
     * jump (a sweep's variants move their scale by similar steps, its inner axis starting again now
     * and then).
     */
    private double hint() {
        double ratio = scale / scaleBefore;
        if (ratio > 0.98 && ratio < 1.02) {
            step = ratio;
        }
        // After a jump (a sweep's inner axis starting again), the step before it.
        return scale * step;
    }
}

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

import java.util.List;
import th.allocation.model.SchoolTable;
import th.allocation.rule.Component;
import th.allocation.scenario.Scenario;

/**
 * The outcome of an allocation: what each school gets, in exact satang, and why. Results are
 * immutable and safe to read from many threads.
 *
 * <p>Every school's allocation is explained exactly, in satang:
 *
 * <pre>allocation(i) = sum over components c of component(c, i) + boundAdjustment(i) + rounding(i)</pre>
 *
 * where {@code component(c, i)} is the rule's amount for that component times the scale factor,
 * {@code boundAdjustment} is what a floor added or a cap took away, and {@code rounding} is what
 * rounding to the scenario's unit added or took away.
 *
 * <p>The family is closed: a result is a {@link FormulaResult}, a {@link TargetResult} or a
 * {@link DecentralisedResult}, as {@link #kind()} says.
 */
public sealed interface AllocationResult permits FormulaResult, TargetResult, DecentralisedResult {
    /** Marks a school without a cap in {@link #cap(int)}. */
    long NO_CAP = Long.MAX_VALUE;

    /** The kinds of allocation, one per permitted subtype of {@link AllocationResult}. */
    enum Kind {
        /** A rule's needs scaled to the budget within floors and caps: a {@link FormulaResult}. */
        FORMULA,
        /** Money optimised against indicator targets: a {@link TargetResult}. */
        TARGETS,
        /** Envelopes split down levels of administration: a {@link DecentralisedResult}. */
        DECENTRALISED
    }

    /**
     * Which kind of allocation this is. A {@code switch} expression over it must name every kind
     * (the compiler checks), so callers handle each kind and learn of a new one at compile time:
     *
     * <pre>{@code
     * String what = switch (result.kind()) {
     *     case FORMULA -> "formula";
     *     case TARGETS -> "targets, solved by " + ((TargetResult) result).solver();
     *     case DECENTRALISED -> ((DecentralisedResult) result).levels().size() + " levels";
     * };
     * }</pre>
     */
    Kind kind();

    /** The scenario allocated. */
    Scenario scenario();

    /** The schools allocated to, in canonical order; row {@code i} here is row {@code i} of every method. */
    SchoolTable schools();

    /** The components of the rule, in column order. */
    List<Component> components();

    /**
     * The factor every need was multiplied by so that the total meets the budget: 1 without a budget.
     * Between floors and caps, {@code allocation = scale * need} before rounding.
     */
    double scale();

    /** The total allocated, in satang: the budget exactly when the scenario has one. */
    long total();

    /** What the rule says school {@code i} needs before scaling, floors and caps, in satang. */
    long need(int i);

    /** The allocation of school {@code i}, in satang; a whole number of rounding units. */
    long allocation(int i);

    /** The amount of component {@code c} (its index in {@link #components()}) for school {@code i} after scaling, in satang. */
    long component(int c, int i);

    /** What a floor added (positive) or a cap took away (negative) for school {@code i}, in satang. */
    long boundAdjustment(int i);

    /**
     * {@link #boundAdjustment(int)}, for a caller that has just added up the school's components:
     * {@code stated} must be the sum over {@code c} of {@link #component(int, int) component(c, i)}.
     * A result whose adjustment is worked out from that sum takes it instead of computing every
     * component again (a per-school table at 1.5 M schools otherwise scales each need twice).
     */
    default long boundAdjustment(int i, long stated) {
        return boundAdjustment(i);
    }

    /** What rounding to the scenario's unit added or took away for school {@code i}, in satang. */
    long rounding(int i);

    /** Which bound set school {@code i}'s allocation, if any. */
    Bound bound(int i);

    /** The floor of school {@code i}, in satang, rounded up to the unit; 0 if it has none. */
    long floor(int i);

    /** The cap of school {@code i}, in satang, rounded down to the unit; {@link #NO_CAP} if it has none. */
    long cap(int i);
}

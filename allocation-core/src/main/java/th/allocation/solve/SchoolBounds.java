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

import java.math.BigDecimal;
import th.allocation.model.Baht;
import th.allocation.model.SchoolTable;
import th.allocation.result.Bound;
import th.allocation.scenario.Caps;
import th.allocation.scenario.Floors;

/**
 * Each school's floor and cap in rounding units (used by the formula and the target allocators). Floors are rounded up and caps down to the unit,
 * so that any allocation between them, rounded either way, still respects both. Where a school's
 * floor exceeds its cap the floor wins: the cap is raised to the floor.
 */
public final class SchoolBounds {
    /** No cap. */
    public static final long UNCAPPED = Long.MAX_VALUE;

    final long[] lower;
    final long[] upper;
    final byte[] floorKind;

    private SchoolBounds(int n) {
        lower = new long[n];
        upper = new long[n];
        floorKind = new byte[n];
    }

    /** School {@code i}'s floor, in rounding units. */
    public long lower(int i) {
        return lower[i];
    }

    /** School {@code i}'s cap, in rounding units, or {@link #UNCAPPED}. */
    public long upper(int i) {
        return upper[i];
    }

    /** Which floor is school {@code i}'s: min_per_pupil, hold_harmless, or none if it has none. */
    public Bound floorKind(int i) {
        return Bound.values()[floorKind[i]];
    }

    /** The floors and caps of {@code schools}, in units of {@code unit} satang. */
    public static SchoolBounds of(SchoolTable schools, Floors floors, Caps caps, long unit) {
        int n = schools.size();
        SchoolBounds bounds = new SchoolBounds(n);
        long minPerPupil = Baht.toSatang(floors.minPerPupil());
        Percent holdHarmless = new Percent(floors.percentOfPrevious());
        Percent cap = caps.usesPrevious() ? new Percent(caps.percentOfPrevious()) : null;
        boolean holds = floors.percentOfPrevious().compareTo(BigDecimal.ZERO) > 0;
        for (int i = 0; i < n; i++) {
            long previous = schools.previousAllocation(i);
            long byPupils = Math.multiplyExact(minPerPupil, schools.totalPupils(i));
            long byPrevious = holds && previous != SchoolTable.NO_PREVIOUS ? holdHarmless.ceilOf(previous) : 0;
            long floor = Math.max(byPupils, byPrevious);
            bounds.lower[i] = -Math.floorDiv(-floor, unit);
            bounds.floorKind[i] = (byte)
                    (floor == 0
                            ? Bound.NONE.ordinal()
                            : byPrevious > byPupils ? Bound.HOLD_HARMLESS.ordinal() : Bound.MIN_PER_PUPIL.ordinal());
            long upper = cap != null && previous != SchoolTable.NO_PREVIOUS
                    ? Math.floorDiv(cap.floorOf(previous), unit)
                    : UNCAPPED;
            bounds.upper[i] = Math.max(upper, bounds.lower[i]);
        }
        return bounds;
    }
}

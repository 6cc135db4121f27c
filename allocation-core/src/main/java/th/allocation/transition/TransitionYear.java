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
import java.util.Objects;
import th.allocation.result.AllocationResult;
import th.allocation.result.Bound;

/**
 * One year of a transition.
 *
 * @param year the year's place in the transition, from 1
 * @param fiscalYear the fiscal year (Buddhist Era)
 * @param share the target rule's weight {@code w} in the year's need, from 0 to 1 (to 6 decimals)
 * @param budget the year's budget in satang, which the year's allocations add up to exactly
 * @param result the year's allocation: a formula result whose components are {@code baseline_share}
 *     and {@code formula_share} and whose {@code previous_allocation} is the year before's allocation
 */
public record TransitionYear(int year, int fiscalYear, BigDecimal share, long budget, AllocationResult result) {
    /** Checks that the parts are there. */
    public TransitionYear {
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(result, "result");
    }

    /**
     * How many schools are held up by a floor against the year before (the per-pupil floor, or the
     * scenario's hold-harmless floor, whichever is higher: {@code hold_harmless} in the bound column).
     */
    public int schoolsAtFloor() {
        return count(Bound.HOLD_HARMLESS);
    }

    /** How many schools are held up by the minimum per pupil. */
    public int schoolsAtMinPerPupil() {
        return count(Bound.MIN_PER_PUPIL);
    }

    /** How many schools are held down by a cap. */
    public int schoolsAtCap() {
        return count(Bound.CAP);
    }

    private int count(Bound bound) {
        int count = 0;
        for (int i = 0; i < result.schools().size(); i++) {
            if (result.bound(i) == bound) {
                count++;
            }
        }
        return count;
    }
}

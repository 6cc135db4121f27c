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
package th.allocation.scenario;

import java.math.BigDecimal;
import th.allocation.model.Limits;

/**
 * Lower bounds on each school's allocation, applied after budget scaling. A school gets at least
 * the larger of the two; a floor left out is 0.
 *
 * @param minPerPupil baht per pupil no school may fall below
 * @param percentOfPrevious hold-harmless: at least this percentage of {@code previous_allocation}
 *     (schools without one are not held harmless)
 */
public record Floors(BigDecimal minPerPupil, BigDecimal percentOfPrevious) {
    /** No floors. */
    public static final Floors NONE = new Floors(BigDecimal.ZERO, BigDecimal.ZERO);

    /** Validates both floors (at least 0; the minimum in whole satang) and sets missing ones to 0. */
    public Floors {
        minPerPupil = minPerPupil == null ? BigDecimal.ZERO : minPerPupil;
        percentOfPrevious = percentOfPrevious == null ? BigDecimal.ZERO : percentOfPrevious;
        if (minPerPupil.signum() < 0 || !Limits.hasAtMostDecimals(minPerPupil, 2)) {
            throw new IllegalArgumentException(
                    "'min_per_pupil' must be at least 0 baht, in whole satang (" + Limits.show(minPerPupil) + ").");
        }
        Limits.requireAmount(minPerPupil, "min_per_pupil", Limits.MAX_PER_PUPIL_BAHT, " per pupil");
        if (percentOfPrevious.signum() < 0) {
            throw new IllegalArgumentException(
                    "'percent_of_previous' must be at least 0 (" + Limits.show(percentOfPrevious) + ").");
        }
        Limits.requirePercent(percentOfPrevious, "percent_of_previous");
    }

    /** Whether any floor uses the previous allocation. */
    public boolean usesPrevious() {
        return percentOfPrevious.signum() > 0;
    }
}

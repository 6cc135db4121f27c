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

import th.allocation.model.Limits;

/**
 * One piece of a diminishing-returns curve: closing the gap up to {@code upTo} (a share of the gap,
 * 0 to 1) costs {@code costFactor} times the indicator's unit cost. Factors must not fall from one
 * piece to the next, so the curve of gap closed against money is concave.
 *
 * @param upTo the share of the gap closed at the end of this piece, in (0, 1]
 * @param costFactor the cost multiplier on this piece, a positive number
 */
public record ReturnSegment(Double upTo, Double costFactor) {
    /** Validates the share and the factor. */
    public ReturnSegment {
        if (upTo == null || !(upTo > 0 && upTo <= 1)) {
            throw new IllegalArgumentException("'up_to' must be a share of the gap in (0, 1] (" + upTo + ").");
        }
        if (costFactor == null || !(costFactor > 0) || Double.isInfinite(costFactor)) {
            throw new IllegalArgumentException("'cost_factor' must be a positive number (" + costFactor + ").");
        }
        if (costFactor > Limits.MAX_FACTOR) {
            throw new IllegalArgumentException(
                    "'cost_factor' (" + costFactor + ") is too large: at most " + (long) Limits.MAX_FACTOR + ".");
        }
    }
}

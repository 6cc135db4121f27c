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
 * The centre's bounds on a parameter that units of a level may set for themselves: an override must
 * lie in {@code [min, max]}.
 *
 * @param min the smallest value a unit may choose; {@code null} for no lower bound
 * @param max the largest value a unit may choose; {@code null} for no upper bound
 */
public record OverrideBounds(BigDecimal min, BigDecimal max) {

    /** Validates that the bounds are in order. */
    public OverrideBounds {
        for (BigDecimal bound : new BigDecimal[] {min, max}) {
            if (bound != null) {
                Limits.requireAtMost(bound, bound == min ? "min" : "max", Limits.MAX_AMOUNT_BAHT, "");
                if (!Limits.hasAtMostDecimals(bound, 20)) {
                    throw new IllegalArgumentException("'" + (bound == min ? "min" : "max") + "' (" + Limits.show(bound)
                            + ") has more than 20 decimals.");
                }
            }
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException(
                    "'min' (" + min.toPlainString() + ") is above 'max' (" + max.toPlainString() + ").");
        }
    }

    /** Whether {@code value} lies within the bounds. */
    public boolean contains(BigDecimal value) {
        return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
    }

    /** The bounds in words, e.g. {@code between 1.0 and 1.6} or {@code at least 1900}. */
    public String describe() {
        if (min != null && max != null) {
            return "between " + min.toPlainString() + " and " + max.toPlainString();
        }
        if (min != null) {
            return "at least " + min.toPlainString();
        }
        return max != null ? "at most " + max.toPlainString() : "any value";
    }
}

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
 * Upper bounds on each school's allocation, applied after budget scaling.
 *
 * @param percentOfPrevious at most this percentage of {@code previous_allocation}, e.g. 110 for a
 *     gain cap of 10%; {@code null} for no cap. Schools without a previous allocation are not capped.
 */
public record Caps(BigDecimal percentOfPrevious) {
    /** No caps. */
    public static final Caps NONE = new Caps(null);

    /** Validates that the cap percentage, if given, is at least 0. */
    public Caps {
        if (percentOfPrevious != null && percentOfPrevious.signum() < 0) {
            throw new IllegalArgumentException(
                    "'percent_of_previous' must be at least 0 (" + Limits.show(percentOfPrevious) + ").");
        }
        if (percentOfPrevious != null) {
            Limits.requirePercent(percentOfPrevious, "percent_of_previous");
        }
    }

    /** Whether any cap uses the previous allocation. */
    public boolean usesPrevious() {
        return percentOfPrevious != null;
    }
}

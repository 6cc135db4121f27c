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

/** Which bound, if any, set a school's allocation instead of its scaled need. */
public enum Bound {
    /** No bound: the school gets its scaled need. */
    NONE("none"),
    /** Raised to the minimum per pupil. */
    MIN_PER_PUPIL("min_per_pupil"),
    /** Raised to the hold-harmless floor, a percentage of last year's allocation. */
    HOLD_HARMLESS("hold_harmless"),
    /** Lowered to the cap, a percentage of last year's allocation. */
    CAP("cap"),
    /** Held by a group envelope (its group is at an envelope's minimum or maximum). */
    ENVELOPE("envelope"),
    /** Raised to the minimum per school of the scenario's protections. */
    MIN_PER_SCHOOL("min_per_school"),
    /** Raised to the per-pupil funding guarantee: last year's per-pupil amount, changed by a percentage. */
    FUNDING_GUARANTEE("funding_guarantee"),
    /** Lowered to the per-pupil gains cap: last year's per-pupil amount, changed by a percentage. */
    GAINS_CAP("gains_cap");

    private final String key;

    Bound(String key) {
        this.key = key;
    }

    /** Whether the bound is a cap (an upper bound). */
    public boolean isCap() {
        return this == CAP || this == GAINS_CAP;
    }

    /**
     * Whether the bound comes from a scenario's protections (listed in summaries only where a school
     * is held by it, so that the outputs of scenarios without protections keep their form).
     */
    public boolean isProtection() {
        return this == MIN_PER_SCHOOL || this == FUNDING_GUARANTEE || this == GAINS_CAP;
    }

    /** Whether a summary lists the bound, given how many schools it holds. */
    public boolean listed(long schools) {
        return !isProtection() || schools > 0;
    }

    /** The name in output files, e.g. {@code hold_harmless}. */
    public String key() {
        return key;
    }
}

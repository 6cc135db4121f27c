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
package th.allocation.sweep;

/** How a variant of a sweep ended. */
public enum SweepStatus {
    /** Allocated: the row has its total and statistics. */
    OK("ok"),
    /** The variant is not a valid scenario (e.g. a weight below its minimum, an amount with fractions of a satang). */
    INVALID("invalid"),
    /** A valid scenario that cannot be allocated (e.g. floors above the budget). */
    INFEASIBLE("infeasible");

    private final String key;

    SweepStatus(String key) {
        this.key = key;
    }

    /** The name in output files, e.g. {@code infeasible}. */
    public String key() {
        return key;
    }
}

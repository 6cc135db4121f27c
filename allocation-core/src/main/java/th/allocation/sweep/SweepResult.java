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

import java.util.List;

/**
 * The rows of a sweep, one per variant in variant order, whatever the number of threads.
 *
 * @param sweep the sweep run
 * @param rows one row per variant, variant 1 first
 */
public record SweepResult(Sweep sweep, List<SweepRow> rows) {
    /** Copies the rows. */
    public SweepResult {
        rows = List.copyOf(rows);
    }

    /** How many variants ended with {@code status}. */
    public long count(SweepStatus status) {
        return rows.stream().filter(row -> row.status() == status).count();
    }
}

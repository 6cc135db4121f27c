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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import th.allocation.model.SchoolTable;
import th.allocation.stats.EquitySample;

/**
 * The per-pupil allocation of every school of an allocation result, as a sample for the equity
 * statistics of {@link th.allocation.stats}: {@code x_i = allocation_i / (100 * pupils_i)} baht per
 * pupil, weighted by the school's pupils {@code n_i}, without rounding. Schools without pupils have
 * weight 0: they are left out of every measure and counted in {@link EquitySample#excludedSchools()}.
 *
 * <p>This is the bridge from results to the statistics, which know nothing of schools or
 * allocations: they take amounts and weights and return numbers.
 */
public final class PerPupilSample {
    private PerPupilSample() {}

    /**
     * The per-pupil allocation of every school of {@code result}, in baht per pupil, weighted by the
     * school's pupils, without groups.
     *
     * @throws IllegalArgumentException if an allocation is negative (naming the school)
     */
    public static EquitySample of(AllocationResult result) {
        Objects.requireNonNull(result, "result");
        Columns columns = columns(result);
        return EquitySample.of(columns.perPupil(), columns.pupils());
    }

    /**
     * The per-pupil allocation of every school of {@code result}, as {@link #of(AllocationResult)},
     * grouped by {@code grouping} in its usual order (the order of {@link GroupSummary}). A group
     * whose schools all lack pupils is kept, with an empty sample.
     *
     * @param grouping how to group the schools; {@code null} for no groups
     * @throws IllegalArgumentException if an allocation is negative (naming the school)
     */
    public static EquitySample of(AllocationResult result, Grouping grouping) {
        Objects.requireNonNull(result, "result");
        if (grouping == null) {
            return of(result);
        }
        Columns columns = columns(result);
        SchoolTable schools = result.schools();
        int n = schools.size();
        Map<String, Integer> seen = new HashMap<>();
        int[] provisional = new int[n];
        for (int i = 0; i < n; i++) {
            provisional[i] = seen.computeIfAbsent(grouping.groupOf(schools, i), g -> seen.size());
        }
        List<String> labels = new ArrayList<>(seen.keySet());
        labels.sort(grouping.order());
        int[] codeOf = new int[labels.size()];
        for (int code = 0; code < labels.size(); code++) {
            codeOf[seen.get(labels.get(code))] = code;
        }
        int[] codes = new int[n];
        for (int i = 0; i < n; i++) {
            codes[i] = codeOf[provisional[i]];
        }
        return EquitySample.of(columns.perPupil(), columns.pupils(), codes, labels);
    }

    /** Per-pupil amounts (NaN, and not read, where a school has no pupils) and pupils, one entry per school. */
    private record Columns(double[] perPupil, double[] pupils) {}

    private static Columns columns(AllocationResult result) {
        SchoolTable schools = result.schools();
        int n = schools.size();
        double[] values = new double[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            long pupils = schools.totalPupils(i);
            long allocation = result.allocation(i);
            if (pupils > 0 && allocation < 0) {
                // The statistics would reject the amount too, but only by row; name the school here.
                throw new IllegalArgumentException("The allocation (" + allocation + " satang) of school "
                        + schools.id(i) + " (row " + i + ") is negative; a per-pupil amount must be at least 0.\n"
                        + "Maybe the result was not made by the engine, which never allocates less than 0.");
            }
            weights[i] = pupils;
            // Satang as a double is exact below 2^53; one rounding in the division.
            values[i] = pupils > 0 ? allocation / (100.0 * pupils) : Double.NaN;
        }
        return new Columns(values, weights);
    }
}

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

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import th.allocation.model.SchoolTable;
import th.allocation.stats.EquitySample;
import th.allocation.stats.EquitySeries;
import th.allocation.stats.EquityStatistics;

/**
 * The per-pupil allocation of every school of an allocation result, as a sample for the equity
 * statistics of {@link th.allocation.stats}: {@code x_i = allocation_i / (100 * pupils_i)} baht per
 * pupil, weighted by the school's pupils {@code n_i}, without rounding. Schools without pupils have
 * weight 0: they are left out of every measure and counted in {@link EquitySample#excludedSchools()}.
 *
 * <p>This is the bridge from results to the statistics, which know nothing of schools or
 * allocations: they take amounts and weights and return numbers.
 *
 * <p>An instance ({@link #sorted(AllocationResult)}) sorts a result's amounts once and gives the
 * sample of every school and of each grouping from that one sort, so that writing a run's outputs
 * (the equity table, the summary, the figures printed) sorts once, not once per table. It is safe
 * to share between threads.
 */
public final class PerPupilSample {
    private final AllocationResult result;
    private final EquitySample all;
    private final Map<Grouping, EquitySample> byGrouping = new EnumMap<>(Grouping.class);

    private PerPupilSample(AllocationResult result, EquitySample all) {
        this.result = result;
        this.all = all;
    }

    /**
     * The per-pupil sample of {@code result}, sorted once for every grouping.
     *
     * @throws IllegalArgumentException if an allocation is negative (naming the school)
     */
    public static PerPupilSample sorted(AllocationResult result) {
        Objects.requireNonNull(result, "result");
        Columns columns = columns(result);
        return new PerPupilSample(result, EquitySample.of(columns.perPupil(), columns.pupils()));
    }

    /** The result the sample is of. */
    public AllocationResult result() {
        return result;
    }

    /** The sample of every school, without groups: {@link #of(AllocationResult)}. */
    public EquitySample all() {
        return all;
    }

    /**
     * The sample of every school grouped by {@code grouping}: {@link #of(AllocationResult, Grouping)},
     * from the same sort; made on first use, then kept.
     */
    public EquitySample by(Grouping grouping) {
        Objects.requireNonNull(grouping, "grouping");
        synchronized (byGrouping) {
            return byGrouping.computeIfAbsent(grouping, g -> {
                Grouping.Groups groups = g.groups(result.schools());
                return all.withGroups(groups.codes(), groups.labels());
            });
        }
    }

    /**
     * The per-pupil allocation of every school of {@code result}, in baht per pupil, weighted by the
     * school's pupils, without groups.
     *
     * @throws IllegalArgumentException if an allocation is negative (naming the school)
     */
    public static EquitySample of(AllocationResult result) {
        return sorted(result).all();
    }

    /**
     * The per-pupil allocation of every school of {@code result}, as {@link #of(AllocationResult)},
     * grouped by {@code grouping} in its usual order (the order of {@link GroupSummary}). Every group
     * that has schools is listed; one whose schools all lack pupils has an empty sample.
     *
     * @param grouping how to group the schools; {@code null} for no groups
     * @throws IllegalArgumentException if an allocation is negative (naming the school)
     */
    public static EquitySample of(AllocationResult result, Grouping grouping) {
        Objects.requireNonNull(result, "result");
        if (grouping == null) {
            return of(result);
        }
        return sorted(result).by(grouping);
    }

    /** Per-pupil amounts (NaN, and not read, where a school has no pupils) and pupils, one entry per school. */
    private record Columns(double[] perPupil, double[] pupils) {}

    private static Columns columns(AllocationResult result) {
        int n = result.schools().size();
        double[] values = new double[n];
        double[] weights = new double[n];
        perPupil(result, values, weights);
        return new Columns(values, weights);
    }

    /** Fills {@code values} with the per-pupil amounts of {@code result} and {@code weights}, if not null, with pupils. */
    private static void perPupil(AllocationResult result, double[] values, double[] weights) {
        SchoolTable schools = result.schools();
        int n = schools.size();
        for (int i = 0; i < n; i++) {
            long pupils = schools.totalPupils(i);
            long allocation = result.allocation(i);
            if (pupils > 0 && allocation < 0) {
                // The statistics would reject the amount too, but only by row; name the school here.
                throw new IllegalArgumentException("The allocation (" + allocation + " satang) of school "
                        + schools.id(i) + " (row " + i + ") is negative; a per-pupil amount must be at least 0.\n"
                        + "Maybe the result was not made by the engine, which never allocates less than 0.");
            }
            if (weights != null) {
                weights[i] = pupils;
            }
            // Satang as a double is exact below 2^53; one rounding in the division.
            values[i] = pupils > 0 ? allocation / (100.0 * pupils) : Double.NaN;
        }
    }

    /**
     * The equity statistics of one result after another over the same schools, as a sweep makes them:
     * each is {@code PerPupilSample.of(result).statistics(atkinsonEpsilon)} to the bit, sorted from
     * the last result's order and without allocating arrays of the schools' size ({@link EquitySeries}).
     *
     * <p>Not thread-safe: one per thread.
     */
    public static final class Series {
        private final SchoolTable schools;
        private final double[] values;
        private final EquitySeries equity;

        /** A series for results over {@code schools}. */
        public Series(SchoolTable schools) {
            this.schools = Objects.requireNonNull(schools, "schools");
            int n = schools.size();
            double[] weights = new double[n];
            for (int i = 0; i < n; i++) {
                weights[i] = schools.totalPupils(i);
            }
            this.values = new double[n];
            this.equity = new EquitySeries(weights);
        }

        /**
         * Every equity statistic of the per-pupil sample of {@code result}, as {@link
         * PerPupilSample#of(AllocationResult)} then {@link EquitySample#statistics(double)}.
         *
         * @throws IllegalArgumentException if {@code result} is not over this series' school table, an
         *     allocation is negative (naming the school), or {@code atkinsonEpsilon} is negative,
         *     infinite or NaN
         */
        public EquityStatistics statistics(AllocationResult result, double atkinsonEpsilon) {
            Objects.requireNonNull(result, "result");
            if (result.schools() != schools) {
                throw new IllegalArgumentException("A per-pupil series takes results over its own school table.");
            }
            perPupil(result, values, null);
            return equity.statistics(values, atkinsonEpsilon);
        }
    }
}

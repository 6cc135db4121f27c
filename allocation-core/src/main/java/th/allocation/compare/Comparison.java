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
package th.allocation.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.Bound;
import th.allocation.result.Grouping;
import th.allocation.result.PerPupilSample;
import th.allocation.stats.EquityStatistics;
import th.allocation.stats.LorenzCurve;
import th.allocation.stats.TheilDecomposition;

/**
 * Allocations of several scenarios to the same schools, side by side. Scenario 0 is the baseline;
 * differences are a scenario's allocation minus the baseline's, in exact satang.
 *
 * <p>Immutable and safe to share between threads. Every method computes its answer from the results
 * (linear in the number of schools); the equity methods share each scenario's per-pupil amounts,
 * sorted once ({@link #sample(int)}).
 */
public final class Comparison {
    /** The grouping and group of the rows about every school. */
    public static final String ALL = "all";

    private final List<String> labels;
    private final List<AllocationResult> results;
    private final SchoolTable schools;
    private final double atkinsonEpsilon;
    /** Each scenario's sorted per-pupil sample, made on first use. */
    private final Map<Integer, PerPupilSample> samples = new HashMap<>();

    private Comparison(List<String> labels, List<AllocationResult> results, double atkinsonEpsilon) {
        this.labels = labels;
        this.results = results;
        this.schools = results.get(0).schools();
        this.atkinsonEpsilon = atkinsonEpsilon;
    }

    /**
     * Compares {@code results}, the first being the baseline, with the default Atkinson epsilon
     * ({@link EquityStatistics#DEFAULT_ATKINSON_EPSILON}).
     *
     * @see #of(List, List, double)
     */
    public static Comparison of(List<String> labels, List<AllocationResult> results) {
        return of(labels, results, EquityStatistics.DEFAULT_ATKINSON_EPSILON);
    }

    /**
     * Compares {@code results}, the first being the baseline.
     *
     * @param labels a short, distinct, non-blank name for each result, e.g. the scenario file's name
     *     without extension; used in column names and tables
     * @param results at least one allocation, all to the same schools (the same school ids, in the
     *     same order, with the same pupils)
     * @param atkinsonEpsilon the inequality aversion of the Atkinson index, finite and at least 0
     * @throws IllegalArgumentException if there are no results, the labels do not match them one to one,
     *     are blank or repeat, the results are of different schools, or epsilon is invalid
     */
    public static Comparison of(List<String> labels, List<AllocationResult> results, double atkinsonEpsilon) {
        List<String> names = List.copyOf(labels);
        List<AllocationResult> copies = List.copyOf(results);
        if (copies.isEmpty()) {
            throw new IllegalArgumentException("A comparison needs at least one allocation result.");
        }
        if (names.size() != copies.size()) {
            throw new IllegalArgumentException(
                    "Each result needs one label (" + names.size() + " labels, " + copies.size() + " results).");
        }
        if (names.stream().anyMatch(String::isBlank) || new HashSet<>(names).size() != names.size()) {
            throw new IllegalArgumentException("Labels must be non-blank and distinct (" + names + ").");
        }
        if (!(atkinsonEpsilon >= 0 && atkinsonEpsilon < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("The Atkinson inequality aversion epsilon (" + atkinsonEpsilon
                    + ") must be a finite number, at least 0.");
        }
        SchoolTable baseline = copies.get(0).schools();
        for (int s = 1; s < copies.size(); s++) {
            checkSameSchools(baseline, names.get(0), copies.get(s).schools(), names.get(s));
        }
        return new Comparison(names, copies, atkinsonEpsilon);
    }

    private static void checkSameSchools(SchoolTable baseline, String baselineLabel, SchoolTable other, String label) {
        if (other == baseline) {
            return;
        }
        if (other.size() != baseline.size()) {
            throw new IllegalArgumentException("'" + label + "' was allocated to " + other.size() + " schools but the"
                    + " baseline '" + baselineLabel + "' to " + baseline.size() + ".\nMaybe run every scenario on"
                    + " the same school file.");
        }
        for (int i = 0; i < baseline.size(); i++) {
            if (!other.id(i).equals(baseline.id(i)) || other.totalPupils(i) != baseline.totalPupils(i)) {
                throw new IllegalArgumentException("'" + label + "' was allocated to other schools than the baseline '"
                        + baselineLabel + "': row " + i + " is school " + other.id(i) + " with "
                        + other.totalPupils(i) + " pupils there and school " + baseline.id(i) + " with "
                        + baseline.totalPupils(i) + " pupils in the baseline.\nMaybe run every scenario on the"
                        + " same school file.");
            }
        }
    }

    /** How many scenarios, the baseline included. */
    public int size() {
        return results.size();
    }

    /** The scenarios' labels, baseline first. */
    public List<String> labels() {
        return labels;
    }

    /** The results, baseline first. */
    public List<AllocationResult> results() {
        return results;
    }

    /** The result of scenario {@code scenario}. */
    public AllocationResult result(int scenario) {
        return results.get(scenario);
    }

    /** The schools every scenario was allocated to, in the results' row order. */
    public SchoolTable schools() {
        return schools;
    }

    /** The inequality aversion used for the Atkinson index. */
    public double atkinsonEpsilon() {
        return atkinsonEpsilon;
    }

    /** School {@code i}'s allocation under {@code scenario} minus under the baseline, in satang. */
    public long difference(int scenario, int i) {
        return results.get(scenario).allocation(i) - results.get(0).allocation(i);
    }

    /** The totals of every school: grouping and group {@link #ALL}. */
    public GroupTotals total() {
        long pupils = 0;
        for (int i = 0; i < schools.size(); i++) {
            pupils += schools.totalPupils(i);
        }
        List<Long> totals = new ArrayList<>(results.size());
        for (AllocationResult result : results) {
            totals.add(result.total());
        }
        return new GroupTotals(ALL, ALL, schools.size(), pupils, totals);
    }

    /** The totals of each group of {@code grouping}, in the grouping's order (as {@code GroupSummary}). */
    public List<GroupTotals> groups(Grouping grouping) {
        int scenarios = results.size();
        Grouping.Groups codes = grouping.groups(schools);
        long[][] sums = new long[codes.size()][2 + scenarios];
        for (int i = 0; i < schools.size(); i++) {
            long[] group = sums[codes.code(i)];
            group[0]++;
            group[1] += schools.totalPupils(i);
            for (int s = 0; s < scenarios; s++) {
                group[2 + s] += results.get(s).allocation(i);
            }
        }
        List<GroupTotals> groups = new ArrayList<>(sums.length);
        for (int g = 0; g < sums.length; g++) {
            long[] sum = sums[g];
            List<Long> allocations = new ArrayList<>(scenarios);
            for (int s = 0; s < scenarios; s++) {
                allocations.add(sum[2 + s]);
            }
            groups.add(new GroupTotals(grouping.key(), codes.labels().get(g), sum[0], sum[1], allocations));
        }
        return List.copyOf(groups);
    }

    /** Gaining, losing and unchanged schools under {@code scenario} against the baseline, over every school. */
    public WinnersLosers winnersLosers(int scenario) {
        long[] counts = new long[5];
        for (int i = 0; i < schools.size(); i++) {
            count(counts, difference(scenario, i));
        }
        return winnersLosers(ALL, ALL, counts);
    }

    /** Gaining, losing and unchanged schools under {@code scenario} against the baseline, by group of {@code grouping}. */
    public List<WinnersLosers> winnersLosers(int scenario, Grouping grouping) {
        Objects.checkIndex(scenario, results.size());
        Grouping.Groups codes = grouping.groups(schools);
        long[][] counts = new long[codes.size()][5];
        for (int i = 0; i < schools.size(); i++) {
            count(counts[codes.code(i)], difference(scenario, i));
        }
        List<WinnersLosers> groups = new ArrayList<>(counts.length);
        for (int g = 0; g < counts.length; g++) {
            groups.add(winnersLosers(grouping.key(), codes.labels().get(g), counts[g]));
        }
        return List.copyOf(groups);
    }

    /** Counts into {gaining, losing, unchanged, gained, lost}. */
    private static void count(long[] counts, long difference) {
        if (difference > 0) {
            counts[0]++;
            counts[3] += difference;
        } else if (difference < 0) {
            counts[1]++;
            counts[4] -= difference;
        } else {
            counts[2]++;
        }
    }

    private static WinnersLosers winnersLosers(String grouping, String group, long[] c) {
        return new WinnersLosers(grouping, group, c[0] + c[1] + c[2], c[0], c[1], c[2], c[3], c[4]);
    }

    /**
     * The per-pupil sample of {@code scenario}, sorted on first use and kept, so that every table and
     * statistic of a comparison sorts each scenario's amounts once.
     */
    public PerPupilSample sample(int scenario) {
        Objects.checkIndex(scenario, results.size());
        synchronized (samples) {
            return samples.computeIfAbsent(scenario, s -> PerPupilSample.sorted(results.get(s)));
        }
    }

    /** Every equity statistic of per-pupil allocation over every school under {@code scenario}. */
    public EquityStatistics equity(int scenario) {
        return sample(scenario).all().statistics(atkinsonEpsilon);
    }

    /** Every equity statistic under {@code scenario} for each group of {@code grouping}, in group order. */
    public Map<String, EquityStatistics> equity(int scenario, Grouping grouping) {
        return sample(scenario).by(grouping).statisticsByGroup(atkinsonEpsilon);
    }

    /** Theil's T under {@code scenario} split into the inequality between and within the groups of {@code grouping}. */
    public TheilDecomposition theil(int scenario, Grouping grouping) {
        return TheilDecomposition.of(sample(scenario).by(grouping));
    }

    /** The Lorenz curve of per-pupil allocation over pupils under {@code scenario}. */
    public LorenzCurve lorenzCurve(int scenario) {
        return sample(scenario).all().lorenzCurve();
    }

    /** How many schools each bound held under {@code scenario}, every bound listed (0 if none). */
    public Map<Bound, Long> bounds(int scenario) {
        AllocationResult result = results.get(scenario);
        long[] counts = new long[Bound.values().length];
        for (int i = 0; i < schools.size(); i++) {
            counts[result.bound(i).ordinal()]++;
        }
        Map<Bound, Long> bounds = new EnumMap<>(Bound.class);
        for (Bound bound : Bound.values()) {
            bounds.put(bound, counts[bound.ordinal()]);
        }
        return Collections.unmodifiableMap(bounds);
    }
}

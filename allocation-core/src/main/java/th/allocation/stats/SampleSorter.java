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
package th.allocation.stats;

import java.util.Arrays;
import java.util.List;

/**
 * Turns the columns given to {@link EquitySample}'s factories into a sample: checks every row,
 * leaves out the schools of weight 0, sorts the rest by amount in linear time ({@link KeyOrder}) and, when there are
 * groups, indexes each group's schools in ascending order.
 */
final class SampleSorter {
    private SampleSorter() {}

    /**
     * The sample of {@code values} weighted by {@code weights}; {@code groups} is null for a sample
     * without groups, else an index into {@code labels} per row.
     */
    static EquitySample sort(double[] values, double[] weights, int[] groups, List<String> labels) {
        int n = values.length;
        if (weights.length != n || (groups != null && groups.length != n)) {
            throw new IllegalArgumentException("Every column needs one entry per school: per-pupil amounts ("
                    + n + "), weights (" + weights.length + ")"
                    + (groups == null ? "" : ", groups (" + groups.length + ")") + ".");
        }
        // One pass checks every row and makes the keys: the amounts' bit patterns, ordered as the values
        // are (-0.0 read as 0.0, whose pattern is the smallest), with their rows; the sorted amounts are
        // read back from the keys. The keys' range and order come out of the same pass for the sort.
        long[] keys = new long[n];
        int[] rows = new int[n];
        int included = 0;
        long min = Long.MAX_VALUE;
        long max = 0;
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            double weight = weights[i];
            if (!(weight >= 0 && weight < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(
                        "The weight (" + weight + ") of row " + i + " must be a finite number of pupils, at least 0.");
            }
            if (groups != null && !(groups[i] >= 0 && groups[i] < labels.size())) {
                throw new IllegalArgumentException("The group (" + groups[i] + ") of row " + i
                        + " must be an index into the " + labels.size() + " group labels.");
            }
            if (weight > 0) {
                double value = values[i];
                if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
                    throw new IllegalArgumentException("The per-pupil amount (" + value + ") of row " + i
                            + " must be a finite amount, at least 0.\n"
                            + "Maybe it was divided by a zero pupil count: give schools without pupils weight 0"
                            + " and they are left out.");
                }
                long key = Double.doubleToRawLongBits(value + 0.0);
                sorted &= key >= max;
                min = Math.min(min, key);
                max = Math.max(max, key);
                keys[included] = key;
                rows[included++] = i;
            }
        }
        if (included < n) {
            keys = Arrays.copyOf(keys, included);
            rows = Arrays.copyOf(rows, included);
        }
        KeyOrder.sort(keys, rows, min, max, sorted);
        double[] x = new double[included];
        double[] w = new double[included];
        SortedPasses.Totals totals = SortedPasses.Totals.gather(keys, weights, rows, x, w);
        if (groups == null) {
            return new EquitySample(x, w, n - included, List.of(), new int[0], new int[] {0}, new int[0], rows, totals);
        }
        Groups indexed = group(rows, n, groups, labels);
        return new EquitySample(
                x,
                w,
                n - included,
                labels,
                indexed.byGroup(),
                indexed.start(),
                indexed.excludedByGroup(),
                rows,
                totals);
    }

    /**
     * Where each group's schools are in a sorted sample.
     *
     * @param byGroup positions into the sorted amounts, group by group, ascending within each group
     * @param start where each group starts in {@code byGroup}; one more entry than there are groups
     * @param excludedByGroup how many schools of weight 0 each group has
     */
    record Groups(int[] byGroup, int[] start, int[] excludedByGroup) {}

    /**
     * Indexes the groups of a sorted sample: {@code rows[k]} is the row of the {@code k}-th smallest
     * amount, among {@code rowCount} rows (those not in {@code rows} have weight 0), and
     * {@code groups[row]} its group. A stable counting sort by group keeps each group's schools in
     * ascending order, ties as in the sample.
     *
     * @throws IllegalArgumentException if {@code groups} has not one entry per row or holds an index
     *     outside the labels
     */
    static Groups group(int[] rows, int rowCount, int[] groups, List<String> labels) {
        if (groups.length != rowCount) {
            throw new IllegalArgumentException(
                    "Every column needs one entry per school: " + rowCount + " rows, groups (" + groups.length + ").");
        }
        int groupCount = labels.size();
        int[] start = new int[groupCount + 1];
        int[] excludedByGroup = new int[groupCount];
        int[] sortedGroups = new int[rows.length];
        if (rows.length == rowCount) {
            // Every row is in the sample: one pass gathers the groups in the sample's order and checks
            // them; a bad one is looked for again in row order, to name the first.
            boolean valid = true;
            for (int k = 0; k < rows.length; k++) {
                int group = groups[rows[k]];
                sortedGroups[k] = group;
                if (group >= 0 && group < groupCount) {
                    start[group + 1]++;
                } else {
                    valid = false;
                }
            }
            if (!valid) {
                check(groups, groupCount);
            }
        } else {
            check(groups, groupCount);
            for (int group : groups) {
                excludedByGroup[group]++; // every row for now; the included ones are taken off below
            }
            // The groups in the sample's order, gathered once: the passes below then read them in order.
            for (int k = 0; k < rows.length; k++) {
                int group = groups[rows[k]];
                sortedGroups[k] = group;
                start[group + 1]++;
                excludedByGroup[group]--;
            }
        }
        for (int g = 0; g < groupCount; g++) {
            start[g + 1] += start[g];
        }
        int[] next = Arrays.copyOf(start, groupCount);
        int[] byGroup = new int[rows.length];
        for (int k = 0; k < rows.length; k++) {
            byGroup[next[sortedGroups[k]]++] = k;
        }
        return new Groups(byGroup, start, excludedByGroup);
    }

    /** Checks that every group is an index into {@code groupCount} labels, naming the first row that is not. */
    private static void check(int[] groups, int groupCount) {
        for (int i = 0; i < groups.length; i++) {
            int group = groups[i];
            if (!(group >= 0 && group < groupCount)) {
                throw new IllegalArgumentException("The group (" + group + ") of row " + i
                        + " must be an index into the " + groupCount + " group labels.");
            }
        }
    }
}

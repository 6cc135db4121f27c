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
package th.allocation.optimise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The groups of the envelopes on one grouping column (for example every {@code area_type}, or only
 * {@code special}), each with the tightest bounds of the envelopes that name it. The groups of one
 * column are disjoint, so schools, groups and the budget are nested: the structure the structured
 * solver works in, that {@link Feasibility} checks column by column, and that rounding keeps (group
 * totals first, then the schools inside each group).
 *
 * <p>Groups are numbered in the order the envelopes name them (envelope by envelope, each in its
 * label order); {@link #numberBySchool} numbers them as rounding does. A school no envelope on the
 * column covers is in no group.
 */
final class EnvelopeGroups {
    /** The grouping column, or {@code null} for no envelopes. */
    final String column;
    /** Per school, its group, or -1 if no envelope on the column covers it. */
    final int[] groupOf;
    /** Per group, its label in the column, e.g. {@code special}. */
    final List<String> labels;
    /** Per group, the largest of its envelopes' minimums (base plus extra), in satang; 0 if none. */
    final double[] lower;
    /** Per group, the smallest of its envelopes' maximums (base plus extra), in satang; infinite if none. */
    final double[] upper;
    /** Per group, its schools' base entitlements, in satang. */
    final double[] base;
    /** Per group, the least extra money (beyond its schools' base) its envelopes ask for, at least 0. */
    final double[] extraLower;
    /** Per group, the most extra money its envelopes allow; negative if the base alone passes it. */
    final double[] extraUpper;

    private EnvelopeGroups(TargetProblem problem, String column) {
        int n = problem.schools();
        this.column = column;
        groupOf = new int[n];
        Arrays.fill(groupOf, -1);
        List<String> names = new ArrayList<>();
        List<double[]> bounds = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (EnvelopeBounds envelope : problem.envelopes) {
            if (!envelope.column().equals(column)) {
                continue;
            }
            for (int local = 0; local < envelope.labels().size(); local++) {
                String label = envelope.labels().get(local);
                Integer at = index.get(label);
                if (at == null) {
                    at = names.size();
                    index.put(label, at);
                    names.add(label);
                    bounds.add(new double[] {0, Double.POSITIVE_INFINITY});
                }
                double[] b = bounds.get(at);
                b[0] = Math.max(b[0], envelope.lower()[local]);
                b[1] = Math.min(b[1], envelope.upper()[local]);
            }
            for (int s = 0; s < n; s++) {
                int local = envelope.groupOf()[s];
                if (local >= 0) {
                    groupOf[s] = index.get(envelope.labels().get(local));
                }
            }
        }
        int groups = names.size();
        labels = List.copyOf(names);
        lower = new double[groups];
        upper = new double[groups];
        base = new double[groups];
        for (int s = 0; s < n; s++) {
            if (groupOf[s] >= 0) {
                base[groupOf[s]] += problem.base[s];
            }
        }
        extraLower = new double[groups];
        extraUpper = new double[groups];
        for (int g = 0; g < groups; g++) {
            lower[g] = bounds.get(g)[0];
            upper[g] = bounds.get(g)[1];
            extraLower[g] = Math.max(0, lower[g] - base[g]);
            extraUpper[g] = upper[g] - base[g];
        }
    }

    /** The groups of the envelopes on {@code column}; none if {@code column} is null. */
    static EnvelopeGroups of(TargetProblem problem, String column) {
        return new EnvelopeGroups(problem, column);
    }

    /**
     * The groups of the first envelope's column, none without envelopes: all the groups where every
     * envelope is on one column (the structured solver's problems); the groups rounding keeps
     * otherwise.
     */
    static EnvelopeGroups ofFirstColumn(TargetProblem problem) {
        return problem.firstColumnGroups; // made once, with the problem
    }

    /** The groups of each column the envelopes group by, in the order of the first envelope on each. */
    static List<EnvelopeGroups> byColumn(TargetProblem problem) {
        List<String> columns = new ArrayList<>();
        for (EnvelopeBounds envelope : problem.envelopes) {
            if (!columns.contains(envelope.column())) {
                columns.add(envelope.column());
            }
        }
        List<EnvelopeGroups> all = new ArrayList<>();
        for (String column : columns) {
            all.add(column.equals(problem.firstColumnGroups.column) ? problem.firstColumnGroups : of(problem, column));
        }
        return all;
    }

    /** How many groups. */
    int count() {
        return labels.size();
    }

    /**
     * Numbers the groups by their first school, then every school in no group alone, in school order;
     * writes each school's number into {@code into} and returns how many numbers there are. This is
     * the order rounding hands out remainders in (ties to the lower number).
     */
    int numberBySchool(int[] into) {
        int[] number = new int[count()];
        Arrays.fill(number, -1);
        int next = 0;
        for (int s = 0; s < groupOf.length; s++) {
            int g = groupOf[s];
            if (g >= 0 && number[g] < 0) {
                number[g] = next++;
            }
            into[s] = g >= 0 ? number[g] : -1;
        }
        for (int s = 0; s < groupOf.length; s++) {
            if (into[s] < 0) {
                into[s] = next++;
            }
        }
        return next;
    }
}

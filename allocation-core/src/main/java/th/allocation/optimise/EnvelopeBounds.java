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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.Suggestions;
import th.allocation.model.SchoolTable;
import th.allocation.result.Grouping;
import th.allocation.scenario.Envelope;

/**
 * One envelope of a {@link TargetProblem}: its grouping column, each school's group under it, and
 * each group's bounds (base plus extra money) in satang, rounded to whole units. An envelope naming
 * one value ({@code area_type: special}) has that one group; one without a value has a group per
 * value the schools have, in the column's order. {@link EnvelopeGroups} merges the envelopes of one
 * column.
 *
 * @param column the grouping column, e.g. {@code area_type}
 * @param groupOf per school, its group, or -1 if the envelope does not cover it
 * @param labels per group, its value in the column
 * @param lower per group, the least money it gets, in satang (0 if none)
 * @param upper per group, the most money it gets, in satang (infinite if none)
 */
record EnvelopeBounds(String column, int[] groupOf, List<String> labels, double[] lower, double[] upper) {
    /**
     * The bounds {@code envelope} sets on {@code schools}, with percentages of {@code budget} (in
     * satang); minimums rounded up and maximums down to whole units of {@code unit} satang.
     *
     * @throws InputException if the column is not a grouping column, or no school has the value
     */
    static EnvelopeBounds of(Envelope envelope, SchoolTable schools, double budget, long unit) {
        Grouping grouping = null;
        List<String> columns = new ArrayList<>();
        for (Grouping candidate : Grouping.values()) {
            columns.add(candidate.key());
            if (candidate.key().equals(envelope.column())) {
                grouping = candidate;
            }
        }
        if (grouping == null) {
            throw new InputException(Problem.of(
                    "",
                    "An envelope groups by '" + envelope.column() + "', which is not a grouping column.",
                    Suggestions.advice(envelope.column(), columns)));
        }
        int n = schools.size();
        // The distinct values, as codes per school (no text per school): the same keys, in the same
        // order, as putting every school's value into the sorted map.
        Grouping.Groups values = grouping.groups(schools);
        Map<String, Integer> codes = new TreeMap<>(grouping.order());
        for (String value : values.labels()) {
            codes.putIfAbsent(value, 0);
        }
        List<String> labels;
        if (envelope.value() != null) {
            if (!codes.containsKey(envelope.value())) {
                throw new InputException(Problem.of(
                        "",
                        "An envelope names the " + envelope.column() + " '" + envelope.value()
                                + "', which no school has.",
                        Suggestions.advice(envelope.value(), codes.keySet())));
            }
            labels = List.of(envelope.value());
        } else {
            labels = new ArrayList<>(codes.keySet());
        }
        Map<String, Integer> index = new HashMap<>();
        for (int g = 0; g < labels.size(); g++) {
            index.put(labels.get(g), g);
        }
        int[] groupOfValue = new int[values.size()];
        for (int v = 0; v < groupOfValue.length; v++) {
            groupOfValue[v] = index.getOrDefault(values.labels().get(v), -1);
        }
        int[] groupOf = new int[n];
        for (int s = 0; s < n; s++) {
            groupOf[s] = groupOfValue[values.code(s)];
        }
        double lower = Math.max(satang(envelope.atLeast(), 0), percent(envelope.atLeastPercent(), budget, 0));
        double upper = Math.min(
                satang(envelope.atMost(), Double.POSITIVE_INFINITY),
                percent(envelope.atMostPercent(), budget, Double.POSITIVE_INFINITY));
        // Whole rounding units, minimums up and maximums down, so that the rounded allocation can meet them.
        lower = Math.ceil(lower / unit - Tolerances.UNIT_ROUNDING) * unit;
        upper = Double.isFinite(upper) ? Math.floor(upper / unit + Tolerances.UNIT_ROUNDING) * unit : upper;
        double[] lowers = new double[labels.size()];
        double[] uppers = new double[labels.size()];
        Arrays.fill(lowers, lower);
        Arrays.fill(uppers, upper);
        return new EnvelopeBounds(envelope.column(), groupOf, List.copyOf(labels), lowers, uppers);
    }

    private static double satang(BigDecimal baht, double otherwise) {
        return baht == null ? otherwise : baht.movePointRight(2).doubleValue();
    }

    private static double percent(BigDecimal percent, double budget, double otherwise) {
        return percent == null ? otherwise : budget * percent.doubleValue() / 100;
    }
}

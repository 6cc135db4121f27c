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
package th.allocation.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntToLongFunction;
import th.allocation.model.AreaType;
import th.allocation.model.CategoryColumn;
import th.allocation.model.SchoolKind;
import th.allocation.model.SchoolTable;
import th.allocation.result.Grouping;

/**
 * The schools of a table by the groups of one grouping, for the workbook's level sheets: the groups
 * that have schools, in the grouping's order (the order of the CSV files and {@code summary.json}),
 * and each school's group as an index. Built from the table's category codes, so that summing over
 * a million schools is one pass over arrays rather than a sorted map lookup per school.
 */
final class WorkbookGroups {
    private final Grouping grouping;
    private final List<String> keys;
    private final int[] groupOf;

    private WorkbookGroups(Grouping grouping, List<String> keys, int[] groupOf) {
        this.grouping = grouping;
        this.keys = keys;
        this.groupOf = groupOf;
    }

    /** The groups of {@code schools} by {@code grouping}. */
    static WorkbookGroups of(SchoolTable schools, Grouping grouping) {
        int n = schools.size();
        int[] code = new int[n];
        String[] names;
        switch (grouping) {
            case AREA_TYPE -> {
                names = AreaType.keys().toArray(String[]::new);
                for (int i = 0; i < n; i++) {
                    code[i] = schools.areaType(i).ordinal();
                }
            }
            case SCHOOL_KIND -> {
                names = SchoolKind.keys().toArray(String[]::new);
                for (int i = 0; i < n; i++) {
                    code[i] = schools.kind(i).ordinal();
                }
            }
            default -> {
                CategoryColumn column = column(schools, grouping);
                names = new String[column.labelCount()];
                for (int c = 0; c < names.length; c++) {
                    names[c] = column.label(c);
                }
                for (int i = 0; i < n; i++) {
                    code[i] = column.code(i);
                }
            }
        }
        boolean[] present = new boolean[names.length];
        for (int i = 0; i < n; i++) {
            present[code[i]] = true;
        }
        List<Integer> codes = new ArrayList<>();
        for (int c = 0; c < names.length; c++) {
            if (present[c]) {
                codes.add(c);
            }
        }
        Comparator<String> order = grouping.order();
        codes.sort((a, b) -> order.compare(names[a], names[b]));
        int[] rank = new int[names.length];
        List<String> keys = new ArrayList<>(codes.size());
        for (int r = 0; r < codes.size(); r++) {
            rank[codes.get(r)] = r;
            keys.add(names[codes.get(r)]);
        }
        int[] groupOf = new int[n];
        for (int i = 0; i < n; i++) {
            groupOf[i] = rank[code[i]];
        }
        return new WorkbookGroups(grouping, List.copyOf(keys), groupOf);
    }

    private static CategoryColumn column(SchoolTable schools, Grouping grouping) {
        return switch (grouping) {
            case CLUSTER -> schools.cluster();
            case ESA -> schools.esa();
            case NETWORK -> schools.network();
            case PROVINCE -> schools.province();
            default -> throw new IllegalArgumentException(grouping.key() + " is not a text column.");
        };
    }

    /** The grouping. */
    Grouping grouping() {
        return grouping;
    }

    /** The groups' keys, in order: as {@link Grouping#groupOf} gives them. */
    List<String> keys() {
        return keys;
    }

    /** The number of groups. */
    int size() {
        return keys.size();
    }

    /** The group of school {@code i}, an index into {@link #keys()}. */
    int groupOf(int i) {
        return groupOf[i];
    }

    /** The sum over each group's schools of {@code value}, one per group. */
    long[] sum(IntToLongFunction value) {
        long[] sums = new long[keys.size()];
        for (int i = 0; i < groupOf.length; i++) {
            sums[groupOf[i]] += value.applyAsLong(i);
        }
        return sums;
    }

    /** How many schools each group has. */
    long[] counts() {
        long[] counts = new long[keys.size()];
        for (int g : groupOf) {
            counts[g]++;
        }
        return counts;
    }

    @Override
    public String toString() {
        return grouping.key() + " " + Arrays.toString(keys.toArray());
    }
}

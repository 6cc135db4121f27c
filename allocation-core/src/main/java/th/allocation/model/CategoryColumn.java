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
package th.allocation.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A text column with few distinct values (cluster, ESA, province...), stored as one small code per
 * school and a sorted table of labels. Codes follow the labels' order, so grouping by code gives
 * groups in label order.
 */
public final class CategoryColumn {
    private final int[] codes;
    private final String[] labels;

    private CategoryColumn(int[] codes, String[] labels) {
        this.codes = codes;
        this.labels = labels;
    }

    static CategoryColumn of(String[] values) {
        String[] labels = Arrays.stream(values).distinct().sorted().toArray(String[]::new);
        Map<String, Integer> codeOf = new HashMap<>(labels.length * 2);
        for (int code = 0; code < labels.length; code++) {
            codeOf.put(labels[code], code);
        }
        int[] codes = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            codes[i] = codeOf.get(values[i]);
        }
        return new CategoryColumn(codes, labels);
    }

    /**
     * The column whose school {@code i} has label {@code labels[codes[i]]}, for codes given in any order
     * (the order a reader first met the values in, say): the labels are sorted and the codes renumbered
     * to follow them, and labels no school has are dropped, so the column is the one {@link
     * #of(String[])} gives for the same values. {@code codes} is renumbered in place.
     *
     * @throws IllegalArgumentException if a code is outside {@code labels}
     */
    static CategoryColumn ofCodes(int[] codes, String[] labels) {
        boolean[] used = new boolean[labels.length];
        for (int code : codes) {
            if (code < 0 || code >= labels.length) {
                throw new IllegalArgumentException(
                        "Category code " + code + " outside the " + labels.length + " labels.");
            }
            used[code] = true;
        }
        if (ascending(labels)) {
            return inOrder(codes, labels, used); // as a reader that merged sorted parts gives them
        }
        Integer[] order = new Integer[labels.length];
        int count = 0;
        for (int code = 0; code < labels.length; code++) {
            if (used[code]) {
                order[count++] = code;
            }
        }
        Arrays.sort(order, 0, count, (a, b) -> labels[a].compareTo(labels[b]));
        int[] renumbered = new int[labels.length];
        String[] sorted = new String[count];
        int distinct = 0;
        for (int k = 0; k < count; k++) {
            String label = labels[order[k]];
            if (distinct == 0 || !sorted[distinct - 1].equals(label)) {
                sorted[distinct++] = label;
            }
            renumbered[order[k]] = distinct - 1;
        }
        for (int i = 0; i < codes.length; i++) {
            codes[i] = renumbered[codes[i]];
        }
        return new CategoryColumn(codes, Arrays.copyOf(sorted, distinct));
    }

    /** Whether each label is less than the next. */
    private static boolean ascending(String[] labels) {
        for (int code = 1; code < labels.length; code++) {
            if (labels[code - 1].compareTo(labels[code]) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The column of codes into labels in order, {@code used} marking the labels some school has: the
     * others dropped and the codes renumbered past them, or kept as they are if every label is used.
     */
    private static CategoryColumn inOrder(int[] codes, String[] labels, boolean[] used) {
        int[] renumbered = new int[labels.length];
        String[] kept = new String[labels.length];
        int count = 0;
        for (int code = 0; code < labels.length; code++) {
            renumbered[code] = count;
            if (used[code]) {
                kept[count++] = labels[code];
            }
        }
        if (count < labels.length) {
            for (int i = 0; i < codes.length; i++) {
                codes[i] = renumbered[codes[i]];
            }
        }
        return new CategoryColumn(codes, Arrays.copyOf(kept, count));
    }

    /**
     * The column of the schools at {@code rows} (ascending), with only the labels they use. Costs
     * O(r log r) for r rows, whatever the number of labels of the whole table, so that splitting a
     * national table into thousands of units stays linear.
     */
    CategoryColumn select(int[] rows) {
        int[] used = new int[rows.length];
        for (int k = 0; k < rows.length; k++) {
            used[k] = codes[rows[k]];
        }
        Arrays.sort(used);
        int count = 0;
        for (int k = 0; k < used.length; k++) {
            if (k == 0 || used[k] != used[k - 1]) {
                used[count++] = used[k];
            }
        }
        int[] distinct = Arrays.copyOf(used, count); // ascending old codes, so labels stay sorted
        String[] kept = new String[count];
        for (int c = 0; c < count; c++) {
            kept[c] = labels[distinct[c]];
        }
        int[] selected = new int[rows.length];
        for (int k = 0; k < rows.length; k++) {
            selected[k] = Arrays.binarySearch(distinct, codes[rows[k]]);
        }
        return new CategoryColumn(selected, kept);
    }

    /** The code of school {@code school}'s value, in {@code [0, labelCount())}. */
    public int code(int school) {
        return codes[school];
    }

    /** The value of school {@code school}. */
    public String value(int school) {
        return labels[codes[school]];
    }

    /** The label of a code. */
    public String label(int code) {
        return labels[code];
    }

    /** How many distinct values the column has. */
    public int labelCount() {
        return labels.length;
    }
}

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
import th.allocation.internal.AscendingOrder;

/**
 * The ascending order of one set of rows under one set of values after another, each found from
 * the order of the last: the order {@link SampleSorter} gives (ascending by value, equal values by
 * row), found in about linear time when the values moved little.
 *
 * <p>Each sort takes the rows in the last order and splits them in one pass into those still in
 * order (each at or above the last one kept) and those that moved (below the last one kept, or
 * above the next one while the next one is still in order: a row that moved up); it sorts the rows
 * that moved the same way (in a sweep they are mostly the schools whose amounts moved together,
 * such as remote schools when the remote weight changes, and in order among themselves), and merges
 * the two runs back. When more than half of a part moved, that part is sorted by radix
 * ({@link AscendingOrder}). Rows compare by value, then by row, a total order, so the result is the
 * same whichever rows a split keeps: the one order of the values. The first sort is made afresh.
 *
 * <p>Not thread-safe: one per thread. The arrays it returns are its own and change with the next sort.
 */
final class NearlySortedOrder {
    /** Below this many rows, insertion sort. */
    private static final int SHORT = 32;

    /** How many times the rows that moved are split again before the rest is sorted by radix. */
    private static final int MAX_DEPTH = 40;

    /** The rows to order, ascending by row. */
    private final int[] included;

    /** The rows in the last order, and their keys (the values' bit patterns). */
    private final int[] rows;

    private final long[] keys;
    /** The buffers of a sort: rows that moved, and the shorter run of a merge. */
    private final int[] spareRows;

    private final long[] spareKeys;
    private boolean sorted;

    /** How many sorts found their order from the last one; how many sorted afresh. */
    private long repaired;

    private long fresh;
    /** How many times rows that moved were split again. */
    private long nested;

    /** @param included the rows to order, ascending */
    NearlySortedOrder(int[] included) {
        this.included = included.clone();
        int n = included.length;
        rows = new int[n];
        keys = new long[n];
        spareRows = new int[n];
        spareKeys = new long[n];
    }

    /**
     * The included rows in ascending order of {@code values}, equal values by row.
     *
     * @param values one value per row of the table, finite and at least 0 on the included rows (not
     *     checked here)
     * @return the rows in order; valid until the next call
     */
    int[] sort(double[] values) {
        int n = included.length;
        if (!sorted) {
            sortAfresh(values);
            return rows;
        }
        for (int j = 0; j < n; j++) {
            keys[j] = key(values[rows[j]]);
        }
        sortRange(0, n, 0);
        repaired++;
        return rows;
    }

    /** How many sorts found their order from the last one (for tests and benchmarks). */
    long repaired() {
        return repaired;
    }

    /** How many sorts were made afresh, or sorted a part of the rows by radix (for tests and benchmarks). */
    long fresh() {
        return fresh;
    }

    /** How many times the rows that moved were split again (for tests and benchmarks). */
    long nested() {
        return nested;
    }

    private void sortAfresh(double[] values) {
        int n = included.length;
        double[] kept = new double[n];
        for (int k = 0; k < n; k++) {
            kept[k] = values[included[k]];
        }
        int[] order = AscendingOrder.of(kept);
        for (int k = 0; k < n; k++) {
            rows[k] = included[order[k]];
            keys[k] = key(kept[order[k]]);
        }
        sorted = true;
        fresh++;
    }

    /**
     * Sorts {@code keys} and {@code rows} from {@code from} to {@code to}: keeps the rows still in
     * order at the front, moves the others behind them, sorts those the same way (they are often in
     * order among themselves: the schools whose amounts moved together), and merges the two runs.
     * When more than half the rows moved, or after many levels, sorts the rest by radix.
     */
    private void sortRange(int from, int to, int depth) {
        if (to - from <= SHORT) {
            insertionSort(from, to);
            return;
        }
        int kept = from;
        int moved = 0;
        long next = keys[from];
        for (int j = from; j < to; j++) {
            int row = rows[j];
            long key = next;
            boolean out = kept > from && less(key, row, keys[kept - 1], rows[kept - 1]);
            if (j + 1 < to) {
                int nextRow = rows[j + 1];
                next = keys[j + 1];
                // The next row is below this one but not below the last kept: this one moved up.
                out = out
                        || (less(next, nextRow, key, row)
                                && (kept == from || !less(next, nextRow, keys[kept - 1], rows[kept - 1])));
            }
            if (out) {
                spareKeys[moved] = key;
                spareRows[moved++] = row;
            } else {
                keys[kept] = key; // kept <= j: the rows not yet read are not overwritten
                rows[kept++] = row;
            }
        }
        if (moved == 0) {
            return;
        }
        System.arraycopy(spareKeys, 0, keys, kept, moved);
        System.arraycopy(spareRows, 0, rows, kept, moved);
        if (moved * 2 > to - from || depth >= MAX_DEPTH) {
            radixSort(kept, to);
        } else {
            nested++;
            sortRange(kept, to, depth + 1);
        }
        mergeBack(from, kept, to);
    }

    /** Merges the sorted runs {@code [from, mid)} and {@code [mid, to)}, the second usually the shorter. */
    private void mergeBack(int from, int mid, int to) {
        int right = to - mid;
        System.arraycopy(keys, mid, spareKeys, 0, right);
        System.arraycopy(rows, mid, spareRows, 0, right);
        int a = mid - 1;
        int b = right - 1;
        int at = to - 1;
        while (b >= 0) {
            if (a >= from && less(spareKeys[b], spareRows[b], keys[a], rows[a])) {
                keys[at] = keys[a];
                rows[at--] = rows[a--];
            } else {
                keys[at] = spareKeys[b];
                rows[at--] = spareRows[b--];
            }
        }
    }

    private void insertionSort(int from, int to) {
        for (int i = from + 1; i < to; i++) {
            long key = keys[i];
            int row = rows[i];
            int j = i - 1;
            while (j >= from && less(key, row, keys[j], rows[j])) {
                keys[j + 1] = keys[j];
                rows[j + 1] = rows[j];
                j--;
            }
            keys[j + 1] = key;
            rows[j + 1] = row;
        }
    }

    /** Sorts {@code [from, to)} by {@link AscendingOrder}, then each run of equal keys by row. */
    private void radixSort(int from, int to) {
        int size = to - from;
        double[] values = new double[size];
        for (int k = 0; k < size; k++) {
            values[k] = Double.longBitsToDouble(keys[from + k]);
        }
        int[] order = AscendingOrder.of(values);
        for (int k = 0; k < size; k++) {
            spareKeys[k] = keys[from + order[k]];
            spareRows[k] = rows[from + order[k]];
        }
        System.arraycopy(spareKeys, 0, keys, from, size);
        System.arraycopy(spareRows, 0, rows, from, size);
        for (int start = from; start < to; ) {
            int end = start + 1;
            while (end < to && keys[end] == keys[start]) {
                end++;
            }
            if (end - start > 1) {
                Arrays.sort(rows, start, end);
            }
            start = end;
        }
        fresh++;
    }

    /** The sort key of a value: for values at least 0, ordered as the values, with -0.0 as 0.0. */
    private static long key(double value) {
        return Double.doubleToRawLongBits(value + 0.0);
    }

    /** Whether (key a, row a) comes before (key b, row b). */
    private static boolean less(long keyA, int rowA, long keyB, int rowB) {
        return keyA < keyB || (keyA == keyB && rowA < rowB);
    }
}

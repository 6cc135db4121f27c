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

import th.allocation.internal.AscendingOrder;

/**
 * The ascending order of one set of rows under one set of values after another, each found from
 * the order of the last: the order {@link SampleSorter} gives (ascending by value, equal values by
 * row), found in about linear time when the values moved little.
 *
 * <p>Each sort takes the rows in the last order and splits them in one pass into those still in
 * order (each at or above the last one kept) and those that moved (below the last one kept, or
 * above the next one while the next one is still in order: a row that moved up); it sorts the rows
 * that moved, usually few, and merges them back. Rows compare by value, then by row, a total order,
 * so the result is the same whichever rows the split keeps: the one order of the values. When more
 * than an eighth of the rows moved, or on the first sort, it sorts afresh with {@link AscendingOrder}.
 *
 * <p>Not thread-safe: one per thread. The arrays it returns are its own and change with the next sort.
 */
final class NearlySortedOrder {
    /** The rows to order, ascending by row. */
    private final int[] included;

    /** The rows in the last order, and their keys (the values' bit patterns). */
    private int[] rows;

    private long[] keys;
    /** The other buffers of a sort: rows that moved, and the merge's output. */
    private int[] movedRows;

    private long[] movedKeys;
    private int[] spareRows;
    private long[] spareKeys;
    private boolean sorted;

    /** How many sorts found their order from the last one; how many sorted afresh. */
    private long repaired;

    private long fresh;

    /** @param included the rows to order, ascending */
    NearlySortedOrder(int[] included) {
        this.included = included.clone();
        int n = included.length;
        rows = new int[n];
        keys = new long[n];
        movedRows = new int[n];
        movedKeys = new long[n];
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
        int limit = n / 8;
        int kept = 0;
        int moved = 0;
        long next = n > 0 ? key(values[rows[0]]) : 0;
        for (int j = 0; j < n; j++) {
            int row = rows[j];
            long key = next;
            boolean out = kept > 0 && less(key, row, keys[kept - 1], rows[kept - 1]);
            if (j + 1 < n) {
                int nextRow = rows[j + 1];
                next = key(values[nextRow]);
                // The next row is below this one but not below the last kept: this one moved up.
                out = out
                        || (less(next, nextRow, key, row)
                                && (kept == 0 || !less(next, nextRow, keys[kept - 1], rows[kept - 1])));
            }
            if (out) {
                if (moved == limit) {
                    sortAfresh(values);
                    return rows;
                }
                movedKeys[moved] = key;
                movedRows[moved++] = row;
            } else {
                keys[kept] = key; // kept <= j: the rows not yet read are not overwritten
                rows[kept++] = row;
            }
        }
        if (moved > 0) {
            mergeSort(movedKeys, movedRows, moved);
            merge(kept, moved);
        }
        repaired++;
        return rows;
    }

    /** How many sorts were repairs of the last order (for tests and benchmarks). */
    long repaired() {
        return repaired;
    }

    /** How many sorts were made afresh (for tests and benchmarks). */
    long fresh() {
        return fresh;
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

    /** Merges the {@code kept} rows in order with the {@code moved} rows, sorted, into {@link #rows}. */
    private void merge(int kept, int moved) {
        int a = 0;
        int b = 0;
        int to = 0;
        while (a < kept && b < moved) {
            if (less(movedKeys[b], movedRows[b], keys[a], rows[a])) {
                spareKeys[to] = movedKeys[b];
                spareRows[to++] = movedRows[b++];
            } else {
                spareKeys[to] = keys[a];
                spareRows[to++] = rows[a++];
            }
        }
        System.arraycopy(keys, a, spareKeys, to, kept - a);
        System.arraycopy(rows, a, spareRows, to, kept - a);
        to += kept - a;
        System.arraycopy(movedKeys, b, spareKeys, to, moved - b);
        System.arraycopy(movedRows, b, spareRows, to, moved - b);
        long[] k = keys;
        keys = spareKeys;
        spareKeys = k;
        int[] r = rows;
        rows = spareRows;
        spareRows = r;
    }

    /**
     * Sorts the first {@code size} entries of {@code keys} and {@code rows} by key, then row: a
     * bottom-up merge sort through {@link #spareKeys} and {@link #spareRows}, with insertion sort for
     * short runs.
     */
    private void mergeSort(long[] keys, int[] rows, int size) {
        final int run = 16;
        for (int from = 0; from < size; from += run) {
            int to = Math.min(from + run, size);
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
        long[] inKeys = keys;
        int[] inRows = rows;
        long[] outKeys = spareKeys;
        int[] outRows = spareRows;
        for (int width = run; width < size; width *= 2) {
            for (int from = 0; from < size; from += 2 * width) {
                int mid = Math.min(from + width, size);
                int end = Math.min(from + 2 * width, size);
                int a = from;
                int b = mid;
                int to = from;
                while (a < mid && b < end) {
                    if (less(inKeys[b], inRows[b], inKeys[a], inRows[a])) {
                        outKeys[to] = inKeys[b];
                        outRows[to++] = inRows[b++];
                    } else {
                        outKeys[to] = inKeys[a];
                        outRows[to++] = inRows[a++];
                    }
                }
                System.arraycopy(inKeys, a, outKeys, to, mid - a);
                System.arraycopy(inRows, a, outRows, to, mid - a);
                to += mid - a;
                System.arraycopy(inKeys, b, outKeys, to, end - b);
                System.arraycopy(inRows, b, outRows, to, end - b);
            }
            long[] k = inKeys;
            inKeys = outKeys;
            outKeys = k;
            int[] r = inRows;
            inRows = outRows;
            outRows = r;
        }
        if (inKeys != keys) {
            System.arraycopy(inKeys, 0, keys, 0, size);
            System.arraycopy(inRows, 0, rows, 0, size);
        }
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

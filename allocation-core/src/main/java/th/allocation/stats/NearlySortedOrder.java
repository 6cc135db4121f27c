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

/**
 * The ascending order of one set of rows under one set of values after another, each found from
 * the order of the last: the order {@link SampleSorter} gives (ascending by value, equal values by
 * row), found in about linear time when the values moved little.
 *
 * <p>Each sort takes the rows in the last order and splits them in one pass into those still in
 * order (each at or above the last one kept) and those that moved (below the last one kept, or
 * above one of the next two while that one is still in order, or up to eight of the last ones kept
 * when the next row fits before them: rows that moved up); it sorts the rows
 * that moved the same way (in a sweep they are mostly the schools whose amounts moved together,
 * such as remote schools when the remote weight changes, and in order among themselves), and merges
 * the two runs back. When more than half of a part moved, that part is sorted by radix. Rows
 * compare by value, then by row, a total order, so the result is the same whichever rows a split
 * keeps: the one order of the values.
 *
 * <p>When the values moved much (in a national sweep of the poor-pupil loading, for instance, more
 * than half the schools move, by about 150 places on average), the first split gives up early and
 * the rows are sorted afresh by a radix sort (as the first sort is) whose digits are as narrow as
 * four passes allow, so that at national size it clears and sums 16,384 counts a pass where {@link
 * th.allocation.internal.AscendingOrder} clears and sums 65,536, more than there are schools.
 *
 * <p>Not thread-safe: one per thread. The arrays it returns are its own and change with the next sort.
 */
final class NearlySortedOrder {
    /** Below this many rows, insertion sort. */
    private static final int SHORT = 32;

    /** How many times the rows that moved are split again before the rest is sorted by radix. */
    private static final int MAX_DEPTH = 40;

    /** How many of the last rows kept a row that is below them may put back among the moved. */
    private static final int MAX_POP = 8;

    /** The first split gives up once more than this many rows, and most of those read, moved. */
    private static final int GIVE_UP_AFTER = 256;

    /** After the first split gave up this many times in a row, it is tried once in {@code 2^3} sorts. */
    private static final int MAX_SKIP_SHIFT = 3;

    /** The rows to order, ascending by row. */
    private final int[] included;

    /** The rows in the last order, and their keys (the values' bit patterns). */
    private final int[] rows;

    private final long[] keys;
    /** The buffers of a sort: rows that moved, and the shorter run of a merge. */
    private final int[] spareRows;

    private final long[] spareKeys;
    private final KeyRadix radix;
    private boolean sorted;
    /** How many times in a row the first split gave up, and how many sorts to go before it is tried again. */
    private int gaveUp;

    private int skip;

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
        radix = new KeyRadix(rows, keys, spareRows, spareKeys);
    }

    /**
     * The included rows in ascending order of {@code values}, equal values by row.
     *
     * @param values one value per row of the table, to be finite and at least 0 on the included rows
     * @return the rows in order, valid until the next call; null if a value of an included row is
     *     negative, infinite or NaN
     */
    int[] sort(double[] values) {
        int n = included.length;
        if (sorted && skip == 0) {
            boolean valid = true;
            for (int j = 0; j < n; j++) {
                double value = values[rows[j]];
                valid &= value >= 0 & value < Double.POSITIVE_INFINITY;
                keys[j] = KeyRadix.key(value);
            }
            if (!valid) {
                sorted = false;
                return null;
            }
            if (sortRange(0, n, 0)) {
                repaired++;
                gaveUp = 0;
                return rows;
            }
            // Most rows moved: the next samples likely move as much; skip the attempt for a while,
            // longer each time it fails (the order found does not depend on the way it is found).
            gaveUp = Math.min(gaveUp + 1, MAX_SKIP_SHIFT);
            skip = (1 << gaveUp) - 1;
        } else if (skip > 0) {
            skip--;
        }
        // The first sort, or the last order was no help: by radix, from the rows in their order, so that
        // equal values stay in row order.
        if (!radix.sortFresh(included, values)) {
            sorted = false;
            return null;
        }
        sorted = true;
        fresh++;
        return rows;
    }

    /**
     * The keys of the values in the order of the last {@link #sort}: the bit patterns of the values,
     * {@code -0.0} as {@code 0.0}, so that {@code Double.longBitsToDouble(keys()[k])} is the value of
     * row {@code sort(values)[k]} plus {@code 0.0}. Valid until the next call.
     */
    long[] keys() {
        return keys;
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

    /**
     * Sorts {@code keys} and {@code rows} from {@code from} to {@code to}: keeps the rows still in
     * order at the front, moves the others behind them, sorts those the same way (they are often in
     * order among themselves: the schools whose amounts moved together), and merges the two runs.
     * When more than half the rows moved, or after many levels, sorts the rest by radix; at the top
     * level ({@code depth} 0) it gives up instead, as soon as most of the rows read so far moved.
     *
     * @return whether the range is sorted; false only at the top level, the range then left in no order
     */
    private boolean sortRange(int from, int to, int depth) {
        if (to - from <= SHORT) {
            insertionSort(from, to);
            return true;
        }
        int kept = from;
        int moved = 0;
        for (int j = from; j < to; j++) {
            int row = rows[j];
            long key = keys[j];
            boolean out = kept > from && KeyRadix.less(key, row, keys[kept - 1], rows[kept - 1]);
            if (out) {
                // If this row fits after one of the few kept before the last, those moved up, not this one down.
                int pop = 1;
                while (pop <= MAX_POP
                        && kept - pop > from
                        && KeyRadix.less(key, row, keys[kept - pop - 1], rows[kept - pop - 1])) {
                    pop++;
                }
                if (pop <= MAX_POP) {
                    for (int p = 0; p < pop; p++) {
                        kept--;
                        spareKeys[moved] = keys[kept];
                        spareRows[moved++] = rows[kept];
                    }
                    out = false;
                }
            }
            // One of the next two rows is below this one but not below the last kept: this one moved up.
            // (Rows after j are not yet overwritten: kept <= j.)
            for (int ahead = j + 1; !out && ahead < Math.min(j + 3, to); ahead++) {
                out = KeyRadix.less(keys[ahead], rows[ahead], key, row)
                        && (kept == from || !KeyRadix.less(keys[ahead], rows[ahead], keys[kept - 1], rows[kept - 1]));
            }
            if (out) {
                spareKeys[moved] = key;
                spareRows[moved++] = row;
                if (depth == 0 && moved > GIVE_UP_AFTER && moved * 2 > j - from) {
                    return false; // most rows moved: a fresh sort costs less than splitting again and again
                }
            } else {
                keys[kept] = key;
                rows[kept++] = row;
            }
        }
        if (moved == 0) {
            return true;
        }
        System.arraycopy(spareKeys, 0, keys, kept, moved);
        System.arraycopy(spareRows, 0, rows, kept, moved);
        if (moved * 2 > to - from || depth >= MAX_DEPTH) {
            radix.radixSort(kept, to);
            radix.sortEqualKeysByRow(kept, to);
            fresh++;
        } else {
            nested++;
            sortRange(kept, to, depth + 1);
        }
        mergeBack(from, kept, to);
        return true;
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
            if (a >= from && KeyRadix.less(spareKeys[b], spareRows[b], keys[a], rows[a])) {
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
            while (j >= from && KeyRadix.less(key, row, keys[j], rows[j])) {
                keys[j + 1] = keys[j];
                rows[j + 1] = rows[j];
                j--;
            }
            keys[j + 1] = key;
            rows[j + 1] = row;
        }
    }
}

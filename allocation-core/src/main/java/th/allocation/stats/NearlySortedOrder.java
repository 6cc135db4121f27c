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

    /** The radix sort's widest digit: 16,384 counts, 64 KB. */
    private static final int DIGIT_BITS = 14;

    /**
     * A radix sort of keys that differ in more bits sorts by this many of their highest first (two
     * passes), then by insertion: per-pupil amounts that share their highest 28 bits of 55 or so
     * are within a few ten-thousandths of a baht of each other, which few are.
     */
    private static final int COARSE_BITS = 2 * DIGIT_BITS;

    /** The insertion sort after a coarse radix sort gives up past this many places moved per row. */
    private static final int FIX_UP_MOVES = 4;

    /** The rows to order, ascending by row. */
    private final int[] included;

    /** The rows in the last order, and their keys (the values' bit patterns). */
    private final int[] rows;

    private final long[] keys;
    /** The buffers of a sort: rows that moved, and the shorter run of a merge. */
    private final int[] spareRows;

    private final long[] spareKeys;
    private final int[] counts = new int[1 << DIGIT_BITS];
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
        if (sorted && skip == 0) {
            for (int j = 0; j < n; j++) {
                keys[j] = key(values[rows[j]]);
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
        for (int k = 0; k < n; k++) {
            rows[k] = included[k];
            keys[k] = key(values[included[k]]);
        }
        radixSort(0, n);
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
            boolean out = kept > from && less(key, row, keys[kept - 1], rows[kept - 1]);
            if (out) {
                // If this row fits after one of the few kept before the last, those moved up, not this one down.
                int pop = 1;
                while (pop <= MAX_POP
                        && kept - pop > from
                        && less(key, row, keys[kept - pop - 1], rows[kept - pop - 1])) {
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
                out = less(keys[ahead], rows[ahead], key, row)
                        && (kept == from || !less(keys[ahead], rows[ahead], keys[kept - 1], rows[kept - 1]));
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
            radixSort(kept, to);
            sortEqualKeysByRow(kept, to);
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

    /**
     * Sorts {@code [from, to)} by key, stably: a least-significant-digit radix sort in digits of
     * at most {@value #DIGIT_BITS} bits over the bits in which the keys differ (the keys less the
     * smallest), as few passes as that allows, the digits as narrow as they can be: four passes of
     * 14 bits for per-pupil amounts, each moving every key once, with counts that stay in cache.
     */
    private void radixSort(int from, int to) {
        int size = to - from;
        if (size < 2) {
            return;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int k = from; k < to; k++) {
            min = Math.min(min, keys[k]);
            max = Math.max(max, keys[k]);
        }
        int bits = Long.SIZE - Long.numberOfLeadingZeros(max - min);
        if (bits > COARSE_BITS) {
            // By the highest bits alone, then by insertion: keys that share their highest bits are
            // few and close together. Equal keys keep their order, as a full radix sort keeps it.
            radixSort(from, to, min, bits - COARSE_BITS, bits);
            if (insertionSortWithin(from, to, (long) FIX_UP_MOVES * size)) {
                return;
            }
        }
        radixSort(from, to, min, 0, bits);
    }

    /**
     * Sorts {@code [from, to)} stably by bits {@code low} to {@code bits} (exclusive) of the keys
     * less {@code min}: a least-significant-digit radix sort in as few passes of at most
     * {@value #DIGIT_BITS} bits as the width allows.
     */
    private void radixSort(int from, int to, long min, int low, int bits) {
        int size = to - from;
        long[] inKeys = keys;
        int[] inRows = rows;
        int inFrom = from;
        long[] outKeys = spareKeys;
        int[] outRows = spareRows;
        int outFrom = 0;
        int width = bits - low;
        int passes = (width + DIGIT_BITS - 1) / DIGIT_BITS;
        int digit = passes == 0 ? 0 : (width + passes - 1) / passes;
        int mask = (1 << digit) - 1;
        for (int shift = low; shift < bits; shift += digit) {
            Arrays.fill(counts, 0, mask + 1, 0);
            for (int k = inFrom; k < inFrom + size; k++) {
                counts[(int) ((inKeys[k] - min) >>> shift) & mask]++;
            }
            int sum = outFrom;
            for (int d = 0; d <= mask; d++) {
                int count = counts[d];
                counts[d] = sum;
                sum += count;
            }
            for (int k = inFrom; k < inFrom + size; k++) {
                int at = counts[(int) ((inKeys[k] - min) >>> shift) & mask]++;
                outKeys[at] = inKeys[k];
                outRows[at] = inRows[k];
            }
            long[] k = inKeys;
            inKeys = outKeys;
            outKeys = k;
            int[] r = inRows;
            inRows = outRows;
            outRows = r;
            int f = inFrom;
            inFrom = outFrom;
            outFrom = f;
        }
        if (inKeys != keys) {
            System.arraycopy(inKeys, inFrom, keys, from, size);
            System.arraycopy(inRows, inFrom, rows, from, size);
        }
    }

    /**
     * Insertion sort of {@code [from, to)} by key then row, giving up once it has moved rows more
     * than {@code budget} places in all (the range is then in no particular order, but rows of
     * equal keys are still in the order they were in).
     *
     * @return whether the range is sorted
     */
    private boolean insertionSortWithin(int from, int to, long budget) {
        long moves = 0;
        for (int i = from + 1; i < to; i++) {
            long key = keys[i];
            int row = rows[i];
            int j = i - 1;
            if (!less(key, row, keys[j], rows[j])) {
                continue;
            }
            while (j >= from && less(key, row, keys[j], rows[j])) {
                keys[j + 1] = keys[j];
                rows[j + 1] = rows[j];
                j--;
            }
            keys[j + 1] = key;
            rows[j + 1] = row;
            moves += i - 1 - j;
            if (moves > budget) {
                return false;
            }
        }
        return true;
    }

    /** In a range sorted by key, puts each run of equal keys in row order. */
    private void sortEqualKeysByRow(int from, int to) {
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

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
 * The radix sorts of {@link NearlySortedOrder}: rows by key (a value's bit pattern), equal keys by
 * row, in the order's arrays. A sort from scratch ({@link #sortFresh}) reads the values, checks
 * them, and counts the digits of its first two passes in the one pass that makes the keys, over
 * the range of keys the last sort had (the order found does not depend on the range: only how
 * many rows the insertion sort that finishes it moves).
 *
 * <p>Not thread-safe: one per order.
 */
final class KeyRadix {
    /** The radix sort's widest digit: 16,384 counts, 64 KB. */
    static final int DIGIT_BITS = 14;

    /**
     * A radix sort of keys that differ in more bits sorts by this many of their highest first (two
     * passes), then by insertion: per-pupil amounts that share their highest 28 bits of 55 or so
     * are within a few ten-thousandths of a baht of each other, which few are.
     */
    static final int COARSE_BITS = 2 * DIGIT_BITS;

    /** The insertion sort after a coarse radix sort gives up past this many places moved per row. */
    private static final int FIX_UP_MOVES = 4;

    private static final int MASK = (1 << DIGIT_BITS) - 1;

    private final int[] rows;
    private final long[] keys;
    private final int[] spareRows;
    private final long[] spareKeys;
    private final int[] counts = new int[1 << DIGIT_BITS];
    private final int[] highCounts = new int[1 << DIGIT_BITS];
    /**
     * The range of keys of the last sort from scratch, {@code [base, base + 2^bits)}, in which the
     * next one counts its digits while it makes its keys; no range ({@code bits} 0) before the first.
     */
    private long base;

    private int bits;

    /** A sort in the order's arrays: its rows and keys, and buffers of their length. */
    KeyRadix(int[] rows, long[] keys, int[] spareRows, long[] spareKeys) {
        this.rows = rows;
        this.keys = keys;
        this.spareRows = spareRows;
        this.spareKeys = spareKeys;
    }

    /**
     * Sorts {@code included} (ascending) by {@code values}, equal values by row, into the order's
     * arrays: the rows, and the keys of their values ({@link #key}).
     *
     * @return false, leaving the arrays in no order, if a value of an included row is negative,
     *     infinite or NaN
     */
    boolean sortFresh(int[] included, double[] values) {
        int n = included.length;
        int[] rows = this.rows;
        long[] keys = this.keys;
        int[] low = counts;
        int[] high = highCounts;
        long base = this.base;
        int bits = this.bits;
        boolean counted = bits > COARSE_BITS;
        int lowShift = bits - COARSE_BITS;
        int highShift = bits - DIGIT_BITS;
        if (counted) {
            Arrays.fill(low, 0);
            Arrays.fill(high, 0);
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        boolean valid = true;
        for (int k = 0; k < n; k++) {
            int row = included[k];
            double value = values[row];
            valid &= value >= 0 & value < Double.POSITIVE_INFINITY;
            long key = key(value);
            rows[k] = row;
            keys[k] = key;
            min = Math.min(min, key);
            max = Math.max(max, key);
            if (counted) {
                // Keys outside the range count into wrong digits: then the counts are not used.
                long offset = key - base;
                low[(int) (offset >>> lowShift) & MASK]++;
                high[(int) (offset >>> highShift) & MASK]++;
            }
        }
        if (!valid) {
            return false;
        }
        if (n < 2) {
            return true;
        }
        int width = Long.SIZE - Long.numberOfLeadingZeros(max - min);
        if (counted && min >= base && max - base >= 0 && max - base < 1L << bits && width > COARSE_BITS) {
            scatter(keys, rows, spareKeys, spareRows, n, base, lowShift, low);
            scatter(spareKeys, spareRows, keys, rows, n, base, highShift, high);
            this.base = min;
            this.bits = width;
            if (insertionSortWithin(0, n, (long) FIX_UP_MOVES * n)) {
                return true;
            }
            radixSort(0, n, min, 0, width);
            return true;
        }
        this.base = min;
        this.bits = width;
        radixSort(0, n, min, max);
        return true;
    }

    /** Moves {@code n} keys and rows from one pair of arrays to the other, stably by a digit, given its counts. */
    private static void scatter(
            long[] inKeys, int[] inRows, long[] outKeys, int[] outRows, int n, long base, int shift, int[] counts) {
        int sum = 0;
        for (int d = 0; d < counts.length; d++) {
            int count = counts[d];
            counts[d] = sum;
            sum += count;
        }
        for (int k = 0; k < n; k++) {
            long key = inKeys[k];
            int at = counts[(int) ((key - base) >>> shift) & MASK]++;
            outKeys[at] = key;
            outRows[at] = inRows[k];
        }
    }

    /**
     * Sorts {@code [from, to)} by key, stably: a least-significant-digit radix sort in digits of
     * at most {@value #DIGIT_BITS} bits over the bits in which the keys differ (the keys less the
     * smallest), as few passes as that allows, the digits as narrow as they can be: four passes of
     * 14 bits for per-pupil amounts, each moving every key once, with counts that stay in cache.
     */
    void radixSort(int from, int to) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int k = from; k < to; k++) {
            min = Math.min(min, keys[k]);
            max = Math.max(max, keys[k]);
        }
        radixSort(from, to, min, max);
    }

    /** {@link #radixSort(int, int)}, given the smallest and the largest key. */
    private void radixSort(int from, int to, long min, long max) {
        int size = to - from;
        if (size < 2) {
            return;
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
    void sortEqualKeysByRow(int from, int to) {
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
    static long key(double value) {
        return Double.doubleToRawLongBits(value + 0.0);
    }

    /** Whether (key a, row a) comes before (key b, row b). */
    static boolean less(long keyA, int rowA, long keyB, int rowB) {
        return keyA < keyB || (keyA == keyB && rowA < rowB);
    }
}

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

import th.allocation.internal.AscendingOrder;

/**
 * The positions of keys in ascending order, ties in position order, exactly as {@link
 * AscendingOrder#of} orders them, but sorted only as far as it is read: the greedy reads its items
 * best first and usually stops once the money is spent, about half-way, so the items it never
 * reaches need no order among themselves.
 *
 * <p>One pass spreads the positions over buckets of equal width of key, in position order (a stable
 * counting sort); the bucket of a key, {@code (int) (key * scale)}, never falls as the key grows, as
 * rounding a product by a positive constant is monotone. A bucket is sorted (stably, so ties keep
 * their position order) when a read first reaches it. Keys that are not all finite and at least 0
 * are sorted whole, at once, by {@link AscendingOrder}.
 */
final class LazyAscendingOrder {
    /** Below this many positions a bucket is sorted by insertion. */
    private static final int SMALL = 24;

    private final double[] key;
    private final int[] order;
    /** Per bucket, where its positions end in {@link #order}. */
    private final int[] bucketEnd;
    /** {@code order[0, sorted)} is final. */
    private int sorted;
    /** The next bucket to sort. */
    private int bucket;

    private long[] bits = new long[0];
    private long[] bitsScratch = new long[0];
    private int[] scratch = new int[0];

    /**
     * The order of {@code key}, whose largest value is at most {@code top} where all are finite
     * and at least 0.
     */
    LazyAscendingOrder(double[] key, double top) {
        this.key = key;
        int n = key.length;
        boolean plain = top > 0 && top < Double.POSITIVE_INFINITY;
        for (int i = 0; i < n && plain; i++) {
            plain = key[i] >= 0 && key[i] <= top;
        }
        if (!plain) {
            order = AscendingOrder.of(key);
            bucketEnd = new int[0];
            sorted = n;
            return;
        }
        int buckets = Math.max(1, Math.min(1 << 16, n / 4));
        double scale = buckets / top;
        int[] count = new int[buckets + 1];
        for (int i = 0; i < n; i++) {
            count[bucketOf(key[i], scale, buckets) + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            count[b + 1] += count[b];
        }
        bucketEnd = new int[buckets];
        System.arraycopy(count, 1, bucketEnd, 0, buckets);
        order = new int[n];
        for (int i = 0; i < n; i++) {
            order[count[bucketOf(key[i], scale, buckets)]++] = i;
        }
    }

    private static int bucketOf(double key, double scale, int buckets) {
        return Math.min(buckets - 1, (int) (key * scale));
    }

    /** How many positions. */
    int size() {
        return order.length;
    }

    /** The position at place {@code at} of the order ({@code 0 <= at < size()}). */
    int get(int at) {
        while (at >= sorted) {
            sortNextBucket();
        }
        return order[at];
    }

    /**
     * The whole order as far as it is sorted: places below every place read so far are final, the
     * others not yet; not to be changed.
     */
    int[] array() {
        return order;
    }

    /** Whether the keys are all finite and at least 0 (so ordered by value, as by their bits). */
    boolean plain() {
        return bucketEnd.length > 0 || order.length == 0;
    }

    private void sortNextBucket() {
        int from = sorted;
        int to = bucketEnd[bucket++];
        sortRange(from, to);
        sorted = to;
    }

    /** Sorts {@code order[from, to)} (in position order) stably by key. */
    private void sortRange(int from, int to) {
        int size = to - from;
        if (size < 2) {
            return;
        }
        if (bits.length < size) {
            bits = new long[size];
            bitsScratch = new long[size];
            scratch = new int[size];
        }
        boolean inOrder = true;
        for (int i = 0; i < size; i++) {
            // As AscendingOrder: adding 0.0 turns -0.0 into 0.0; the bits of keys >= 0 order like their values.
            bits[i] = Double.doubleToRawLongBits(key[order[from + i]] + 0.0);
            inOrder &= i == 0 || bits[i - 1] <= bits[i];
        }
        if (inOrder) {
            return;
        }
        mergeSort(bits, order, from, size, bitsScratch, scratch);
    }

    /**
     * Sorts the first {@code size} of {@code k} ascending, stably, moving {@code values[from + i]} with
     * {@code k[i]}: bottom-up merges of runs first sorted by insertion.
     */
    private static void mergeSort(long[] k, int[] values, int from, int size, long[] kTmp, int[] vTmp) {
        int[] v = vTmp;
        System.arraycopy(values, from, v, 0, size);
        int[] vOther = new int[size];
        long[] kOther = kTmp;
        for (int lo = 0; lo < size; lo += SMALL) {
            int hi = Math.min(size, lo + SMALL);
            for (int i = lo + 1; i < hi; i++) {
                long kk = k[i];
                int vv = v[i];
                int j = i - 1;
                while (j >= lo && k[j] > kk) {
                    k[j + 1] = k[j];
                    v[j + 1] = v[j];
                    j--;
                }
                k[j + 1] = kk;
                v[j + 1] = vv;
            }
        }
        long[] kIn = k;
        int[] vIn = v;
        for (int width = SMALL; width < size; width *= 2) {
            for (int lo = 0; lo < size; lo += 2 * width) {
                int mid = Math.min(size, lo + width);
                int hi = Math.min(size, lo + 2 * width);
                int a = lo;
                int b = mid;
                for (int out = lo; out < hi; out++) {
                    if (a < mid && (b >= hi || kIn[a] <= kIn[b])) {
                        kOther[out] = kIn[a];
                        vOther[out] = vIn[a++];
                    } else {
                        kOther[out] = kIn[b];
                        vOther[out] = vIn[b++];
                    }
                }
            }
            long[] kSwap = kIn;
            kIn = kOther;
            kOther = kSwap;
            int[] vSwap = vIn;
            vIn = vOther;
            vOther = vSwap;
        }
        System.arraycopy(vIn, 0, values, from, size);
    }
}

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
package th.allocation.internal;

import java.util.Arrays;

/**
 * The permutation that sorts non-negative finite doubles ascending, stably, by a least-significant-
 * digit radix sort on their bit patterns. For non-negative doubles (with {@code -0.0} read as
 * {@code 0.0}) the IEEE 754 bit pattern read as a signed long is ordered like the value, so four
 * passes of 16 bits sort any input in linear time, with no worst case and no boxing: at 1.5 million
 * schools this took about a tenth of the time of sorting boxed indices with a comparator.
 *
 * <p>Stable: equal values keep their input order, so results never depend on how a sort breaks ties.
 *
 * <p>Internal: not part of the stable API.
 */
public final class AscendingOrder {
    private static final int BITS = 16;
    private static final int BUCKETS = 1 << BITS;

    private AscendingOrder() {}

    /**
     * The positions of {@code values} in ascending order of value, ties in input order.
     *
     * @param values non-negative finite values (not checked here: callers validate)
     */
    public static int[] of(double[] values) {
        int n = values.length;
        long[] keys = new long[n];
        int[] order = new int[n];
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            // Adding 0.0 turns -0.0 into 0.0, whose bit pattern is the smallest.
            keys[i] = Double.doubleToRawLongBits(values[i] + 0.0);
            order[i] = i;
            sorted &= i == 0 || keys[i - 1] <= keys[i];
        }
        if (sorted) {
            return order;
        }
        long[] keysOut = new long[n];
        int[] orderOut = new int[n];
        int[] start = new int[BUCKETS + 1];
        for (int shift = 0; shift < Long.SIZE; shift += BITS) {
            Arrays.fill(start, 0);
            for (int i = 0; i < n; i++) {
                start[digit(keys[i], shift) + 1]++;
            }
            if (start[digit(keys[0], shift) + 1] == n) {
                continue; // every key has the same digit here: this pass would change nothing
            }
            for (int d = 0; d < BUCKETS; d++) {
                start[d + 1] += start[d];
            }
            for (int i = 0; i < n; i++) {
                int to = start[digit(keys[i], shift)]++;
                keysOut[to] = keys[i];
                orderOut[to] = order[i];
            }
            long[] keysSwap = keys;
            keys = keysOut;
            keysOut = keysSwap;
            int[] orderSwap = order;
            order = orderOut;
            orderOut = orderSwap;
        }
        return order;
    }

    private static int digit(long key, int shift) {
        return (int) (key >>> shift) & (BUCKETS - 1);
    }
}

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
 * Order statistics of a {@code double} array in expected linear time (quickselect with a
 * median-of-three pivot, falling back to sorting a range that partitions badly, so the worst case
 * stays O(n log n)). Used where only the k-th smallest value is needed, not a whole sort.
 *
 * <p>Internal: not part of the stable API.
 */
public final class Selections {
    private static final int SMALL = 16;

    private Selections() {}

    /**
     * Rearranges {@code a[from, to)} so that {@code a[k]} holds the value a full sort would put
     * there, with no larger value before it and no smaller value after it (within the range), and
     * returns that value. No NaN may occur in the range.
     */
    public static double select(double[] a, int from, int to, int k) {
        if (k < from || k >= to) {
            throw new IllegalArgumentException("k (" + k + ") must be in [" + from + ", " + to + ").");
        }
        int budget = 2 * (64 - Long.numberOfLeadingZeros(to - from)) + 4;
        int lo = from;
        int hi = to - 1;
        while (hi - lo >= SMALL) {
            if (budget-- == 0) {
                Arrays.sort(a, lo, hi + 1);
                return a[k];
            }
            int mid = (lo + hi) >>> 1;
            double pivot = medianOfThree(a[lo], a[mid], a[hi]);
            // Hoare partition: afterwards a[lo..j] <= pivot <= a[i..hi], with j < i.
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double swap = a[i];
                    a[i] = a[j];
                    a[j] = swap;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k]; // between j and i every value equals the pivot
            }
        }
        Arrays.sort(a, lo, hi + 1);
        return a[k];
    }

    private static double medianOfThree(double x, double y, double z) {
        return x < y ? (y < z ? y : Math.max(x, z)) : (x < z ? x : Math.max(y, z));
    }
}

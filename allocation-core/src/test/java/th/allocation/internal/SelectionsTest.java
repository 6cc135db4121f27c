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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SelectionsTest {
    @Test
    void select_everyRankOfRandomArraysWithTies_matchesAFullSort() {
        Random random = new Random(42);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + random.nextInt(trial < 200 ? 40 : 3000);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                // Few distinct values in some trials, to exercise runs of equal keys.
                values[i] = trial % 3 == 0 ? random.nextInt(4) : random.nextDouble() * 1000;
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int k = random.nextInt(n);
            double[] work = values.clone();
            assertEquals(sorted[k], Selections.select(work, 0, n, k), "trial " + trial);
            for (int i = 0; i < k; i++) {
                assertTrue(work[i] <= work[k]);
            }
            for (int i = k + 1; i < n; i++) {
                assertTrue(work[i] >= work[k]);
            }
            double[] permuted = work.clone();
            Arrays.sort(permuted);
            assertTrue(Arrays.equals(sorted, permuted), "select only permutes");
        }
    }

    @Test
    void select_repeatedWithinShrinkingRanges_leavesDecidedRanksInPlace() {
        Random random = new Random(7);
        double[] values = random.doubles(5000).toArray();
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        // The pattern ScaleSolver uses: binary search over ranks, selecting within [low, high).
        int low = 0;
        int high = values.length;
        double target = 0.3141;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (Selections.select(values, low, high, mid) >= target) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        assertEquals(sorted[low - 1], values[low - 1]);
        assertEquals(sorted[low], values[low]);
        assertTrue(values[low - 1] < target && values[low] >= target);
    }

    @Test
    void select_adversarialPattern_stillCorrect() {
        // Organ-pipe and all-equal inputs partition badly for simple pivots.
        int n = 10_000;
        double[] pipe = new double[n];
        for (int i = 0; i < n; i++) {
            pipe[i] = i < n / 2 ? i : n - i;
        }
        double[] sorted = pipe.clone();
        Arrays.sort(sorted);
        assertEquals(sorted[n / 3], Selections.select(pipe.clone(), 0, n, n / 3));
        double[] equal = new double[n];
        Arrays.fill(equal, 5);
        assertEquals(5, Selections.select(equal, 0, n, n - 1));
    }
}

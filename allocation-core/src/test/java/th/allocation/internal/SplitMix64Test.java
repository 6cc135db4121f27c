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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SplitMix64Test {

    @Test
    void nextLong_seedZero_matchesTheReferenceImplementation() {
        // Vigna's splitmix64.c with x = 0; the same three values from an independent Python
        // transcription of it (64-bit masks), checked when this test was written.
        SplitMix64 random = new SplitMix64(0);
        long[] drawn = {random.nextLong(), random.nextLong(), random.nextLong()};
        assertArrayEquals(new long[] {0xE220A8397B1DCDAFL, 0x6E789E6AA1B965F4L, 0x06C45D188009454FL}, drawn);
    }

    @Test
    void forPart_differentParts_giveDifferentStreams() {
        assertNotEquals(
                SplitMix64.forPart(1, 30, 1).nextLong(),
                SplitMix64.forPart(1, 30, 2).nextLong());
        assertNotEquals(
                SplitMix64.forPart(1, 30, 1).nextLong(),
                SplitMix64.forPart(2, 30, 1).nextLong());
        assertEquals(
                SplitMix64.forPart(1, 30, 1).nextLong(),
                SplitMix64.forPart(1, 30, 1).nextLong());
    }

    @Test
    void nextInt_staysBelowItsBound_andReachesEveryValue() {
        SplitMix64 random = new SplitMix64(7);
        int[] seen = new int[7];
        for (int i = 0; i < 7_000; i++) {
            seen[random.nextInt(7)]++;
        }
        for (int count : seen) {
            // Binomial(7000, 1/7): mean 1000, sd 29; 6 sd either side.
            assertTrue(count > 825 && count < 1175, "count " + count);
        }
    }

    @Test
    void nextGaussian_hasMeanZeroAndStandardDeviationOne() {
        SplitMix64 random = new SplitMix64(11);
        int n = 100_000;
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double z = random.nextGaussian();
            sum += z;
            squares += z * z;
        }
        double mean = sum / n;
        double sd = StrictMath.sqrt(squares / n - mean * mean);
        // Standard errors: of the mean 1/sqrt(n) = 0.0032, of the sd about 0.0022; 5 of each.
        assertEquals(0, mean, 0.016);
        assertEquals(1, sd, 0.011);
    }

    @Test
    void poisson_hasItsMean_belowAndAboveTheNormalApproximation() {
        SplitMix64 random = new SplitMix64(13);
        for (double mean : new double[] {0.4, 3.5, 50}) {
            int n = 50_000;
            long sum = 0;
            for (int i = 0; i < n; i++) {
                sum += random.poisson(mean);
            }
            // Standard error sqrt(mean / n); 5 of them.
            assertEquals(mean, (double) sum / n, 5 * StrictMath.sqrt(mean / n), "mean " + mean);
        }
        assertEquals(0, random.poisson(0));
    }

    @Test
    void roundRandomly_isUnbiased() {
        SplitMix64 random = new SplitMix64(17);
        int n = 100_000;
        long sum = 0;
        for (int i = 0; i < n; i++) {
            long rounded = random.roundRandomly(2.3);
            assertTrue(rounded == 2 || rounded == 3);
            sum += rounded;
        }
        // Bernoulli(0.3) part: sd sqrt(0.21 / n) = 0.0014; 5 of them.
        assertEquals(2.3, (double) sum / n, 0.0075);
    }
}

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The Atkinson index at large inequality aversion: finite, no larger than its limit
 * {@code 1 - min / mu}, and equal to the closed form of a two-amount sample. Before it was computed
 * relative to the minimum, {@code (x / mu)^(1 - epsilon)} overflowed from about {@code epsilon = 1400}
 * on (for an amount of 0.6 mu) and the index came out as 1, above its bound.
 *
 * <p>Closed form for two amounts {@code a < b} with pupil shares {@code p} and {@code q}
 * ({@code p + q = 1}): with {@code r = 1 - epsilon}, {@code M = a (p + q (b / a)^r)^(1 / r)}. For
 * {@code epsilon >= 2000} and {@code b / a >= 7/6}, {@code (b / a)^r < 1e-130}, so
 * {@code M = a p^(1 / r)} to far better than 1e-15 and {@code A = 1 - (a / mu) p^(-1 / (epsilon - 1))}.
 */
class AtkinsonAversionTest {
    /** The closed forms are evaluated with Math.pow (within an ulp); the index within a few ulps of 1. */
    private static final double ROUNDING = 1e-15;

    @Test
    void atkinson_epsilon2000_equalWeights_isTheClosedFormBelowItsLimit() {
        // x = [600, 1400], one pupil each: mu = 1000, limit 1 - 600/1000 = 0.4.
        // (7/3)^-1999 is about 1e-736, so M = 600 * (1/2)^(-1/1999) = 600 * 2^(1/1999).
        EquitySample sample = EquitySample.unweighted(600, 1400);
        double expected = 1 - 0.6 * Math.pow(2, 1.0 / 1999);
        assertEquals(expected, sample.atkinson(2000), ROUNDING);
        assertTrue(sample.atkinson(2000) <= 1 - sample.min() / sample.mean(), "A(2000) = " + sample.atkinson(2000));
        // Hand: 0.4 - 0.6 * (2^(1/1999) - 1) = 0.4 - 0.6 * 3.4683e-4 = 0.399792.
        assertEquals(0.399792, sample.atkinson(2000), 5e-7);
    }

    @Test
    void atkinson_epsilonOneMillion_isWithinTheGapOfItsLimit() {
        // x = [1, 2], one pupil each: mu = 1.5, limit 1/3; M = 2^(1/999999) as above.
        EquitySample sample = EquitySample.unweighted(1, 2);
        double limit = 1 - sample.min() / sample.mean();
        double atkinson = sample.atkinson(1e6);
        assertEquals(1 - (2.0 / 3) * Math.pow(2, 1 / 999_999.0), atkinson, ROUNDING);
        assertTrue(atkinson <= limit, "A(1e6) = " + atkinson + " > " + limit);
        // The gap is (2/3)(2^(1/999999) - 1), about (2/3) ln 2 / 1e6 = 4.62e-7.
        assertEquals(4.62098e-7, limit - atkinson, 1e-12);
    }

    @Test
    void atkinson_hugeEpsilon_reachesItsLimit() {
        // At epsilon 1e300 the gap (min / mu) ln(N / n_min) / epsilon is far below an ulp.
        EquitySample sample = EquitySample.of(new double[] {1, 2, 3, 4, 5}, new double[] {3, 1, 4, 1, 5});
        double limit = 1 - sample.min() / sample.mean();
        assertEquals(limit, sample.atkinson(1e300), ROUNDING);
        assertEquals(limit, sample.atkinson(Double.MAX_VALUE), ROUNDING);
        assertTrue(sample.atkinson(Double.MAX_VALUE) <= limit);
    }

    @Test
    void atkinson_largeEpsilon_risesTowardsItsLimitWithinTheStatedGap() {
        // x = [1, 2, 3, 4, 5] with pupils [3, 1, 4, 1, 5]: N = 14, mu = 45/14, n_min = 3.
        EquitySample sample = EquitySample.of(new double[] {1, 2, 3, 4, 5}, new double[] {3, 1, 4, 1, 5});
        double ratio = sample.min() / sample.mean();
        double limit = 1 - ratio;
        double previous = 0;
        for (double epsilon : new double[] {2, 5, 50, 1000, 2000, 1e4, 1e6, 1e9}) {
            double atkinson = sample.atkinson(epsilon);
            assertTrue(atkinson >= previous, "A(" + epsilon + ") = " + atkinson + " < " + previous);
            assertTrue(atkinson <= limit, "A(" + epsilon + ") = " + atkinson + " > " + limit);
            // The pupils at the minimum alone bound M by min (N / n_min)^(1 / (epsilon - 1)).
            double floor = 1 - ratio * Math.pow(14.0 / 3, 1 / (epsilon - 1));
            assertTrue(atkinson >= floor - ROUNDING, "A(" + epsilon + ") = " + atkinson + " < " + floor);
            previous = atkinson;
        }
    }

    @Test
    void atkinson_epsilon2000_extremeMagnitudes_staysFiniteAndBounded() {
        // Amounts from 1e-3 to 1e12 baht per pupil: (x / mu)^-1999 would be 0 or infinite for all of them.
        EquitySample sample = EquitySample.of(new double[] {1e-3, 1, 1e6, 1e12}, new double[] {1, 10, 100, 1000});
        double limit = 1 - sample.min() / sample.mean();
        for (double epsilon : new double[] {0.5, 2, 50, 2000, 1e6}) {
            double atkinson = sample.atkinson(epsilon);
            assertTrue(atkinson >= 0 && atkinson <= limit, "A(" + epsilon + ") = " + atkinson);
        }
        // Hand: with epsilon 2000, M = 1e-3 * (1/1111)^(-1/1999), as the other terms are below 1e-5000.
        double expected = 1 - (1e-3 / sample.mean()) * Math.pow(1111, 1.0 / 1999);
        assertEquals(expected, sample.atkinson(2000), ROUNDING);
    }

    @Test
    void atkinson_someoneGetsNothing_isOneFromEpsilonOneOn() {
        EquitySample sample = EquitySample.of(new double[] {0, 100}, new long[] {10, 90});
        assertEquals(1, sample.atkinson(2000), 0);
        assertEquals(1, sample.atkinson(1e6), 0);
        // Hand: epsilon 0.5 as in EquitySampleInputTest: 0.1; the zero amounts are terms of 0.
        assertEquals(0.1, sample.atkinson(0.5), 1e-15);
    }

    @Test
    void atkinson_nearEpsilonOne_isContinuousAndRising() {
        // Computed with expm1 and log1p, the power mean keeps its digits as 1 - epsilon tends to 0:
        // A(1 +- 1e-9) differs from A(1) by about 1e-9 * (its derivative, below 1 here).
        EquitySample sample = EquitySample.unweighted(1, 2, 3, 4, 5);
        double atOne = sample.atkinson(1);
        assertEquals(atOne, sample.atkinson(1 - 1e-9), 1e-9);
        assertEquals(atOne, sample.atkinson(1 + 1e-9), 1e-9);
        assertTrue(sample.atkinson(1 - 1e-9) < atOne && atOne < sample.atkinson(1 + 1e-9));
    }
}

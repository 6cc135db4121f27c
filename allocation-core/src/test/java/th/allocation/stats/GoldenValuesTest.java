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

import org.junit.jupiter.api.Test;

/**
 * The golden values of docs/equity.md (Golden values), each checked twice: against the six-decimal value
 * given there (tolerance 5e-7, half a unit in the sixth decimal) and against the exact
 * closed form from a hand calculation (tolerance 1e-15, a few units of rounding).
 */
class GoldenValuesTest {
    private static final double SIX_DECIMALS = 5e-7;
    private static final double ROUNDING = 1e-15;

    /** x = [1, 2, 3, 4, 5], every school weight 1: mu = 3, N = 5, median 3. */
    private static final EquitySample ONE_TO_FIVE = EquitySample.unweighted(1, 2, 3, 4, 5);

    @Test
    void gini_oneToFive_isUncorrected() {
        // Hand: sum_i sum_j |x_i - x_j| = 2 * (4*1 + 3*2 + 2*3 + 1*4) = 40; G = 40 / (2 * 5^2 * 3) = 4/15.
        // (With the n/(n-1) small-sample correction it would be 1/3; docs/equity.md gives the uncorrected one.)
        assertEquals(0.266667, ONE_TO_FIVE.gini(), SIX_DECIMALS);
        assertEquals(4.0 / 15, ONE_TO_FIVE.gini(), ROUNDING);
    }

    @Test
    void theilT_oneToFive() {
        // Hand: T = (1/5) * sum (x/3) ln(x/3) = (1/15) * (1 ln 1 + 2 ln 2 + 3 ln 3 + 4 ln 4 + 5 ln 5) - ln 3.
        double exact = (2 * Math.log(2) + 3 * Math.log(3) + 4 * Math.log(4) + 5 * Math.log(5)) / 15 - Math.log(3);
        assertEquals(0.119688, ONE_TO_FIVE.theilT(), SIX_DECIMALS);
        assertEquals(exact, ONE_TO_FIVE.theilT(), ROUNDING);
    }

    @Test
    void meanLogDeviation_oneToFive() {
        // Hand: L = (1/5) * sum ln(3/x) = ln 3 - ln(5!) / 5 = ln 3 - ln(120) / 5.
        assertEquals(0.141114, ONE_TO_FIVE.meanLogDeviation(), SIX_DECIMALS);
        assertEquals(Math.log(3) - Math.log(120) / 5, ONE_TO_FIVE.meanLogDeviation(), ROUNDING);
    }

    @Test
    void coefficientOfVariation_oneToFive_usesPopulationSigma() {
        // Hand: sigma^2 = (4 + 1 + 0 + 1 + 4) / 5 = 2; CV = sqrt(2) / 3. (Sample sigma would give 0.527046.)
        assertEquals(0.471405, ONE_TO_FIVE.coefficientOfVariation(), SIX_DECIMALS);
        assertEquals(Math.sqrt(2) / 3, ONE_TO_FIVE.coefficientOfVariation(), ROUNDING);
    }

    @Test
    void mcLooneAndVerstegen_oneToFive_includeTheMedianOnBothSides() {
        // Hand: median 3; McLoone = (1 + 2 + 3) / (3 * 3) = 2/3; Verstegen = (3 + 4 + 5) / (3 * 3) = 4/3.
        assertEquals(0.666667, ONE_TO_FIVE.mcLooneIndex(), SIX_DECIMALS);
        assertEquals(2.0 / 3, ONE_TO_FIVE.mcLooneIndex(), ROUNDING);
        assertEquals(1.333333, ONE_TO_FIVE.verstegenIndex(), SIX_DECIMALS);
        assertEquals(4.0 / 3, ONE_TO_FIVE.verstegenIndex(), ROUNDING);
    }

    @Test
    void atkinson_oneToFive_epsilonOne_isOneMinusGeometricOverArithmeticMean() {
        // Hand: geometric mean = 120^(1/5); A_1 = 1 - 120^(1/5) / 3 = 1 - exp(-L).
        assertEquals(1 - Math.pow(120, 0.2) / 3, ONE_TO_FIVE.atkinson(1), ROUNDING);
        // Hand: epsilon = 2 uses the harmonic mean, 5 / (1 + 1/2 + 1/3 + 1/4 + 1/5) = 300/137; A_2 = 1 - 100/137.
        assertEquals(37.0 / 137, ONE_TO_FIVE.atkinson(2), ROUNDING);
    }

    @Test
    void gini_pupilWeighted_8000_10000_12000() {
        // docs/equity.md, Golden values: per-pupil {8000, 10000, 12000} with {100, 300, 600} pupils gives 0.06.
        // Hand: N = 1000, money 0.8M + 3M + 7.2M = 11M, mu = 11000. Lorenz points (0.1, 0.8/11),
        // (0.4, 3.8/11), (1, 1); area = [0.1 * 0.8 + 0.3 * 4.6 + 0.6 * 14.8] / (2 * 11) = 10.34 / 22 = 0.47;
        // G = 1 - 2 * 0.47 = 0.06.
        EquitySample sample = EquitySample.of(new double[] {8000, 10000, 12000}, new long[] {100, 300, 600});
        assertEquals(0.06, sample.gini(), ROUNDING);
        assertEquals(11000, sample.mean(), 0);
    }

    @Test
    void statistics_oneToFive_collectsTheSameValues() {
        EquityStatistics statistics = ONE_TO_FIVE.statistics(1);
        assertEquals(ONE_TO_FIVE.gini(), statistics.gini(), 0);
        assertEquals(ONE_TO_FIVE.theilT(), statistics.theilT(), 0);
        assertEquals(ONE_TO_FIVE.meanLogDeviation(), statistics.meanLogDeviation(), 0);
        assertEquals(ONE_TO_FIVE.coefficientOfVariation(), statistics.coefficientOfVariation(), 0);
        assertEquals(ONE_TO_FIVE.mcLooneIndex(), statistics.mcLooneIndex(), 0);
        assertEquals(ONE_TO_FIVE.verstegenIndex(), statistics.verstegenIndex(), 0);
        assertEquals(ONE_TO_FIVE.atkinson(1), statistics.atkinson(), 0);
        assertEquals(1, statistics.atkinsonEpsilon(), 0);
        // Hand: range 5 - 1; with 5 pupils P5 is the 1st (0.25 pupils is inside it) and P95 the 5th.
        assertEquals(4, statistics.range(), 0);
        assertEquals(1, statistics.p5(), 0);
        assertEquals(5, statistics.p95(), 0);
        assertEquals(4, statistics.restrictedRange(), 0);
        assertEquals(4, statistics.federalRangeRatio(), 0);
        assertEquals(5, statistics.schools());
        assertEquals(5, statistics.pupils(), 0);
    }
}

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
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Every statistic stays within its mathematical bounds, on random positive samples with random
 * weights (QuickTheories, fixed seeds): amounts from 1e-3 to 1e12 per pupil, spread wide, nearly
 * equal (relative spread down to 1e-12) or tied; weights whole (1 to 2,500 pupils) or fractional
 * (1e-3 to 1e6). With {@code N} the pupils, {@code n_min} the smallest weight, {@code n_top} the
 * weight of the school with the largest amount and {@code p_i = n_i / N}:
 *
 * <ul>
 *   <li>{@code min <= P5 <= median <= P95 <= max}, {@code min <= mu <= max}: percentiles and the mean
 *       of the list of pupils lie within it (exact: they are amounts from the data, or their mean).
 *   <li>{@code 0 <= restricted range <= range}; {@code federal range ratio >= 0}.
 *   <li>{@code 0 <= sigma <= (max - min) / 2}: Popoviciu's inequality on variances (T. Popoviciu,
 *       "Sur les équations algébriques ayant toutes leurs racines réelles", <i>Mathematica</i> 9,
 *       1935).
 *   <li>{@code 0 <= CV <= sqrt(N / n_min - 1)}: {@code CV^2 = sum p_i (x_i / mu)^2 - 1} and
 *       {@code x_i / mu <= 1 / p_i}, the value when one school holds all the money.
 *   <li>{@code 0 <= Gini <= 1 - n_top / N < 1}: the Lorenz curve is convex and ends with the richest
 *       school's segment, so its area is at least that of all the money at that school (C. Gini,
 *       1912; for weighted data, e.g. P. J. Lambert, <i>The Distribution and Redistribution of
 *       Income</i>, 3rd ed., 2001, ch. 2).
 *   <li>{@code 0 <= Theil T <= ln(N / n_min)} ({@code ln N} for one pupil per school): T is the
 *       Kullback-Leibler divergence of money shares from pupil shares, {@code sum s_i ln(s_i / p_i)},
 *       non-negative by Gibbs' inequality and at most {@code ln(1 / min p_i)} (H. Theil,
 *       <i>Economics and Information Theory</i>, 1967; T. M. Cover and J. A. Thomas, <i>Elements of
 *       Information Theory</i>, 2nd ed., 2006, theorem 2.6.3).
 *   <li>{@code 0 <= MLD <= ln(mu / min)}: Jensen's inequality for the concave logarithm, and each
 *       term {@code ln(mu / x_i)} is at most {@code ln(mu / min)}.
 *   <li>{@code min / median <= McLoone <= 1} and {@code 1 <= Verstegen <= max / median}: each is a
 *       mean of amounts at or below (above) the median over the median (Odden and Picus).
 *   <li>{@code 0 <= Atkinson(epsilon) <= 1 - min / mu} for epsilon 0, 0.5, 1, 2, 50, 2000 and 1e6,
 *       non-decreasing in epsilon, 0 at epsilon 0 and {@code 1 - exp(-MLD)} at 1: the power mean of
 *       order {@code 1 - epsilon} lies between the minimum and the mean and falls as epsilon grows
 *       (A. B. Atkinson, <i>Journal of Economic Theory</i> 2(3), 1970; G. H. Hardy, J. E. Littlewood
 *       and G. Pólya, <i>Inequalities</i>, 1934, theorem 16).
 * </ul>
 *
 * <p>Tolerance: order statistics and the Atkinson index (clamped to its bounds by construction) are
 * checked exactly. The sums (sigma, CV, Gini, Theil, MLD, McLoone, Verstegen) carry rounding of a
 * few units in 1e-16 relative per term; they are checked against their bounds within
 * {@value #RELATIVE} of the bound's scale (1 for the indices, the amount for sigma), which a real
 * violation (a wrong formula) exceeds by many orders of magnitude.
 */
class EquityBoundsTest {
    private static final double RELATIVE = 1e-12;
    private static final double[] EPSILONS = {0, 0.5, 1, 2, 50, 2000, 1e6};

    /** Amounts per pupil and weights, columnar; printed in full when a property fails. */
    record Weighted(double[] amounts, double[] weights) {
        @Override
        public String toString() {
            return "Weighted[amounts=" + Arrays.toString(amounts) + ", weights=" + Arrays.toString(weights) + "]";
        }
    }

    /** A number log-uniform in {@code [low, high]}. */
    private static double logUniform(RandomnessSource in, double low, double high) {
        double u = in.next(Constraint.between(0, 1L << 40)) / (double) (1L << 40);
        return Math.min(high, Math.max(low, Math.exp(Math.log(low) + u * (Math.log(high) - Math.log(low)))));
    }

    /** Random positive samples of 1 to 60 schools, as described in the class comment. */
    static Gen<Weighted> samples() {
        return in -> {
            int n = (int) in.next(Constraint.between(1, 60));
            int spread = (int) in.next(Constraint.between(0, 2)); // wide, nearly equal, tied
            boolean wholeWeights = in.next(Constraint.between(0, 1)) == 0;
            double centre = logUniform(in, 1e-3, 1e12);
            double relativeSpread = Math.pow(10, -in.next(Constraint.between(1, 12)));
            double[] amounts = new double[n];
            double[] weights = new double[n];
            for (int i = 0; i < n; i++) {
                amounts[i] = switch (spread) {
                    case 0 -> logUniform(in, 1e-3, 1e12);
                    case 1 -> centre * (1 + relativeSpread * in.next(Constraint.between(0, 1000)) / 1000);
                    default -> centre * in.next(Constraint.between(1, 4));
                };
                weights[i] = wholeWeights ? in.next(Constraint.between(1, 2500)) : logUniform(in, 1e-3, 1e6);
            }
            return new Weighted(amounts, weights);
        };
    }

    private static EquitySample sample(Weighted w) {
        return EquitySample.of(w.amounts(), w.weights());
    }

    private static double smallestWeight(Weighted w) {
        return Arrays.stream(w.weights()).min().orElseThrow();
    }

    /** The weight of the school with the largest amount (the largest such weight on a tie). */
    private static double weightOfRichest(Weighted w) {
        double max = Arrays.stream(w.amounts()).max().orElseThrow();
        double weight = 0;
        for (int i = 0; i < w.amounts().length; i++) {
            if (w.amounts()[i] == max) {
                weight = Math.max(weight, w.weights()[i]);
            }
        }
        return weight;
    }

    private static void assertWithin(double low, double value, double high, double tolerance, String what) {
        assertTrue(
                value >= low - tolerance && value <= high + tolerance,
                what + " = " + value + " outside [" + low + ", " + high + "] (tolerance " + tolerance + ")");
    }

    @Test
    void locations_lieWithinTheData_exactly() {
        qt().withFixedSeed(101).withExamples(500).forAll(samples()).checkAssert(w -> {
            EquitySample s = sample(w);
            assertTrue(s.min() <= s.percentile(5), "min <= P5");
            assertTrue(s.percentile(5) <= s.median(), "P5 <= median");
            assertTrue(s.median() <= s.percentile(95), "median <= P95");
            assertTrue(s.percentile(95) <= s.max(), "P95 <= max");
            assertTrue(s.min() <= s.mean() && s.mean() <= s.max(), "min <= mean <= max: " + s.mean());
        });
    }

    @Test
    void ranges_restrictedWithinFull_andNotNegative() {
        qt().withFixedSeed(102).withExamples(500).forAll(samples()).checkAssert(w -> {
            EquityStatistics s = sample(w).statistics(1);
            assertTrue(0 <= s.restrictedRange() && s.restrictedRange() <= s.range(), "restricted range");
            assertTrue(s.federalRangeRatio() >= 0, "federal range ratio " + s.federalRangeRatio());
            assertEquals(s.restrictedRange() / s.p5(), s.federalRangeRatio(), 0, "federal range ratio");
        });
    }

    @Test
    void spread_standardDeviationWithinPopoviciu_andCvWithinItsMaximum() {
        qt().withFixedSeed(103).withExamples(500).forAll(samples()).checkAssert(w -> {
            EquitySample s = sample(w);
            double halfRange = (s.max() - s.min()) / 2;
            assertWithin(0, s.standardDeviation(), halfRange, RELATIVE * s.max(), "sigma");
            double cvMax = Math.sqrt(s.pupils() / smallestWeight(w) - 1);
            assertWithin(0, s.coefficientOfVariation(), cvMax, RELATIVE * Math.max(1, cvMax), "CV");
        });
    }

    @Test
    void gini_isBelowOneMinusTheRichestSchoolsPupilShare() {
        qt().withFixedSeed(104).withExamples(500).forAll(samples()).checkAssert(w -> {
            EquitySample s = sample(w);
            double bound = 1 - weightOfRichest(w) / s.pupils();
            assertWithin(0, s.gini(), bound, RELATIVE, "Gini");
            assertTrue(s.gini() < 1, "Gini " + s.gini());
        });
    }

    @Test
    void theilT_isBetweenZeroAndLogOfPupilsPerSmallestSchool() {
        qt().withFixedSeed(105).withExamples(500).forAll(samples()).checkAssert(w -> {
            EquitySample s = sample(w);
            double bound = Math.log(s.pupils() / smallestWeight(w));
            assertWithin(0, s.theilT(), bound, RELATIVE * Math.max(1, bound), "Theil T");
        });
    }

    @Test
    void meanLogDeviation_isBetweenZeroAndLogOfMeanOverMin() {
        qt().withFixedSeed(106).withExamples(500).forAll(samples()).checkAssert(w -> {
            EquitySample s = sample(w);
            double bound = Math.log(s.mean() / s.min());
            assertWithin(0, s.meanLogDeviation(), bound, RELATIVE * Math.max(1, bound), "MLD");
        });
    }

    @Test
    void mcLooneAndVerstegen_stayOnTheirSideOfOne() {
        qt().withFixedSeed(107).withExamples(500).forAll(samples()).checkAssert(w -> {
            EquitySample s = sample(w);
            double median = s.median();
            double mcLoone = s.mcLooneIndex();
            double verstegen = s.verstegenIndex();
            assertTrue(mcLoone > 0, "McLoone " + mcLoone);
            assertWithin(s.min() / median, mcLoone, 1, RELATIVE, "McLoone");
            assertWithin(1, verstegen, s.max() / median, RELATIVE * s.max() / median, "Verstegen");
        });
    }

    @Test
    void atkinson_staysWithinZeroAndOneMinusMinOverMean_risingWithAversion() {
        qt().withFixedSeed(108).withExamples(500).forAll(samples()).checkAssert(w -> {
            EquitySample s = sample(w);
            double limit = 1 - s.min() / s.mean();
            assertEquals(0, s.atkinson(0), 0, "A(0)");
            assertEquals(-Math.expm1(-s.meanLogDeviation()), s.atkinson(1), RELATIVE, "A(1) = 1 - exp(-MLD)");
            double previous = 0;
            for (double epsilon : EPSILONS) {
                double atkinson = s.atkinson(epsilon);
                // Exact: the index is clamped to [0, 1 - min/mu] against rounding.
                assertTrue(0 <= atkinson && atkinson <= limit, "A(" + epsilon + ") = " + atkinson + ", " + limit);
                assertTrue(atkinson >= previous - RELATIVE, "A(" + epsilon + ") = " + atkinson + " < " + previous);
                previous = atkinson;
            }
        });
    }

    @Test
    void statistics_ofEveryExtremeSample_areFinite() {
        // Positive amounts and weights leave no measure undefined: no NaN, no infinity.
        qt().withFixedSeed(109).withExamples(200).forAll(samples()).checkAssert(w -> {
            for (double epsilon : EPSILONS) {
                EquityStatistics s = sample(w).statistics(epsilon);
                for (EquityMeasure measure : EquityMeasure.all()) {
                    assertTrue(Double.isFinite(measure.of(s)), measure.key() + " at epsilon " + epsilon);
                }
            }
        });
    }
}

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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import th.allocation.testing.RandomCases;
import th.allocation.testing.RandomCases.WeightedAmounts;

/**
 * The laws of the equity measures, on random schools (QuickTheories, fixed seeds): invariance under
 * scaling the money, duplicating schools, splitting a school into pupils and reordering; agreement
 * with simple reference definitions (the pairwise Gini, percentiles of the list of pupils); the
 * exact Theil decomposition; and the limits of the Atkinson index.
 *
 * <p>Tolerance: 1e-12 absolute on measures between 0 and about 10; the measures are sums of a few
 * thousand terms at most, each rounded to about 1e-16 relative. Percentiles are amounts from the
 * data and must match exactly.
 */
class EquityLawsTest {
    private static final double TOLERANCE = 1e-12;
    private static final Gen<WeightedAmounts> SAMPLES = RandomCases.weightedAmounts(1, 40);

    /** The scale-invariant measures, by name, for laws that must leave all of them unchanged. */
    private static final List<Measure> RELATIVE_MEASURES = List.of(
            new Measure("gini", EquitySample::gini),
            new Measure("cv", EquitySample::coefficientOfVariation),
            new Measure("theilT", EquitySample::theilT),
            new Measure("mld", EquitySample::meanLogDeviation),
            new Measure("atkinson 0.5", s -> s.atkinson(0.5)),
            new Measure("atkinson 1", s -> s.atkinson(1)),
            new Measure("atkinson 2", s -> s.atkinson(2)),
            new Measure("mcLoone", EquitySample::mcLooneIndex),
            new Measure("verstegen", EquitySample::verstegenIndex),
            new Measure("federal range ratio", EquitySample::federalRangeRatio));

    private record Measure(String name, ToDoubleFunction<EquitySample> of) {}

    private static EquitySample sample(WeightedAmounts a) {
        return EquitySample.of(a.perPupil(), a.pupils());
    }

    private static void assertSameMeasures(EquitySample expected, EquitySample actual, String law) {
        for (Measure measure : RELATIVE_MEASURES) {
            assertEquals(
                    measure.of().applyAsDouble(expected),
                    measure.of().applyAsDouble(actual),
                    TOLERANCE,
                    law + ": " + measure.name());
        }
    }

    @Test
    void measures_scalingEveryAmount_changeNothing() {
        qt().withFixedSeed(1).withExamples(200).forAll(SAMPLES).checkAssert(a -> {
            for (double factor : new double[] {0.01, 3.7, 1000}) {
                double[] scaled =
                        Arrays.stream(a.perPupil()).map(v -> v * factor).toArray();
                assertSameMeasures(sample(a), EquitySample.of(scaled, a.pupils()), "scaled by " + factor);
            }
        });
    }

    @Test
    void measures_duplicatingEverySchool_changeNothing() {
        qt().withFixedSeed(2).withExamples(200).forAll(SAMPLES).checkAssert(a -> {
            int n = a.perPupil().length;
            double[] twice = new double[2 * n];
            long[] pupils = new long[2 * n];
            for (int i = 0; i < n; i++) {
                twice[i] = twice[n + i] = a.perPupil()[i];
                pupils[i] = pupils[n + i] = a.pupils()[i];
            }
            EquitySample original = sample(a);
            EquitySample doubled = EquitySample.of(twice, pupils);
            assertSameMeasures(original, doubled, "duplicated");
            for (int percent : new int[] {5, 50, 95}) {
                assertEquals(original.percentile(percent), doubled.percentile(percent), 0, "P" + percent);
            }
        });
    }

    @Test
    void measures_schoolOfWeightW_equalsWSchoolsOfWeightOne() {
        // At most 50 pupils a school here, so that the list of pupils stays small.
        Gen<WeightedAmounts> small = SAMPLES.map(a -> new WeightedAmounts(
                a.perPupil(), Arrays.stream(a.pupils()).map(p -> 1 + p % 50).toArray(), a.groups(), a.groupCount()));
        qt().withFixedSeed(3).withExamples(200).forAll(small).checkAssert(a -> {
            EquitySample weighted = sample(a);
            EquitySample pupils = EquitySample.unweighted(pupilList(a));
            assertSameMeasures(weighted, pupils, "one school per pupil");
            assertEquals(weighted.pupils(), pupils.pupils(), 0);
            assertEquals(weighted.mean(), pupils.mean(), TOLERANCE * weighted.mean());
            for (int percent : new int[] {0, 5, 25, 50, 75, 95, 100}) {
                assertEquals(weighted.percentile(percent), pupils.percentile(percent), 0, "P" + percent);
            }
        });
    }

    @Test
    void measures_reorderingTheSchools_changeNothing() {
        qt().withFixedSeed(4).withExamples(200).forAll(SAMPLES).checkAssert(a -> {
            int n = a.perPupil().length;
            double[] reversed = new double[n];
            long[] pupils = new long[n];
            for (int i = 0; i < n; i++) {
                reversed[i] = a.perPupil()[n - 1 - i];
                pupils[i] = a.pupils()[n - 1 - i];
            }
            EquitySample original = sample(a);
            EquitySample other = EquitySample.of(reversed, pupils);
            assertSameMeasures(original, other, "reversed");
            assertEquals(original.median(), other.median(), 0);
        });
    }

    @Test
    void gini_equalsThePairwiseMeanDifference() {
        // Reference model: G = sum_i sum_j n_i n_j |x_i - x_j| / (2 N^2 mu), O(n^2), no sorting.
        qt().withFixedSeed(5).withExamples(300).forAll(SAMPLES).checkAssert(a -> {
            double[] x = a.perPupil();
            long[] n = a.pupils();
            double pupils = 0;
            double money = 0;
            double differences = 0;
            for (int i = 0; i < x.length; i++) {
                pupils += n[i];
                money += n[i] * x[i];
                for (int j = 0; j < x.length; j++) {
                    differences += (double) n[i] * n[j] * Math.abs(x[i] - x[j]);
                }
            }
            double expected = differences / (2 * pupils * money);
            assertEquals(expected, sample(a).gini(), TOLERANCE);
        });
    }

    @Test
    void percentile_equalsHyndmanFanDefinitionTwoOnTheListOfPupils() {
        // Reference model: R's quantile(rep(x, n), p, type = 2) in exact integer arithmetic:
        // N p = j + g; g > 0 gives the (j+1)-th pupil, g = 0 the mean of the j-th and (j+1)-th.
        qt().withFixedSeed(6).withExamples(300).forAll(SAMPLES).checkAssert(a -> {
            double[] pupils = pupilList(a);
            Arrays.sort(pupils);
            long count = pupils.length;
            EquitySample sample = sample(a);
            for (int percent = 0; percent <= 100; percent += 5) {
                long j = count * percent / 100;
                boolean exact = count * percent % 100 == 0;
                double expected;
                if (!exact) {
                    expected = pupils[(int) j];
                } else if (j == 0) {
                    expected = pupils[0];
                } else if (j == count) {
                    expected = pupils[(int) count - 1];
                } else {
                    expected = (pupils[(int) j - 1] + pupils[(int) j]) / 2;
                }
                assertEquals(expected, sample.percentile(percent), 0, "P" + percent);
            }
        });
    }

    @Test
    void theilDecomposition_betweenPlusWithin_isTheTotal() {
        qt().withFixedSeed(7).withExamples(300).forAll(SAMPLES).checkAssert(a -> {
            List<String> labels = new ArrayList<>();
            for (int g = 0; g < a.groupCount(); g++) {
                labels.add("G" + g);
            }
            double[] pupils = Arrays.stream(a.pupils()).asDoubleStream().toArray();
            EquitySample sample = EquitySample.of(a.perPupil(), pupils, a.groups(), labels);
            TheilDecomposition d = TheilDecomposition.of(sample);
            assertEquals(sample.theilT(), d.total(), 0);
            assertEquals(d.total(), d.between() + d.within(), TOLERANCE);
            assertTrue(d.within() >= -TOLERANCE, "within is a weighted sum of non-negative indices");
            assertTrue(d.between() >= -TOLERANCE, "between is the Theil index of the group means");
            double pupilShares = 0;
            double moneyShares = 0;
            for (TheilDecomposition.Group group : d.groups()) {
                pupilShares += group.pupilShare();
                moneyShares += group.moneyShare();
            }
            assertEquals(1, pupilShares, TOLERANCE);
            assertEquals(1, moneyShares, TOLERANCE);
        });
    }

    @Test
    void atkinson_epsilonTowardsZero_tendsToZeroWithSlopeTheilT() {
        // d A / d epsilon at 0 is Theil's T (the derivative of the power mean of order 1 - epsilon),
        // so A(epsilon) = epsilon T + O(epsilon^2): relative error about epsilon * (spread of ln x).
        qt().withFixedSeed(8).withExamples(200).forAll(SAMPLES).checkAssert(a -> {
            EquitySample sample = sample(a);
            assertEquals(0, sample.atkinson(0), 0);
            double epsilon = 1e-6;
            double atkinson = sample.atkinson(epsilon);
            assertTrue(atkinson >= -TOLERANCE && atkinson <= 1e-5, "A(1e-6) = " + atkinson);
            assertEquals(sample.theilT(), atkinson / epsilon, 1e-4 * sample.theilT() + 1e-9);
        });
    }

    @Test
    void atkinson_growsWithAversion_andIsContinuousAtOne() {
        qt().withFixedSeed(9).withExamples(200).forAll(SAMPLES).checkAssert(a -> {
            EquitySample sample = sample(a);
            double previous = 0;
            for (double epsilon : new double[] {0.25, 0.5, 1, 1.5, 2, 5}) {
                double atkinson = sample.atkinson(epsilon);
                assertTrue(atkinson >= previous - TOLERANCE && atkinson < 1, "A(" + epsilon + ") = " + atkinson);
                previous = atkinson;
            }
            assertEquals(sample.atkinson(1), sample.atkinson(1 - 1e-7), 1e-7);
            assertEquals(sample.atkinson(1), sample.atkinson(1 + 1e-7), 1e-7);
            assertEquals(sample.atkinson(1), -Math.expm1(-sample.meanLogDeviation()), TOLERANCE);
        });
    }

    @Test
    void measures_stayWithinTheirBounds() {
        qt().withFixedSeed(10).withExamples(300).forAll(SAMPLES).checkAssert(a -> {
            EquitySample sample = sample(a);
            assertTrue(sample.gini() >= -TOLERANCE && sample.gini() < 1, "gini " + sample.gini());
            assertTrue(sample.theilT() >= -TOLERANCE && sample.theilT() <= Math.log(sample.pupils()) + TOLERANCE);
            assertTrue(sample.meanLogDeviation() >= -TOLERANCE);
            assertTrue(sample.mcLooneIndex() <= 1 + TOLERANCE, "mcLoone " + sample.mcLooneIndex());
            assertTrue(sample.verstegenIndex() >= 1 - TOLERANCE, "verstegen " + sample.verstegenIndex());
            assertTrue(sample.min() <= sample.percentile(5)
                    && sample.percentile(5) <= sample.median()
                    && sample.median() <= sample.percentile(95)
                    && sample.percentile(95) <= sample.max());
            assertTrue(sample.min() <= sample.mean() && sample.mean() <= sample.max());
        });
    }

    @Test
    void measures_allAmountsEqual_giveExactlyNoInequality() {
        qt().withFixedSeed(11).withExamples(200).forAll(SAMPLES).checkAssert(a -> {
            double[] equal = new double[a.perPupil().length];
            Arrays.fill(equal, a.perPupil()[0]);
            EquitySample sample = EquitySample.of(equal, a.pupils());
            EquityStatistics s = sample.statistics(2);
            assertEquals(0, s.gini(), 0);
            assertEquals(0, s.coefficientOfVariation(), 0);
            assertEquals(0, s.theilT(), 0);
            assertEquals(0, s.meanLogDeviation(), 0);
            assertEquals(0, s.atkinson(), 0);
            assertEquals(0, sample.atkinson(0.5), 0);
            assertEquals(0, sample.atkinson(1), 0);
            assertEquals(0, s.range(), 0);
            assertEquals(0, s.restrictedRange(), 0);
            assertEquals(0, s.federalRangeRatio(), 0);
            assertEquals(1, s.mcLooneIndex(), 0);
            assertEquals(1, s.verstegenIndex(), 0);
        });
    }

    @Test
    void gini_isOneMinusTwiceTheAreaUnderTheLorenzCurve() {
        qt().withFixedSeed(12).withExamples(200).forAll(SAMPLES).checkAssert(a -> {
            EquitySample sample = sample(a);
            LorenzCurve curve = sample.lorenzCurve();
            assertEquals(sample.schools() + 1, curve.size());
            double area = 0;
            for (int k = 1; k < curve.size(); k++) {
                double width = curve.pupilShare(k) - curve.pupilShare(k - 1);
                area += width * (curve.moneyShare(k) + curve.moneyShare(k - 1)) / 2;
                assertTrue(curve.moneyShare(k) <= curve.pupilShare(k) + TOLERANCE, "below the diagonal");
            }
            assertEquals(sample.gini(), 1 - 2 * area, TOLERANCE);
            assertEquals(1, curve.moneyShare(curve.size() - 1), 0);
        });
    }

    /** Every pupil's per-pupil amount: school {@code i} repeated {@code n_i} times. */
    private static double[] pupilList(WeightedAmounts a) {
        int total = (int) Arrays.stream(a.pupils()).sum();
        double[] pupils = new double[total];
        int at = 0;
        for (int i = 0; i < a.perPupil().length; i++) {
            for (long p = 0; p < a.pupils()[i]; p++) {
                pupils[at++] = a.perPupil()[i];
            }
        }
        return pupils;
    }
}

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
import static org.quicktheories.QuickTheory.qt;
import static th.allocation.stats.EquitySeriesTest.assertSameBits;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The statistics in shared passes ({@link SortedPasses}) against the measures one by one: Commons
 * Math's weighted mean and variance themselves, and every {@link EquitySample} method, to the bit,
 * over random weighted samples with ties, zeros, fractional weights, and huge and tiny amounts and
 * weights (sums that overflow, quotients that underflow).
 */
class SortedPassesTest {
    /** Amounts and weights, one each per school; weights finite and at least 0. */
    record Columns(double[] amounts, double[] weights) {
        @Override
        public String toString() {
            return "amounts " + Arrays.toString(amounts) + ", weights " + Arrays.toString(weights);
        }
    }

    @Test
    void meanAndVariance_asCommonsMath_toTheBit() {
        qt().withFixedSeed(1967).withExamples(3000).forAll(columns(true)).checkAssert(c -> {
            double[] x = c.amounts();
            double[] w = c.weights();
            SortedPasses.Totals totals = SortedPasses.Totals.of(x, w);
            double mean = new Mean().evaluate(x, w);
            assertEquals(Double.doubleToRawLongBits(mean), Double.doubleToRawLongBits(SortedPasses.mean(x, w, totals)));
            if (x.length > 1) {
                assertEquals(
                        Double.doubleToRawLongBits(new Variance(false).evaluate(x, w, mean)),
                        Double.doubleToRawLongBits(SortedPasses.variance(x, w, mean, totals.plainPupils())));
            }
        });
    }

    @Test
    void everyStatistic_asTheSamplesMethodsOneByOne_toTheBit() {
        qt().withFixedSeed(1912).withExamples(3000).forAll(columns(false)).checkAssert(c -> {
            EquitySample sample = EquitySample.of(c.amounts(), c.weights());
            for (double epsilon : new double[] {1, 0, 0.5, 2}) {
                assertSameBits(oneByOne(sample, epsilon), EquityStatistics.of(sample, epsilon));
            }
        });
    }

    @Test
    void sampleMean_isCommonsMathsMeanOfTheSortedColumns() {
        // Weights chosen so that the sum's order matters: the mean of the sorted columns, not of the input's.
        double[] x = {3.3, 1.1, 2.2, 1.1, 1e-3};
        double[] w = {1e16, 3, 1, 7, 0.1};
        double[] sortedX = {1e-3, 1.1, 1.1, 2.2, 3.3};
        double[] sortedW = {0.1, 3, 7, 1, 1e16};
        assertEquals(
                Double.doubleToRawLongBits(new Mean().evaluate(sortedX, sortedW)),
                Double.doubleToRawLongBits(EquitySample.of(x, w).mean()));
    }

    @Test
    void groupStatistics_asTheGroupSamplesMethods() {
        double[] x = {5, 1, 0, 7, 7, 2.5, 9, 1};
        double[] w = {2, 3, 1, 0, 4, 6, 1, 3};
        EquitySample grouped =
                EquitySample.of(x, w, new int[] {0, 1, 0, 1, 2, 0, 1, 2}, java.util.List.of("a", "b", "c"));
        for (String label : grouped.groups()) {
            assertSameBits(
                    oneByOne(grouped.group(label), 1),
                    grouped.statisticsByGroup(1).get(label));
        }
    }

    /** The statistics as {@link EquityStatistics#of} computed them before the passes were shared. */
    static EquityStatistics oneByOne(EquitySample sample, double epsilon) {
        double p5 = sample.percentile(5);
        double p95 = sample.percentile(95);
        double median = sample.median();
        return new EquityStatistics(
                sample.schools(),
                sample.excludedSchools(),
                sample.pupils(),
                sample.mean(),
                sample.standardDeviation(),
                sample.min(),
                p5,
                median,
                p95,
                sample.max(),
                sample.range(),
                p95 - p5,
                (p95 - p5) / p5,
                sample.coefficientOfVariation(),
                sample.mcLooneIndex(),
                sample.verstegenIndex(),
                sample.gini(),
                sample.theilT(),
                sample.meanLogDeviation(),
                epsilon,
                sample.atkinson(epsilon));
    }

    /** Columns of 0 to 200 schools; with {@code positive}, at least one school and every weight positive. */
    private static Gen<Columns> columns(boolean positive) {
        return in -> {
            int n = (int) in.next(Constraint.between(positive ? 1 : 0, 200));
            int style = (int) in.next(Constraint.between(0, 4));
            double[] x = new double[n];
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = amount(in, style, i == 0 ? 0 : x[i - 1]);
                w[i] = weight(in, style, positive);
            }
            return new Columns(x, w);
        };
    }

    /** Per style: few distinct values (ties), spread satang, zeros, huge, tiny; mixed in the last. */
    private static double amount(RandomnessSource in, int style, double previous) {
        int kind = style == 4 ? (int) in.next(Constraint.between(0, 6)) : style;
        return switch (kind) {
            case 0 -> 100 * in.next(Constraint.between(0, 4));
            case 1 -> in.next(Constraint.between(0, 2_000_000)) / 100.0;
            case 2 -> in.next(Constraint.between(0, 3)) == 0 ? 0 : in.next(Constraint.between(1, 50_000)) / 7.0;
            case 3 ->
                Math.scalb(1.0 + in.next(Constraint.between(0, 1000)) / 1000.0, (int)
                        in.next(Constraint.between(900, 1020)));
            case 5 -> previous; // a tie with the school before
            case 6 -> 0.0;
            default ->
                Math.scalb(1.0 + in.next(Constraint.between(0, 1000)) / 1000.0, (int)
                        in.next(Constraint.between(-1070, -900)));
        };
    }

    private static double weight(RandomnessSource in, int style, boolean positive) {
        int kind = (int) in.next(Constraint.between(0, 9));
        return switch (kind) {
            case 0 -> positive ? 1 : 0;
            case 1 -> in.next(Constraint.between(1, 999)) / 7.0;
            case 2 ->
                style == 4
                        ? Math.scalb(1.0, (int) in.next(Constraint.between(-1000, 1000)))
                        : in.next(Constraint.between(1, 3));
            case 3 -> 1e15 + in.next(Constraint.between(0, 1000));
            default -> in.next(Constraint.between(1, 2000));
        };
    }
}

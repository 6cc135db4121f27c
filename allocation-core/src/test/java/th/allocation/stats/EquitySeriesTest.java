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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * One sample after another through an {@link EquitySeries} (sorted from the last sample's order)
 * against a cold {@link EquitySample} of each: every statistic the same to the bit. The samples
 * move as a sweep's do (all amounts scaled, a few moved a little or a lot, ties made and broken,
 * amounts set to 0) and now and then entirely (the series then sorts afresh).
 */
class EquitySeriesTest {
    /** The weights of the schools and the per-pupil amounts of each sample in turn. */
    record Series(double[] weights, List<double[]> samples) {
        @Override
        public String toString() {
            return "weights " + Arrays.toString(weights) + ", samples "
                    + samples.stream().map(Arrays::toString).toList();
        }
    }

    @Test
    void everySample_sameStatisticsAsAColdSample_toTheBit() {
        long[] sorts = new long[3];
        qt().withFixedSeed(2565).withExamples(400).forAll(series()).checkAssert(s -> {
            EquitySeries series = new EquitySeries(s.weights());
            for (double epsilon : new double[] {1.0}) {
                for (double[] values : s.samples()) {
                    assertSameBits(
                            EquitySample.of(values, s.weights()).statistics(epsilon),
                            series.statistics(values, epsilon));
                }
            }
            long[] counts = series.sorts();
            sorts[0] += counts[0];
            sorts[1] += counts[1];
            sorts[2] += counts[2];
        });
        // Every way of sorting was taken, many times: repairs, with rows that moved split again, and radix sorts.
        assertTrue(
                sorts[0] > 500 && sorts[1] > 300 && sorts[2] > 300,
                "repaired " + sorts[0] + ", afresh " + sorts[1] + ", split again " + sorts[2]);
    }

    @Test
    void manySchoolsMovingMuch_sortedAfresh_sameAsAColdSample() {
        java.util.Random random = new java.util.Random(2565);
        int n = 5000;
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = i % 17 == 0 ? 0 : 1 + random.nextInt(900);
        }
        EquitySeries series = new EquitySeries(weights);
        double[] values = new double[n];
        for (int sample = 0; sample < 8; sample++) {
            for (int i = 0; i < n; i++) {
                // Every third sample a fresh draw (most rows move); between them small changes; many ties.
                // (After a fresh draw gives up on the last order, the next sample does not try it.)
                values[i] = sample % 3 == 0 || random.nextInt(10) == 0
                        ? (random.nextInt(4) == 0 ? 2500 : random.nextInt(5_000_000) / 100.0)
                        : values[i];
            }
            assertSameBits(EquitySample.of(values, weights).statistics(1), series.statistics(values.clone(), 1));
        }
        long[] sorts = series.sorts();
        assertTrue(sorts[0] >= 2 && sorts[1] >= 3, "repaired " + sorts[0] + ", afresh " + sorts[1]);
    }

    @Test
    void manyAmountsWithinAHairOfEachOther_sortedAsAColdSample() {
        // The radix sort orders by the highest bits of the keys first, then by insertion; here most
        // keys share their highest bits and come in reverse order, so the insertion gives up and
        // the keys are sorted in full. Ties (every third amount repeats) stay in row order.
        int n = 3000;
        double[] weights = new double[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = 1 + i % 7;
            values[i] = i == 0 ? 0 : i == 1 ? 1e6 : 1000 + (n - i / 3 * 3) * 1e-9;
        }
        EquitySeries series = new EquitySeries(weights);
        assertSameBits(EquitySample.of(values, weights).statistics(1), series.statistics(values, 1));
        // And the same amounts in row order: the insertion finds nothing to do.
        double[] ascending = values.clone();
        for (int i = 2; i < n; i++) {
            ascending[i] = 1000 + i / 3 * 1e-9;
        }
        assertSameBits(
                EquitySample.of(ascending, weights).statistics(1), new EquitySeries(weights).statistics(ascending, 1));
    }

    @Test
    void rangeOfAmountsMovingBetweenFreshSorts_sameAsAColdSample() {
        // A fresh sort counts its digits over the last fresh sort's range of keys while it reads the
        // amounts: here the range stays, widens, narrows to a few bits, moves up, holds one outlier or
        // none, and every sample is drawn afresh (most rows move, so every sort is a fresh one).
        java.util.Random random = new java.util.Random(20261202);
        int n = 4000;
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = i % 13 == 0 ? 0 : 1 + random.nextInt(400);
        }
        double[][] ranges = {
            {1900, 6000}, {1900, 6000}, {1900, 6000}, {0, 6000}, {1900, 1e9}, {1900, 6000}, {5000, 5000.001},
            {5000, 5000.001}, {1900, 6000}, {1e-300, 1e-290}, {1900, 6000}, {3, 3}, {1900, 6000}, {2000, 2100}
        };
        EquitySeries series = new EquitySeries(weights);
        for (int sample = 0; sample < ranges.length; sample++) {
            double low = ranges[sample][0];
            double high = ranges[sample][1];
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                // Ties too: a tenth of the amounts at the low end.
                values[i] = random.nextInt(10) == 0 ? low : low + (high - low) * random.nextDouble();
            }
            assertSameBits(
                    EquitySample.of(values, weights).statistics(1),
                    series.statistics(values, 1),
                    "sample " + sample + " in [" + low + ", " + high + "]");
        }
        long[] sorts = series.sorts();
        assertTrue(sorts[1] >= ranges.length - 2, "sorted afresh " + sorts[1] + " times");
    }

    @Test
    void aBadAmount_thenGoodSamples_sameAsAColdSample() {
        // A sample with a bad amount is refused, whichever way it would have been sorted, and leaves
        // the series to sort the next ones right.
        java.util.Random random = new java.util.Random(7);
        int n = 2000;
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = 1 + random.nextInt(50);
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextInt(1_000_000) / 100.0;
        }
        EquitySeries series = new EquitySeries(weights);
        double[] bads = {Double.NaN, -1, Double.POSITIVE_INFINITY};
        for (int round = 0; round < 6; round++) {
            assertSameBits(EquitySample.of(values, weights).statistics(1), series.statistics(values, 1));
            double[] bad = values.clone();
            bad[round * 300 + 17] = bads[round % 3];
            bad[round * 300 + 18] = bads[(round + 1) % 3];
            IllegalArgumentException cold =
                    assertThrows(IllegalArgumentException.class, () -> EquitySample.of(bad, weights));
            IllegalArgumentException warm =
                    assertThrows(IllegalArgumentException.class, () -> series.statistics(bad, 1));
            assertEquals(cold.getMessage(), warm.getMessage());
            // Next: a small move (the last order would help) or a fresh draw.
            for (int i = 0; i < n; i++) {
                values[i] = round % 2 == 0
                        ? values[i] + (random.nextInt(20) == 0 ? random.nextInt(100) / 100.0 : 0)
                        : random.nextInt(1_000_000) / 100.0;
            }
        }
    }

    @Test
    void otherAversions_sameAsAColdSample() {
        double[] weights = {3, 0, 5, 1, 8, 2};
        EquitySeries series = new EquitySeries(weights);
        double[][] samples = {{10, Double.NaN, 4, 4, 7, 0.5}, {10.5, 1, 4, 3.9, 7, 0.5}, {0, 0, 4, 4, 4, 4}};
        for (double epsilon : new double[] {0, 0.5, 2, 30}) {
            for (double[] values : samples) {
                assertSameBits(
                        EquitySample.of(values, weights).statistics(epsilon), series.statistics(values, epsilon));
            }
        }
    }

    @Test
    void wholePupilsAddedUpOnce_largeOrFractionalWeightsInEachOrder_sameAsAColdSample() {
        // Whole-number weights adding up to at most 2^53 are added up once (every sum of them is exact);
        // past 2^53, or with fractions, in each sample's order as a cold sample adds them.
        double[][] weightSets = {
            {3, 0, 5, 1, 8, 2, 4},
            {0x1p52, 0x1p51, 1, 0, 0x1p50, 3, 7},
            {0x1p52, 0x1p52, 1, 0, 0x1p50, 3, 7},
            {0.5, 2, 1.25, 0, 3, 1, 7}
        };
        double[][] samples = {
            {10, 4, 4, 9, 7, 0.5, 3}, {10.5, 1, 4, 3.9, 7, 0.5, 3}, {1e-3, 1e6, 4, 4, 4, 4, 2}, {3, 3, 3, 3, 3, 3, 3}
        };
        for (double[] weights : weightSets) {
            EquitySeries series = new EquitySeries(weights);
            for (double[] values : samples) {
                assertSameBits(EquitySample.of(values, weights).statistics(1), series.statistics(values, 1));
            }
        }
    }

    @Test
    void noPupils_andNoSchools_asAColdSample() {
        assertSameBits(
                EquitySample.of(new double[] {Double.NaN}, new double[] {0}).statistics(1),
                new EquitySeries(new double[] {0}).statistics(new double[] {Double.NaN}, 1));
        assertSameBits(
                EquitySample.of(new double[0], new double[0]).statistics(1),
                new EquitySeries(new double[0]).statistics(new double[0], 1));
    }

    @Test
    void badAmountsAndWeights_sameMessagesAsAColdSample() {
        double[] weights = {1, 2, 3};
        double[] bad = {1, Double.NaN, 2};
        IllegalArgumentException cold =
                assertThrows(IllegalArgumentException.class, () -> EquitySample.of(bad, weights));
        EquitySeries series = new EquitySeries(weights);
        series.statistics(new double[] {1, 2, 3}, 1);
        IllegalArgumentException warm = assertThrows(IllegalArgumentException.class, () -> series.statistics(bad, 1));
        assertEquals(cold.getMessage(), warm.getMessage());
        assertThrows(IllegalArgumentException.class, () -> series.statistics(new double[] {1, 2}, 1));
        assertThrows(IllegalArgumentException.class, () -> series.statistics(new double[] {1, 2, 3}, -1));
        IllegalArgumentException weight = assertThrows(
                IllegalArgumentException.class, () -> EquitySample.of(new double[] {1, 1}, new double[] {1, -1}));
        assertEquals(
                weight.getMessage(),
                assertThrows(IllegalArgumentException.class, () -> new EquitySeries(new double[] {1, -1}))
                        .getMessage());
    }

    /** {@link #assertSameBits(EquityStatistics, EquityStatistics)}, saying where. */
    static void assertSameBits(EquityStatistics expected, EquityStatistics actual, String where) {
        try {
            assertSameBits(expected, actual);
        } catch (AssertionError e) {
            throw new AssertionError(where + ": " + e.getMessage(), e);
        }
    }

    /** Every component of the two records equal, doubles to the bit. */
    static void assertSameBits(EquityStatistics expected, EquityStatistics actual) {
        for (RecordComponent component : EquityStatistics.class.getRecordComponents()) {
            try {
                Object a = component.getAccessor().invoke(expected);
                Object b = component.getAccessor().invoke(actual);
                if (a instanceof Double da) {
                    assertEquals(
                            Double.doubleToRawLongBits(da),
                            Double.doubleToRawLongBits((Double) b),
                            component.getName() + ": " + a + " against " + b);
                } else {
                    assertEquals(a, b, component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }

    private static Gen<Series> series() {
        return in -> {
            int n = (int) in.next(Constraint.between(0, 300));
            double[] weights = new double[n];
            for (int i = 0; i < n; i++) {
                int kind = (int) in.next(Constraint.between(0, 9));
                weights[i] = kind == 0
                        ? 0
                        : kind == 1 ? in.next(Constraint.between(1, 999)) / 7.0 : in.next(Constraint.between(1, 2000));
            }
            List<double[]> samples = new ArrayList<>();
            double[] values = fresh(in, n);
            samples.add(values);
            int count = (int) in.next(Constraint.between(1, 12));
            for (int v = 0; v < count; v++) {
                values = vary(in, values);
                samples.add(values);
            }
            return new Series(weights, samples);
        };
    }

    /** Amounts from a few distinct values (many ties) or spread out. */
    private static double[] fresh(RandomnessSource in, int n) {
        boolean few = in.next(Constraint.between(0, 1)) == 0;
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] =
                    few ? 100 * in.next(Constraint.between(0, 5)) : in.next(Constraint.between(0, 1_000_000)) / 100.0;
        }
        return values;
    }

    /** The next sample: the last one scaled, moved a little here and there, a lot somewhere, or afresh. */
    private static double[] vary(RandomnessSource in, double[] last) {
        int n = last.length;
        double[] next = last.clone();
        int what = (int) in.next(Constraint.between(0, 6));
        switch (what) {
            case 0 -> { // every amount scaled, rounded to the satang: order kept except near ties
                double factor = 1 + (in.next(Constraint.between(-50, 50)) / 1000.0);
                for (int i = 0; i < n; i++) {
                    next[i] = Math.round(last[i] * factor * 100) / 100.0;
                }
            }
            case 1, 2 -> { // a share of the amounts moved a little
                int moved = n == 0 ? 0 : (int) in.next(Constraint.between(0, Math.max(1, n / 4)));
                for (int m = 0; m < moved; m++) {
                    int i = (int) in.next(Constraint.between(0, n - 1));
                    next[i] = Math.max(0, last[i] + in.next(Constraint.between(-300, 300)) / 100.0);
                }
            }
            case 3 -> { // a few moved a lot, up or down, or to 0
                int moved = n == 0 ? 0 : (int) in.next(Constraint.between(1, Math.max(1, n / 20)));
                for (int m = 0; m < moved; m++) {
                    int i = (int) in.next(Constraint.between(0, n - 1));
                    long to = in.next(Constraint.between(-1, 1_000_000));
                    next[i] = to < 0 ? -0.0 : to / 100.0;
                }
            }
            case 4 -> { // ties: amounts made equal to a neighbour's, or all equal
                boolean all = in.next(Constraint.between(0, 9)) == 0;
                for (int i = 1; i < n; i++) {
                    if (all || in.next(Constraint.between(0, 3)) == 0) {
                        next[i] = all ? 250 : next[i - 1];
                    }
                }
            }
            case 5 -> { // a block of neighbouring amounts moved up together
                if (n > 0) {
                    int from = (int) in.next(Constraint.between(0, n - 1));
                    int to = (int) in.next(Constraint.between(from, Math.min(n - 1, from + 30)));
                    double by = in.next(Constraint.between(1, 100_000)) / 100.0;
                    for (int i = from; i <= to; i++) {
                        next[i] = last[i] + by;
                    }
                }
            }
            default -> next = fresh(in, n);
        }
        return next;
    }
}

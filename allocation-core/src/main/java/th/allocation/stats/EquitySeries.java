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

import java.util.Objects;

/**
 * The equity statistics of one sample after another over the same schools with the same weights,
 * as a sweep makes them: each {@link #statistics} is that of {@link EquitySample#of(double[],
 * double[])} for the same columns, to the bit, but sorts the amounts from the order of the last
 * sample (nearly sorted already when the variants are close: about linear, see {@link
 * NearlySortedOrder}) and reuses its arrays, so that a sample costs no allocation of its size.
 *
 * <p>Not thread-safe: one per thread.
 */
public final class EquitySeries {
    private final double[] weights;
    private final int excluded;
    private final NearlySortedOrder order;
    private final double[] x;
    private final double[] w;
    /** The sum of the weights if they are whole numbers adding up to at most 2^53 (every sum exact); else NaN. */
    private final double wholePupils;

    /**
     * A series over schools of these weights.
     *
     * @param weights the weight of each school, finite and at least 0; schools of weight 0 are left out
     * @throws IllegalArgumentException if a weight is negative, infinite or NaN
     */
    public EquitySeries(double[] weights) {
        Objects.requireNonNull(weights, "weights");
        this.weights = weights.clone();
        int included = 0;
        for (int i = 0; i < weights.length; i++) {
            double weight = weights[i];
            if (!(weight >= 0 && weight < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(
                        "The weight (" + weight + ") of row " + i + " must be a finite number of pupils, at least 0.");
            }
            if (weight > 0) {
                included++;
            }
        }
        int[] rows = new int[included];
        for (int i = 0, k = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                rows[k++] = i;
            }
        }
        this.excluded = weights.length - included;
        // Pupils: whole numbers, whose sums are exact below 2^53 (then added up once, here).
        double total = 0;
        boolean whole = true;
        for (double weight : weights) {
            whole &= weight == Math.rint(weight);
            total += weight;
        }
        this.wholePupils = whole && total <= 0x1p53 ? total : Double.NaN;
        this.order = new NearlySortedOrder(rows);
        this.x = new double[included];
        this.w = new double[included];
    }

    /**
     * Every statistic of the sample of {@code perPupil} with this series' weights: {@code
     * EquitySample.of(perPupil, weights).statistics(atkinsonEpsilon)}, to the bit.
     *
     * @param perPupil the per-pupil amount of each school, finite and at least 0 (read only where the
     *     weight is positive)
     * @throws IllegalArgumentException if there is not one amount per school, an amount is NaN,
     *     infinite or negative, or {@code atkinsonEpsilon} is negative, infinite or NaN
     */
    public EquityStatistics statistics(double[] perPupil, double atkinsonEpsilon) {
        Objects.requireNonNull(perPupil, "perPupil");
        int n = weights.length;
        if (perPupil.length != n) {
            throw new IllegalArgumentException("Every column needs one entry per school: per-pupil amounts ("
                    + perPupil.length + "), weights (" + n + ").");
        }
        // The sort checks the amounts as it reads them; only if one is wrong are they read again, to
        // name the first.
        int[] rows = order.sort(perPupil);
        if (rows == null) {
            for (int i = 0; i < n; i++) {
                double value = perPupil[i];
                if (weights[i] > 0 && !(value >= 0 && value < Double.POSITIVE_INFINITY)) {
                    throw new IllegalArgumentException("The per-pupil amount (" + value + ") of row " + i
                            + " must be a finite amount, at least 0.\n"
                            + "Maybe it was divided by a zero pupil count: give schools without pupils weight 0"
                            + " and they are left out.");
                }
            }
            throw new IllegalStateException("The sort found an amount out of range that the check did not.");
        }
        EquitySample.checkEpsilon(atkinsonEpsilon);
        // The sorted copy (the amounts read back from the sort's keys, -0.0 as 0.0 as in SampleSorter)
        // and its sums in one pass; the sample never exists as an EquitySample
        // (whose mean would take a pass of its own): the statistics are computed on these arrays.
        SortedPasses.Totals totals = Double.isNaN(wholePupils)
                ? SortedPasses.Totals.gather(order.keys(), weights, rows, x, w)
                : SortedPasses.Totals.gatherWhole(order.keys(), weights, rows, x, w, wholePupils);
        return SortedPasses.statistics(x, w, excluded, totals, atkinsonEpsilon);
    }

    /**
     * How many samples were sorted from the last one's order, how many times all or part of one was
     * sorted afresh, and how many times rows that moved were split again.
     */
    long[] sorts() {
        return new long[] {order.repaired(), order.fresh(), order.nested()};
    }
}

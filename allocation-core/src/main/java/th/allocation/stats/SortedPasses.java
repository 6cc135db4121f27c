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

/**
 * Every statistic of {@link EquityStatistics} in three passes over a sorted sample and part of a
 * fourth, instead of a pass or more per measure: each pass carries the running sums of several
 * measures side by side. Each sum is the one the measure's own method makes ({@link EquitySample},
 * {@link PercentileMeasures}, {@link LorenzMeasures}, {@link EntropyMeasures}, Commons Math's
 * weighted {@code Mean} and {@code Variance}), term for term and in the same order, so every figure
 * is the same to the bit: only the loops are merged, and Java's floating point is strict (no fused
 * multiply-add, no reassociation), so merging them changes no result.
 *
 * <ol>
 *   <li>{@link Totals#of}: the pupils and the money (compensated sums), and the plain sums of the
 *       weights and of {@code w_i x_i} that Commons Math's weighted mean starts from (its {@code Sum}).
 *   <li>Forward, with the running pupils: the three percentiles, the Gini coefficient's sum and the
 *       weighted mean's correction term (so the mean is known at the end).
 *   <li>Forward, given the mean and the median: the weighted variance's two sums, Theil's T, the
 *       mean log deviation and the McLoone index's sums (the schools at or below the median).
 *   <li>Backward over the schools at or above the median: the Verstegen index's sums.
 * </ol>
 *
 * The Atkinson index for an aversion other than 1 takes one more pass ({@link EntropyMeasures#atkinson}).
 */
final class SortedPasses {
    private SortedPasses() {}

    /**
     * The first pass's sums over a sorted sample.
     *
     * @param pupils the sum of the weights, compensated ({@link CompensatedSum}), as {@link EquitySample#pupils()}
     * @param amount the sum of {@code w_i x_i}, compensated, as {@link EquitySample#amount()}
     * @param plainPupils the sum of the weights, plain, as Commons Math's {@code Sum} adds them
     * @param plainAmount the sum of {@code x_i w_i}, plain, as Commons Math's weighted {@code Sum} adds them
     * @param wholePupils whether the weights are whole numbers adding up to at most 2^53, so that
     *     every running sum of them is exact, in any order, and a compensated one the same as a plain one
     */
    record Totals(double pupils, double amount, double plainPupils, double plainAmount, boolean wholePupils) {
        /** The sums over {@code x} and {@code w}, in order. */
        static Totals of(double[] x, double[] w) {
            CompensatedSum sumW = new CompensatedSum();
            CompensatedSum sumWx = new CompensatedSum();
            double plainW = 0.0;
            double plainWx = 0.0;
            for (int k = 0; k < x.length; k++) {
                double weight = w[k];
                double product = weight * x[k];
                sumW.add(weight);
                sumWx.add(product);
                plainW += weight;
                plainWx += product; // x_i * w_i in Commons Math: the same product, multiplication commutes
            }
            return new Totals(sumW.value(), sumWx.value(), plainW, plainWx, false);
        }

        /**
         * Copies the amounts whose bit patterns are {@code keys} and the {@code weights} of
         * {@code rows}, in that order, into {@code x} and {@code w}, and returns their sums: {@link
         * #of} of the copies, in the same pass.
         */
        static Totals gather(long[] keys, double[] weights, int[] rows, double[] x, double[] w) {
            CompensatedSum sumW = new CompensatedSum();
            CompensatedSum sumWx = new CompensatedSum();
            double plainW = 0.0;
            double plainWx = 0.0;
            for (int k = 0; k < rows.length; k++) {
                double amount = Double.longBitsToDouble(keys[k]);
                double weight = weights[rows[k]];
                x[k] = amount;
                w[k] = weight;
                double product = weight * amount;
                sumW.add(weight);
                sumWx.add(product);
                plainW += weight;
                plainWx += product;
            }
            return new Totals(sumW.value(), sumWx.value(), plainW, plainWx, false);
        }

        /**
         * {@link #gather} for whole-number weights adding up to {@code pupils}, at most 2^53: every sum
         * of them is then exact, whatever the order, compensated or not, so only the money is added up.
         */
        static Totals gatherWhole(long[] keys, double[] weights, int[] rows, double[] x, double[] w, double pupils) {
            CompensatedSum sumWx = new CompensatedSum();
            double plainWx = 0.0;
            for (int k = 0; k < rows.length; k++) {
                double amount = Double.longBitsToDouble(keys[k]);
                double weight = weights[rows[k]];
                x[k] = amount;
                w[k] = weight;
                double product = weight * amount;
                sumWx.add(product);
                plainWx += product;
            }
            return new Totals(pupils, sumWx.value(), pupils, plainWx, true);
        }
    }

    /**
     * Commons Math 3.6.1's weighted mean, {@code Mean.evaluate(x, w)}: the plain sums' quotient
     * {@code xbar}, corrected by a second pass, {@code xbar + sum w_i (x_i - xbar) / sum w_i}. Its
     * check of the weights is left out: the sample's weights are all positive and finite already.
     * NaN for an empty sample.
     */
    static double mean(double[] x, double[] w, Totals totals) {
        if (x.length == 0) {
            return Double.NaN;
        }
        double xbar = totals.plainAmount() / totals.plainPupils();
        double correction = 0;
        for (int k = 0; k < x.length; k++) {
            correction += w[k] * (x[k] - xbar);
        }
        return xbar + correction / totals.plainPupils();
    }

    /**
     * Commons Math 3.6.1's weighted population variance, {@code new Variance(false).evaluate(x, w,
     * mean)} for two schools or more: {@code (sum w_i d_i^2 - (sum w_i d_i)^2 / sum w_i) / sum w_i}
     * with {@code d_i = x_i - mean}, the last sum plain as {@link Totals#plainPupils()}.
     */
    static double variance(double[] x, double[] w, double mean, double plainPupils) {
        double accum = 0.0;
        double accum2 = 0.0;
        for (int k = 0; k < x.length; k++) {
            double dev = x[k] - mean;
            accum += w[k] * (dev * dev);
            accum2 += w[k] * dev;
        }
        return (accum - (accum2 * accum2 / plainPupils)) / plainPupils;
    }

    /** Percentile's value where the running pupils meet its target exactly after school {@code k}. */
    private static double tie(double[] x, int k) {
        return k + 1 < x.length ? (x[k] + x[k + 1]) / 2 : x[k];
    }

    /** Every statistic of the sorted sample {@code x}, {@code w} (weights all positive), given its first pass. */
    static EquityStatistics statistics(double[] x, double[] w, int excluded, Totals totals, double epsilon) {
        int n = x.length;
        double pupils = totals.pupils();
        double amount = totals.amount();
        if (n == 0) {
            double none = Double.NaN;
            return new EquityStatistics(
                    0, excluded, pupils, none, none, none, none, none, none, none, none, none, none, none, none, none,
                    none, none, none, epsilon, none);
        }
        double min = x[0];
        double max = x[n - 1];
        boolean equal = min == max;

        // Pass 2: the running pupils give the percentiles (PercentileMeasures.percentile, each
        // stopping where its own loop would) and the Gini sum (LorenzMeasures.gini); the mean's
        // correction term rides along.
        double xbar = totals.plainAmount() / totals.plainPupils();
        double correction = 0;
        double target5 = 5 * pupils;
        double target50 = 50 * pupils;
        double target95 = 95 * pupils;
        double p5 = Double.NaN;
        double median = Double.NaN;
        double p95 = Double.NaN;
        boolean open5 = true;
        boolean open50 = true;
        boolean open95 = true;
        CompensatedSum cumulative = new CompensatedSum();
        CompensatedSum giniSum = new CompensatedSum();
        // Whole-number weights: the running pupils are exact, and the compensated sum's value the plain one.
        boolean whole = totals.wholePupils();
        double running = 0.0;
        double before = cumulative.value();
        for (int k = 0; k < n; k++) {
            double xk = x[k];
            double wk = w[k];
            correction += wk * (xk - xbar);
            giniSum.add(wk * xk * (2 * before + wk - pupils));
            double after;
            if (whole) {
                running += wk;
                after = running;
            } else {
                cumulative.add(wk);
                after = cumulative.value();
            }
            if (open5 | open50 | open95) {
                double scaled = after * 100;
                if (open5 && scaled >= target5) {
                    p5 = scaled == target5 ? tie(x, k) : xk;
                    open5 = false;
                }
                if (open50 && scaled >= target50) {
                    median = scaled == target50 ? tie(x, k) : xk;
                    open50 = false;
                }
                if (open95 && scaled >= target95) {
                    p95 = scaled == target95 ? tie(x, k) : xk;
                    open95 = false;
                }
            }
            before = after;
        }
        // A percentile's loop that never stops gives the largest amount.
        p5 = open5 ? max : p5;
        median = open50 ? max : median;
        p95 = open95 ? max : p95;
        double mean = xbar + correction / totals.plainPupils();
        boolean undefined = !(mean > 0);
        boolean allEqual = equal && min > 0;

        // Pass 3: given the mean and the median.
        double accum = 0.0;
        double accum2 = 0.0;
        CompensatedSum theil = new CompensatedSum();
        CompensatedSum logDeviation = new CompensatedSum();
        CompensatedSum moneyBelow = new CompensatedSum();
        CompensatedSum pupilsBelow = new CompensatedSum();
        boolean below = true;
        // A third of a national sample's amounts equal the one before: their logarithms are the same.
        double last = Double.NaN;
        double ratio = Double.NaN;
        double logRatio = Double.NaN;
        double logInverse = Double.NaN;
        for (int k = 0; k < n; k++) {
            double xk = x[k];
            double wk = w[k];
            double dev = xk - mean;
            accum += wk * (dev * dev);
            accum2 += wk * dev;
            if (xk != last) {
                last = xk;
                ratio = xk / mean;
                logRatio = xk > 0 ? Math.log(ratio) : Double.NaN;
                logInverse = Math.log(mean / xk);
            }
            if (xk > 0) {
                theil.add(wk * ratio * logRatio);
            }
            logDeviation.add(wk * logInverse);
            below = below && xk <= median;
            if (below) {
                moneyBelow.add(wk * xk);
                pupilsBelow.add(wk);
            }
        }
        double plainPupils = totals.plainPupils();
        double standardDeviation = equal ? 0.0 : Math.sqrt((accum - (accum2 * accum2 / plainPupils)) / plainPupils);

        // Pass 4, backward over the upper half: the Verstegen index (PercentileMeasures.verstegen).
        double verstegen = 1.0;
        if (!allEqual) {
            CompensatedSum moneyAbove = new CompensatedSum();
            CompensatedSum pupilsAbove = new CompensatedSum();
            for (int k = n - 1; k >= 0 && x[k] >= median; k--) {
                moneyAbove.add(w[k] * x[k]);
                pupilsAbove.add(w[k]);
            }
            verstegen = moneyAbove.value() / (median * pupilsAbove.value());
        }
        double meanLogDeviation = undefined ? Double.NaN : allEqual ? 0.0 : logDeviation.value() / pupils;
        double atkinson;
        if (undefined) {
            atkinson = Double.NaN;
        } else if (allEqual || epsilon == 0) {
            atkinson = 0.0;
        } else {
            atkinson = EntropyMeasures.atkinson(x, w, pupils, mean, epsilon, meanLogDeviation);
        }
        return new EquityStatistics(
                n,
                excluded,
                pupils,
                mean,
                standardDeviation,
                min,
                p5,
                median,
                p95,
                max,
                max - min,
                p95 - p5,
                (p95 - p5) / p5,
                undefined ? Double.NaN : allEqual ? 0.0 : standardDeviation / mean,
                allEqual ? 1.0 : moneyBelow.value() / (median * pupilsBelow.value()),
                verstegen,
                undefined ? Double.NaN : allEqual ? 0.0 : giniSum.value() / (pupils * amount),
                undefined ? Double.NaN : allEqual ? 0.0 : theil.value() / pupils,
                meanLogDeviation,
                epsilon,
                atkinson);
    }
}

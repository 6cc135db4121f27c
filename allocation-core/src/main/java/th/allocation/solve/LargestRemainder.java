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
package th.allocation.solve;

import th.allocation.internal.Selections;

/**
 * Rounds continuous amounts to whole units so that they add up to a given total exactly, by the
 * largest-remainder (Hamilton) method: every school first gets the whole part of its amount, then
 * the units still missing go one each to the schools with the largest fractional parts, ties to
 * the lower index (schools are in school-id order, so ties go to the lower id). A school never goes
 * below its floor or above its cap: those are whole units and the amounts lie between them.
 *
 * <p>Floating-point sums may leave the whole parts a unit or two away from the total in either
 * direction; the same rule then continues (or, for a surplus, takes a unit back from the smallest
 * fractional parts, ties to the higher index), always within the bounds.
 *
 * <p><b>Free parts paid on top (protections with excluded components).</b> A school's amount is then
 * {@code x + clamp(s * m, L, U)} with {@code x = s * e} its scaled excluded need, in general not a
 * whole number of units. {@code FormulaAllocator} rounds it within {@code [L + floor(x), U +
 * ceil(x)]}: the amount lies there, and the bounds add up to at most and at least the budget, so the
 * budget is met to the unit and always can be (a floor {@code L + ceil(x)} could not: two schools at
 * their floors with {@code x = 0.5} each share a budget of {@code 2L + 1}). What is guaranteed after
 * rounding is therefore: {@code allocation - floor(x) >= L} and {@code allocation - ceil(x) <= U}, in
 * units; measured against the excluded components as stated in the school's row (each scaled and
 * rounded to the satang), the protected part {@code allocation - stated excluded} falls short of a
 * floor, or exceeds a cap, by less than one rounding unit plus half a satang per excluded component.
 * With nothing excluded {@code x = 0} and every floor and cap holds exactly, as before.
 */
public final class LargestRemainder {
    /**
     * Buckets of the fractions by value ({@code floor(fraction * BUCKETS)}, fractions lying in [0, 1)):
     * the threshold is looked for only among the fractions of one bucket.
     */
    private static final int BUCKETS = 1024;

    private LargestRemainder() {}

    /**
     * Rounds {@code amounts} (in units, each within its bounds) to whole units within the same bounds
     * that add up to {@code total} exactly.
     */
    public static long[] round(double[] amounts, long[] lower, long[] upper, long total) {
        return new Work().round(amounts, lower, upper, total, new long[amounts.length]);
    }

    /**
     * The arrays a rounding works in, kept from one rounding to the next (a series of allocations of
     * one school table rounds with one {@code Work}); not thread-safe.
     */
    static final class Work {
        private double[] fraction = new double[0];
        /** The schools that may take (or give back) a unit, in school order, and their fractions. */
        private int[] index = new int[0];

        private double[] value = new double[0];
        /** The values of the bucket holding the threshold, to select from. */
        private double[] bucket = new double[0];

        private final int[] counts = new int[BUCKETS];

        private void ensure(int n) {
            if (fraction.length < n) {
                fraction = new double[n];
                index = new int[n];
                value = new double[n];
            }
        }

        /**
         * {@link LargestRemainder#round}, into {@code rounded} (of the amounts' length), which it
         * returns.
         */
        long[] round(double[] amounts, long[] lower, long[] upper, long total, long[] rounded) {
            int n = amounts.length;
            ensure(n);
            double[] fraction = this.fraction;
            long sum = 0;
            for (int i = 0; i < n; i++) {
                double amount = amounts[i];
                if (!Double.isFinite(amount)) {
                    throw new IllegalArgumentException("Amount " + i + " is not a finite number (" + amount + ").");
                }
                long whole = (long) Math.floor(amount);
                whole = Math.min(Math.max(whole, lower[i]), upper[i]);
                rounded[i] = whole;
                fraction[i] = amount - whole;
                sum = Math.addExact(sum, whole);
            }
            long missing = total - sum;
            if (Math.abs(missing) > n + 1) {
                // Amounts within floating-point error of the total miss it by less than a unit each.
                throw new IllegalArgumentException(
                        "The amounts add up to " + sum + " whole units but must be rounded to " + total + ".");
            }
            while (missing > 0) {
                long given = handOut(rounded, upper, missing, n);
                if (given == 0) {
                    throw new IllegalStateException(
                            "Rounding made no progress towards the total (" + missing + " units missing).");
                }
                missing -= given;
            }
            while (missing < 0) {
                long taken = takeBack(rounded, lower, -missing, n);
                if (taken == 0) {
                    throw new IllegalStateException(
                            "Rounding made no progress towards the total (" + -missing + " units too many).");
                }
                missing += taken;
            }
            return rounded;
        }

        /** Gives one unit to each of up to {@code count} schools with the largest fractions; returns how many. */
        private long handOut(long[] rounded, long[] upper, long count, int n) {
            int candidates = 0;
            for (int i = 0; i < n; i++) {
                if (rounded[i] < upper[i]) {
                    index[candidates] = i;
                    value[candidates++] = fraction[i];
                }
            }
            if (candidates == 0) {
                throw new IllegalStateException("Rounding cannot reach the total: every school is at its cap.");
            }
            int wanted = (int) Math.min(count, candidates);
            // The wanted-th largest fraction of the candidates, as a full sort would find it.
            double threshold = select(candidates, candidates - wanted);
            long given = 0;
            for (int c = 0; c < candidates && given < wanted; c++) {
                if (value[c] > threshold) {
                    int i = index[c];
                    rounded[i]++;
                    fraction[i] -= 1;
                    given++;
                }
            }
            for (int c = 0; c < candidates && given < wanted; c++) {
                if (value[c] == threshold) {
                    int i = index[c];
                    rounded[i]++;
                    fraction[i] -= 1;
                    given++;
                }
            }
            return given;
        }

        /** Takes one unit from each of up to {@code count} schools with the smallest fractions; returns how many. */
        private long takeBack(long[] rounded, long[] lower, long count, int n) {
            int candidates = 0;
            for (int i = 0; i < n; i++) {
                if (rounded[i] > lower[i]) {
                    index[candidates] = i;
                    value[candidates++] = fraction[i];
                }
            }
            if (candidates == 0) {
                throw new IllegalStateException("Rounding cannot reach the total: every school is at its floor.");
            }
            int wanted = (int) Math.min(count, candidates);
            double threshold = select(candidates, wanted - 1);
            long taken = 0;
            for (int c = 0; c < candidates && taken < wanted; c++) {
                if (value[c] < threshold) {
                    int i = index[c];
                    rounded[i]--;
                    fraction[i] += 1;
                    taken++;
                }
            }
            for (int c = candidates - 1; c >= 0 && taken < wanted; c--) {
                if (value[c] == threshold) {
                    int i = index[c];
                    rounded[i]--;
                    fraction[i] += 1;
                    taken++;
                }
            }
            return taken;
        }

        /**
         * The {@code k}-th smallest (from 0) of {@code value[0, count)}, leaving them in place: counts
         * the values by bucket, then selects within the bucket that holds rank {@code k}. The buckets
         * are ordered as the values are ({@link #bucketOf} never decreases as the value grows), so the
         * value found is the one a full sort puts at rank {@code k}, whatever the values.
         */
        private double select(int count, int k) {
            int[] counts = this.counts;
            java.util.Arrays.fill(counts, 0);
            double[] value = this.value;
            for (int c = 0; c < count; c++) {
                counts[bucketOf(value[c])]++;
            }
            int b = 0;
            int before = 0;
            while (before + counts[b] <= k) {
                before += counts[b++];
            }
            int size = counts[b];
            if (bucket.length < size) {
                bucket = new double[Math.max(size, 2 * bucket.length)];
            }
            int m = 0;
            for (int c = 0; c < count; c++) {
                if (bucketOf(value[c]) == b) {
                    bucket[m++] = value[c];
                }
            }
            return Selections.select(bucket, 0, m, k - before);
        }

        private static int bucketOf(double value) {
            // Fractions lie in [0, 1); others (a fraction less a unit given) fall in the end buckets.
            int b = (int) (value * BUCKETS);
            return b < 0 ? 0 : Math.min(b, BUCKETS - 1);
        }
    }
}

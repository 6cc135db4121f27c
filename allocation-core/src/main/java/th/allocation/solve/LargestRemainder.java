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
        /** The schools that may give back a unit, in school order, and their fractions. */
        private int[] index = new int[0];

        private double[] value = new double[0];
        /** The schools whose fractions fall in the bucket holding the threshold, in school order. */
        private int[] bucketIndex = new int[0];

        private double[] bucketValue = new double[0];
        /** The same values, to select from (selecting moves them). */
        private double[] selection = new double[0];

        /** How many schools that may take a unit have their fraction in each bucket. */
        private final int[] counts = new int[BUCKETS];

        private void ensure(int n) {
            if (fraction.length < n) {
                fraction = new double[n];
                index = new int[n];
                value = new double[n];
                bucketIndex = new int[n];
                bucketValue = new double[n];
                selection = new double[n];
            }
        }

        /**
         * The array for the schools' fractions, of at least {@code n} elements, with the bucket counts
         * cleared: a caller that rounds down itself fills them, as {@link #round} does, and calls {@link
         * #finish}.
         */
        double[] start(int n) {
            ensure(n);
            java.util.Arrays.fill(counts, 0);
            return fraction;
        }

        /** The bucket counts, cleared by {@link #start}, to count each school that may take a unit in. */
        int[] counts() {
            return counts;
        }

        /**
         * {@link LargestRemainder#round}, into {@code rounded} (of the amounts' length), which it
         * returns.
         */
        long[] round(double[] amounts, long[] lower, long[] upper, long total, long[] rounded) {
            int n = amounts.length;
            double[] fraction = start(n);
            int[] counts = this.counts;
            long sum = 0;
            int candidates = 0;
            for (int i = 0; i < n; i++) {
                double amount = amounts[i];
                if (!Double.isFinite(amount)) {
                    throw notFinite(i, amount);
                }
                long whole = (long) Math.floor(amount);
                whole = Math.min(Math.max(whole, lower[i]), upper[i]);
                rounded[i] = whole;
                double f = amount - whole;
                fraction[i] = f;
                sum = Math.addExact(sum, whole);
                if (whole < upper[i]) {
                    counts[bucketOf(f)]++;
                    candidates++;
                }
            }
            return finish(rounded, lower, upper, total, sum, n, candidates);
        }

        /** The failure of an amount that is not a finite number. */
        static IllegalArgumentException notFinite(int i, double amount) {
            return new IllegalArgumentException("Amount " + i + " is not a finite number (" + amount + ").");
        }

        /**
         * Hands out (or takes back) the units still missing, given the whole parts in {@code
         * rounded}, adding up to {@code sum}, the fractions in the array {@link #start} gave, and the
         * {@code candidates} schools below their cap counted by bucket in {@link #counts}.
         */
        long[] finish(long[] rounded, long[] lower, long[] upper, long total, long sum, int n, int candidates) {
            long missing = total - sum;
            if (Math.abs(missing) > n + 1) {
                // Amounts within floating-point error of the total miss it by less than a unit each.
                throw new IllegalArgumentException(
                        "The amounts add up to " + sum + " whole units but must be rounded to " + total + ".");
            }
            boolean counted = true;
            while (missing > 0) {
                long given = handOut(rounded, upper, missing, n, counted ? candidates : -1);
                counted = false;
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

        /**
         * Gives one unit to each of up to {@code count} schools with the largest fractions; returns how
         * many. {@code candidates} is how many schools are below their cap, counted by bucket in
         * {@link #counts}, or -1 if they are still to be counted.
         *
         * <p>The threshold, the {@code wanted}-th largest fraction of the candidates, lies in the
         * bucket {@code t} where the counts from the top reach {@code wanted}: every candidate in a
         * higher bucket has a larger fraction and takes a unit, whatever its place; those of bucket
         * {@code t} are kept in school order, the threshold selected among them, and they take a unit
         * as the plain method gives them (above the threshold, then at it from the lowest school).
         */
        private long handOut(long[] rounded, long[] upper, long count, int n, int candidates) {
            double[] fraction = this.fraction;
            int[] counts = this.counts;
            if (candidates < 0) {
                java.util.Arrays.fill(counts, 0);
                candidates = 0;
                for (int i = 0; i < n; i++) {
                    if (rounded[i] < upper[i]) {
                        counts[bucketOf(fraction[i])]++;
                        candidates++;
                    }
                }
            }
            if (candidates == 0) {
                throw new IllegalStateException("Rounding cannot reach the total: every school is at its cap.");
            }
            int wanted = (int) Math.min(count, candidates);
            // The bucket of the wanted-th largest, and how many larger ones lie in higher buckets.
            int t = BUCKETS - 1;
            int above = 0;
            while (above + counts[t] < wanted) {
                above += counts[t--];
            }
            long given = 0;
            int m = 0;
            int[] bucketIndex = this.bucketIndex;
            double[] bucketValue = this.bucketValue;
            // Without a branch on whether a school takes a unit: about half the candidates do, in no
            // order a processor could predict. (Subtracting 0 from a fraction leaves it as it was.)
            for (int i = 0; i < n; i++) {
                long whole = rounded[i];
                double f = fraction[i];
                int b = bucketOf(f);
                boolean candidate = whole < upper[i];
                int give = candidate & b > t ? 1 : 0;
                rounded[i] = whole + give;
                fraction[i] = f - give;
                given += give;
                if (candidate & b == t) {
                    bucketIndex[m] = i;
                    bucketValue[m++] = f;
                }
            }
            System.arraycopy(bucketValue, 0, selection, 0, m);
            double threshold = Selections.select(selection, 0, m, m - (wanted - above));
            for (int c = 0; c < m && given < wanted; c++) {
                if (bucketValue[c] > threshold) {
                    int i = bucketIndex[c];
                    rounded[i]++;
                    fraction[i] -= 1;
                    given++;
                }
            }
            for (int c = 0; c < m && given < wanted; c++) {
                if (bucketValue[c] == threshold) {
                    int i = bucketIndex[c];
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
            System.arraycopy(value, 0, selection, 0, candidates);
            double threshold = Selections.select(selection, 0, candidates, wanted - 1);
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

        /** The bucket of a fraction: never decreasing as the fraction grows, whatever its value. */
        static int bucketOf(double value) {
            // Fractions lie in [0, 1); others (a fraction less a unit given) fall in the end buckets.
            int b = (int) (value * BUCKETS);
            return b < 0 ? 0 : Math.min(b, BUCKETS - 1);
        }
    }
}

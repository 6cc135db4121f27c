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
    private LargestRemainder() {}

    /**
     * Rounds {@code amounts} (in units, each within its bounds) to whole units within the same bounds
     * that add up to {@code total} exactly.
     */
    public static long[] round(double[] amounts, long[] lower, long[] upper, long total) {
        int n = amounts.length;
        long[] rounded = new long[n];
        double[] fraction = new double[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(amounts[i])) {
                throw new IllegalArgumentException("Amount " + i + " is not a finite number (" + amounts[i] + ").");
            }
            long whole = (long) Math.floor(amounts[i]);
            whole = Math.min(Math.max(whole, lower[i]), upper[i]);
            rounded[i] = whole;
            fraction[i] = amounts[i] - whole;
            sum = Math.addExact(sum, whole);
        }
        long missing = total - sum;
        if (Math.abs(missing) > n + 1) {
            // Amounts within floating-point error of the total miss it by less than a unit each.
            throw new IllegalArgumentException(
                    "The amounts add up to " + sum + " whole units but must be rounded to " + total + ".");
        }
        while (missing > 0) {
            long given = handOut(rounded, fraction, upper, missing);
            if (given == 0) {
                throw new IllegalStateException(
                        "Rounding made no progress towards the total (" + missing + " units missing).");
            }
            missing -= given;
        }
        while (missing < 0) {
            long taken = takeBack(rounded, fraction, lower, -missing);
            if (taken == 0) {
                throw new IllegalStateException(
                        "Rounding made no progress towards the total (" + -missing + " units too many).");
            }
            missing += taken;
        }
        return rounded;
    }

    /** Gives one unit to each of up to {@code count} schools with the largest fractions; returns how many. */
    private static long handOut(long[] rounded, double[] fraction, long[] upper, long count) {
        int n = rounded.length;
        double[] eligible = new double[n];
        int candidates = 0;
        for (int i = 0; i < n; i++) {
            eligible[i] = rounded[i] < upper[i] ? fraction[i] : Double.NEGATIVE_INFINITY;
            if (rounded[i] < upper[i]) {
                candidates++;
            }
        }
        if (candidates == 0) {
            throw new IllegalStateException("Rounding cannot reach the total: every school is at its cap.");
        }
        long wanted = Math.min(count, candidates);
        double threshold = Selections.select(eligible.clone(), 0, n, (int) (n - wanted));
        long given = 0;
        for (int i = 0; i < n && given < wanted; i++) {
            if (eligible[i] > threshold) {
                rounded[i]++;
                fraction[i] -= 1;
                given++;
            }
        }
        for (int i = 0; i < n && given < wanted; i++) {
            if (eligible[i] == threshold) {
                rounded[i]++;
                fraction[i] -= 1;
                given++;
            }
        }
        return given;
    }

    /** Takes one unit from each of up to {@code count} schools with the smallest fractions; returns how many. */
    private static long takeBack(long[] rounded, double[] fraction, long[] lower, long count) {
        int n = rounded.length;
        double[] eligible = new double[n];
        int candidates = 0;
        for (int i = 0; i < n; i++) {
            eligible[i] = rounded[i] > lower[i] ? fraction[i] : Double.POSITIVE_INFINITY;
            if (rounded[i] > lower[i]) {
                candidates++;
            }
        }
        if (candidates == 0) {
            throw new IllegalStateException("Rounding cannot reach the total: every school is at its floor.");
        }
        long wanted = Math.min(count, candidates);
        double threshold = Selections.select(eligible.clone(), 0, n, (int) (wanted - 1));
        long taken = 0;
        for (int i = 0; i < n && taken < wanted; i++) {
            if (eligible[i] < threshold) {
                rounded[i]--;
                fraction[i] += 1;
                taken++;
            }
        }
        for (int i = n - 1; i >= 0 && taken < wanted; i--) {
            if (eligible[i] == threshold) {
                rounded[i]--;
                fraction[i] += 1;
                taken++;
            }
        }
        return taken;
    }
}

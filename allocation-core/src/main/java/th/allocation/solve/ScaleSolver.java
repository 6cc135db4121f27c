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

import th.allocation.InfeasibleException;
import th.allocation.model.Baht;

/**
 * Finds the scale factor {@code lambda} at which the clamped, scaled needs add up to the budget:
 *
 * <pre>T(lambda) = sum over schools s of (lambda * free(s) + clamp(lambda * need(s), floor(s), cap(s))) = budget</pre>
 *
 * <p>{@code free(s)} is a part of the school's need paid on top of its bounded part, scaled like the
 * rest and bounded by nothing (the components a scenario's protections leave out, such as a lump
 * sum); without it ({@code free} null or all 0) the solver is the one it was before free parts
 * existed, to the bit: every added term is skipped.
 *
 * <p><b>Why the scaling stays exact with a free part.</b> Each school's amount {@code a(lambda) =
 * lambda * e + clamp(lambda * m, L, U)} (with {@code e = free >= 0}, {@code m = need >= 0} and
 * {@code 0 <= L <= U}, a floor above its cap having been raised to it) is the sum of a linear
 * function with slope {@code e >= 0} and the clamp, which is constant ({@code L}) up to {@code
 * L/m}, linear with slope {@code m >= 0} up to {@code U/m}, then constant ({@code U}); each piece
 * meets the next where it ends, so the clamp is continuous, non-decreasing and piecewise linear with
 * breakpoints {@code L/m} and {@code U/m} only ({@code m = 0}: constant {@code L}, no breakpoint).
 * A sum of continuous, non-decreasing, piecewise linear functions is one, with the union of their
 * breakpoints; so is {@code T}, with the same breakpoints as without free parts and, on each
 * segment, slope {@code sum of e + sum of m of the schools strictly between their bounds}. The
 * segment search below relies on nothing else: the segment where {@code T} crosses the budget is
 * found as before, and its linear equation {@code lambda = (budget - C) / (E + S)} ({@code E} the
 * free parts' sum) is solved exactly. With a free part {@code T} grows without bound, so no cap
 * can make the budget unreachable.
 *
 * <p>{@code T} is continuous, non-decreasing and piecewise linear in {@code lambda}, with a breakpoint
 * where each school reaches its floor ({@code floor/need}) or its cap ({@code cap/need}). The solver
 * finds the segment on which {@code T} crosses the budget, between the largest breakpoint at which
 * {@code T} is below the budget and the smallest at which it reaches it, and solves the segment's
 * linear equation exactly:
 * {@code lambda = (budget - C) / S}, where {@code C} sums the bounds of the schools held at a bound
 * and {@code S} the needs of the free ones. No iteration can stop short.
 *
 * <p><b>Finding the segment</b> ({@link ScaleSearch}) takes O(n) time, most of it in one pass over
 * the schools ({@link KeyPass}) that also finds each school's breakpoints and the sums the checks
 * below need. Given a hint (the scale of a similar problem: in a sweep, the last variant's scale
 * moved on by the last step), the search looks at six probes around it, {@code 0.92}, {@code 0.996},
 * {@code 0.9998}, {@code 1.0002}, {@code 1.004} and {@code 1.08} times the hint; without one, around
 * a rough hint, the budget over the needs' sum (the scale without floors and caps), at {@code 0.8},
 * {@code 0.95}, {@code 0.99}, {@code 1.01}, {@code 1.05} and {@code 1.25} times it. The pass adds up
 * {@code T} by full passes at the two middle probes, and at the outer four only where those two do
 * not straddle the budget ({@code T} being monotone, the outer ones then lie on the same sides); it
 * also settles the schools for the interval between the two middle probes: a school whose two
 * breakpoints lie outside an interval is at its floor, at its cap or in proportion to its need for
 * every scale in it, and enters {@code T} through running sums. The probes bound the interval of
 * scales in question (the largest below the budget, the smallest reaching it). When the two middle
 * ones straddle the scale, as a well predicted hint's do, the search starts from the few schools
 * that pass left in question; otherwise (or without a hint) a second pass settles the schools for
 * the interval found. Each round of the search then takes a Newton step from the probe nearest the
 * budget ({@code T} being piecewise linear with many small pieces, it lands close to the root) and
 * probes just below and just above its target, visiting only the schools in question, so the
 * interval usually shrinks to a small part of itself; when both probes fall on one side they move
 * apart (with no upper end yet, from the lower end by its slope). Once few schools remain, their
 * breakpoints inside the interval are sorted and searched. (A binary search over all breakpoints'
 * ranks with a full pass per probe took O(n log n) and most of the time of a national allocation.)
 * On a large table the passes run in parallel blocks ({@link Blocks}), with the same decisions.
 *
 * <p>Each probe's decision, {@code T(key) >= budget}, is the one a full pass in school order
 * ({@link #total}) gives: where the running sums and a full pass could disagree, within a relative
 * {@value #TIE} of the budget, the full pass decides. As a full pass is monotone in the scale, the
 * segment found is exactly the one a search with full passes finds, and so is the solution, to the
 * bit.
 *
 * <p>Amounts are in rounding units; floors and caps are whole units.
 */
final class ScaleSolver {
    /**
     * Below this relative distance of the budget a probe's decision is taken by a full pass. The
     * running sums and a full pass each err by at most about {@code n * 2^-53} of the total (1.7e-10 at
     * 1.5 million schools), so farther from the budget they cannot decide differently.
     */
    static final double TIE = 1e-8;

    private ScaleSolver() {}

    /** The solution: the scale factor and each school's continuous amount, in units. */
    record Solution(double scale, double[] amounts) {}

    static Solution solve(double[] need, long[] lower, long[] upper, long budget, long unitSatang) {
        return solve(need, lower, upper, budget, unitSatang, Double.NaN);
    }

    static Solution solve(double[] need, long[] lower, long[] upper, long budget, long unitSatang, double hint) {
        return solve(need, null, lower, upper, budget, unitSatang, hint);
    }

    /**
     * {@link #solve(double[], long[], long[], long, long)}, looking for the scale first around {@code
     * hint} if it is a positive number (the scale of a similar problem, such as the previous variant
     * of a sweep): the segment, and so the solution, is the same whatever the hint.
     */
    static Solution solve(
            double[] need, double[] free, long[] lower, long[] upper, long budget, long unitSatang, double hint) {
        return solve(
                need,
                free,
                lower,
                upper,
                budget,
                unitSatang,
                hint,
                ScaleSearch.HINT_PROBES,
                new Work(need.length),
                true);
    }

    /**
     * The arrays a solution works in, kept from one solution to the next by a series of allocations of
     * one school table (the amounts of a {@link Solution} found with it live here until the next);
     * not thread-safe.
     */
    static final class Work {
        final double[] lowKey;
        final double[] highKey;
        final double[] amounts;
        final int[] active;
        /** The schools in proportion to their need for the whole window between the two middle probes. */
        final int[] windowFree;
        /** The schools in question after the first pass, kept from the search (which settles them). */
        final int[] question;
        /** The probes around a hint, and the full passes' totals there. */
        final double[] probes = new double[ScaleSearch.HINT_PROBES.length];

        final double[] probeTotals = new double[ScaleSearch.HINT_PROBES.length];

        final ScaleSearch.Start start = new ScaleSearch.Start();

        Work(int n) {
            lowKey = new double[n];
            highKey = new double[n];
            amounts = new double[n];
            active = new int[n];
            windowFree = new int[n];
            question = new int[n];
        }
    }

    /**
     * {@link #solve(double[], double[], long[], long[], long, long, double)} in {@code work}, whose
     * arrays have the schools' length; without {@code amounts}, the solution's amounts are null where
     * they are {@code clamp(scale * need, lower, upper) + scale * free} (the caller computes them), and
     * given only where the budget meets the floors or the caps exactly.
     */
    static Solution solve(
            double[] need,
            double[] free,
            long[] lower,
            long[] upper,
            long budget,
            long unitSatang,
            double hint,
            double[] factors,
            Work work,
            boolean amounts) {
        int n = need.length;
        double[] lowKey = work.lowKey;
        double[] highKey = work.highKey;
        double[] into = work.amounts;
        int probeCount = ScaleSearch.probes(hint, factors, work.probes);
        double[] probes = work.probes;
        double[] probeTotals = work.probeTotals;
        ScaleSearch.Start start = work.start;
        start.clear();
        // One pass (in blocks on a large table): the sums the checks need, each school's breakpoints,
        // full passes' totals at the probes around the hint, and the schools settled for the probes
        // just either side of the hint (where the search starts when they straddle the scale, as a
        // predicted hint's do).
        KeyPass pass = KeyPass.run(
                need,
                free,
                lower,
                upper,
                lowKey,
                highKey,
                work.active,
                work.windowFree,
                probes,
                probeCount,
                probeTotals,
                budget);
        int questionCount = 0;
        if (probeCount == ScaleSearch.HINT_PROBES.length) {
            questionCount = pass.activeCount;
            System.arraycopy(work.active, 0, work.question, 0, questionCount);
            start.set(
                    probes[2],
                    probes[3],
                    pass.windowFixed,
                    pass.windowSlope,
                    pass.keyBelow,
                    pass.keyAbove,
                    pass.floorTotal,
                    pass.activeCount);
        }
        double freeSum = pass.freeSum;
        long floorSum = pass.floorSum;
        long capacity = pass.capacity;
        boolean unbounded = pass.unbounded;
        int keyCount = pass.keyCount;
        if (floorSum > budget) {
            throw new InfeasibleException("Floors add up to " + money(floorSum, unitSatang) + " but the budget is "
                    + money(budget, unitSatang) + ". Raise the budget by at least "
                    + money(floorSum - budget, unitSatang) + ", or lower the floors (floors.min_per_pupil,"
                    + " floors.percent_of_previous).");
        }
        unbounded |= freeSum > 0;
        if (keyCount == 0 && freeSum == 0 && floorSum < budget) {
            throw new InfeasibleException("The rule gives every school a need of 0, so a budget of "
                    + money(budget, unitSatang) + " cannot be shared out (floors take "
                    + money(floorSum, unitSatang) + "). Maybe the school file has no pupils; or leave out the"
                    + " budget to allocate what the rule gives.");
        }
        if (!unbounded && capacity < budget) {
            throw new InfeasibleException("Caps allow at most " + money(capacity, unitSatang) + " in all but the"
                    + " budget is " + money(budget, unitSatang) + ". Lower the budget by at least "
                    + money(budget - capacity, unitSatang) + ", or raise the caps (caps.percent_of_previous);"
                    + " schools the rule gives no need stay at their floor and cannot take the rest.");
        }
        if (floorSum == budget) {
            for (int i = 0; i < n; i++) {
                into[i] = lower[i];
            }
            return new Solution(0, into);
        }
        if (!unbounded && capacity == budget) {
            // Every school with need at its cap (a unit given exactly its schools' caps, say): the scale is
            // the smallest that caps them all, and schools without need stay at their floor.
            double scale = 0;
            for (int i = 0; i < n; i++) {
                into[i] = need[i] > 0 ? upper[i] : lower[i];
                if (need[i] > 0) {
                    scale = Math.max(scale, upper[i] / need[i]);
                }
            }
            return new Solution(scale, into);
        }
        double[] segment = ScaleSearch.search(
                new SegmentProbe(need, free, freeSum, lower, upper, lowKey, highKey, budget, work.active),
                budget,
                freeSum,
                probes,
                probeTotals,
                probeCount,
                work.start);
        double left = segment[0];
        double right = segment[1];
        long fixed = 0;
        double slope = 0;
        if (work.start.used && left < right) {
            // The search started from the window's schools: each school the first pass settled for the
            // window is at the same bound, or in proportion, for the segment (see windowSlope).
            fixed = pass.windowFixed;
            int[] question = work.question;
            int freeCount = 0;
            for (int a = 0; a < questionCount; a++) {
                int i = question[a]; // with need
                if (lowKey[i] >= right) {
                    fixed += lower[i];
                } else if (highKey[i] <= left) {
                    fixed += upper[i];
                } else {
                    question[freeCount++] = i;
                }
            }
            slope = windowSlope(need, work.windowFree, pass.windowFreeCount, question, freeCount);
        } else {
            for (int i = 0; i < n; i++) {
                double m = need[i];
                boolean atFloor = !(m > 0) || lowKey[i] >= right;
                boolean atCap = !atFloor && highKey[i] <= left;
                fixed += atFloor ? lower[i] : atCap ? upper[i] : 0;
                // Adding +0.0 for a school at a bound leaves the sum as it was (it never is -0.0).
                slope += atFloor | atCap ? 0.0 : m;
            }
        }
        if (freeSum > 0) {
            slope += freeSum;
        }
        double scale = slope > 0 ? (budget - fixed) / slope : right;
        scale = Math.min(Math.max(scale, left), right);
        if (!amounts) {
            return new Solution(scale, null);
        }
        if (freeSum > 0) {
            for (int i = 0; i < n; i++) {
                into[i] = clamp(scale * need[i], lower[i], upper[i]) + scale * free[i];
            }
        } else {
            for (int i = 0; i < n; i++) {
                into[i] = clamp(scale * need[i], lower[i], upper[i]);
            }
        }
        return new Solution(scale, into);
    }

    /**
     * The needs of the schools in proportion to their need for the segment, added up in school order
     * as the pass over every school adds them: those of the window ({@code window}, {@code windowCount}
     * of them) and those of the schools in question that turned out free ({@code others}, {@code
     * otherCount}), both in school order, merged.
     *
     * <p>Why the window's schools are the segment's too: the search started from the window, so the
     * segment {@code [left, right]} it returns lies between the largest breakpoint of a settled school
     * at or below the window and the smallest at or above it ({@link SegmentProbe#finish}). A school
     * the first pass found at its floor for the whole window has {@code lowKey >= right}; at its cap,
     * {@code highKey <= left < right}, so not at its floor either; in proportion, {@code lowKey <=
     * left < right <= highKey}: the pass over every school classifies each the same way, and adds
     * the needs of the free ones in school order, skipping (adding +0.0 to) the others.
     */
    private static double windowSlope(double[] need, int[] window, int windowCount, int[] others, int otherCount) {
        double slope = 0;
        int b = 0;
        int next = otherCount > 0 ? others[0] : Integer.MAX_VALUE;
        for (int a = 0; a < windowCount; a++) {
            int i = window[a];
            while (next < i) {
                slope += need[next];
                next = ++b < otherCount ? others[b] : Integer.MAX_VALUE;
            }
            slope += need[i];
        }
        for (; b < otherCount; b++) {
            slope += need[others[b]];
        }
        return slope;
    }

    /**
     * Whether {@code total}, added up in some order, lies so near {@code budget} that a pass in school
     * order might decide {@code total >= budget} otherwise ({@link SegmentProbe#decide} gives 0).
     */
    static boolean near(double total, long budget) {
        return !(total >= budget * (1 + TIE)) && !(total < budget * (1 - TIE));
    }

    static double clamp(double value, long lower, long upper) {
        return value < lower ? lower : value > upper ? upper : value;
    }

    /** T at {@code scale} by a full pass over the schools, in school order. */
    static double total(double scale, double[] need, long[] lower, long[] upper) {
        return total(scale, need, null, lower, upper);
    }

    /** T at {@code scale} by a full pass over the schools, in school order, with free parts ({@code free} may be null). */
    static double total(double scale, double[] need, double[] free, long[] lower, long[] upper) {
        double sum = 0;
        for (int i = 0; i < need.length; i++) {
            sum += clamp(scale * need[i], lower[i], upper[i]);
            if (free != null && free[i] > 0) {
                sum += scale * free[i];
            }
        }
        return sum;
    }

    private static String money(long units, long unitSatang) {
        return Baht.display(Math.multiplyExact(units, unitSatang));
    }
}

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
 * <p><b>Finding the segment</b> ({@link #segment}) takes O(n) time. The scales in question form an
 * interval (below, above). Each round takes a Newton step from the probe nearest the budget
 * ({@code T} being piecewise linear with many small pieces, it lands close to the root) and probes
 * just below and just above its target, so the interval usually shrinks to a small part of itself;
 * when both probes fall on one side they move apart. A school whose two breakpoints lie outside the interval is at its floor, at its cap or
 * in proportion to its need for every scale in it, and enters {@code T} through running sums; only
 * the others are visited by a probe. Once few schools remain, their breakpoints inside the interval
 * are sorted and searched. (A binary search over all breakpoints' ranks with a full pass per probe
 * took O(n log n) and most of the time of a national allocation.)
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

    /** Below this many schools in question, their breakpoints are sorted and searched. */
    private static final int FEW = 64;

    /** The distance of each probe from the Newton step's target, as a share of the step, after a hit. */
    private static final double SPREAD = 0.05;

    /**
     * The probes around a hint, as factors of it, decided by full passes together with the
     * breakpoints' pass: close either side, for a hint that predicts the scale (a sweep's previous
     * scales), then wider, for one that only comes near it.
     */
    private static final double[] HINT_PROBES = {0.92, 0.996, 0.9998, 1.0002, 1.004, 1.08};

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
        return solve(need, free, lower, upper, budget, unitSatang, hint, new Work(need.length), true);
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
        /** The probes around a hint, and the full passes' totals there. */
        final double[] probes = new double[HINT_PROBES.length];

        final double[] probeTotals = new double[HINT_PROBES.length];

        final Start start = new Start();

        Work(int n) {
            lowKey = new double[n];
            highKey = new double[n];
            amounts = new double[n];
            active = new int[n];
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
            Work work,
            boolean amounts) {
        int n = need.length;
        double[] lowKey = work.lowKey;
        double[] highKey = work.highKey;
        double[] into = work.amounts;
        int probeCount = probes(hint, work.probes);
        double[] probes = work.probes;
        double[] probeTotals = work.probeTotals;
        java.util.Arrays.fill(probeTotals, 0);
        boolean window = probeCount == HINT_PROBES.length;
        // One pass: the sums the checks need, each school's breakpoints, full passes (in school order,
        // as total() adds) at the probes around the hint, and the schools settled for the probes just
        // either side of the hint (where the search starts when they straddle the scale, as a
        // predicted hint's do).
        double freeSum = 0;
        long floorSum = 0;
        long capacity = 0;
        boolean unbounded = false;
        int keyCount = 0;
        double p0 = probes[0];
        double p1 = probes[1];
        double p2 = probes[2];
        double p3 = probes[3];
        double p4 = probes[4];
        double p5 = probes[5];
        double t0 = 0;
        double t1 = 0;
        double t2 = 0;
        double t3 = 0;
        double t4 = 0;
        double t5 = 0;
        Start start = work.start;
        start.clear();
        int[] active = work.active;
        int activeCount = 0;
        long windowFixed = 0;
        double windowSlope = 0;
        double keyBelow = 0;
        double keyAbove = Double.POSITIVE_INFINITY;
        double floorTotal = 0;
        for (int i = 0; i < n; i++) {
            double m = need[i];
            long low = lower[i];
            long high = upper[i];
            double e = free == null ? 0 : free[i];
            freeSum += e;
            floorSum = Math.addExact(floorSum, low);
            double lowKeyOf = 0;
            double highKeyOf = 0;
            if (m > 0) {
                keyCount += high == SchoolBounds.UNCAPPED ? 1 : 2;
                if (high == SchoolBounds.UNCAPPED) {
                    unbounded = true;
                } else {
                    capacity = Math.addExact(capacity, high);
                }
                lowKeyOf = low / m;
                highKeyOf = high == SchoolBounds.UNCAPPED ? Double.POSITIVE_INFINITY : high / m;
            } else {
                capacity = Math.addExact(capacity, low);
            }
            lowKey[i] = lowKeyOf;
            highKey[i] = highKeyOf;
            if (!window) {
                for (int k = 0; k < probeCount; k++) {
                    double scale = probes[k];
                    double t = probeTotals[k] + clamp(scale * m, low, high);
                    if (e > 0) {
                        t += scale * e;
                    }
                    probeTotals[k] = t;
                }
                continue;
            }
            // Branch-free clamps: they differ from clamp() only in the sign of a zero, which adds the same.
            double lowD = low;
            double highD = high;
            t0 += sumClamp(p0 * m, lowD, highD);
            t1 += sumClamp(p1 * m, lowD, highD);
            t2 += sumClamp(p2 * m, lowD, highD);
            t3 += sumClamp(p3 * m, lowD, highD);
            t4 += sumClamp(p4 * m, lowD, highD);
            t5 += sumClamp(p5 * m, lowD, highD);
            if (e > 0) {
                t0 += p0 * e;
                t1 += p1 * e;
                t2 += p2 * e;
                t3 += p3 * e;
                t4 += p4 * e;
                t5 += p5 * e;
            }
            // As Probe.start settles the schools for the interval (p2, p3).
            floorTotal += low;
            if (!(m > 0)) {
                windowFixed += low;
            } else if (lowKeyOf >= p3) {
                windowFixed += low;
                keyAbove = Math.min(keyAbove, lowKeyOf);
            } else if (highKeyOf <= p2) {
                windowFixed += high;
                keyBelow = Math.max(keyBelow, highKeyOf);
            } else if (lowKeyOf <= p2 && highKeyOf >= p3) {
                windowSlope += m;
                keyBelow = Math.max(keyBelow, lowKeyOf);
                keyAbove = Math.min(keyAbove, highKeyOf);
            } else {
                active[activeCount++] = i;
            }
        }
        if (window) {
            probeTotals[0] = t0;
            probeTotals[1] = t1;
            probeTotals[2] = t2;
            probeTotals[3] = t3;
            probeTotals[4] = t4;
            probeTotals[5] = t5;
            start.set(p2, p3, windowFixed, windowSlope, keyBelow, keyAbove, floorTotal, activeCount);
        }
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
        double[] segment = search(
                new Probe(need, free, freeSum, lower, upper, lowKey, highKey, budget, work.active),
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
        for (int i = 0; i < n; i++) {
            double m = need[i];
            boolean atFloor = !(m > 0) || lowKey[i] >= right;
            boolean atCap = !atFloor && highKey[i] <= left;
            fixed += atFloor ? lower[i] : atCap ? upper[i] : 0;
            // Adding +0.0 for a school at a bound leaves the sum as it was (it never is -0.0).
            slope += atFloor | atCap ? 0.0 : m;
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
     * The segment of the solution: {@code {left, right}}, where {@code left} is the largest
     * breakpoint (a finite {@code lowKey} or {@code highKey} of a school with need) at which
     * {@link #total} is below {@code budget}, or 0 if there is none, and {@code right} the smallest at
     * which it reaches the budget, or +Infinity if there is none. Expects {@code total(0) < budget}.
     */
    static double[] segment(double[] need, long[] lower, long[] upper, double[] lowKey, double[] highKey, long budget) {
        return segment(need, lower, upper, lowKey, highKey, budget, Double.NaN);
    }

    /**
     * {@link #segment(double[], long[], long[], double[], double[], long)}, probing first a little
     * either side of {@code hint} if it is a positive number: where the scale lies close to the hint,
     * the first round leaves few schools in question. The decisions are those of a full pass, so the
     * segment is the same whatever the hint.
     */
    static double[] segment(
            double[] need, long[] lower, long[] upper, double[] lowKey, double[] highKey, long budget, double hint) {
        return segment(need, null, 0, lower, upper, lowKey, highKey, budget, hint);
    }

    /**
     * {@link #segment(double[], long[], long[], double[], double[], long, double)} with free parts
     * ({@code free} may be null when {@code freeSum} is 0): {@code T} is then greater by {@code
     * lambda * freeSum}, with the same breakpoints.
     */
    static double[] segment(
            double[] need,
            double[] free,
            double freeSum,
            long[] lower,
            long[] upper,
            double[] lowKey,
            double[] highKey,
            long budget,
            double hint) {
        double[] probes = new double[HINT_PROBES.length];
        int count = probes(hint, probes);
        double[] totals = new double[count];
        for (int k = 0; k < count; k++) {
            totals[k] = total(probes[k], need, free, lower, upper);
        }
        Probe probe = new Probe(need, free, freeSum, lower, upper, lowKey, highKey, budget, new int[need.length]);
        return search(probe, budget, freeSum, probes, totals, count, new Start());
    }

    /**
     * The probes around {@code hint} ({@link #HINT_PROBES} times it), into {@code probes}; how many (none
     * unless the hint is a positive number).
     */
    static int probes(double hint, double[] probes) {
        if (!(hint > 0 && hint < Double.POSITIVE_INFINITY)) {
            return 0;
        }
        int count = 0;
        for (double factor : HINT_PROBES) {
            double scale = hint * factor;
            if (scale > 0 && scale < Double.POSITIVE_INFINITY) {
                probes[count++] = scale;
            }
        }
        return count;
    }

    /**
     * The segment, given the full passes' totals at some probes ({@code totals[k]} at {@code
     * probes[k]}, in school order as {@link #total} adds): they decide where the search starts; the
     * rest is decided among the schools in question.
     */
    private static double[] search(
            Probe probe, long budget, double freeSum, double[] probes, double[] totals, int count, Start start) {
        // The interval of scales in question: a full pass is below the budget at `below` and reaches it
        // at `above`.
        double below = 0;
        double above = Double.POSITIVE_INFINITY;
        double belowTotal = Double.NaN;
        double aboveTotal = Double.NaN;
        for (int k = 0; k < count; k++) {
            if (totals[k] >= budget) {
                if (probes[k] < above) {
                    above = probes[k];
                    aboveTotal = totals[k];
                }
            } else if (probes[k] > below) {
                below = probes[k];
                belowTotal = totals[k];
            }
        }
        if (start.below == below && start.above == above && below > 0) {
            probe.start(start);
        } else {
            probe.start(below, above);
        }
        if (below == 0) {
            belowTotal = probe.floorTotal;
        }
        // The probe nearest the budget so far, and T's slope there, for the next Newton step (the
        // secant between the ends, if both are known).
        double nearScale = below;
        double nearTotal = belowTotal;
        double nearSlope = 0;
        if (above < Double.POSITIVE_INFINITY) {
            nearSlope = (aboveTotal - belowTotal) / (above - below);
            if (Math.abs(aboveTotal - budget) < Math.abs(belowTotal - budget)) {
                nearScale = above;
                nearTotal = aboveTotal;
            }
        }
        double spread = SPREAD;
        for (int round = 0; probe.activeCount > FEW && round < 100; round++) {
            double width = above - below;
            double[] scales;
            if (above == Double.POSITIVE_INFINITY) {
                // No upper end yet: start at the scale that would meet the budget without bounds, then double.
                scales = new double[] {below == 0 ? budget / (probe.activeNeed() + freeSum) : 2 * below};
            } else {
                // T is piecewise linear with many small pieces: a Newton step from the probe nearest the
                // budget lands close to the root. Probe on either side of it, so that the interval
                // shrinks to a small part of itself when the root lies between; else move further apart.
                double root = nearScale + (budget - nearTotal) / nearSlope;
                if (!(root > below && root < above)) {
                    root = below + width / 2;
                }
                double offset = spread * Math.abs(root - nearScale) + Math.ulp(root);
                double low = Math.max(root - offset, below + (root - below) / 2);
                double high = Math.min(root + offset, above - (above - root) / 2);
                scales = new double[] {low, high};
            }
            boolean straddled = scales.length == 2;
            for (double scale : scales) {
                if (!(scale > below && scale < above)) {
                    straddled = false;
                    continue;
                }
                double total = probe.total(scale);
                int decision = probe.decide(total);
                if (decision == 0 && scales.length == 1) {
                    decision = probe.reaches(scale, total) ? 1 : -1;
                }
                if (decision > 0) {
                    above = scale;
                } else if (decision < 0) {
                    below = scale;
                } else {
                    straddled = false; // within the tie band: decided later, among the breakpoints
                }
                if (Math.abs(total - budget) <= Math.abs(nearTotal - budget)) {
                    nearScale = scale;
                    nearTotal = total;
                    nearSlope = probe.slope;
                }
            }
            straddled &= below == scales[0] && above == scales[scales.length - 1];
            if (!(above - below < width)) {
                break; // nothing decided: leave the rest to the search of the breakpoints
            }
            spread = straddled ? SPREAD : Math.min(4 * spread, 1);
            probe.settle(below, above);
        }
        return probe.finish(below, above);
    }

    /**
     * The schools settled for an interval (below, above) by the breakpoints' pass, as {@link
     * Probe#start(double, double)} settles them, the others in the work's active array; an empty
     * interval if none.
     */
    static final class Start {
        double below;
        double above;
        long fixed;
        double slopeNeed;
        double keyBelow;
        double keyAbove;
        double floorTotal;
        int activeCount;

        void clear() {
            below = Double.NaN;
            above = Double.NaN;
        }

        void set(
                double below,
                double above,
                long fixed,
                double slopeNeed,
                double keyBelow,
                double keyAbove,
                double floorTotal,
                int activeCount) {
            this.below = below;
            this.above = above;
            this.fixed = fixed;
            this.slopeNeed = slopeNeed;
            this.keyBelow = keyBelow;
            this.keyAbove = keyAbove;
            this.floorTotal = floorTotal;
            this.activeCount = activeCount;
        }
    }

    /** The schools still in question for a segment search, and the running sums of the settled ones. */
    private static final class Probe {
        private final double[] need;
        private final double[] free;
        private final double freeSum;
        private final long[] lower;
        private final long[] upper;
        private final double[] lowKey;
        private final double[] highKey;
        private final long budget;
        /** Bounds of the settled schools at a bound, in units (exact). */
        long fixedUnits;
        /** Needs of the settled schools in proportion to need. */
        double slopeNeed;
        /** T at 0 (every school at its floor), added up by {@link #start}. */
        double floorTotal;

        private final int[] active;
        int activeCount;
        /** The largest breakpoint seen at or below the interval, 0 if none; the smallest at or above it. */
        double keyBelow;

        double keyAbove = Double.POSITIVE_INFINITY;

        Probe(
                double[] need,
                double[] free,
                double freeSum,
                long[] lower,
                long[] upper,
                double[] lowKey,
                double[] highKey,
                long budget,
                int[] active) {
            this.need = need;
            this.free = free;
            this.freeSum = freeSum;
            this.lower = lower;
            this.upper = upper;
            this.lowKey = lowKey;
            this.highKey = highKey;
            this.budget = budget;
            this.active = active;
        }

        /** Starts from the schools settled for {@code start}'s interval, those in question already in the active array. */
        void start(Start start) {
            fixedUnits = start.fixed;
            slopeNeed = start.slopeNeed;
            keyBelow = start.keyBelow;
            keyAbove = start.keyAbove;
            floorTotal = start.floorTotal;
            activeCount = start.activeCount;
        }

        /**
         * Puts in question the schools with need that have a breakpoint strictly inside (below, above),
         * where a full pass is below the budget at {@code below} (or it is 0) and reaches it at {@code
         * above}; settles the others as {@link #settle} does.
         */
        void start(double below, double above) {
            int kept = 0;
            for (int i = 0; i < need.length; i++) {
                floorTotal += lower[i];
                if (!(need[i] > 0)) {
                    fixedUnits += lower[i];
                } else if (!settled(i, below, above)) {
                    active[kept++] = i;
                }
            }
            activeCount = kept;
        }

        /**
         * Settles school {@code i} if it has no breakpoint strictly inside (below, above): adds it to
         * the running sums, notes its breakpoints, and returns true; false if it stays in question.
         */
        private boolean settled(int i, double below, double above) {
            double low = lowKey[i];
            double high = highKey[i];
            if (low >= above) {
                fixedUnits += lower[i];
                keyAbove = Math.min(keyAbove, low);
            } else if (high <= below) {
                fixedUnits += upper[i];
                keyBelow = Math.max(keyBelow, high);
            } else if (low <= below && high >= above) {
                slopeNeed += need[i];
                keyBelow = Math.max(keyBelow, low);
                keyAbove = Math.min(keyAbove, high); // +Infinity (no cap) is no breakpoint and changes nothing
            } else {
                return false;
            }
            return true;
        }

        /** The needs of the schools in question. */
        double activeNeed() {
            double sum = 0;
            for (int a = 0; a < activeCount; a++) {
                sum += need[active[a]];
            }
            return sum;
        }

        /** +1 if {@code total} (from running sums) surely reaches the budget, -1 if surely not, 0 if too close to tell. */
        int decide(double total) {
            return total >= budget * (1 + TIE) ? 1 : total < budget * (1 - TIE) ? -1 : 0;
        }

        /** T's slope at the last scale {@link #total(double)} was called with: the needs of the schools not at a bound. */
        double slope;

        /** T at {@code scale}, from the running sums and the schools in question; sets {@link #slope}. */
        double total(double scale) {
            double sum = fixedUnits + scale * slopeNeed;
            double free = slopeNeed;
            for (int a = 0; a < activeCount; a++) {
                int i = active[a];
                double amount = scale * need[i];
                if (amount < lower[i]) {
                    sum += lower[i];
                } else if (amount > upper[i]) {
                    sum += upper[i];
                } else {
                    sum += amount;
                    free += need[i];
                }
            }
            if (freeSum > 0) {
                sum += scale * freeSum;
                free += freeSum;
            }
            slope = free;
            return sum;
        }

        /** Whether a full pass at {@code scale} reaches the budget, given {@code total}, T from the running sums. */
        boolean reaches(double scale, double total) {
            int decision = decide(total);
            return decision != 0 ? decision > 0 : ScaleSolver.total(scale, need, free, lower, upper) >= budget;
        }

        /** Settles the schools with no breakpoint strictly inside (below, above), noting their breakpoints. */
        void settle(double below, double above) {
            int kept = 0;
            for (int a = 0; a < activeCount; a++) {
                int i = active[a];
                if (!settled(i, below, above)) {
                    active[kept++] = i;
                }
            }
            activeCount = kept;
        }

        /** Sorts and searches the breakpoints still inside (below, above); returns {left, right}. */
        double[] finish(double below, double above) {
            double[] inside = new double[2 * activeCount];
            int count = 0;
            for (int a = 0; a < activeCount; a++) {
                int i = active[a];
                for (double key : new double[] {lowKey[i], highKey[i]}) {
                    if (key <= below) {
                        keyBelow = Math.max(keyBelow, key);
                    } else if (key >= above) {
                        keyAbove = Math.min(keyAbove, key);
                    } else {
                        inside[count++] = key;
                    }
                }
            }
            java.util.Arrays.sort(inside, 0, count);
            // The smallest inside breakpoint at which T reaches the budget; count if none.
            int low = 0;
            int high = count;
            while (low < high) {
                int mid = (low + high) >>> 1;
                double key = inside[mid];
                if (reaches(key, total(key))) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            double left = low > 0 ? Math.max(keyBelow, inside[low - 1]) : keyBelow;
            double right = low < count ? Math.min(keyAbove, inside[low]) : keyAbove;
            return new double[] {left, right};
        }
    }

    /**
     * {@link #clamp} for a sum, without branches: the same value, except that it may give +0.0 where
     * clamp gives -0.0, which adds the same to a sum that does not start at -0.0.
     */
    private static double sumClamp(double value, double lower, double upper) {
        return Math.min(Math.max(value, lower), upper);
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

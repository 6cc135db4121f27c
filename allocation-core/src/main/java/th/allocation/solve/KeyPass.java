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

import th.allocation.internal.ParallelBlocks;

/**
 * {@link ScaleSolver}'s first pass over the schools, or one block of it: each school's breakpoints,
 * the sums the solver's checks need, {@code T} at the probes around a hint, and the schools settled
 * for the interval between the two middle probes (as {@link SegmentProbe#start(double, double)}
 * settles them), the others listed as in question.
 *
 * <p>On one thread the pass adds up in school order, as it always has. In parallel blocks ({@link
 * Blocks}) the whole-number sums are exact whatever the blocks; the probes' totals, added block by
 * block, may differ from a pass in school order in the last bits, so a total within {@link
 * ScaleSolver#TIE} of the budget is added up again in school order: every decision a probe takes is
 * a full pass's. (The other floating-point sums only steer the search, and a pass with free parts,
 * whose sum enters the solution, runs on one thread.)
 */
final class KeyPass {
    private final double[] need;
    private final double[] free;
    private final long[] lower;
    private final long[] upper;
    private final double[] lowKey;
    private final double[] highKey;
    private final int[] active;
    private final int[] windowFree;
    private final double[] probes;
    private final int probeCount;
    private final boolean window;

    double freeSum;
    long floorSum;
    long capacity;
    boolean unbounded;
    int keyCount;
    final double[] totals;
    long windowFixed;
    double windowSlope;
    double keyBelow;
    double keyAbove = Double.POSITIVE_INFINITY;
    double floorTotal;
    int activeCount;
    /** How many schools are in proportion to their need for the whole window, listed in {@code windowFree}. */
    int windowFreeCount;

    private KeyPass(
            double[] need,
            double[] free,
            long[] lower,
            long[] upper,
            double[] lowKey,
            double[] highKey,
            int[] active,
            int[] windowFree,
            double[] probes,
            int probeCount,
            double[] totals) {
        this.need = need;
        this.free = free;
        this.lower = lower;
        this.upper = upper;
        this.lowKey = lowKey;
        this.highKey = highKey;
        this.active = active;
        this.windowFree = windowFree;
        this.probes = probes;
        this.probeCount = probeCount;
        this.window = probeCount == ScaleSearch.HINT_PROBES.length;
        this.totals = totals;
    }

    /**
     * The pass over all schools, in blocks where the table is large and there are no free parts,
     * its probes' totals into {@code totals} (which it clears), its schools in question at the
     * start of {@code active} and, with a window, the schools in proportion to their need for the
     * whole window at the start of {@code windowFree}, both in school order.
     */
    static KeyPass run(
            double[] need,
            double[] free,
            long[] lower,
            long[] upper,
            double[] lowKey,
            double[] highKey,
            int[] active,
            int[] windowFree,
            double[] probes,
            int probeCount,
            double[] totals,
            long budget) {
        int n = need.length;
        java.util.Arrays.fill(totals, 0);
        KeyPass all =
                new KeyPass(need, free, lower, upper, lowKey, highKey, active, windowFree, probes, probeCount, totals);
        int blocks = free == null ? Blocks.count(n) : 1;
        if (blocks == 1) {
            all.pass(0, n);
        } else {
            all.blocks(n, blocks, budget);
        }
        if (all.window) {
            all.outerProbes(budget);
        }
        return all;
    }

    /**
     * The totals at the four outer probes, given those at the two middle ones: T being non-decreasing
     * in the scale (as a full pass is: each school's clamp is, and rounded addition keeps the order),
     * where the middle two straddle the budget the outer ones lie on the same sides, and only which
     * side they lie on is used (the search starts from the largest probe below the budget and the
     * smallest reaching it); otherwise they are added up by a pass of their own, in school order.
     */
    private void outerProbes(long budget) {
        double below = totals[2];
        double above = totals[3];
        if (below < budget && above >= budget) {
            totals[0] = below;
            totals[1] = below;
            totals[4] = above;
            totals[5] = above;
            return;
        }
        double p0 = probes[0];
        double p1 = probes[1];
        double p4 = probes[4];
        double p5 = probes[5];
        double t0 = 0;
        double t1 = 0;
        double t4 = 0;
        double t5 = 0;
        for (int i = 0; i < need.length; i++) {
            double m = need[i];
            double low = lower[i];
            double high = upper[i];
            t0 += sumClamp(p0 * m, low, high);
            t1 += sumClamp(p1 * m, low, high);
            t4 += sumClamp(p4 * m, low, high);
            t5 += sumClamp(p5 * m, low, high);
            double e = free == null ? 0 : free[i];
            if (e > 0) {
                t0 += p0 * e;
                t1 += p1 * e;
                t4 += p4 * e;
                t5 += p5 * e;
            }
        }
        totals[0] = t0;
        totals[1] = t1;
        totals[4] = t4;
        totals[5] = t5;
    }

    /** The pass in {@code blocks} parallel blocks over {@code n} schools, combined in block order. */
    private void blocks(int n, int blocks, long budget) {
        KeyPass[] parts = new KeyPass[blocks];
        ParallelBlocks.run(n, blocks, (b, from, to) -> {
            KeyPass part = new KeyPass(
                    need,
                    null,
                    lower,
                    upper,
                    lowKey,
                    highKey,
                    active,
                    windowFree,
                    probes,
                    probeCount,
                    new double[totals.length]);
            part.pass(from, to);
            parts[b] = part;
        });
        for (int b = 0; b < blocks; b++) {
            add(parts[b], ParallelBlocks.start(n, blocks, b));
        }
        for (int k = 0; k < probeCount; k++) {
            if (ScaleSolver.near(totals[k], budget)) {
                totals[k] = ScaleSolver.total(probes[k], need, null, lower, upper);
            }
        }
    }

    /** Adds block {@code part}, which starts at school {@code from}, after the blocks before it. */
    private void add(KeyPass part, int from) {
        freeSum += part.freeSum;
        floorSum = Math.addExact(floorSum, part.floorSum);
        capacity = Math.addExact(capacity, part.capacity);
        unbounded |= part.unbounded;
        keyCount += part.keyCount;
        for (int k = 0; k < probeCount; k++) {
            totals[k] += part.totals[k];
        }
        windowFixed += part.windowFixed;
        windowSlope += part.windowSlope;
        keyBelow = Math.max(keyBelow, part.keyBelow);
        keyAbove = Math.min(keyAbove, part.keyAbove);
        floorTotal += part.floorTotal;
        System.arraycopy(active, from, active, activeCount, part.activeCount);
        activeCount += part.activeCount;
        System.arraycopy(windowFree, from, windowFree, windowFreeCount, part.windowFreeCount);
        windowFreeCount += part.windowFreeCount;
    }

    /** The pass over schools {@code from} to {@code to - 1}, its schools in question listed from {@code from}. */
    private void pass(int from, int to) {
        double[] need = this.need;
        double[] free = this.free;
        long[] lower = this.lower;
        long[] upper = this.upper;
        double[] lowKey = this.lowKey;
        double[] highKey = this.highKey;
        double[] probes = this.probes;
        double[] probeTotals = this.totals;
        int probeCount = this.probeCount;
        boolean window = this.window;
        double freeSum = 0;
        long floorSum = 0;
        long capacity = 0;
        boolean unbounded = false;
        int keyCount = 0;
        double p2 = window ? probes[2] : 0;
        double p3 = window ? probes[3] : 0;
        double t2 = 0;
        double t3 = 0;
        int[] active = this.active;
        int activeCount = from;
        int[] windowFree = this.windowFree;
        int windowFreeCount = from;
        long windowFixed = 0;
        double windowSlope = 0;
        double keyBelow = 0;
        double keyAbove = Double.POSITIVE_INFINITY;
        double floorTotal = 0;
        for (int i = from; i < to; i++) {
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
                    double t = probeTotals[k] + ScaleSolver.clamp(scale * m, low, high);
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
            t2 += sumClamp(p2 * m, lowD, highD);
            t3 += sumClamp(p3 * m, lowD, highD);
            if (e > 0) {
                t2 += p2 * e;
                t3 += p3 * e;
            }
            // As SegmentProbe.start settles the schools for the interval (p2, p3).
            floorTotal += low;
            if (!(m > 0)) {
                windowFixed += low;
            } else if (lowKeyOf >= p3) {
                windowFixed += low;
                // Compared, not Math.min: a new nearest breakpoint is seldom found, and the compare
                // does not make each school wait for the last one's minimum. (Keys are never NaN or -0.0.)
                if (lowKeyOf < keyAbove) {
                    keyAbove = lowKeyOf;
                }
            } else if (highKeyOf <= p2) {
                windowFixed += high;
                if (highKeyOf > keyBelow) {
                    keyBelow = highKeyOf;
                }
            } else if (lowKeyOf <= p2 && highKeyOf >= p3) {
                windowSlope += m;
                if (lowKeyOf > keyBelow) {
                    keyBelow = lowKeyOf;
                }
                if (highKeyOf < keyAbove) {
                    keyAbove = highKeyOf;
                }
                windowFree[windowFreeCount++] = i;
            } else {
                active[activeCount++] = i;
            }
        }
        if (window) {
            probeTotals[2] = t2;
            probeTotals[3] = t3;
        }
        this.freeSum = freeSum;
        this.floorSum = floorSum;
        this.capacity = capacity;
        this.unbounded = unbounded;
        this.keyCount = keyCount;
        this.windowFixed = windowFixed;
        this.windowSlope = windowSlope;
        this.keyBelow = keyBelow;
        this.keyAbove = keyAbove;
        this.floorTotal = floorTotal;
        this.activeCount = activeCount - from;
        this.windowFreeCount = windowFreeCount - from;
    }

    /**
     * {@link ScaleSolver#clamp} for a sum, without branches: the same value, except that it may give
     * +0.0 where clamp gives -0.0, which adds the same to a sum that does not start at -0.0.
     */
    private static double sumClamp(double value, double lower, double upper) {
        return Math.min(Math.max(value, lower), upper);
    }
}

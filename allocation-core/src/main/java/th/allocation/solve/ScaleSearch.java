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

/**
 * The search for the segment on which {@code T} crosses the budget, as {@link ScaleSolver} describes
 * it: the probes around a hint, whose totals the solver's pass over the schools adds up; the Newton
 * rounds over the schools still in question ({@link SegmentProbe}); and the sorted search of the last
 * few breakpoints. Every decision is a full pass's, so the segment does not depend on the hint.
 */
final class ScaleSearch {
    /** Below this many schools in question, their breakpoints are sorted and searched. */
    private static final int FEW = 64;

    /** The distance of each probe from the Newton step's target, as a share of the step, after a hit. */
    private static final double SPREAD = 0.05;

    /**
     * The probes around a hint, as factors of it, decided by full passes together with the
     * breakpoints' pass: close either side, for a hint that predicts the scale (a sweep's previous
     * scales), then wider, for one that only comes near it.
     */
    static final double[] HINT_PROBES = {0.92, 0.996, 0.9998, 1.0002, 1.004, 1.08};

    /**
     * The probes around a rough hint, such as the budget over the needs' sum (what the scale would be
     * without floors and caps), as factors of it: as many as {@link #HINT_PROBES}, wider apart.
     */
    static final double[] ROUGH_PROBES = {0.8, 0.95, 0.99, 1.01, 1.05, 1.25};

    private ScaleSearch() {}

    /**
     * The segment of the solution: {@code {left, right}}, where {@code left} is the largest
     * breakpoint (a finite {@code lowKey} or {@code highKey} of a school with need) at which
     * {@link ScaleSolver#total} is below {@code budget}, or 0 if there is none, and {@code right} the smallest at
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
            totals[k] = ScaleSolver.total(probes[k], need, free, lower, upper);
        }
        SegmentProbe probe =
                new SegmentProbe(need, free, freeSum, lower, upper, lowKey, highKey, budget, new int[need.length]);
        return search(probe, budget, freeSum, probes, totals, count, new Start());
    }

    /**
     * The probes around {@code hint} ({@link #HINT_PROBES} times it), into {@code probes}; how many (none
     * unless the hint is a positive number).
     */
    static int probes(double hint, double[] probes) {
        return probes(hint, HINT_PROBES, probes);
    }

    /** The probes around {@code hint}, {@code factors} times it, into {@code probes}; how many. */
    static int probes(double hint, double[] factors, double[] probes) {
        if (!(hint > 0 && hint < Double.POSITIVE_INFINITY)) {
            return 0;
        }
        int count = 0;
        for (double factor : factors) {
            double scale = hint * factor;
            if (scale > 0 && scale < Double.POSITIVE_INFINITY) {
                probes[count++] = scale;
            }
        }
        return count;
    }

    /**
     * The segment, given the full passes' totals at some probes ({@code totals[k]} at {@code
     * probes[k]}, in school order as {@link ScaleSolver#total} adds): they decide where the search starts; the
     * rest is decided among the schools in question.
     */
    static double[] search(
            SegmentProbe probe, long budget, double freeSum, double[] probes, double[] totals, int count, Start start) {
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
            start.used = true;
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
            double belowBefore = below;
            double aboveBefore = above;
            double[] scales;
            if (above == Double.POSITIVE_INFINITY) {
                // No upper end yet: start at the scale that would meet the budget without bounds; then
                // probe either side of a Newton step from the lower end (T's slope there known), or,
                // without one, double.
                double root = nearScale == below && nearSlope > 0 ? below + (budget - nearTotal) / nearSlope : 0;
                if (below == 0) {
                    scales = new double[] {budget / (probe.activeNeed() + freeSum)};
                } else if (root > below && root < Double.POSITIVE_INFINITY) {
                    double offset = spread * (root - below) + Math.ulp(root);
                    scales = new double[] {Math.max(root - offset, below + (root - below) / 2), root + offset};
                } else {
                    scales = new double[] {2 * below};
                }
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
            if (below == belowBefore && above == aboveBefore) {
                break; // nothing decided: leave the rest to the search of the breakpoints
            }
            spread = straddled ? SPREAD : Math.min(4 * spread, 1);
            probe.settle(below, above);
        }
        return probe.finish(below, above);
    }

    /**
     * The schools settled for an interval (below, above) by the breakpoints' pass, as {@link
     * SegmentProbe#start(double, double)} settles them, the others in the work's active array; an empty
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
        /** Whether the search started from these schools. */
        boolean used;

        void clear() {
            below = Double.NaN;
            above = Double.NaN;
            used = false;
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
}

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
package th.allocation.optimise;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import th.allocation.internal.AscendingOrder;

/**
 * The spending at every pair kink at once, by one sort and one sweep: the pair kinks of a set of
 * schools in ascending order (with 0, where every search starts), and at each an estimate of the
 * spending {@code sum over schools of clamp(cost_s(z), floor, cap)}, each group's sum clamped to its
 * envelope.
 *
 * <p>Each school's clamped cost is continuous and piecewise linear in the level, with a corner at
 * each of its pair kinks and where it meets its floor or cap; it is constant below its lowest kink
 * (every piece bought) and above its highest (nothing bought). Its slope changes at those corners are
 * the sweep's events, sorted once; a first sweep finds where each group's sum meets its envelope
 * maximum and minimum (a group is free in between, held outside), a second adds up the slopes of the
 * schools outside groups and of the free groups, and so the spending, from kink to kink.
 *
 * <p>The estimates are sums in another order than a full pass's, so they may round differently: they
 * only say where to look. {@link #segment} takes every decision from the full pass it is given,
 * starting at the estimate's kink and moving out from it where the full pass disagrees, so that the
 * segment is the one a binary search over the same kinks with a full pass per probe finds.
 */
final class LevelSweep {
    /** The pair kinks, ascending and distinct, starting at 0; the last is the top kink. */
    private final double[] level;
    /** The estimated spending at each. */
    private final double[] estimate;

    /**
     * The kinks and estimates of the schools {@code members}.
     *
     * @param groupOf each school's envelope group (-1 for none), or null to clamp no group
     */
    LevelSweep(Funding f, int[] members, int[] groupOf) {
        PairCurves curves = f.curves;
        int m = f.m;
        int bound = 0;
        for (int s : members) {
            bound += curves.start[s * m + m] - curves.start[s * m] + m + 2;
        }
        // Events: a level, the change of slope there, and the school (its complement for a floor or cap).
        double[] at = new double[bound];
        double[] change = new double[bound];
        int[] who = new int[bound];
        int groups = groupOf == null ? 0 : f.groups;
        double[] groupAtZero = new double[groups];
        double alone = 0;
        double[] kinks = new double[m * curves.mostKinks];
        double[] pointAt = new double[kinks.length + 2];
        double[] pointValue = new double[kinks.length + 2];
        boolean[] pointKink = new boolean[kinks.length + 2];
        int events = 0;
        for (int s : members) {
            double lower = f.lower[s];
            double upper = f.upper[s];
            int count = 0;
            for (int p = s * m; p < s * m + m; p++) {
                count = curves.kinks(p, kinks, count);
            }
            int points = 0;
            if (count == 0) {
                pointAt[0] = 0;
                pointValue[0] = Math.min(upper, Math.max(lower, 0));
                points = 1;
            } else {
                Arrays.sort(kinks, 0, count);
                double lastAt = 0;
                double lastCost = 0;
                for (int i = 0; i < count; i++) {
                    double z = kinks[i];
                    if (i > 0 && z == lastAt) {
                        continue;
                    }
                    double cost = curves.schoolCost(s, z);
                    if (i > 0) {
                        // Costs fall with the level: the cap is met first, then the floor.
                        points = crossing(lastAt, lastCost, z, cost, upper, pointAt, pointValue, pointKink, points);
                        points = crossing(lastAt, lastCost, z, cost, lower, pointAt, pointValue, pointKink, points);
                    }
                    pointAt[points] = z;
                    pointValue[points] = Math.min(upper, Math.max(lower, cost));
                    pointKink[points++] = true;
                    lastAt = z;
                    lastCost = cost;
                }
            }
            int g = groupOf == null ? -1 : groupOf[s];
            if (g >= 0) {
                groupAtZero[g] += pointValue[0];
            } else {
                alone += pointValue[0];
            }
            double slopeBefore = 0;
            for (int i = 0; i < points; i++) {
                double slope = i + 1 < points ? (pointValue[i + 1] - pointValue[i]) / (pointAt[i + 1] - pointAt[i]) : 0;
                if (pointKink[i] || slope != slopeBefore) {
                    at[events] = pointAt[i];
                    change[events] = slope - slopeBefore;
                    who[events++] = pointKink[i] ? s : ~s;
                }
                slopeBefore = slope;
            }
        }
        int[] order = AscendingOrder.of(Arrays.copyOf(at, events));
        GroupCrossings crossings = GroupCrossings.of(f, groupOf, groupAtZero, order, at, change, who);
        // The second sweep: the spending from kink to kink.
        double[] levels = new double[events + 1];
        double[] estimates = new double[events + 1];
        double value = alone;
        boolean[] free = new boolean[groups];
        double[] groupSlope = new double[groups];
        for (int g = 0; g < groups; g++) {
            value += Math.min(f.groupUpper[g], Math.max(f.groupLower[g], groupAtZero[g]));
            free[g] = groupAtZero[g] > f.groupLower[g] && groupAtZero[g] <= f.groupUpper[g];
        }
        int kept = 1; // levels[0] = 0
        estimates[0] = value;
        double slope = 0;
        double last = 0;
        int next = 0;
        for (int e : order) {
            double z = at[e];
            for (; next < crossings.count && crossings.at[next] <= z; next++) {
                value += slope * (crossings.at[next] - last);
                last = crossings.at[next];
                int g = crossings.group[next];
                free[g] = crossings.enters[next];
                slope += crossings.enters[next] ? groupSlope[g] : -groupSlope[g];
            }
            value += slope * (z - last);
            last = z;
            int s = who[e] >= 0 ? who[e] : ~who[e];
            if (who[e] >= 0 && z > levels[kept - 1]) {
                levels[kept] = z;
                estimates[kept++] = value;
            }
            int g = groupOf == null ? -1 : groupOf[s];
            if (g < 0) {
                slope += change[e];
            } else {
                groupSlope[g] += change[e];
                slope += free[g] ? change[e] : 0;
            }
        }
        level = Arrays.copyOf(levels, kept);
        estimate = Arrays.copyOf(estimates, kept);
    }

    /** Adds the point inside {@code (a, b)} where a cost falling linearly from {@code ca} to {@code cb} meets {@code bound}. */
    private static int crossing(
            double a,
            double ca,
            double b,
            double cb,
            double bound,
            double[] at,
            double[] value,
            boolean[] kink,
            int points) {
        if (ca > bound && bound > cb) {
            double z = a + (ca - bound) * (b - a) / (ca - cb);
            if (z > a && z < b) {
                at[points] = z;
                value[points] = bound;
                kink[points++] = false;
            }
        }
        return points;
    }

    /**
     * The segment between consecutive kinks on which {@code exact} (the spending by a full pass,
     * continuous and non-increasing) falls to {@code target}, with its values at the ends: {@code
     * (left, right)} with {@code exact(left) > target >= exact(right)}, the top kink taken as
     * spending at most the target; or {@code (0, 0)} if {@code exact(0) <= target}. The search starts
     * at the estimate's kink moved by {@code skew} places (0 but in tests).
     */
    LevelSearch.Segment segment(double target, DoubleUnaryOperator exact, int skew) {
        int last = level.length - 1;
        if (last == 0) {
            double atZero = exact.applyAsDouble(0);
            return new LevelSearch.Segment(0, 0, atZero, atZero);
        }
        int low = 0;
        int high = last;
        while (low < high) { // the first estimate at most the target
            int mid = (low + high) >>> 1;
            if (estimate[mid] <= target) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        int start = Math.min(Math.max(low + skew, 0), last);
        // Invariant: the first kink at most the target lies in (below, above]; below = -1 stands for none.
        int below;
        int above;
        if (atMost(start, last, target, exact)) {
            above = start;
            below = start - 1;
            for (int step = 1; below >= 0 && atMost(below, last, target, exact); step *= 2) {
                above = below;
                below = Math.max(above - 2 * step, -1);
            }
        } else {
            below = start;
            above = start + 1;
            for (int step = 1; above < last && !atMost(above, last, target, exact); step *= 2) {
                below = above;
                above = Math.min(below + 2 * step, last);
            }
        }
        while (above - below > 1) {
            int mid = (below + above) >>> 1;
            if (atMost(mid, last, target, exact)) {
                above = mid;
            } else {
                below = mid;
            }
        }
        if (above == 0) {
            double atZero = exact.applyAsDouble(0);
            return new LevelSearch.Segment(0, 0, atZero, atZero);
        }
        double left = level[above - 1];
        double right = level[above];
        return new LevelSearch.Segment(left, right, exact.applyAsDouble(left), exact.applyAsDouble(right));
    }

    /** Whether kink {@code i} spends at most the target: the full pass's decision, the top kink's taken as yes. */
    private boolean atMost(int i, int last, double target, DoubleUnaryOperator exact) {
        return (i == last && i > 0) || exact.applyAsDouble(level[i]) <= target;
    }

    /**
     * Where each group's sum (continuous, non-increasing in the level) meets its envelope maximum, and
     * so becomes free, and its minimum, where it is held again: by the first sweep, each group's sum
     * followed from its own events to the next. Sorted by level, a group entering before it leaves.
     */
    private static final class GroupCrossings {
        final int count;
        final double[] at;
        final int[] group;
        final boolean[] enters;

        private GroupCrossings(int count, double[] at, int[] group, boolean[] enters) {
            this.count = count;
            this.at = at;
            this.group = group;
            this.enters = enters;
        }

        static GroupCrossings of(
                Funding f, int[] groupOf, double[] atZero, int[] order, double[] at, double[] change, int[] who) {
            int groups = atZero.length;
            double[] value = atZero.clone();
            double[] slope = new double[groups];
            double[] from = new double[groups];
            double[] entersAt = new double[groups];
            double[] leavesAt = new double[groups];
            Arrays.fill(entersAt, Double.NaN);
            Arrays.fill(leavesAt, Double.NaN);
            if (groups > 0) {
                for (int e : order) {
                    int s = who[e] >= 0 ? who[e] : ~who[e];
                    int g = groupOf[s];
                    if (g < 0) {
                        continue;
                    }
                    double z = at[e];
                    double next = value[g] + slope[g] * (z - from[g]);
                    entersAt[g] = meets(value[g], next, from[g], z, f.groupUpper[g], entersAt[g]);
                    leavesAt[g] = meets(value[g], next, from[g], z, f.groupLower[g], leavesAt[g]);
                    value[g] = next;
                    from[g] = z;
                    slope[g] += change[e];
                }
            }
            double[] crossingAt = new double[2 * groups];
            int[] crossingGroup = new int[2 * groups];
            boolean[] crossingEnters = new boolean[2 * groups];
            int count = 0;
            for (int g = 0; g < groups; g++) {
                for (int k = 0; k < 2; k++) {
                    double z = k == 0 ? entersAt[g] : leavesAt[g];
                    if (Double.isNaN(z)) {
                        continue;
                    }
                    // Insertion by level, an entry before a leaving at the same level.
                    int i = count++;
                    for (;
                            i > 0
                                    && (crossingAt[i - 1] > z
                                            || (crossingAt[i - 1] == z && k == 0 && !crossingEnters[i - 1]));
                            i--) {
                        crossingAt[i] = crossingAt[i - 1];
                        crossingGroup[i] = crossingGroup[i - 1];
                        crossingEnters[i] = crossingEnters[i - 1];
                    }
                    crossingAt[i] = z;
                    crossingGroup[i] = g;
                    crossingEnters[i] = k == 0;
                }
            }
            return new GroupCrossings(count, crossingAt, crossingGroup, crossingEnters);
        }

        /** Where a sum falling linearly from {@code a} (at {@code za}) to {@code b} (at {@code zb}) falls through {@code bound}, else {@code found}. */
        private static double meets(double a, double b, double za, double zb, double bound, double found) {
            if (a > bound && bound >= b && Double.isFinite(bound)) {
                return a == b ? za : za + (a - bound) * (zb - za) / (a - b);
            }
            return found;
        }
    }
}

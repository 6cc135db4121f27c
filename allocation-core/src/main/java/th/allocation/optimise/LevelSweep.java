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

/**
 * The spending at every level at once, in one pass over the schools: an estimate of the spending
 * {@code sum over schools of clamp(cost_s(z), floor, cap)}, each group's sum clamped to its envelope,
 * at {@value #EDGES} + 1 evenly spaced levels from 0 to the top kink, which says between which pair
 * kinks to look for the level that spends a target.
 *
 * <p>Each school's clamped cost is continuous and piecewise linear in the level, with a corner at
 * each of its pair kinks and where it meets its floor or cap; it is constant below its lowest kink
 * (every piece bought) and above its highest (nothing bought). So a sum of such functions at a level
 * {@code z} is its value at 0 plus, for every corner {@code c <= z} with a change of slope {@code d},
 * {@code d * (z - c)}: with the changes, and the changes times their corners, added up per even
 * level (the first at or above each corner), running sums give the spending at every even level, per
 * group where there are envelopes, each group's sum then clamped.
 *
 * <p>The estimates are sums in another order than a full pass's, so they may round differently: they
 * only say where to look. {@link #segment} lists the pair kinks between the two even levels around
 * the target, with the nearest one on either side, and takes every decision from the full pass it
 * is given, looking wider where the full pass disagrees, so that the segment is the one a binary
 * search over every pair kink with a full pass per probe finds.
 */
final class LevelSweep {
    /** How many intervals the even levels make. */
    static final int EDGES = 4096;

    private final PairCurves curves;
    private final int m;
    private final int[] members;
    /** The largest pair kink of the members, at least 0. */
    private final double top;
    /** The estimated spending at {@code i * top / EDGES}, for i from 0 to {@link #EDGES}. */
    private final double[] estimate;
    /** The last {@link #kinksAround} and its range (a little more money usually looks in the same one). */
    private double[] around;

    private double aroundFrom = Double.NaN;
    private double aroundTo = Double.NaN;

    /**
     * The estimates for the schools {@code members}.
     *
     * @param groupOf each school's envelope group (-1 for none), or null to clamp no group
     */
    LevelSweep(Funding f, int[] members, int[] groupOf) {
        this.curves = f.curves;
        this.m = f.m;
        this.members = members;
        double highest = 0;
        for (int s : members) {
            highest = Math.max(highest, curves.topKink(s));
        }
        top = highest;
        double scale = top > 0 ? EDGES / top : 0;
        int groups = groupOf == null ? 0 : f.groups;
        int edges = EDGES + 1;
        // Per even level (and per group and even level), the changes of slope whose corner it is the
        // first at or above, and those changes times their corners.
        double[] change = new double[(groups + 1) * edges];
        double[] moment = new double[(groups + 1) * edges];
        double[] atZero = new double[groups + 1];
        double[] cornerAt = new double[m * curves.mostKinks];
        double[] cornerChange = new double[cornerAt.length];
        double[] pointAt = new double[cornerAt.length + 2];
        double[] pointValue = new double[cornerAt.length + 2];
        for (int s : members) {
            double lower = f.lower[s];
            double upper = f.upper[s];
            int count = 0;
            for (int p = s * m; p < s * m + m; p++) {
                count = curves.corners(p, cornerAt, cornerChange, count);
            }
            int row = (groupOf == null || groupOf[s] < 0 ? 0 : groupOf[s] + 1) * edges;
            double full = curves.schoolFullCost(s);
            if (lower <= 0 && upper >= full) {
                // Never held by its floor or cap: the pairs' corners are the school's.
                atZero[row / edges] += full;
                for (int i = 0; i < count; i++) {
                    int k = row + edge(cornerAt[i], scale);
                    change[k] += cornerChange[i];
                    moment[k] += cornerChange[i] * cornerAt[i];
                }
                continue;
            }
            sortByLevel(cornerAt, cornerChange, count);
            // The school's cost at each corner, from the one below (flat at `full` below the first),
            // with where it meets its cap and then its floor in between.
            int points = 0;
            double lastAt = 0;
            double lastCost = full;
            double slope = 0;
            for (int i = 0; i < count; i++) {
                double z = cornerAt[i];
                double cost = i == 0 ? full : lastCost + slope * (z - lastAt);
                slope += cornerChange[i];
                if (i > 0 && z == lastAt) {
                    continue;
                }
                if (i > 0) {
                    points = crossing(lastAt, lastCost, z, cost, upper, pointAt, pointValue, points);
                    points = crossing(lastAt, lastCost, z, cost, lower, pointAt, pointValue, points);
                }
                pointAt[points] = z;
                pointValue[points++] = Math.min(upper, Math.max(lower, cost));
                lastAt = z;
                lastCost = cost;
            }
            atZero[row / edges] += points == 0 ? Math.min(upper, Math.max(lower, 0)) : pointValue[0];
            double slopeBefore = 0;
            for (int i = 0; i < points; i++) {
                double after = i + 1 < points ? (pointValue[i + 1] - pointValue[i]) / (pointAt[i + 1] - pointAt[i]) : 0;
                double d = after - slopeBefore;
                if (d != 0) {
                    int k = row + edge(pointAt[i], scale);
                    change[k] += d;
                    moment[k] += d * pointAt[i];
                }
                slopeBefore = after;
            }
        }
        estimate = new double[edges];
        double[] slope = new double[groups + 1];
        double[] offset = new double[groups + 1];
        for (int i = 0; i < edges; i++) {
            double z = level(i);
            double total = 0;
            for (int row = 0; row <= groups; row++) {
                slope[row] += change[row * edges + i];
                offset[row] += moment[row * edges + i];
                double sum = atZero[row] + slope[row] * z - offset[row];
                total += row == 0 ? sum : Math.min(f.groupUpper[row - 1], Math.max(f.groupLower[row - 1], sum));
            }
            estimate[i] = total;
        }
    }

    /** The even level {@code i}. */
    private double level(int i) {
        return i == EDGES ? top : i * (top / EDGES);
    }

    /** The first even level at or above {@code z}. */
    private static int edge(double z, double scale) {
        return Math.min(EDGES, (int) Math.ceil(z * scale));
    }

    /** Sorts the first {@code count} corners by level (a school has a few: insertion). */
    private static void sortByLevel(double[] at, double[] change, int count) {
        for (int i = 1; i < count; i++) {
            double z = at[i];
            double d = change[i];
            int j = i - 1;
            for (; j >= 0 && at[j] > z; j--) {
                at[j + 1] = at[j];
                change[j + 1] = change[j];
            }
            at[j + 1] = z;
            change[j + 1] = d;
        }
    }

    /** Adds the point inside {@code (a, b)} where a cost falling linearly from {@code ca} to {@code cb} meets {@code bound}. */
    private static int crossing(
            double a, double ca, double b, double cb, double bound, double[] at, double[] value, int points) {
        if (ca > bound && bound > cb) {
            double z = a + (ca - bound) * (b - a) / (ca - cb);
            if (z > a && z < b) {
                at[points] = z;
                value[points++] = bound;
            }
        }
        return points;
    }

    /**
     * The segment between consecutive pair kinks (0 counted as one) on which {@code exact} (the
     * spending by a full pass, continuous and non-increasing) falls to {@code target}, with its
     * values at the ends: {@code (left, right)} with {@code exact(left) > target >= exact(right)}, the
     * top kink taken as spending at most the target; or {@code (0, 0)} if {@code exact(0) <= target}.
     * The search starts between the even levels around the estimate moved by {@code skew} places (0
     * but in tests).
     */
    LevelSearch.Segment segment(double target, DoubleUnaryOperator exact, int skew) {
        if (!(top > 0)) {
            double atZero = exact.applyAsDouble(0);
            return new LevelSearch.Segment(0, 0, atZero, atZero);
        }
        int low = 0;
        int high = EDGES;
        while (low < high) { // the first even level whose estimate is at most the target
            int mid = (low + high) >>> 1;
            if (estimate[mid] <= target) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        int at = Math.min(Math.max(low + skew, 0), EDGES);
        double from = at == 0 ? 0 : level(at - 1);
        double to = level(at);
        // Where the estimates, linear between the even levels, meet the target.
        double guess = at == 0 || skew != 0 || !(estimate[at - 1] > estimate[at])
                ? to
                : from + (estimate[at - 1] - target) / (estimate[at - 1] - estimate[at]) * (to - from);
        while (true) {
            double[] kinks = kinksAround(from, to);
            int last = kinks.length - 1;
            // The first kink at most the target lies in (below, above]: below = -1 when kinks[0] is 0,
            // the first of all; kinks[last] is the top kink or the first above `to`.
            int below = kinks[0] == 0 ? -1 : 0;
            int above = last;
            // Start at the kinks around the guess, out from there by doubling steps.
            int start = 0;
            while (start < last && kinks[start] < guess) {
                start++;
            }
            if (atMost(kinks[start], target, exact)) {
                above = start;
                int step = 1;
                int next = start - 1;
                while (next > below && atMost(kinks[next], target, exact)) {
                    above = next;
                    next = Math.max(above - 2 * step, below);
                    step *= 2;
                }
                below = Math.max(next, below);
            } else {
                below = start;
                int step = 1;
                int next = start + 1;
                while (next < above && !atMost(kinks[next], target, exact)) {
                    below = next;
                    next = Math.min(below + 2 * step, above);
                    step *= 2;
                }
                above = Math.min(next, above);
            }
            if (below == 0 && kinks[0] != 0 && atMost(kinks[0], target, exact)) {
                double width = Math.max(to - from, top / EDGES);
                from = Math.max(0, from - 2 * width);
                guess = from;
                continue;
            }
            if (above == last && kinks[last] != top && !atMost(kinks[last], target, exact)) {
                double width = Math.max(to - from, top / EDGES);
                to = Math.min(top, to + 2 * width);
                guess = to;
                continue;
            }
            while (above - below > 1) {
                int mid = (below + above) >>> 1;
                if (atMost(kinks[mid], target, exact)) {
                    above = mid;
                } else {
                    below = mid;
                }
            }
            if (above == 0) { // kinks[0] = 0 spends at most the target
                double atZero = exact.applyAsDouble(0);
                return new LevelSearch.Segment(0, 0, atZero, atZero);
            }
            double left = kinks[above - 1];
            double right = kinks[above];
            return new LevelSearch.Segment(left, right, exact.applyAsDouble(left), exact.applyAsDouble(right));
        }
    }

    /** Whether the full pass at kink {@code z} spends at most the target, the top kink's taken as yes. */
    private boolean atMost(double z, double target, DoubleUnaryOperator exact) {
        return z == top || exact.applyAsDouble(z) <= target;
    }

    /**
     * The distinct pair kinks in {@code [from, to]}, ascending, with 0 (the first of all) if {@code
     * from} is 0, the largest kink below {@code from} (or 0) before them and the smallest above
     * {@code to} after them, if any.
     */
    private double[] kinksAround(double from, double to) {
        if (from == aroundFrom && to == aroundTo) {
            return around;
        }
        double[] buffer = new double[m * curves.mostKinks];
        double[] inside = new double[16];
        int count = 0;
        double below = 0;
        double above = Double.POSITIVE_INFINITY;
        for (int s : members) {
            for (int p = s * m; p < s * m + m; p++) {
                double highest = curves.highestKink(p);
                if (highest < from) { // every kink of the pair is below
                    below = Math.max(below, highest);
                    continue;
                }
                int kinks = curves.kinks(p, buffer, 0);
                for (int i = 0; i < kinks; i++) {
                    double z = buffer[i];
                    if (z < from) {
                        below = Math.max(below, z);
                    } else if (z > to) {
                        above = Math.min(above, z);
                    } else {
                        if (count == inside.length) {
                            inside = Arrays.copyOf(inside, 2 * count);
                        }
                        inside[count++] = z;
                    }
                }
            }
        }
        double[] sorted = new double[count + 2];
        int size = 0;
        sorted[size++] = from > 0 ? below : 0;
        Arrays.sort(inside, 0, count);
        for (int i = 0; i < count; i++) {
            if (inside[i] > sorted[size - 1]) {
                sorted[size++] = inside[i];
            }
        }
        if (above != Double.POSITIVE_INFINITY) {
            sorted[size++] = above;
        }
        aroundFrom = from;
        aroundTo = to;
        around = Arrays.copyOf(sorted, size);
        return around;
    }
}

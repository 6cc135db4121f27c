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
import th.allocation.model.Baht;

/**
 * The min-max search as it was before {@link MinMaxLevelSearch} replaced its probes by a {@link
 * SpendingBracket}: a binary search over every candidate kink with a full pass over the schools per
 * probe. Kept, unchanged, as the reference {@link MinMaxLevelSearchTest} holds the search to, bit for
 * bit. Its description follows.
 *
 * <p>Minimises the largest priority-weighted relative shortfall exactly. Bringing every pair to a
 * common level {@code z} costs a continuous, non-increasing, piecewise-linear amount (each pair's
 * {@link PairCurves cost curve}, each school's total clamped to its floor and cap, each group's to its
 * envelope); {@link LevelSearch} finds the segment where that total meets the money to share out, in
 * three rounds (the pairs' kinks, then where a school meets its floor or cap inside the segment, then
 * where a group meets its envelope), and solves it. Schools held by a floor or a cap, and groups held
 * by an envelope, go to their own level, found the same way.
 *
 * <p>The budget's shadow price is how much one more baht lowers the largest shortfall: the inverse of
 * the segment's slope (how much one more baht lowers the common level), unless a pair that does not
 * follow the level down holds the largest shortfall at or above the level, in which case it is 0
 * (see {@link #shadowPrice}). It is the derivative for more money (from the right).
 */
final class ReferenceMinMaxLevelSearch {
    private final Funding f;
    private final PairCurves curves;
    private final int n;
    private final int m;

    ReferenceMinMaxLevelSearch(Funding funding) {
        this.f = funding;
        this.curves = funding.curves;
        this.n = funding.n;
        this.m = funding.m;
    }

    /** Funds every pair to the lowest common level the budget pays for; returns the budget's shadow price. */
    double fund() {
        double total = f.p.available;
        LevelSearch.Segment segment = segment(total);
        double level = segment.solve(total);
        assignLevels(level);
        // The price is the derivative for more money: priced on the segment that a little more money
        // reaches, the same one unless the money meets a kink (within rounding, which may put the level
        // on either side of it).
        double more = total + f.tolerance();
        LevelSearch.Segment next = segment(more);
        return shadowPrice(next, level, next.solve(more));
    }

    /** The segment of levels, between kinks of every kind, on which the spending falls to {@code total}. */
    private LevelSearch.Segment segment(double total) {
        double[] kinks = allKinks();
        double top = 0;
        for (double k : kinks) {
            top = Math.max(top, k);
        }
        DoubleUnaryOperator spending = this::totalSpending;
        LevelSearch.Segment segment = LevelSearch.segment(kinks, kinks.length, 0, top, spending, total);
        // Inside the segment every pair is linear; schools' floors, caps and groups add kinks there.
        double[] inner = innerKinks(segment);
        segment = LevelSearch.segment(inner, inner.length, segment.left(), segment.right(), spending, total);
        double[] groupKinks = groupKinks(segment);
        return LevelSearch.segment(groupKinks, groupKinks.length, segment.left(), segment.right(), spending, total);
    }

    /**
     * The fall of the largest shortfall per extra baht, for more money (the derivative from the
     * right), given the segment and the level that {@link Funding#tolerance()} more money reaches.
     * On that segment no school meets its floor or cap, no group its envelope and no pair's curve
     * bends, so one more satang lowers the common level by {@code 1 / slope}. Pairs that do not follow
     * the level down keep their shortfall: those of a school at its cap, or of a group at its envelope
     * maximum, on that segment (held at a level of their own, at or above the common level), and
     * the part of any pair's shortfall its items cannot remove (a school without pupils has no items).
     * If the largest of these is at or above the level that the little more money reaches, more
     * money leaves the largest shortfall where it is: the price is 0. That includes ties, a held pair
     * exactly at the level (the budget meets a cap or an envelope maximum exactly): for less money
     * the derivative would be the level's price, as the level then rises above the held pair.
     */
    private double shadowPrice(LevelSearch.Segment next, double level, double nextLevel) {
        double slope = next.slope();
        if (!(slope > 0)) {
            return 0; // the money closes every gap it can reach, or buys nothing more
        }
        // A level inside the segment, at or below the solution's level (so on the side of more money).
        double below = (next.left() + Math.min(level, next.right())) / 2;
        boolean[] groupHeld = new boolean[f.groups];
        double[] groupSum = new double[f.groups];
        for (int s = 0; s < n; s++) {
            if (f.group[s] >= 0) {
                groupSum[f.group[s]] += schoolSpending(s, below);
            }
        }
        for (int g = 0; g < f.groups; g++) {
            groupHeld[g] = groupSum[g] >= f.groupUpper[g];
        }
        double held = 0;
        for (int s = 0; s < n; s++) {
            boolean stays = curves.schoolCost(s, below) >= f.upper[s] || (f.group[s] >= 0 && groupHeld[f.group[s]]);
            for (int pair = s * m; pair < s * m + m; pair++) {
                double kept = stays ? TargetSolutions.remaining(f.p, curves, f.spend, pair) : curves.unreachable(pair);
                held = Math.max(held, f.p.priority(pair % m) * kept);
            }
        }
        return held >= nextLevel ? 0 : Baht.SATANG_PER_BAHT / slope;
    }

    private double[] allKinks() {
        int count = 0;
        for (int pair = 0; pair < n * m; pair++) {
            count += curves.kinkCount(pair);
        }
        double[] kinks = new double[count];
        int at = 0;
        for (int pair = 0; pair < n * m; pair++) {
            at = curves.kinks(pair, kinks, at);
        }
        return kinks;
    }

    private double schoolSpending(int s, double z) {
        return Math.min(f.upper[s], Math.max(f.lower[s], curves.schoolCost(s, z)));
    }

    private double totalSpending(double z) {
        double total = 0;
        double[] groupSum = new double[f.groups];
        for (int s = 0; s < n; s++) {
            double spent = schoolSpending(s, z);
            if (f.group[s] >= 0) {
                groupSum[f.group[s]] += spent;
            } else {
                total += spent;
            }
        }
        for (int g = 0; g < f.groups; g++) {
            total += Math.min(f.groupUpper[g], Math.max(f.groupLower[g], groupSum[g]));
        }
        return total;
    }

    /** Levels inside the segment where a school's linear cost meets its floor or cap. */
    private double[] innerKinks(LevelSearch.Segment segment) {
        double[] kinks = new double[2 * n];
        int count = 0;
        double left = segment.left();
        double right = Double.isInfinite(segment.right()) ? left + 1 : segment.right();
        if (right <= left) {
            return new double[0];
        }
        for (int s = 0; s < n; s++) {
            double a = curves.schoolCost(s, left);
            double b = curves.schoolCost(s, right);
            count = crossing(a, b, left, right, f.lower[s], kinks, count);
            count = crossing(a, b, left, right, f.upper[s], kinks, count);
        }
        return Arrays.copyOf(kinks, count);
    }

    /** Levels inside the segment where a group's spending meets its envelope minimum or maximum. */
    private double[] groupKinks(LevelSearch.Segment segment) {
        double left = segment.left();
        double right = segment.right();
        if (f.groups == 0 || !(right > left) || Double.isInfinite(right)) {
            return new double[0];
        }
        double[] atLeft = new double[f.groups];
        double[] atRight = new double[f.groups];
        for (int s = 0; s < n; s++) {
            if (f.group[s] >= 0) {
                atLeft[f.group[s]] += schoolSpending(s, left);
                atRight[f.group[s]] += schoolSpending(s, right);
            }
        }
        double[] kinks = new double[2 * f.groups];
        int count = 0;
        for (int g = 0; g < f.groups; g++) {
            count = crossing(atLeft[g], atRight[g], left, right, f.groupLower[g], kinks, count);
            count = crossing(atLeft[g], atRight[g], left, right, f.groupUpper[g], kinks, count);
        }
        return Arrays.copyOf(kinks, count);
    }

    /** Adds where a linear function from {@code a} (at left) to {@code b} (at right) falls through {@code value}. */
    private static int crossing(double a, double b, double left, double right, double value, double[] into, int count) {
        if (Double.isFinite(value) && a > value && value > b) {
            into[count++] = left + (a - value) * (right - left) / (a - b);
        }
        return count;
    }

    /** Spends at the common level, with held schools and groups at their own levels. */
    private void assignLevels(double level) {
        double[] levels = new double[n];
        Arrays.fill(levels, level);
        double[] groupSum = new double[f.groups];
        for (int s = 0; s < n; s++) {
            if (f.group[s] >= 0) {
                groupSum[f.group[s]] += schoolSpending(s, level);
            }
        }
        for (int g = 0; g < f.groups; g++) {
            double target = groupSum[g] < f.groupLower[g]
                    ? f.groupLower[g]
                    : groupSum[g] > f.groupUpper[g] ? f.groupUpper[g] : Double.NaN;
            if (!Double.isNaN(target)) {
                double groupLevel = groupLevel(g, target);
                for (int s = 0; s < n; s++) {
                    if (f.group[s] == g) {
                        levels[s] = groupLevel;
                    }
                }
            }
        }
        for (int s = 0; s < n; s++) {
            double cost = curves.schoolCost(s, levels[s]);
            if (cost < f.lower[s] || cost > f.upper[s]) {
                double target = cost < f.lower[s] ? f.lower[s] : f.upper[s];
                levels[s] = schoolLevel(s, target);
            }
            double spent = 0;
            for (int pair = s * m; pair < s * m + m; pair++) {
                spent += curves.spend(pair, levels[s], f.spend);
            }
            if (spent < f.lower[s]) {
                f.topUp[s] = f.lower[s] - spent; // every gap closed and the floor still not reached
            }
        }
        // A group held at its envelope minimum whose gaps cost less than that gets the rest as top-up.
        double[] extra = f.extras();
        double[] groupExtra = new double[f.groups];
        for (int s = 0; s < n; s++) {
            if (f.group[s] >= 0) {
                groupExtra[f.group[s]] += extra[s];
            }
        }
        for (int g = 0; g < f.groups; g++) {
            if (groupExtra[g] < f.groupLower[g] - f.tolerance()) {
                f.fillInProportionToBase(g, f.groupLower[g] - groupExtra[g], extra, groupExtra);
            }
        }
    }

    /** The level at which group {@code g}'s schools, each within its floor and cap, spend {@code target}. */
    private double groupLevel(int g, double target) {
        DoubleUnaryOperator spending = z -> {
            double sum = 0;
            for (int s = 0; s < n; s++) {
                if (f.group[s] == g) {
                    sum += schoolSpending(s, z);
                }
            }
            return sum;
        };
        int count = 0;
        for (int s = 0; s < n; s++) {
            if (f.group[s] == g) {
                for (int pair = s * m; pair < s * m + m; pair++) {
                    count += curves.kinkCount(pair);
                }
            }
        }
        double[] kinks = new double[count];
        int at = 0;
        double top = 0;
        for (int s = 0; s < n; s++) {
            if (f.group[s] == g) {
                for (int pair = s * m; pair < s * m + m; pair++) {
                    at = curves.kinks(pair, kinks, at);
                }
            }
        }
        for (double k : kinks) {
            top = Math.max(top, k);
        }
        LevelSearch.Segment segment = LevelSearch.segment(kinks, count, 0, top, spending, target);
        double[] inner = innerKinks(segment);
        segment = LevelSearch.segment(inner, inner.length, segment.left(), segment.right(), spending, target);
        return segment.solve(target);
    }

    /** The level at which school {@code s}'s pairs cost {@code target}. */
    private double schoolLevel(int s, double target) {
        double[] kinks = new double[m * 8 + 8];
        int at = 0;
        double top = 0;
        for (int pair = s * m; pair < s * m + m; pair++) {
            if (at + curves.kinkCount(pair) > kinks.length) {
                kinks = Arrays.copyOf(kinks, 2 * (at + curves.kinkCount(pair)));
            }
            at = curves.kinks(pair, kinks, at);
        }
        for (int i = 0; i < at; i++) {
            top = Math.max(top, kinks[i]);
        }
        DoubleUnaryOperator cost = z -> curves.schoolCost(s, z);
        return LevelSearch.segment(kinks, at, 0, top, cost, target).solve(target);
    }
}

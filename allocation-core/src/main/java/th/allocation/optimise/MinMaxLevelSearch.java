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
 * Minimises the largest priority-weighted relative shortfall exactly. Bringing every pair to a
 * common level {@code z} costs a continuous, non-increasing, piecewise-linear amount (each pair's
 * {@link PairCurves cost curve}, each school's total clamped to its floor and cap, each group's to its
 * envelope); the search finds the segment where that total meets the money to share out, in three
 * rounds (the pairs' kinks, then where a school meets its floor or cap inside the segment, then
 * where a group meets its envelope), and solves it. Schools held by a floor or a cap, and groups held
 * by an envelope, go to their own level, found the same way.
 *
 * <p>Each round is a binary search over its candidate kinks whose decisions, "does a full pass over
 * the schools at this level spend at most the money?", a {@link SpendingBracket} takes from running
 * sums over the few schools not yet linear around the answer, and a full pass only where the two
 * could round differently: the segments, and so the level, are those of a binary search with a full
 * pass per probe (about 30 passes over every school and indicator nationally, 40 at 1.5 million
 * schools), to the bit, for a handful of passes. The spending at a segment's ends, which the level
 * is solved from, is always a full pass, in school order.
 *
 * <p>The budget's shadow price is how much one more baht lowers the largest shortfall: the inverse of
 * the segment's slope (how much one more baht lowers the common level), unless a pair that does not
 * follow the level down holds the largest shortfall at or above the level, in which case it is 0
 * (see {@link #shadowPrice}). It is the derivative for more money (from the right).
 */
final class MinMaxLevelSearch {
    private final Funding f;
    private final PairCurves curves;
    private final int n;
    private final int m;
    private final int[] everySchool;
    /** Per school, its largest pair kink ({@link PairCurves#topKink}) and a level above which it costs exactly 0. */
    private final double[] topKink;

    private final double[] zeroCostAbove;
    /** The full passes, kept for reuse. */
    private final FullPasses passes;
    /** Held schools' own levels. */
    private final SchoolLevels schoolLevels;

    private final SpendingBracket.Tuning tuning;

    MinMaxLevelSearch(Funding funding) {
        this(funding, SpendingBracket.Tuning.DEFAULT);
    }

    /** A search whose brackets are tuned otherwise (tests narrow further and tie more). */
    MinMaxLevelSearch(Funding funding, SpendingBracket.Tuning tuning) {
        this.tuning = tuning;
        this.f = funding;
        this.curves = funding.curves;
        this.n = funding.n;
        this.m = funding.m;
        everySchool = new int[n];
        topKink = new double[n];
        zeroCostAbove = new double[n];
        Blocks.run(n, tuning.parallelFrom(), (from, to) -> {
            for (int s = from; s < to; s++) {
                everySchool[s] = s;
                topKink[s] = curves.topKink(s);
                zeroCostAbove[s] = PairCurves.zeroCostAbove(topKink[s]);
            }
        });
        passes = new FullPasses(funding, zeroCostAbove, tuning.parallelFrom());
        schoolLevels = new SchoolLevels(curves);
    }

    /** Funds every pair to the lowest common level the budget pays for; returns the budget's shadow price. */
    double fund() {
        return fund(true);
    }

    /**
     * Funds every pair to the lowest common level the budget pays for, as {@link #fund()} does, without
     * the shadow price: for the first stage of lexicographic, whose price the second stage gives.
     * Returns the largest priority-weighted shortfall left, {@link Funding#largestShortfall()}, taken
     * school by school as each school's spending is settled rather than in a pass of its own.
     */
    double fundWithoutPrice() {
        return fund(false);
    }

    private double fund(boolean priced) {
        double total = f.p.available;
        double top = top(everySchool);
        SpendingBracket bracket =
                new SpendingBracket(f, everySchool, f.group, topKink, top, total, passes::total, tuning);
        LevelSearch.Segment segment = segment(bracket);
        double level = segment.solve(total);
        if (!priced) {
            double[] worst = new double[n];
            assignLevels(level, worst);
            double largest = 0;
            for (double w : worst) {
                largest = Math.max(largest, w); // a largest is the same whatever the order
            }
            return largest;
        }
        // The price is the derivative for more money: priced on the segment that a little more money
        // reaches, the same one unless the money meets a kink (within rounding, which may put the level
        // on either side of it).
        double more = total + f.tolerance();
        if (!bracket.retarget(more)) {
            bracket = new SpendingBracket(f, everySchool, f.group, topKink, top, more, passes::total, tuning);
        }
        LevelSearch.Segment next = segment(bracket);
        assignLevels(level, null);
        return shadowPrice(next, level, next.solve(more));
    }

    /** The segment of levels, between kinks of every kind, on which the spending falls to {@code total}. */
    private LevelSearch.Segment segment(SpendingBracket bracket) {
        LevelSearch.Segment segment = pairSegment(bracket, passes::total);
        // Inside the segment every pair is linear; schools' floors, caps and groups add kinks there.
        double[] inner = passes.boundKinks(segment);
        segment = search(bracket, inner, inner.length, segment.left(), segment.right(), passes::total);
        double[] groupKinks = passes.envelopeKinks(segment);
        return search(bracket, groupKinks, groupKinks.length, segment.left(), segment.right(), passes::total);
    }

    /** The first round: the segment between consecutive pair kinks in {@code (0, top)}, or (0, 0) if 0 is enough. */
    private LevelSearch.Segment pairSegment(SpendingBracket bracket, DoubleUnaryOperator spending) {
        bracket.narrow(); // usually finds a level that spends more than the money, so that 0 needs no pass
        if (bracket.atMost(0)) {
            double atZero = spending.applyAsDouble(0);
            return new LevelSearch.Segment(0, 0, atZero, atZero);
        }
        bracket.narrow();
        double[] ends = bracket.pairKinks();
        passes.ensure(ends[0], ends[1]);
        return new LevelSearch.Segment(
                ends[0], ends[1], spending.applyAsDouble(ends[0]), spending.applyAsDouble(ends[1]));
    }

    /**
     * What {@link LevelSearch#segment} finds among {@code kinks} in {@code (from, to)} with {@code
     * spending} as the function, its decisions taken by the bracket.
     */
    private LevelSearch.Segment search(
            SpendingBracket bracket, double[] kinks, int count, double from, double to, DoubleUnaryOperator spending) {
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (kinks[i] > from && kinks[i] < to) {
                kinks[kept++] = kinks[i];
            }
        }
        if (bracket.atMost(from)) {
            double atFrom = spending.applyAsDouble(from);
            return new LevelSearch.Segment(from, from, atFrom, atFrom);
        }
        Arrays.sort(kinks, 0, kept);
        int low = 0;
        int high = kept;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (bracket.atMost(kinks[mid])) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        double left = low == 0 ? from : kinks[low - 1];
        double right = low == kept ? to : kinks[low];
        passes.ensure(left, right);
        return new LevelSearch.Segment(left, right, spending.applyAsDouble(left), spending.applyAsDouble(right));
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
        // Which schools and groups are at their cap or maximum there. Costs fall with the level, so
        // where the segment's ends agree (their costs are kept from the search) that decides; a school
        // or group whose ends disagree is costed at `below` itself.
        double[] atLeft = passes.costs(next.left());
        double[] atRight = passes.costs(next.right());
        double[] levelOverPriority = curves.levelOverPriority(below);
        boolean[] groupHeld = new boolean[f.groups];
        double[] sumLeft = new double[f.groups];
        double[] sumRight = new double[f.groups];
        for (int s = 0; s < n; s++) {
            if (f.group[s] >= 0) {
                sumLeft[f.group[s]] += spending(s, atLeft[s]);
                sumRight[f.group[s]] += spending(s, atRight[s]);
            }
        }
        for (int g = 0; g < f.groups; g++) {
            if (sumRight[g] >= f.groupUpper[g]) {
                groupHeld[g] = true;
            } else if (sumLeft[g] >= f.groupUpper[g]) {
                double sum = 0;
                for (int s = 0; s < n; s++) {
                    if (f.group[s] == g) {
                        sum += spending(s, curves.schoolCost(s, levelOverPriority));
                    }
                }
                groupHeld[g] = sum >= f.groupUpper[g];
            }
        }
        // Whether a pair keeps a shortfall at or above the next level. What a pair keeps is at most its
        // shortfall, so a pair whose priority times shortfall is below that level cannot, and is skipped.
        double[] priority = f.p.priority;
        double[] shortfall = f.p.shortfall;
        for (int s = 0; s < n; s++) {
            boolean high = false;
            for (int k = 0, pair = s * m; k < m; k++, pair++) {
                high |= priority[k] * shortfall[pair] >= nextLevel;
            }
            if (!high) {
                continue;
            }
            boolean capped = atRight[s] >= f.upper[s]
                    || (atLeft[s] >= f.upper[s] && curves.schoolCost(s, levelOverPriority) >= f.upper[s]);
            boolean stays = capped || (f.group[s] >= 0 && groupHeld[f.group[s]]);
            for (int k = 0, pair = s * m; k < m; k++, pair++) {
                if (priority[k] * shortfall[pair] >= nextLevel) {
                    double kept =
                            stays ? TargetSolutions.remaining(f.p, curves, f.spend, pair) : curves.unreachable(pair);
                    if (priority[k] * kept >= nextLevel) {
                        return 0;
                    }
                }
            }
        }
        return nextLevel <= 0 ? 0 : Baht.SATANG_PER_BAHT / slope; // (what every pair keeps is at least 0)
    }

    /** The largest pair kink of the schools {@code members}, at least 0. */
    private double top(int[] members) {
        double top = 0;
        for (int s : members) {
            top = Math.max(top, topKink[s]);
        }
        return top;
    }

    private double spending(int s, double cost) {
        return Math.min(f.upper[s], Math.max(f.lower[s], cost));
    }

    /**
     * Spends at the common level, with held schools and groups at their own levels. Every pair is
     * first funded to the common level (what a pair spends there is its cost there, the same sum of
     * the same amounts); a school or group held elsewhere is then funded again at its own level.
     */
    private void assignLevels(double level, double[] worst) {
        double[] spent = new double[n];
        double[] levelOverPriority = curves.levelOverPriority(level);
        Blocks.run(n, tuning.parallelFrom(), (from, to) -> {
            for (int s = from; s < to; s++) {
                if (level > zeroCostAbove[s]) {
                    continue; // every pair needs nothing: its items stay at 0 and the school spends 0
                }
                for (int k = 0, pair = s * m; k < m; k++, pair++) {
                    spent[s] += curves.spendOver(pair, levelOverPriority[k], f.spend);
                }
            }
        });
        double[] levels = new double[n];
        Arrays.fill(levels, level);
        double[] groupSum = new double[f.groups];
        for (int s = 0; s < n; s++) {
            if (f.group[s] >= 0) {
                groupSum[f.group[s]] += spending(s, spent[s]);
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
        // Each school's own level and spending: in parallel blocks on large problems (see Blocks),
        // each block with its own room for a school's kinks.
        Blocks.run(n, tuning.parallelFrom(), (from, to) -> {
            SchoolLevels own = from == 0 ? schoolLevels : new SchoolLevels(curves);
            for (int s = from; s < to; s++) {
                double cost = levels[s] == level ? spent[s] : curves.schoolCost(s, levels[s]);
                if (cost < f.lower[s] || cost > f.upper[s]) {
                    double target = cost < f.lower[s] ? f.lower[s] : f.upper[s];
                    levels[s] = own.of(s, target);
                }
                if (levels[s] != level) {
                    spent[s] = 0;
                    for (int pair = s * m; pair < s * m + m; pair++) {
                        Arrays.fill(f.spend, curves.start[pair], curves.start[pair + 1], 0);
                        spent[s] += curves.spend(pair, levels[s], f.spend);
                    }
                }
                if (spent[s] < f.lower[s]) {
                    f.topUp[s] = f.lower[s] - spent[s]; // every gap closed and the floor still not reached
                }
                if (worst != null) {
                    worst[s] = f.schoolLargestShortfall(s); // its items are final: top-ups change no shortfall
                }
            }
        });
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
        int size = 0;
        for (int s = 0; s < n; s++) {
            size += f.group[s] == g ? 1 : 0;
        }
        int[] members = new int[size];
        for (int s = 0, i = 0; s < n; s++) {
            if (f.group[s] == g) {
                members[i++] = s;
            }
        }
        DoubleUnaryOperator spending = z -> {
            double[] cost = passes.costs(z);
            double sum = 0;
            for (int s : members) {
                sum += spending(s, cost[s]);
            }
            return sum;
        };
        SpendingBracket bracket =
                new SpendingBracket(f, members, null, topKink, top(members), target, spending, tuning);
        LevelSearch.Segment segment = pairSegment(bracket, spending);
        double[] inner = passes.boundKinks(segment);
        segment = search(bracket, inner, inner.length, segment.left(), segment.right(), spending);
        return segment.solve(target);
    }
}

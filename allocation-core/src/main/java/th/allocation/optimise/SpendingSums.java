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

/**
 * The spending at a level {@code z}, {@code sum over schools of clamp(cost_s(z), floor, cap)} with
 * each group's sum clamped to its envelope, for a {@link SpendingBracket}: the schools still in
 * question are visited, the others (each linear on the bracket) enter through running sums. A
 * school is settled when none of its pair kinks lies strictly inside the bracket and its cost does
 * not cross its floor or cap there; settling also keeps the nearest pair kinks of the settled schools
 * on either side of the bracket, for the search among the remaining ones.
 *
 * <p>Amounts from running sums are close to, not equal to, a full pass: the bracket takes a decision
 * from them only where they are far enough from the target.
 */
final class SpendingSums {
    private final PairCurves curves;
    private final int m;
    private final double[] lower;
    private final double[] upper;
    /** Per school its envelope group, or null where no group is clamped (one group's own level). */
    private final int[] groupOf;
    /** Per school, its largest pair kink: above it (with a margin) it costs exactly 0. */
    private final double[] topKink;

    private final double[] groupLower;
    private final double[] groupUpper;

    private final int[] active;
    private int activeCount;
    /** Spending of the settled schools outside groups, {@code intercept + slope * z}; per group likewise. */
    private double fixedIntercept;

    private double fixedSlope;
    private final double[] groupIntercept;
    private final double[] groupSlope;
    /** The sum of the settled terms' sizes, for the tie band. */
    private double fixedSize;

    private final double[] groupSum;
    /** Per school (read for schools in question only): cost at the bracket's low end, high end, last probe. */
    private double[] costLow;

    private double[] costHigh;
    private double[] probeCost;
    /** Costs computed ahead by {@link #prepare} at two levels (NaN when used or none), or null before. */
    private double preparedA = Double.NaN;

    private double preparedB = Double.NaN;
    private double[] costA;
    private double[] costB;
    /** The largest pair kink of a settled school at or below the bracket, the smallest at or above it. */
    private double kinkBelow;

    private double kinkAbove;
    private final double[] kinkBuffer;
    private final int parallelFrom;
    /** The nearest kinks below and above the bracket of one school, for {@link #settle}. */
    private final double[] nearest = new double[2];

    private double lastSize;

    /**
     * The sums over {@code members} (school indices, ascending), none settled yet.
     *
     * @param groupOf each school's envelope group (-1 for none), or null to clamp no group
     * @param topKink per school, its largest pair kink ({@link PairCurves#topKink})
     * @param top the largest level in question: no pair kink lies above it
     * @param parallelFrom from how many schools in question a walk over them runs in parallel ({@link Blocks})
     */
    SpendingSums(Funding f, int[] members, int[] groupOf, double[] topKink, double top, int parallelFrom) {
        this.parallelFrom = parallelFrom;
        this.curves = f.curves;
        this.m = f.m;
        this.lower = f.lower;
        this.upper = f.upper;
        this.groupOf = groupOf;
        this.topKink = topKink;
        int groups = groupOf == null ? 0 : f.groups;
        this.groupLower = f.groupLower;
        this.groupUpper = f.groupUpper;
        this.active = members.clone();
        this.activeCount = members.length;
        this.groupIntercept = new double[groups];
        this.groupSlope = new double[groups];
        this.groupSum = new double[groups];
        costLow = new double[f.n];
        costHigh = new double[f.n];
        probeCost = new double[f.n];
        kinkBelow = 0;
        kinkAbove = top;
        kinkBuffer = new double[curves.mostKinks];
    }

    /** How many schools are in question. */
    int inQuestion() {
        return activeCount;
    }

    /** The size of the terms of the spending at the last {@link #evaluate}d level: its tie band's scale. */
    double lastSize() {
        return lastSize;
    }

    /** The largest pair kink of a settled school at or below the bracket (0 if none). */
    double kinkBelow() {
        return kinkBelow;
    }

    /** The smallest pair kink of a settled school at or above the bracket ({@code top} if none). */
    double kinkAbove() {
        return kinkAbove;
    }

    /** The spending at {@code z}, within the bracket; keeps the costs of the schools in question there. */
    double evaluate(double z) {
        if (z == preparedA) {
            double[] scratch = probeCost;
            probeCost = costA;
            costA = scratch;
            preparedA = Double.NaN;
        } else if (z == preparedB) {
            double[] scratch = probeCost;
            probeCost = costB;
            costB = scratch;
            preparedB = Double.NaN;
        } else {
            double[] levelOverPriority = curves.levelOverPriority(z);
            double[] costs = probeCost;
            Blocks.run(activeCount, parallelFrom, (from, to) -> {
                for (int a = from; a < to; a++) {
                    int s = active[a];
                    costs[s] = z > PairCurves.zeroCostAbove(topKink[s]) ? 0 : curves.schoolCost(s, levelOverPriority);
                }
            });
        }
        double total = fixedIntercept + fixedSlope * z;
        double size = fixedSize + Math.abs(fixedSlope * z);
        for (int g = 0; g < groupSum.length; g++) {
            groupSum[g] = groupIntercept[g] + groupSlope[g] * z;
        }
        for (int a = 0; a < activeCount; a++) {
            int s = active[a];
            double spent = spending(s, probeCost[s]);
            int g = groupOf == null ? -1 : groupOf[s];
            if (g >= 0) {
                groupSum[g] += spent;
            } else {
                total += spent;
            }
            size += spent;
        }
        for (int g = 0; g < groupSum.length; g++) {
            total += Math.min(groupUpper[g], Math.max(groupLower[g], groupSum[g]));
            size += Math.abs(groupSum[g]);
        }
        lastSize = size;
        return total;
    }

    /**
     * Computes the costs of the schools in question at {@code a} and at {@code b} in one walk over
     * their pairs (each level's by the same operations as {@link #evaluate}), for the next {@link
     * #evaluate} of either level. A school's cost at a level does not depend on what is settled, and
     * settling only takes schools out of question, so they stay valid until evaluated.
     */
    void prepare(double a, double b) {
        if (costA == null) {
            costA = new double[costLow.length];
            costB = new double[costLow.length];
        }
        double[] overA = curves.levelOverPriority(a);
        double[] overB = curves.levelOverPriority(b);
        double[] intoA = costA;
        double[] intoB = costB;
        Blocks.run(activeCount, parallelFrom, (from, to) -> {
            for (int i = from; i < to; i++) {
                int s = active[i];
                double zero = PairCurves.zeroCostAbove(topKink[s]);
                if (a > zero || b > zero) {
                    intoA[s] = a > zero ? 0 : curves.schoolCost(s, overA);
                    intoB[s] = b > zero ? 0 : curves.schoolCost(s, overB);
                } else {
                    curves.schoolCosts(s, overA, overB, intoA, intoB);
                }
            }
        });
        preparedA = a;
        preparedB = b;
    }

    /** The last evaluated level is the bracket's new low end: keeps its costs as the low end's. */
    void probeIsLow() {
        double[] scratch = costLow;
        costLow = probeCost;
        probeCost = scratch;
    }

    /** The last evaluated level is the bracket's new high end: keeps its costs as the high end's. */
    void probeIsHigh() {
        double[] scratch = costHigh;
        costHigh = probeCost;
        probeCost = scratch;
    }

    /**
     * The spending where every gap is closed (each school at its floor, or at 0): the spending at the
     * top kink, up to what its one pair still costs there, a rounding residue. Only for estimates.
     */
    double withoutGaps() {
        double total = fixedIntercept;
        for (int g = 0; g < groupSum.length; g++) {
            groupSum[g] = groupIntercept[g];
        }
        for (int a = 0; a < activeCount; a++) {
            int s = active[a];
            int g = groupOf == null ? -1 : groupOf[s];
            if (g >= 0) {
                groupSum[g] += spending(s, 0);
            } else {
                total += spending(s, 0);
            }
        }
        for (int g = 0; g < groupSum.length; g++) {
            total += Math.min(groupUpper[g], Math.max(groupLower[g], groupSum[g]));
        }
        return total;
    }

    /**
     * The slope of the spending at {@code z} (a derivative from the pieces of the pairs' curves; 0
     * where a school or group is held at a bound).
     */
    double slope(double z) {
        double slope = fixedSlope;
        double[] derivative = groupSlope.clone();
        for (int g = 0; g < groupSum.length; g++) {
            groupSum[g] = groupIntercept[g] + groupSlope[g] * z;
        }
        for (int a = 0; a < activeCount; a++) {
            int s = active[a];
            double cost = curves.schoolCost(s, z);
            int g = groupOf == null ? -1 : groupOf[s];
            double change = cost > lower[s] && cost < upper[s] ? curves.schoolSlope(s, z) : 0;
            if (g >= 0) {
                derivative[g] += change;
                groupSum[g] += spending(s, cost);
            } else {
                slope += change;
            }
        }
        for (int g = 0; g < groupSum.length; g++) {
            slope += groupSum[g] > groupLower[g] && groupSum[g] < groupUpper[g] ? derivative[g] : 0;
        }
        return slope;
    }

    /**
     * The spending at {@code z} as far as every {@code stride}-th school in question (each counted
     * {@code stride} times) and the running sums tell, without envelopes: its shape inside the
     * bracket, not its value.
     */
    double sampled(double z, int stride) {
        double total = fixedIntercept + fixedSlope * z;
        for (int g = 0; g < groupSum.length; g++) {
            total += groupIntercept[g] + groupSlope[g] * z;
        }
        double sample = 0;
        double[] levelOverPriority = curves.levelOverPriority(z);
        for (int a = 0; a < activeCount; a += stride) {
            int s = active[a];
            sample +=
                    spending(s, z > PairCurves.zeroCostAbove(topKink[s]) ? 0 : curves.schoolCost(s, levelOverPriority));
        }
        return total + stride * sample;
    }

    /** Moves the schools that are linear on the bracket {@code [lo, hi]} into the running sums. */
    void settle(double lo, double hi) {
        double middle = lo + (hi - lo) / 2;
        int kept = 0;
        for (int a = 0; a < activeCount; a++) {
            int s = active[a];
            double atLow = costLow[s];
            double atHigh = costHigh[s];
            double intercept;
            double slope;
            if (atHigh >= upper[s]) {
                intercept = upper[s];
                slope = 0;
            } else if (atLow <= lower[s]) {
                intercept = lower[s];
                slope = 0;
            } else if (atHigh >= lower[s] && atLow <= upper[s]) {
                slope = Double.NaN; // free: its cost is the spending; linear if no kink lies inside
                intercept = 0;
            } else {
                active[kept++] = s; // meets its floor or cap inside
                continue;
            }
            double nearestLow;
            double nearestHigh;
            if (topKink[s] <= lo) {
                nearestLow = topKink[s]; // every kink is at or below it, and it is at least 0
                nearestHigh = Double.POSITIVE_INFINITY;
            } else {
                nearest[0] = 0;
                nearest[1] = Double.POSITIVE_INFINITY;
                if (curves.kinkInside(s, lo, hi, nearest)) {
                    active[kept++] = s;
                    continue;
                }
                nearestLow = nearest[0];
                nearestHigh = nearest[1];
            }
            if (Double.isNaN(slope)) {
                // The chord, unless the bracket is so narrow that the costs' rounding would show.
                slope = hi - lo > 1e-6 * hi ? (atHigh - atLow) / (hi - lo) : curves.schoolSlope(s, middle);
                intercept = atLow - slope * lo;
            }
            kinkBelow = Math.max(kinkBelow, nearestLow);
            kinkAbove = Math.min(kinkAbove, nearestHigh);
            int g = groupOf == null ? -1 : groupOf[s];
            if (g >= 0) {
                groupIntercept[g] += intercept;
                groupSlope[g] += slope;
            } else {
                fixedIntercept += intercept;
                fixedSlope += slope;
            }
            fixedSize += Math.abs(intercept) + Math.abs(slope * hi);
        }
        activeCount = kept;
    }

    /**
     * The pair kinks of the schools in question strictly inside {@code (lo, hi)}, sorted; the others
     * join {@link #kinkBelow} or {@link #kinkAbove}.
     */
    double[] kinksInside(double lo, double hi) {
        double[] inside = new double[16];
        int count = 0;
        for (int a = 0; a < activeCount; a++) {
            int s = active[a];
            for (int p = s * m; p < s * m + m; p++) {
                int kinks = curves.kinks(p, kinkBuffer, 0);
                for (int i = 0; i < kinks; i++) {
                    double kink = kinkBuffer[i];
                    if (kink <= lo) {
                        kinkBelow = Math.max(kinkBelow, kink);
                    } else if (kink >= hi) {
                        kinkAbove = Math.min(kinkAbove, kink);
                    } else {
                        if (count == inside.length) {
                            inside = Arrays.copyOf(inside, 2 * count);
                        }
                        inside[count++] = kink;
                    }
                }
            }
        }
        double[] sorted = Arrays.copyOf(inside, count);
        Arrays.sort(sorted);
        return sorted;
    }

    private double spending(int s, double cost) {
        return Math.min(upper[s], Math.max(lower[s], cost));
    }
}

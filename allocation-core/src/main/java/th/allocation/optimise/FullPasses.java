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
 * Full passes for {@link MinMaxLevelSearch}: every school's cost at a level {@code z} (each school's
 * pairs, {@link PairCurves#schoolCost}) and the spending there, each school clamped to its floor and
 * cap and each group to its envelope, summed in school order. The last few are kept, as the search
 * asks for the same levels again (a segment's ends, then its inner kinks and its price).
 *
 * <p>Each school's cost depends on that school alone, so on large problems the schools are costed in
 * parallel, in blocks ({@link Blocks}); the sums are then taken in school order, by one thread, as
 * before: the same costs and the same sums, to the bit, whatever the threads.
 */
final class FullPasses {
    /** How many full passes are kept for reuse. */
    private static final int KEPT = 4;

    private final Funding f;
    private final PairCurves curves;
    private final int n;
    /** Per school, a level above which it costs exactly 0 ({@link PairCurves#zeroCostAbove}). */
    private final double[] zeroCostAbove;

    private final double[] level = new double[KEPT];
    private final double[][] cost = new double[KEPT][];
    private final double[] total = new double[KEPT];
    private int count;

    /** From how many schools a pass runs in parallel ({@link Blocks}). */
    private final int parallelFrom;

    FullPasses(Funding funding, double[] zeroCostAbove, int parallelFrom) {
        this.parallelFrom = parallelFrom;
        this.f = funding;
        this.curves = funding.curves;
        this.n = funding.n;
        this.zeroCostAbove = zeroCostAbove;
    }

    /** Every school's cost at level {@code z} (a full pass over every pair), kept for reuse; not to be changed. */
    double[] costs(double z) {
        return cost[pass(z)];
    }

    /** The spending at level {@code z}, each school and group clamped: a full pass, in school order. */
    double total(double z) {
        return total[pass(z)];
    }

    /**
     * Makes sure the passes at {@code a} and {@code b} are kept: where neither is, both are computed
     * in one walk over the pairs (each as {@link #pass} computes it), which reads the problem's arrays
     * once for the two.
     */
    void ensure(double a, double b) {
        if (a == b || kept(a) >= 0 || kept(b) >= 0) {
            pass(a);
            pass(b);
            return;
        }
        double[] costA = new double[n];
        double[] costB = new double[n];
        double[] overA = curves.levelOverPriority(a);
        double[] overB = curves.levelOverPriority(b);
        Blocks.run(n, parallelFrom, (from, to) -> {
            for (int s = from; s < to; s++) {
                boolean zeroA = a > zeroCostAbove[s];
                boolean zeroB = b > zeroCostAbove[s];
                if (zeroA && zeroB) {
                    continue; // both 0
                } else if (zeroA) {
                    costB[s] = curves.schoolCost(s, overB);
                } else if (zeroB) {
                    costA[s] = curves.schoolCost(s, overA);
                } else {
                    curves.schoolCosts(s, overA, overB, costA, costB);
                }
            }
        });
        keep(a, costA);
        keep(b, costB);
    }

    /** Levels inside the segment where a school's linear cost meets its floor or cap. */
    double[] boundKinks(LevelSearch.Segment segment) {
        double left = segment.left();
        double right = Double.isInfinite(segment.right()) ? left + 1 : segment.right();
        if (right <= left) {
            return new double[0];
        }
        double[] atLeft = costs(left);
        double[] atRight = costs(right);
        double[] kinks = new double[2 * n];
        int count = 0;
        for (int s = 0; s < n; s++) {
            double a = atLeft[s];
            double b = atRight[s];
            count = crossing(a, b, left, right, f.lower[s], kinks, count);
            count = crossing(a, b, left, right, f.upper[s], kinks, count);
        }
        return Arrays.copyOf(kinks, count);
    }

    /** Levels inside the segment where a group's spending meets its envelope minimum or maximum. */
    double[] envelopeKinks(LevelSearch.Segment segment) {
        double left = segment.left();
        double right = segment.right();
        if (f.groups == 0 || !(right > left) || Double.isInfinite(right)) {
            return new double[0];
        }
        double[] costLeft = costs(left);
        double[] costRight = costs(right);
        double[] atLeft = new double[f.groups];
        double[] atRight = new double[f.groups];
        for (int s = 0; s < n; s++) {
            if (f.group[s] >= 0) {
                atLeft[f.group[s]] += spending(s, costLeft[s]);
                atRight[f.group[s]] += spending(s, costRight[s]);
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

    private double spending(int s, double cost) {
        return Math.min(f.upper[s], Math.max(f.lower[s], cost));
    }

    /** The index of the kept pass at level {@code z}, computed if not kept. */
    private int pass(double z) {
        int at = kept(z);
        if (at >= 0) {
            return at;
        }
        double[] costs = new double[n]; // new, as a caller may still hold the array a pass replaces
        double[] levelOverPriority = curves.levelOverPriority(z);
        Blocks.run(n, parallelFrom, (from, to) -> {
            for (int s = from; s < to; s++) {
                costs[s] = z > zeroCostAbove[s] ? 0 : curves.schoolCost(s, levelOverPriority);
            }
        });
        return keep(z, costs);
    }

    /** The index of the kept pass at level {@code z}, or -1. */
    private int kept(double z) {
        int kept = Math.min(count, KEPT);
        for (int i = 0; i < kept; i++) {
            if (level[i] == z) {
                return i;
            }
        }
        return -1;
    }

    /** Keeps every school's cost at level {@code z} with the spending there, in school order; returns its index. */
    private int keep(double z, double[] costs) {
        double sum = 0;
        double[] groupSum = new double[f.groups];
        for (int s = 0; s < n; s++) {
            double spent = Math.min(f.upper[s], Math.max(f.lower[s], costs[s]));
            if (f.group[s] >= 0) {
                groupSum[f.group[s]] += spent;
            } else {
                sum += spent;
            }
        }
        for (int g = 0; g < f.groups; g++) {
            sum += Math.min(f.groupUpper[g], Math.max(f.groupLower[g], groupSum[g]));
        }
        int at = count++ % KEPT;
        level[at] = z;
        cost[at] = costs;
        total[at] = sum;
        return at;
    }
}

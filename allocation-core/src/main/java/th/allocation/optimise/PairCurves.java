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

/**
 * The cost curves of (school, indicator) pairs: what it costs to bring a pair's priority-weighted
 * relative shortfall down to a level {@code z}, by filling its pieces in order. Each curve is
 * convex, non-increasing and piecewise linear in {@code z}, with a kink at every piece boundary.
 */
final class PairCurves {
    final TargetProblem problem;
    final int m;
    /** Items of pair {@code p} are {@code start[p]} to {@code start[p + 1]} (exclusive). */
    final int[] start;
    /** The most kinks any pair has. */
    final int mostKinks;

    private final double[] shortfall;
    private final double[] priority;
    private final double[] itemCost;
    private final double[] itemReduction;

    PairCurves(TargetProblem problem) {
        this.problem = problem;
        this.m = problem.indicators();
        this.shortfall = problem.shortfall;
        this.priority = problem.priority;
        this.itemCost = problem.itemCost;
        this.itemReduction = problem.itemReduction;
        int pairs = problem.schools() * m;
        start = problem.pairStart;
        int most = 0;
        for (int p = 0; p < pairs; p++) {
            most = Math.max(most, start[p + 1] - start[p] + 1);
        }
        mostKinks = most;
    }

    /** The relative-shortfall reduction pair {@code p} needs to reach level {@code z}. */
    double reductionNeeded(int p, double z) {
        return Math.max(0, shortfall[p] - z / priority[p % m]);
    }

    /**
     * The relative shortfall of pair {@code p} that its items cannot remove, bought whole: the whole
     * shortfall of a pair without items (a school without pupils), else a rounding residue.
     */
    double unreachable(int p) {
        double left = shortfall[p];
        for (int j = start[p]; j < start[p + 1]; j++) {
            left -= itemReduction[j];
        }
        return Math.max(0, left);
    }

    /** The cost of bringing pair {@code p} to level {@code z}. */
    double cost(int p, double z) {
        int end = start[p + 1];
        int j = start[p];
        if (j == end) {
            return 0;
        }
        double need = Math.max(0, shortfall[p] - z / priority[p % m]);
        double cost = 0;
        for (; j < end && need > 0; j++) {
            double reduction = itemReduction[j];
            double take = Math.min(reduction, need);
            cost += itemCost[j] * (take / reduction);
            need -= take;
        }
        return cost;
    }

    /**
     * How fast the cost of pair {@code p} changes with the level at {@code z}, between kinks: minus the
     * cost per unit of shortfall of the piece being filled, over the priority; 0 where nothing is bought.
     */
    double slope(int p, double z) {
        double need = reductionNeeded(p, z);
        for (int j = start[p]; j < start[p + 1] && need > 0; j++) {
            if (need <= itemReduction[j]) {
                return -itemCost[j] / itemReduction[j] / priority[p % m];
            }
            need -= itemReduction[j];
        }
        return 0;
    }

    /** Spends on the items of pair {@code p} what bringing it to level {@code z} costs; returns the total. */
    double spend(int p, double z, double[] itemSpend) {
        return spendOver(p, z / priority[p % m], itemSpend);
    }

    /**
     * {@link #spend} given {@code levelOverPriority}, the level over the pair's indicator's priority
     * (divided once per indicator, see {@link #levelOverPriority}): the same operations on the same
     * values, without a division and a remainder per pair.
     */
    double spendOver(int p, double levelOverPriority, double[] itemSpend) {
        double need = Math.max(0, shortfall[p] - levelOverPriority);
        double total = 0;
        for (int j = start[p]; j < start[p + 1]; j++) {
            double take = Math.min(itemReduction[j], need);
            double spent = take <= 0 ? 0 : itemCost[j] * (take / itemReduction[j]);
            itemSpend[j] = Math.max(itemSpend[j], spent);
            total += spent;
            need -= take;
        }
        return total;
    }

    /**
     * The cost of bringing every pair of school {@code s} to level {@code z}: the sum of {@link
     * #cost} over its pairs, in indicator order, with the same operations (inlined, as this is the
     * inner loop of every pass).
     */
    double schoolCost(int s, double z) {
        double sum = 0;
        int p = s * m;
        for (int k = 0; k < m; k++, p++) {
            int j = start[p];
            int end = start[p + 1];
            double cost = 0;
            if (j < end) {
                double need = Math.max(0, shortfall[p] - z / priority[k]);
                for (; j < end && need > 0; j++) {
                    double reduction = itemReduction[j];
                    double take = Math.min(reduction, need);
                    cost += itemCost[j] * (take / reduction);
                    need -= take;
                }
            }
            sum += cost;
        }
        return sum;
    }

    /** {@code z / priority} of each indicator: the first step of every pair's cost at level {@code z}. */
    double[] levelOverPriority(double z) {
        double[] levelOverPriority = new double[m];
        for (int k = 0; k < m; k++) {
            levelOverPriority[k] = z / priority[k];
        }
        return levelOverPriority;
    }

    /**
     * {@link #schoolCost}{@code (s, z)} given {@link #levelOverPriority}{@code (z)}: the same
     * operations on the same values, with {@code z / priority} divided once per indicator, not once
     * per pair, and an item bought whole adding its cost times 1 (its cost, exactly) without the
     * division.
     */
    double schoolCost(int s, double[] levelOverPriority) {
        double sum = 0;
        int p = s * m;
        for (int k = 0; k < m; k++, p++) {
            int j = start[p];
            int end = start[p + 1];
            double cost = 0;
            if (j < end) {
                cost = piecesCost(j, end, Math.max(0, shortfall[p] - levelOverPriority[k]));
            }
            sum += cost;
        }
        return sum;
    }

    /**
     * {@link #schoolCost(int, double[])} at two levels, {@code a} and {@code b} (given {@link
     * #levelOverPriority} of each), in one walk over the school's pairs: into {@code intoA[s]} and
     * {@code intoB[s]}, the same operations on the same values for each.
     */
    void schoolCosts(int s, double[] a, double[] b, double[] intoA, double[] intoB) {
        double sumA = 0;
        double sumB = 0;
        int p = s * m;
        for (int k = 0; k < m; k++, p++) {
            int j = start[p];
            int end = start[p + 1];
            double costA = 0;
            double costB = 0;
            if (j < end) {
                double pairShortfall = shortfall[p];
                costA = piecesCost(j, end, Math.max(0, pairShortfall - a[k]));
                costB = piecesCost(j, end, Math.max(0, pairShortfall - b[k]));
            }
            sumA += costA;
            sumB += costB;
        }
        intoA[s] = sumA;
        intoB[s] = sumB;
    }

    /**
     * The cost of the pieces {@code j} to {@code end} (exclusive) that remove {@code need}, filled in
     * order; an item bought whole adds its cost times 1 (its cost, exactly) without the division.
     */
    private double piecesCost(int j, int end, double need) {
        double cost = 0;
        for (; j < end && need > 0; j++) {
            double reduction = itemReduction[j];
            if (need >= reduction && reduction > 0) {
                cost += itemCost[j]; // take = reduction: itemCost * (reduction / reduction)
                need -= reduction;
            } else {
                double take = Math.min(reduction, need);
                cost += itemCost[j] * (take / reduction);
                need -= take;
            }
        }
        return cost;
    }

    /** How fast school {@code s}'s cost changes with the level at {@code z} (see {@link #slope}). */
    double schoolSlope(int s, double z) {
        double sum = 0;
        for (int p = s * m; p < s * m + m; p++) {
            sum += slope(p, z);
        }
        return sum;
    }

    /**
     * The largest kink of school {@code s}'s pairs (the largest value {@link #kinks} writes), at least
     * 0: the first kink of a pair, {@code priority * shortfall}, is its largest, as the pieces'
     * reductions are not negative (each {@code up_to} is above the one before) and the priority is
     * positive, so the later ones, {@code priority * (shortfall - reductions)}, are not above it.
     */
    double topKink(int s) {
        double top = 0;
        for (int k = 0, p = s * m; k < m; k++, p++) {
            if (start[p + 1] != start[p]) {
                top = Math.max(top, priority[k] * shortfall[p]);
            }
        }
        return top;
    }

    /**
     * A level above which school {@code s}, whose {@link #topKink} is {@code topKink}, costs exactly
     * 0 by {@link #schoolCost}: above it every pair's {@code z / priority} is at least its shortfall,
     * so nothing is needed, with a margin far above the two roundings ({@code priority * shortfall}
     * and {@code z / priority}) that could put the two sides of that comparison in another order.
     */
    static double zeroCostAbove(double topKink) {
        return topKink * (1 + 1e-12);
    }

    /**
     * The first and largest kink of pair {@code p} (the first value {@link #kinks} writes, see {@link
     * #topKink}), or -1 if it has none.
     */
    double firstKink(int p) {
        return start[p + 1] == start[p] ? -1 : priority[p % m] * shortfall[p];
    }

    /**
     * Whether a kink of school {@code s}'s pairs lies strictly inside {@code (lo, hi)}, {@code lo >= 0};
     * if none does, {@code nearest} gets the largest kink at or below {@code lo} (at least its
     * {@code [0]}, where it starts) in {@code [0]} and the smallest at or above {@code hi} (at most its
     * {@code [1]}) in {@code [1]}. The kinks are the values {@link #kinks} writes, computed by the same
     * operations, without writing them out; a pair whose first and largest kink is at or below {@code
     * lo} has none above it.
     */
    boolean kinkInside(int s, double lo, double hi, double[] nearest) {
        double low = nearest[0];
        double high = nearest[1];
        for (int k = 0, p = s * m; k < m; k++, p++) {
            int end = start[p + 1];
            int j = start[p];
            if (j == end) {
                continue; // no kinks
            }
            double pairPriority = priority[k];
            double remaining = shortfall[p];
            double kink = pairPriority * remaining;
            if (kink <= lo) {
                low = Math.max(low, kink);
                continue;
            }
            while (true) {
                if (kink <= lo) {
                    low = Math.max(low, kink);
                } else if (kink >= hi) {
                    high = Math.min(high, kink);
                } else {
                    return true;
                }
                if (j == end) {
                    break;
                }
                remaining -= itemReduction[j++];
                kink = Math.max(0, pairPriority * remaining);
            }
        }
        nearest[0] = low;
        nearest[1] = high;
        return false;
    }

    /** How many kinks pair {@code p}'s curve has: one per piece boundary, including where it starts. */
    int kinkCount(int p) {
        return start[p + 1] - start[p] + (start[p + 1] > start[p] ? 1 : 0);
    }

    /** Writes pair {@code p}'s kinks (levels, each at least 0) into {@code into} from {@code at}; returns the next index. */
    int kinks(int p, double[] into, int at) {
        if (start[p + 1] == start[p]) {
            return at;
        }
        double pairPriority = priority[p % m];
        double remaining = shortfall[p];
        into[at++] = pairPriority * remaining;
        for (int j = start[p]; j < start[p + 1]; j++) {
            remaining -= itemReduction[j];
            into[at++] = Math.max(0, pairPriority * remaining);
        }
        return at;
    }
}

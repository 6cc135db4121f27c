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

import th.allocation.model.Baht;

/**
 * Minimises the weighted shortfall exactly: a continuous knapsack over nested capacities (school
 * rooms inside group ceilings inside the budget), where buying items greedily by value per baht is
 * optimal: the capacities are nested (a laminar family), so the spendings they allow form a
 * polymatroid, over which the greedy maximises a linear objective (J. Edmonds, "Submodular functions,
 * matroids, and certain polyhedra", 1970).
 *
 * <ol>
 *   <li>Floors first, each school from its own best items, then as unattributed top-up;
 *   <li>envelope minimums next, from the group's best items, then in proportion to base;
 *   <li>then the rest of the money, best value per baht first; items of equal value per baht are
 *       funded in equal fractions, so ties never favour a school by its id.
 * </ol>
 *
 * The budget's shadow price is the value per baht of the best item that could still take money.
 * With a level (lexicographic), every pair is first brought to that level of relative shortfall.
 */
final class WeightedShortfallGreedy {
    private final Funding f;
    private final TargetProblem p;
    /** Per item, its school. */
    private final int[] itemSchool;

    WeightedShortfallGreedy(Funding funding) {
        this.f = funding;
        this.p = funding.p;
        this.itemSchool = funding.p.itemSchools();
    }

    /** Funds items by value per baht; returns the budget's shadow price (weighted shortfall per baht). */
    double fund() {
        return fund(null);
    }

    /**
     * Brings every pair to {@code level} (the min-max optimum), then funds items by value per baht;
     * returns the budget's shadow price.
     */
    double fundAbove(double level) {
        return fund(level);
    }

    private double fund(Double level) {
        int n = f.n;
        int m = f.m;
        double[] spend = f.spend;
        int items = p.items();
        double[] extra = new double[n];
        int[] start = f.curves.start;
        double[] ratio = new double[items];
        double[] levelOverPriority = level == null ? null : f.curves.levelOverPriority(level);
        // Each school's entries are its own: in parallel blocks on large problems (see Blocks). The
        // pairs to the level, then each item's value per baht: (its value) / its cost.
        Blocks.run(n, Blocks.PARALLEL_FROM, (from, to) -> {
            for (int s = from; s < to; s++) {
                if (levelOverPriority != null) {
                    for (int k = 0, pair = s * m; k < m; k++, pair++) {
                        extra[s] += f.curves.spendOver(pair, levelOverPriority[k], spend);
                    }
                }
                for (int k = 0, pair = s * m; k < m; k++, pair++) {
                    double weight = p.valueWeight(s, k);
                    for (int j = start[pair]; j < start[pair + 1]; j++) {
                        ratio[j] = weight * p.itemReduction[j] / p.itemCost[j];
                    }
                }
            }
        });
        double best = 0;
        for (int j = 0; j < items; j++) {
            best = Math.max(best, ratio[j]);
        }
        // Order items by value per baht, best first, ties by position (a stable sort), as far as read.
        double[] key = new double[items];
        for (int j = 0; j < items; j++) {
            key[j] = best - ratio[j];
        }
        LazyAscendingOrder order = new LazyAscendingOrder(key, best);
        // Floors: each school's own best items first (in the same order), then unattributed top-up.
        int[] own = new int[m * f.curves.mostKinks];
        for (int s = 0; s < n; s++) {
            double missing = f.lower[s] - extra[s];
            if (missing > 0) {
                int count = bestFirst(start[s * m], start[s * m + m], key, own);
                for (int at = 0; at < count && missing > 0; at++) {
                    int j = own[at];
                    double take = Math.min(p.itemCost[j] - spend[j], missing);
                    spend[j] += take;
                    extra[s] += take;
                    missing -= take;
                }
            }
            if (missing > 0) {
                f.topUp[s] += missing;
                extra[s] += missing;
            }
        }
        double[] groupExtra = new double[f.groups];
        for (int s = 0; s < n; s++) {
            if (f.group[s] >= 0) {
                groupExtra[f.group[s]] += extra[s];
            }
        }
        // Envelope minimums: the group's best items first.
        for (int g = 0; g < f.groups; g++) {
            double missing = f.groupLower[g] - groupExtra[g];
            for (int idx = 0; idx < items && missing > 0; idx++) {
                int j = order.get(idx);
                int s = itemSchool[j];
                if (f.group[s] != g) {
                    continue;
                }
                double take = Math.min(Math.min(p.itemCost[j] - spend[j], f.upper[s] - extra[s]), missing);
                if (take > 0) {
                    spend[j] += take;
                    extra[s] += take;
                    groupExtra[g] += take;
                    missing -= take;
                }
            }
            if (missing > 0) {
                f.fillInProportionToBase(g, missing, extra, groupExtra);
            }
        }
        double left = p.available;
        for (int s = 0; s < n; s++) {
            left -= extra[s];
        }
        // The greedy, one class of equal value per baht at a time.
        int i = 0;
        while (i < items && left > 0) {
            int end = i + 1;
            while (end < items && ratio[order.get(end)] == ratio[order.get(i)]) {
                end++;
            }
            left = fundClass(order.array(), i, end, left, extra, groupExtra); // places below end are final
            i = end;
        }
        return price(order, key, ratio, extra, groupExtra);
    }

    /**
     * The value per baht of the best item that can still take money (the first such in the order),
     * per baht; 0 if none. Where the keys order by value, the first in the order is the one of least
     * key, ties by position: found by one walk in position order instead of reading the order.
     */
    private double price(LazyAscendingOrder order, double[] key, double[] ratio, double[] extra, double[] groupExtra) {
        int items = key.length;
        if (order.plain()) {
            int first = -1;
            for (int j = 0; j < items; j++) {
                if ((first < 0 || key[j] < key[first]) && canTakeMore(j, extra, groupExtra)) {
                    first = j;
                }
            }
            return first < 0 ? 0 : ratio[first] * Baht.SATANG_PER_BAHT;
        }
        for (int at = 0; at < items; at++) {
            int j = order.get(at);
            if (canTakeMore(j, extra, groupExtra)) {
                return ratio[j] * Baht.SATANG_PER_BAHT;
            }
        }
        return 0;
    }

    /** Whether item {@code j} is not bought whole and its school and group have room. */
    private boolean canTakeMore(int j, double[] extra, double[] groupExtra) {
        int s = itemSchool[j];
        boolean room = extra[s] < f.upper[s] && (f.group[s] < 0 || groupExtra[f.group[s]] < f.groupUpper[f.group[s]]);
        return f.spend[j] < p.itemCost[j] * (1 - Tolerances.SUM_RELATIVE) && room;
    }

    /**
     * Writes the items {@code from} to {@code to - 1} (one school's) into {@code into} in ascending
     * order of key, ties by position, as the whole order has them; returns how many.
     */
    static int bestFirst(int from, int to, double[] key, int[] into) {
        int count = 0;
        for (int j = from; j < to; j++) {
            int at = count++;
            while (at > 0
                    && Double.doubleToRawLongBits(key[into[at - 1]] + 0.0) > Double.doubleToRawLongBits(key[j] + 0.0)) {
                into[at] = into[at - 1];
                at--;
            }
            into[at] = j;
        }
        return count;
    }

    /** Funds the items {@code order[from, to)} in equal fractions within rooms and ceilings; returns what is left. */
    private double fundClass(int[] order, int from, int to, double left, double[] extra, double[] groupExtra) {
        double[] spend = f.spend;
        boolean[] blocked = new boolean[to - from];
        while (left > Tolerances.RESIDUE) {
            double want = 0;
            for (int i = from; i < to; i++) {
                int j = order[i];
                if (!blocked[i - from]) {
                    want += p.itemCost[j] - spend[j];
                }
            }
            if (want <= 0) {
                break;
            }
            double fraction = Math.min(1, left / want);
            boolean clipped = false;
            for (int i = from; i < to; i++) {
                int j = order[i];
                if (blocked[i - from]) {
                    continue;
                }
                int s = itemSchool[j];
                int g = f.group[s];
                double give = fraction * (p.itemCost[j] - spend[j]);
                double room = f.upper[s] - extra[s];
                if (g >= 0) {
                    room = Math.min(room, f.groupUpper[g] - groupExtra[g]);
                }
                if (give >= room) {
                    give = Math.max(0, room);
                    blocked[i - from] = true;
                    clipped = true;
                }
                spend[j] += give;
                extra[s] += give;
                if (g >= 0) {
                    groupExtra[g] += give;
                }
                left -= give;
                if (spend[j] >= p.itemCost[j]) {
                    blocked[i - from] = true;
                }
            }
            if (!clipped) {
                break; // every item took its fraction: the money is used up, or every item is full
            }
        }
        return left;
    }
}

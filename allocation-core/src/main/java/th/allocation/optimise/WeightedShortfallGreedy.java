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

import th.allocation.internal.AscendingOrder;
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

    WeightedShortfallGreedy(Funding funding) {
        this.f = funding;
        this.p = funding.p;
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
        if (level != null) {
            for (int s = 0; s < n; s++) {
                for (int pair = s * m; pair < s * m + m; pair++) {
                    extra[s] += f.curves.spend(pair, level, spend);
                }
            }
        }
        // Order items by value per baht, best first, ties by position (a stable sort).
        double[] ratio = new double[items];
        double best = 0;
        int[] start = f.curves.start;
        for (int s = 0, pair = 0; s < n; s++) {
            for (int k = 0; k < m; k++, pair++) {
                double weight = p.valueWeight(s, k);
                for (int j = start[pair]; j < start[pair + 1]; j++) {
                    ratio[j] = weight * p.itemReduction[j] / p.itemCost[j]; // (its value) / its cost
                    best = Math.max(best, ratio[j]);
                }
            }
        }
        double[] key = new double[items];
        for (int j = 0; j < items; j++) {
            key[j] = best - ratio[j];
        }
        int[] order = AscendingOrder.of(key);
        // Floors: each school's own best items first, then unattributed top-up.
        ItemsBySchool bySchool = itemsBySchool(order);
        for (int s = 0; s < n; s++) {
            double missing = f.lower[s] - extra[s];
            for (int at = bySchool.start()[s]; at < bySchool.start()[s + 1] && missing > 0; at++) {
                int j = bySchool.items()[at];
                double take = Math.min(p.itemCost[j] - spend[j], missing);
                spend[j] += take;
                extra[s] += take;
                missing -= take;
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
                int j = order[idx];
                int s = p.itemSchool[j];
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
            while (end < items && ratio[order[end]] == ratio[order[i]]) {
                end++;
            }
            left = fundClass(order, i, end, left, extra, groupExtra);
            i = end;
        }
        // One more baht would buy the best item that can still take money: its value per baht.
        for (int at = 0; at < items; at++) {
            int j = order[at];
            int s = p.itemSchool[j];
            boolean room =
                    extra[s] < f.upper[s] && (f.group[s] < 0 || groupExtra[f.group[s]] < f.groupUpper[f.group[s]]);
            if (spend[j] < p.itemCost[j] * (1 - Tolerances.SUM_RELATIVE) && room) {
                return ratio[j] * Baht.SATANG_PER_BAHT;
            }
        }
        return 0;
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
                int s = p.itemSchool[j];
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

    /** Items by school in {@code order}: school s's are {@code items[start[s], start[s + 1])}. */
    private record ItemsBySchool(int[] start, int[] items) {}

    private ItemsBySchool itemsBySchool(int[] order) {
        int n = f.n;
        int[] start = new int[n + 1];
        for (int j : order) {
            start[p.itemSchool[j] + 1]++;
        }
        for (int s = 0; s < n; s++) {
            start[s + 1] += start[s];
        }
        int[] fill = start.clone();
        int[] items = new int[order.length];
        for (int j : order) {
            items[fill[p.itemSchool[j]]++] = j;
        }
        return new ItemsBySchool(start, items);
    }
}

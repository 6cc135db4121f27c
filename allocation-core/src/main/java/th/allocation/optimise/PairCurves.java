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

    PairCurves(TargetProblem problem) {
        this.problem = problem;
        this.m = problem.indicators();
        int pairs = problem.schools() * m;
        start = new int[pairs + 1];
        int j = 0;
        for (int p = 0; p < pairs; p++) {
            start[p] = j;
            while (j < problem.items() && problem.itemSchool[j] * m + problem.itemIndicator[j] == p) {
                j++;
            }
        }
        start[pairs] = j;
    }

    /** The relative-shortfall reduction pair {@code p} needs to reach level {@code z}. */
    double reductionNeeded(int p, double z) {
        int k = p % m;
        return Math.max(0, problem.shortfall[p] - z / problem.priority(k));
    }

    /**
     * The relative shortfall of pair {@code p} that its items cannot remove, bought whole: the whole
     * shortfall of a pair without items (a school without pupils), else a rounding residue.
     */
    double unreachable(int p) {
        double left = problem.shortfall[p];
        for (int j = start[p]; j < start[p + 1]; j++) {
            left -= problem.itemReduction[j];
        }
        return Math.max(0, left);
    }

    /** The cost of bringing pair {@code p} to level {@code z}. */
    double cost(int p, double z) {
        double need = reductionNeeded(p, z);
        double cost = 0;
        for (int j = start[p]; j < start[p + 1] && need > 0; j++) {
            double take = Math.min(problem.itemReduction[j], need);
            cost += problem.itemCost[j] * (take / problem.itemReduction[j]);
            need -= take;
        }
        return cost;
    }

    /** Spends on the items of pair {@code p} what bringing it to level {@code z} costs; returns the total. */
    double spend(int p, double z, double[] itemSpend) {
        double need = reductionNeeded(p, z);
        double total = 0;
        for (int j = start[p]; j < start[p + 1]; j++) {
            double take = Math.min(problem.itemReduction[j], need);
            double spent = take <= 0 ? 0 : problem.itemCost[j] * (take / problem.itemReduction[j]);
            itemSpend[j] = Math.max(itemSpend[j], spent);
            total += spent;
            need -= take;
        }
        return total;
    }

    /** The cost of bringing every pair of school {@code s} to level {@code z}. */
    double schoolCost(int s, double z) {
        double sum = 0;
        for (int p = s * m; p < s * m + m; p++) {
            sum += cost(p, z);
        }
        return sum;
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
        double priority = problem.priority(p % m);
        double remaining = problem.shortfall[p];
        into[at++] = priority * remaining;
        for (int j = start[p]; j < start[p + 1]; j++) {
            remaining -= problem.itemReduction[j];
            into[at++] = Math.max(0, priority * remaining);
        }
        return at;
    }
}

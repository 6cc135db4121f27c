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

/** Builds a {@link TargetSolution} from item spending, with the objective values it reaches. */
final class TargetSolutions {
    private TargetSolutions() {}

    static TargetSolution of(
            String solver,
            TargetProblem problem,
            PairCurves curves,
            double[] itemSpend,
            double[] extra,
            double shadowPrice) {
        int m = problem.indicators();
        double[] priority = problem.priority;
        double[] pupils = problem.pupils;
        int n = problem.schools();
        // What each pair keeps, in parallel blocks on large problems (see Blocks); then the sums in
        // pair order, as before.
        double[] kept = new double[n * m];
        Blocks.run(n, Blocks.PARALLEL_FROM, (from, to) -> {
            for (int pair = from * m; pair < to * m; pair++) {
                kept[pair] = remaining(problem, curves, itemSpend, pair);
            }
        });
        double worst = 0;
        double weighted = 0;
        for (int s = 0, pair = 0; s < n; s++) {
            for (int k = 0; k < m; k++, pair++) {
                double remaining = kept[pair];
                worst = Math.max(worst, priority[k] * remaining);
                weighted += priority[k] * pupils[s] * remaining;
            }
        }
        return new TargetSolution(solver, itemSpend, extra, worst, weighted, shadowPrice);
    }

    /**
     * The relative shortfall of pair {@code pair} left after the given spending: its shortfall less
     * each item's reduction times {@code min(1, spent / cost)}, in item order. An item bought whole
     * (that quotient is 1) or not at all (0, with a finite reduction) adds its reduction or nothing
     * without the division: the same value, so the same sum (adding 0 to a sum of products that are
     * not negative leaves it as it is).
     */
    static double remaining(TargetProblem problem, PairCurves curves, double[] itemSpend, int pair) {
        double[] reduction = problem.itemReduction;
        double[] cost = problem.itemCost;
        double reduced = 0;
        for (int j = curves.start[pair]; j < curves.start[pair + 1]; j++) {
            double spent = itemSpend[j];
            double whole = cost[j];
            if (spent == whole && whole > 0 && whole < Double.POSITIVE_INFINITY) {
                reduced += reduction[j]; // times min(1, whole / whole), which is 1
            } else if (!(spent == 0 && whole > 0 && Double.isFinite(reduction[j]))) {
                reduced += reduction[j] * Math.min(1, spent / whole);
            }
        }
        return Math.max(0, problem.shortfall[pair] - reduced);
    }
}

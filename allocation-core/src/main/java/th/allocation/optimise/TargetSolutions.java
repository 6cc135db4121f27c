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
        double worst = 0;
        double weighted = 0;
        for (int s = 0, pair = 0; s < problem.schools(); s++) {
            for (int k = 0; k < m; k++, pair++) {
                double remaining = remaining(problem, curves, itemSpend, pair);
                worst = Math.max(worst, priority[k] * remaining);
                weighted += priority[k] * pupils[s] * remaining;
            }
        }
        return new TargetSolution(solver, itemSpend, extra, worst, weighted, shadowPrice);
    }

    /** The relative shortfall of pair {@code pair} left after the given spending. */
    static double remaining(TargetProblem problem, PairCurves curves, double[] itemSpend, int pair) {
        double reduced = 0;
        for (int j = curves.start[pair]; j < curves.start[pair + 1]; j++) {
            reduced += problem.itemReduction[j] * Math.min(1, itemSpend[j] / problem.itemCost[j]);
        }
        return Math.max(0, problem.shortfall[pair] - reduced);
    }
}

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

import th.allocation.scenario.Objective;

/**
 * The exact structured solver for target problems whose envelopes all group by one column (so
 * schools, groups and the budget are nested, see {@link EnvelopeGroups}). Every step is exact up to
 * floating point; nothing iterates towards a tolerance. It runs, on one {@link Funding}:
 *
 * <ol>
 *   <li>{@link Feasibility#check}, which names any conflict among floors, caps, envelopes and budget;
 *   <li>by objective: <b>weighted shortfall</b>, {@link WeightedShortfallGreedy}; <b>min-max</b>,
 *       {@link MinMaxLevelSearch}; <b>lexicographic</b>, the min-max optimum {@code Z} (the largest
 *       shortfall left), then the greedy with every pair held at or below {@code Z};
 *   <li>{@link LeftoverSpending}: money left when every gap is closed goes to schools in proportion
 *       to their base, when the budget must be spent exactly.
 * </ol>
 *
 * The budget's shadow price is the optimised objective's derivative for more money: for min-max
 * from {@link MinMaxLevelSearch} (0 when the largest shortfall is held above the common level), for
 * weighted shortfall and lexicographic from {@link WeightedShortfallGreedy}.
 */
public final class StructuredSolver implements TargetSolver {
    @Override
    public String name() {
        return "structured";
    }

    @Override
    public boolean supports(TargetProblem problem) {
        return whyNot(problem).isEmpty();
    }

    @Override
    public String whyNot(TargetProblem problem) {
        for (int e = 1; e < problem.envelopes(); e++) {
            if (!problem.envelopes
                    .get(e)
                    .column()
                    .equals(problem.envelopes.get(0).column())) {
                return "envelopes group by more than one column ("
                        + problem.envelopes.get(0).column() + " and "
                        + problem.envelopes.get(e).column() + "), so groups overlap";
            }
        }
        return "";
    }

    @Override
    public TargetSolution solve(TargetProblem problem) {
        if (!supports(problem)) {
            throw new IllegalArgumentException(
                    "The structured solver cannot solve this problem: " + whyNot(problem) + ". Use the LP solver.");
        }
        Feasibility.check(problem);
        Funding funding = new Funding(problem, EnvelopeGroups.ofFirstColumn(problem));
        double shadowPrice;
        Objective objective = problem.objective();
        if (objective == Objective.WEIGHTED_SHORTFALL) {
            shadowPrice = new WeightedShortfallGreedy(funding).fund();
        } else if (objective == Objective.LEXICOGRAPHIC) {
            double largest = new MinMaxLevelSearch(funding).fundWithoutPrice(); // the greedy gives the price
            funding.clear();
            shadowPrice = new WeightedShortfallGreedy(funding).fundAbove(largest);
        } else {
            shadowPrice = new MinMaxLevelSearch(funding).fund();
        }
        double[] extra = new LeftoverSpending(funding).spend();
        return funding.solution(shadowPrice, extra);
    }
}

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
package th.allocation.lp;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import th.allocation.InfeasibleException;
import th.allocation.optimise.Feasibility;
import th.allocation.optimise.TargetProblem;
import th.allocation.optimise.Tolerances;

/**
 * The LP solver's last stage, spending exactly: top-ups beyond what floors need buy nothing, so they
 * go to schools in proportion to their base, within caps and envelopes, as the structured solver
 * spreads money left when every gap is closed. Small LPs over the top-ups alone (the items' spending
 * is now fixed; a separate model, because fixing every item column of the big one left GLOP's
 * postsolve imprecise), always with GLOP:
 *
 * <ol>
 *   <li>the least money schools without a base must take beyond their floors when the budget need
 *       not be spent (an envelope minimum on a group whose other schools are full forces it);
 *   <li>with that held, minimise {@code mu} subject to {@code t_s <= need_s + mu * base_s} for the
 *       schools with a base, spending exactly. If this fails, the money left cannot go in
 *       proportion to base: the scenario is infeasible (as with the structured solver), and the
 *       message gives the amounts.
 * </ol>
 */
final class LpLeftoverStage {
    private static final double S = LpTargetSolver.SATANG_PER_UNIT;

    private final TargetProblem p;
    private final LpRun run;
    private final MPConstraint[][] envelopeRows;
    private final int n;

    /**
     * The stage for {@code problem}, solving with {@code run}; {@code envelopeRows} are the main
     * model's envelope rows (null where a group's row could not bind), whose bounds it keeps.
     */
    LpLeftoverStage(TargetProblem problem, LpRun run, MPConstraint[][] envelopeRows) {
        this.p = problem;
        this.run = run;
        this.envelopeRows = envelopeRows;
        this.n = problem.schools();
    }

    /**
     * Replaces the top-ups by the spread ones; {@code spend} is fixed. Returns false, changing
     * nothing, if no money is left beyond what floors need.
     *
     * @throws InfeasibleException if the money left cannot go in proportion to base
     */
    boolean spread(double[] spend, double[] topUp) {
        double[] bought = new double[n];
        for (int j = 0; j < p.items(); j++) {
            bought[p.itemSchool(j)] += spend[j];
        }
        double[] need = new double[n];
        double free = 0;
        double capacity = 0;
        double fixed = 0;
        double base = 0;
        boolean baseless = false;
        for (int s = 0; s < n; s++) {
            need[s] = p.required(s) - bought[s] > Tolerances.MONEY_ABSOLUTE ? p.required(s) - bought[s] : 0;
            free += Math.max(0, topUp[s] - need[s]);
            fixed += bought[s];
            base += p.base(s);
            if (p.base(s) > 0) {
                capacity += Math.max(0, p.room(s) - bought[s] - need[s]);
            } else {
                baseless |= p.room(s) - bought[s] > need[s];
            }
        }
        double budget = p.available() + base;
        if (free <= LpTolerances.NOTHING_LEFT_SATANG + Tolerances.MONEY_RELATIVE * Math.abs(budget)) {
            return false;
        }
        double inf = MPSolver.infinity();
        MPSolver spread = LpRun.create(LpTargetSolver.Backend.GLOP);
        try {
            MPVariable[] top = new MPVariable[n];
            MPVariable mu = spread.makeNumVar(0, inf, "mu");
            MPConstraint withoutBase = spread.makeConstraint(-inf, inf, "without base");
            for (int s = 0; s < n; s++) {
                top[s] = spread.makeNumVar(need[s] / S, LpModel.units(Math.max(need[s], p.room(s) - bought[s])), "");
                if (p.base(s) > 0) {
                    MPConstraint share = spread.makeConstraint(-inf, need[s] / S, "");
                    share.setCoefficient(top[s], 1);
                    share.setCoefficient(mu, -p.base(s) / S);
                } else {
                    withoutBase.setCoefficient(top[s], 1);
                }
            }
            double rest = (p.available() - fixed) / S;
            MPConstraint total = spread.makeConstraint(-inf, rest, "");
            for (int s = 0; s < n; s++) {
                total.setCoefficient(top[s], 1);
            }
            keepEnvelopes(spread, top, bought);
            if (baseless) {
                MPObjective least = spread.objective();
                for (int s = 0; s < n; s++) {
                    if (!(p.base(s) > 0)) {
                        least.setCoefficient(top[s], 1);
                    }
                }
                least.setMinimization();
                run.solve(spread, "leftover", () -> Feasibility.unmetTogether(p));
                double forced = least.value();
                withoutBase.setUb(forced + Tolerances.MONEY_RELATIVE * Math.max(1, Math.abs(rest)));
                spread.objective().clear();
            } else {
                withoutBase.setUb(0);
                withoutBase.setLb(-inf);
                for (int s = 0; s < n; s++) {
                    if (!(p.base(s) > 0)) {
                        top[s].setUb(need[s] / S);
                    }
                }
            }
            total.setLb(rest);
            spread.objective().setCoefficient(mu, 1);
            spread.objective().setMinimization();
            double left = free;
            double room = capacity;
            run.solve(
                    spread,
                    "leftover",
                    () -> room < left
                            ? Feasibility.leftoverBeyondCaps(left, room)
                            : Feasibility.leftoverBeyondEnvelopes(left));
            for (int s = 0; s < n; s++) {
                topUp[s] = Math.max(0, top[s].solutionValue() * S);
            }
        } finally {
            spread.delete();
        }
        return true;
    }

    /** Each envelope row of the main model, shifted by the items' fixed spending, over the top-ups. */
    private void keepEnvelopes(MPSolver spread, MPVariable[] top, double[] bought) {
        for (int e = 0; e < envelopeRows.length; e++) {
            double[] shift = new double[envelopeRows[e].length];
            for (int s = 0; s < n; s++) {
                int g = p.envelopeGroup(e, s);
                if (g >= 0) {
                    shift[g] += bought[s] / S;
                }
            }
            for (int g = 0; g < shift.length; g++) {
                MPConstraint row = envelopeRows[e][g];
                if (row == null) {
                    continue;
                }
                MPConstraint bound = spread.makeConstraint(row.lb() - shift[g], row.ub() - shift[g], "");
                for (int s = 0; s < n; s++) {
                    if (p.envelopeGroup(e, s) == g) {
                        bound.setCoefficient(top[s], 1);
                    }
                }
            }
        }
    }
}

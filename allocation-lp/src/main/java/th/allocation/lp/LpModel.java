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
import java.time.Duration;
import th.allocation.model.Baht;
import th.allocation.optimise.Feasibility;
import th.allocation.optimise.TargetProblem;
import th.allocation.optimise.TargetSolution;
import th.allocation.scenario.Objective;

/**
 * One solve of a {@link TargetProblem} as an LP: builds the MPSolver model (see {@link
 * LpTargetSolver} for the formulation), runs the phases the objective needs (through {@link LpRun}),
 * reads the solution back into satang and prices, makes it canonical, and hands top-ups left over to
 * {@link LpLeftoverStage}. Not thread-safe; used once.
 */
final class LpModel {
    private static final double S = LpTargetSolver.SATANG_PER_UNIT;

    private final TargetProblem p;
    private final LpTargetSolver.Backend backend;
    private final LpRun run;
    private final int n;
    private final int m;
    private final int items;
    /** Items of school {@code s} are {@code schoolStart[s]} to {@code schoolStart[s + 1]} (exclusive). */
    private final int[] schoolStart;

    private MPSolver solver;
    private MPVariable[] y;
    private MPVariable[] t;
    private MPVariable z;
    private MPConstraint budget;
    private MPConstraint[][] envelopeRows;
    private double objectiveScale = 1;

    LpModel(TargetProblem problem, LpTargetSolver.Backend backend, Duration timeLimit) {
        this.p = problem;
        this.backend = backend;
        this.run = new LpRun(backend, timeLimit);
        this.n = problem.schools();
        this.m = problem.indicators();
        this.items = problem.items();
        schoolStart = new int[n + 1];
        int j = 0;
        for (int s = 0; s < n; s++) {
            schoolStart[s] = j;
            while (j < items && problem.itemSchool(j) == s) {
                j++;
            }
        }
        schoolStart[n] = j;
        if (j != items) {
            throw new IllegalStateException("The target problem's items are not ordered by school (item " + j + " of "
                    + items + "); the LP model relies on that order.");
        }
    }

    /** How many LP variables a problem has: one per item, one top-up per school, and z. */
    static long variableCount(TargetProblem problem) {
        return (long) problem.items() + problem.schools() + 1;
    }

    TargetSolution solve() {
        solver = LpRun.create(backend);
        try {
            build();
            Prices prices;
            if (p.objective() == Objective.WEIGHTED_SHORTFALL) {
                weightedObjective();
                run("weighted shortfall");
                prices = prices(false);
            } else {
                minMaxObjective();
                run("min-max");
                Prices minMaxPrices = prices(true);
                double level = z.solutionValue();
                // Hold the largest shortfall (with a hair of slack for the solver's tolerance), then spend
                // what it leaves free by value per baht.
                double slack = backend == LpTargetSolver.Backend.GLOP
                        ? LpTolerances.VERTEX_LEVEL_RELATIVE
                        : LpTolerances.LEVEL_RELATIVE;
                z.setUb(level + slack * level + LpTolerances.LEVEL_ABSOLUTE);
                weightedObjective();
                run(p.objective() == Objective.MIN_MAX ? "min-max tie-break" : "lexicographic second");
                prices = p.objective() == Objective.MIN_MAX ? minMaxPrices : prices(false);
            }
            double[] spend = new double[items];
            double[] topUp = new double[n];
            read(spend, topUp);
            pourInOrder(spend);
            repair(spend, topUp);
            if (p.spendExactly() && new LpLeftoverStage(p, run, envelopeRows).spread(spend, topUp)) {
                repair(spend, topUp); // the spread top-ups, within each school's floor and cap again
            }
            return solution(spend, topUp, prices);
        } finally {
            solver.delete();
        }
    }

    // ---- the model -------------------------------------------------------------------------------

    private void build() {
        double inf = MPSolver.infinity();
        y = new MPVariable[items];
        for (int j = 0; j < items; j++) {
            y[j] = solver.makeNumVar(0, 1, ""); // the fraction of item j bought
        }
        t = new MPVariable[n];
        for (int s = 0; s < n; s++) {
            double room = units(p.room(s));
            boolean hasItems = schoolStart[s + 1] > schoolStart[s];
            t[s] = solver.makeNumVar(hasItems ? 0 : p.required(s) / S, room, "");
            if (hasItems && (p.required(s) > 0 || room < inf)) {
                MPConstraint row = solver.makeConstraint(p.required(s) / S, room, "");
                addSchool(row, s);
            }
        }
        double available = p.available() / S;
        budget = solver.makeConstraint(p.spendExactly() ? available : -inf, available, "budget");
        for (int s = 0; s < n; s++) {
            addSchool(budget, s);
        }
        envelopeRows = new MPConstraint[p.envelopes()][];
        for (int e = 0; e < p.envelopes(); e++) {
            int groups = p.envelopeGroups(e);
            envelopeRows[e] = new MPConstraint[groups];
            double[] base = new double[groups];
            double[] required = new double[groups];
            double[] room = new double[groups];
            for (int s = 0; s < n; s++) {
                int g = p.envelopeGroup(e, s);
                if (g >= 0) {
                    base[g] += p.base(s);
                    required[g] += p.required(s);
                    room[g] += p.room(s);
                }
            }
            for (int g = 0; g < groups; g++) {
                double lower = p.envelopeLower(e, g) - base[g];
                double upper = p.envelopeUpper(e, g) - base[g];
                if (lower > required[g] || upper < room[g]) { // otherwise the schools' own bounds imply it
                    envelopeRows[e][g] =
                            solver.makeConstraint(lower > required[g] ? lower / S : -inf, units(upper), "");
                }
            }
            for (int s = 0; s < n; s++) {
                int g = p.envelopeGroup(e, s);
                if (g >= 0 && envelopeRows[e][g] != null) {
                    addSchool(envelopeRows[e][g], s);
                }
            }
        }
        z = solver.makeNumVar(unfundableLevel(), inf, "z");
        if (p.objective() != Objective.WEIGHTED_SHORTFALL) {
            levelRows();
        }
    }

    /**
     * The min-max rows: {@code p_k * (shortfall - sum_j f_j r_j) <= z} for each pair with items. The
     * column of {@code z} is dense; chaining per-school copies of {@code z} by equalities (to keep
     * interior-point normal equations sparse) made GLOP slower and HiGHS's presolve undoes it.
     */
    private void levelRows() {
        double inf = MPSolver.infinity();
        int j = 0;
        while (j < items) {
            int s = p.itemSchool(j);
            int k = p.itemIndicator(j);
            double priority = p.priority(k);
            MPConstraint row = solver.makeConstraint(priority * p.shortfall(s, k), inf, "");
            row.setCoefficient(z, 1);
            for (; j < items && p.itemSchool(j) == s && p.itemIndicator(j) == k; j++) {
                row.setCoefficient(y[j], priority * p.itemReduction(j));
            }
        }
    }

    private void addSchool(MPConstraint row, int s) {
        for (int j = schoolStart[s]; j < schoolStart[s + 1]; j++) {
            row.setCoefficient(y[j], p.itemCost(j) / S);
        }
        row.setCoefficient(t[s], 1);
    }

    /** The largest weighted shortfall no money changes: pairs with a shortfall but no items. */
    private double unfundableLevel() {
        boolean[] funded = new boolean[n * m];
        for (int j = 0; j < items; j++) {
            funded[p.itemSchool(j) * m + p.itemIndicator(j)] = true;
        }
        double level = 0;
        for (int s = 0; s < n; s++) {
            for (int k = 0; k < m; k++) {
                if (!funded[s * m + k]) {
                    level = Math.max(level, p.priority(k) * p.shortfall(s, k));
                }
            }
        }
        return level;
    }

    private void weightedObjective() {
        MPObjective objective = solver.objective();
        objective.clear();
        double largest = 0;
        for (int j = 0; j < items; j++) {
            largest = Math.max(largest, p.itemValue(j));
        }
        objectiveScale = largest > 0 ? 1 / largest : 1;
        for (int j = 0; j < items; j++) {
            objective.setCoefficient(y[j], objectiveScale * p.itemValue(j));
        }
        objective.setMaximization();
    }

    private void minMaxObjective() {
        MPObjective objective = solver.objective();
        objective.clear();
        objective.setCoefficient(z, 1);
        objective.setMinimization();
    }

    /** An amount in satang in LP units; infinite stays infinite. */
    static double units(double satang) {
        return Double.isInfinite(satang) ? MPSolver.infinity() : satang / S;
    }

    // ---- solving ---------------------------------------------------------------------------------

    /** Solves the model as it stands; returns normally only at an optimum. */
    private void run(String phase) {
        run.solve(solver, phase, () -> Feasibility.unmetTogether(p));
    }

    // ---- reading the solution --------------------------------------------------------------------

    /** Prices of the budget and envelope rows, per baht, in the direction of {@link TargetSolution}. */
    record Prices(double budget, double[][] envelopes) {}

    private Prices prices(boolean minMax) {
        if (backend == LpTargetSolver.Backend.HIGHS) {
            // MPSolver's HiGHS wrapper (OR-Tools 9.15) copies row activities into the duals: no prices.
            double[][] unknown = new double[envelopeRows.length][];
            for (int e = 0; e < unknown.length; e++) {
                unknown[e] = new double[envelopeRows[e].length];
                java.util.Arrays.fill(unknown[e], Double.NaN);
            }
            return new Prices(Double.NaN, unknown);
        }
        // A dual is d(objective)/d(row bound) in LP units; "falls per baht" flips the sign of a minimised z
        // and undoes the weighted objective's scaling.
        double perBaht = minMax ? -Baht.SATANG_PER_BAHT / S : Baht.SATANG_PER_BAHT / (S * objectiveScale);
        double[][] envelopes = new double[envelopeRows.length][];
        for (int e = 0; e < envelopeRows.length; e++) {
            envelopes[e] = new double[envelopeRows[e].length];
            for (int g = 0; g < envelopeRows[e].length; g++) {
                envelopes[e][g] = envelopeRows[e][g] == null ? 0 : price(envelopeRows[e][g].dualValue() * perBaht);
            }
        }
        return new Prices(price(budget.dualValue() * perBaht), envelopes);
    }

    private static double price(double value) {
        return value == 0 ? 0 : value; // no -0.0 in outputs
    }

    private void read(double[] spend, double[] topUp) {
        for (int j = 0; j < items; j++) {
            spend[j] = p.itemCost(j) * Math.min(1, Math.max(0, y[j].solutionValue()));
        }
        for (int s = 0; s < n; s++) {
            topUp[s] = Math.max(0, t[s].solutionValue() * S);
        }
    }

    /**
     * Pours each pair's spending into its pieces in order. An optimum of the weighted objective is
     * ordered already; min-max is indifferent to money on pairs below the largest shortfall, and
     * ordering can only remove more shortfall for the same money.
     */
    private void pourInOrder(double[] spend) {
        int j = 0;
        while (j < items) {
            int end = j + 1;
            while (end < items && p.itemSchool(end) == p.itemSchool(j) && p.itemIndicator(end) == p.itemIndicator(j)) {
                end++;
            }
            if (end - j > 1) {
                double total = 0;
                for (int i = j; i < end; i++) {
                    total += spend[i];
                }
                for (int i = j; i < end; i++) {
                    spend[i] = Math.min(p.itemCost(i), total);
                    total -= spend[i];
                }
            }
            j = end;
        }
    }

    /**
     * Puts each school back within its floor and cap where the solver's tolerance left it a hair
     * outside (first-order backends; a simplex vertex is already within): the top-up makes up a floor
     * and gives way to a cap, and items shrink in proportion if they alone pass the cap.
     */
    private void repair(double[] spend, double[] topUp) {
        for (int s = 0; s < n; s++) {
            double bought = 0;
            for (int j = schoolStart[s]; j < schoolStart[s + 1]; j++) {
                bought += spend[j];
            }
            topUp[s] = Math.max(topUp[s], p.required(s) - bought);
            if (bought + topUp[s] > p.room(s)) {
                topUp[s] = Math.max(0, p.room(s) - bought);
                if (bought > p.room(s)) {
                    double keep = p.room(s) / bought;
                    for (int j = schoolStart[s]; j < schoolStart[s + 1]; j++) {
                        spend[j] *= keep;
                    }
                }
            }
        }
    }

    private TargetSolution solution(double[] spend, double[] topUp, Prices prices) {
        double[] extra = topUp.clone();
        for (int j = 0; j < items; j++) {
            extra[p.itemSchool(j)] += spend[j];
        }
        double[] reduced = new double[n * m];
        for (int j = 0; j < items; j++) {
            reduced[p.itemSchool(j) * m + p.itemIndicator(j)] +=
                    p.itemReduction(j) * Math.min(1, spend[j] / p.itemCost(j));
        }
        double worst = 0;
        double weighted = 0;
        for (int s = 0; s < n; s++) {
            for (int k = 0; k < m; k++) {
                double remaining = Math.max(0, p.shortfall(s, k) - reduced[s * m + k]);
                worst = Math.max(worst, p.priority(k) * remaining);
                weighted += p.priority(k) * p.pairWeight(s, k) * remaining;
            }
        }
        return new TargetSolution("lp:" + backend, spend, extra, worst, weighted, prices.budget(), prices.envelopes());
    }
}

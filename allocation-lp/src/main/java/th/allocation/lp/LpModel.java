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
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import com.google.ortools.pdlp.PrimalDualHybridGradientParams;
import com.google.ortools.pdlp.TerminationCriteria;
import com.google.protobuf.TextFormat;
import java.time.Duration;
import java.util.function.Supplier;
import th.allocation.AllocationException;
import th.allocation.InfeasibleException;
import th.allocation.model.Baht;
import th.allocation.optimise.TargetProblem;
import th.allocation.optimise.TargetSolution;
import th.allocation.scenario.Objective;

/**
 * One solve of a {@link TargetProblem} as an LP: builds the MPSolver model (see {@link
 * LpTargetSolver} for the formulation), runs the phases the objective needs, reads the solution back
 * into satang and prices. Not thread-safe; used once.
 */
final class LpModel {
    private static final double S = LpTargetSolver.SATANG_PER_UNIT;
    /**
     * Relative slack on the largest shortfall when it is held for the second phase (plus 1e-12
     * absolute, for a level of 0), for the first-order and interior-point backends: enough for their
     * tolerance. GLOP's second phase starts from the first phase's vertex, which meets the held level
     * exactly, so it gets {@link #VERTEX_LEVEL_TOLERANCE}; the slack is what lets the second phase buy
     * weighted shortfall at the expense of the largest (1e-9 gave up to 2e-7 relative against the
     * structured solver, 1e-12 about 1e-10).
     */
    static final double LEVEL_TOLERANCE = 1e-9;

    /** The relative slack on the held level for GLOP (see {@link #LEVEL_TOLERANCE}). */
    static final double VERTEX_LEVEL_TOLERANCE = 1e-12;

    private final TargetProblem p;
    private final LpTargetSolver.Backend backend;
    private final Duration timeLimit;
    private final long deadline;
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
        this.timeLimit = timeLimit;
        this.deadline = System.nanoTime() + timeLimit.toNanos();
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
        solver = create(backend);
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
                double slack = backend == LpTargetSolver.Backend.GLOP ? VERTEX_LEVEL_TOLERANCE : LEVEL_TOLERANCE;
                z.setUb(level + slack * level + 1e-12);
                weightedObjective();
                run(p.objective() == Objective.MIN_MAX ? "min-max tie-break" : "lexicographic second");
                prices = p.objective() == Objective.MIN_MAX ? minMaxPrices : prices(false);
            }
            double[] spend = new double[items];
            double[] topUp = new double[n];
            read(spend, topUp);
            pourInOrder(spend);
            repair(spend, topUp);
            if (p.spendExactly()) {
                spreadLeftover(spend, topUp);
            }
            return solution(spend, topUp, prices);
        } finally {
            solver.delete();
        }
    }

    // ---- the model -------------------------------------------------------------------------------

    private static MPSolver create(LpTargetSolver.Backend backend) {
        MPSolver created = MPSolver.createSolver(backend.name());
        if (created == null) {
            throw new AllocationException("This OR-Tools build has no " + backend + " solver.\nMaybe use the GLOP"
                    + " backend (LpTargetSolver.Backend.GLOP).");
        }
        if (backend == LpTargetSolver.Backend.PDLP) {
            // Default PDLP tolerances gave about 1e-5 relative error; ask for 1e-9. (Feasibility polishing
            // would help the primal, but through MPSolver 9.15 it ends even a 3-row model NOT_SOLVED.)
            PrimalDualHybridGradientParams params = PrimalDualHybridGradientParams.newBuilder()
                    .setTerminationCriteria(TerminationCriteria.newBuilder()
                            .setSimpleOptimalityCriteria(TerminationCriteria.SimpleOptimalityCriteria.newBuilder()
                                    .setEpsOptimalAbsolute(1e-9)
                                    .setEpsOptimalRelative(1e-9)))
                    .build();
            if (!created.setSolverSpecificParametersAsString(
                    TextFormat.printer().printToString(params))) {
                created.delete();
                throw new IllegalStateException("PDLP refused its parameters: " + params);
            }
        }
        if (backend == LpTargetSolver.Backend.HIGHS) {
            // Interior point (IPX, with crossover to a vertex): with HiGHS's default choice the national
            // min-max did not finish in 300 s, with IPX in 120-160 s. MPSolver's HiGHS wrapper returns
            // false here but passes the options on to HiGHS (checked with its log).
            created.setSolverSpecificParametersAsString("solver=ipm");
        }
        created.suppressOutput();
        return created;
    }

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

    private static double units(double satang) {
        return Double.isInfinite(satang) ? MPSolver.infinity() : satang / S;
    }

    // ---- solving ---------------------------------------------------------------------------------

    /** Solves the model as it stands; returns normally only at an optimum. */
    private void run(String phase) {
        run(solver, phase, () -> Feasibility.combined(p));
    }

    /**
     * Solves {@code model} as it stands; returns normally only at an optimum. GLOP's presolve sometimes
     * ends in IMPRECISE (reported as ABNORMAL) where its postsolve needs a large cost perturbation; the
     * model is then solved once more without presolve.
     */
    private void run(MPSolver model, String phase, Supplier<InfeasibleException> infeasible) {
        MPSolver.ResultStatus status = solveOnce(model, phase, null);
        if (status == MPSolver.ResultStatus.ABNORMAL && backend == LpTargetSolver.Backend.GLOP) {
            MPSolverParameters withoutPresolve = new MPSolverParameters();
            withoutPresolve.setIntegerParam(
                    MPSolverParameters.IntegerParam.PRESOLVE,
                    MPSolverParameters.PresolveValues.PRESOLVE_OFF.swigValue());
            status = solveOnce(model, phase, withoutPresolve);
            withoutPresolve.delete();
        }
        if (status == MPSolver.ResultStatus.OPTIMAL) {
            return;
        }
        if (status == MPSolver.ResultStatus.INFEASIBLE) {
            throw infeasible.get();
        }
        boolean outOfTime = System.nanoTime() >= deadline - 50_000_000L;
        if (outOfTime && (status == MPSolver.ResultStatus.FEASIBLE || status == MPSolver.ResultStatus.NOT_SOLVED)) {
            throw timeLimit(model, phase, null);
        }
        throw new AllocationException("The LP solver (" + backend + ") ended the " + phase + " phase with status "
                + status + " on " + model.numVariables() + " variables and " + model.numConstraints()
                + " constraints, without an optimal solution.\nMaybe try another backend"
                + " (LpTargetSolver.withBackend), or the structured solver where it applies.");
    }

    private MPSolver.ResultStatus solveOnce(MPSolver model, String phase, MPSolverParameters parameters) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw timeLimit(model, phase, null);
        }
        model.setTimeLimit(Math.max(1, left / 1_000_000));
        try {
            return parameters == null ? model.solve() : model.solve(parameters);
        } catch (RuntimeException e) {
            // HiGHS through MPSolver throws IllegalArgumentException (an unknown result status) at its time limit.
            if (System.nanoTime() >= deadline) {
                throw timeLimit(model, phase, e);
            }
            throw new AllocationException("The LP solver (" + backend + ") failed in the " + phase + " phase: " + e, e);
        }
    }

    private AllocationException timeLimit(MPSolver model, String phase, RuntimeException cause) {
        String message =
                "The LP solver (" + backend + ") reached its time limit (" + timeLimit.toSeconds() + " s) in the "
                        + phase + " phase, on " + model.numVariables() + " variables and " + model.numConstraints()
                        + " constraints, before it proved an optimum.\nMaybe raise the limit (LpTargetSolver.withTimeLimit),"
                        + " use another backend, or the structured solver where it applies.";
        return cause == null ? new AllocationException(message) : new AllocationException(message, cause);
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

    /**
     * Spending exactly, top-ups beyond what floors need buy nothing; they go to schools in proportion
     * to their base, within caps and envelopes, as the structured solver spreads money left when every
     * gap is closed. Small LPs over the top-ups alone (the items' spending is now fixed; a separate
     * model, because fixing every item column of the big one left GLOP's postsolve imprecise):
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
    private void spreadLeftover(double[] spend, double[] topUp) {
        double[] bought = new double[n];
        for (int j = 0; j < items; j++) {
            bought[p.itemSchool(j)] += spend[j];
        }
        double[] need = new double[n];
        double free = 0;
        double capacity = 0;
        double fixed = 0;
        boolean baseless = false;
        for (int s = 0; s < n; s++) {
            need[s] = p.required(s) - bought[s] > 1e-6 ? p.required(s) - bought[s] : 0;
            free += Math.max(0, topUp[s] - need[s]);
            fixed += bought[s];
            if (p.base(s) > 0) {
                capacity += Math.max(0, p.room(s) - bought[s] - need[s]);
            } else {
                baseless |= p.room(s) - bought[s] > need[s];
            }
        }
        if (free <= Feasibility.tolerance(Feasibility.totals(p))) {
            return;
        }
        double inf = MPSolver.infinity();
        MPSolver spread = create(LpTargetSolver.Backend.GLOP);
        try {
            MPVariable[] top = new MPVariable[n];
            MPVariable mu = spread.makeNumVar(0, inf, "mu");
            MPConstraint withoutBase = spread.makeConstraint(-inf, inf, "without base");
            for (int s = 0; s < n; s++) {
                top[s] = spread.makeNumVar(need[s] / S, units(Math.max(need[s], p.room(s) - bought[s])), "");
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
            if (baseless) {
                MPObjective least = spread.objective();
                for (int s = 0; s < n; s++) {
                    if (!(p.base(s) > 0)) {
                        least.setCoefficient(top[s], 1);
                    }
                }
                least.setMinimization();
                run(spread, "leftover", () -> Feasibility.combined(p));
                double forced = least.value();
                withoutBase.setUb(forced + 1e-9 * Math.max(1, Math.abs(rest)));
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
            run(spread, "leftover", () -> leftoverInfeasible(left, room));
            for (int s = 0; s < n; s++) {
                topUp[s] = Math.max(0, top[s].solutionValue() * S);
            }
        } finally {
            spread.delete();
        }
        repair(spend, topUp);
    }

    private InfeasibleException leftoverInfeasible(double free, double capacity) {
        String start = "After every gap the money can close is closed, " + Feasibility.money(free) + " of the budget is"
                + " left; spending exactly, it goes to schools in proportion to their base entitlement, but ";
        if (capacity < free) {
            return new InfeasibleException(
                    start + "the schools with a base can take only " + Feasibility.money(capacity)
                            + " more within their caps.\nMaybe lower the budget by at least "
                            + Feasibility.money(free - capacity) + ", raise the caps, or spend at most the budget"
                            + " (targets.spend: at_most).");
        }
        return new InfeasibleException(
                start + "the envelopes' ceilings keep it from the schools with room.\nMaybe raise"
                        + " the envelopes' at_most, or spend at most the budget (targets.spend: at_most).");
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

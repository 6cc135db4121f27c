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

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.Bound;
import th.allocation.result.TargetResult;
import th.allocation.rule.Component;
import th.allocation.scenario.Scenario;
import th.allocation.scenario.Targets;
import th.allocation.solve.LargestRemainder;
import th.allocation.solve.SchoolBounds;

/**
 * Allocates a scenario with targets: builds the {@link TargetProblem}, solves it with the structured
 * solver where it applies (or the LP solver, found on the class path), and rounds the result to the
 * scenario's unit without breaking the budget, floors, caps or envelopes: group totals are rounded
 * first (largest remainder within the envelope's bounds), then the schools inside each group.
 */
public final class TargetAllocator {
    private TargetAllocator() {}

    /**
     * Allocates {@code scenario}, which has targets, to {@code schools}.
     *
     * @throws InputException if data the targets need is missing, or no solver can solve the problem
     * @throws th.allocation.InfeasibleException if the constraints conflict, with the numbers
     */
    public static TargetResult allocate(Scenario scenario, SchoolTable schools) {
        TargetProblem problem = TargetProblem.of(scenario, schools);
        TargetSolution solution = solver(problem).solve(problem);
        return round(problem, solution);
    }

    /** The solver the scenario asks for, or the best that applies. */
    static TargetSolver solver(TargetProblem problem) {
        Targets.SolverChoice choice = problem.scenario.targets().solver();
        StructuredSolver structured = new StructuredSolver();
        if (choice != Targets.SolverChoice.LP && structured.supports(problem)) {
            return structured;
        }
        if (choice == Targets.SolverChoice.STRUCTURED) {
            throw new InputException(Problem.of(
                    "",
                    "The structured solver cannot solve this scenario: " + structured.whyNot(problem) + ".",
                    "Set targets.solver to auto or lp."));
        }
        for (TargetSolver solver : ServiceLoader.load(TargetSolver.class)) {
            if (solver.supports(problem)) {
                return solver;
            }
        }
        throw new InputException(Problem.of(
                "",
                "This scenario needs the LP solver ("
                        + (choice == Targets.SolverChoice.LP ? "targets.solver is lp" : structured.whyNot(problem))
                        + "), but the allocation-lp module is not on the class path.",
                "Run it with the alloc command, which includes it, or add allocation-lp to your dependencies."));
    }

    private static DefaultTargetResult round(TargetProblem problem, TargetSolution solution) {
        Scenario scenario = problem.scenario;
        SchoolTable schools = problem.schools;
        int n = problem.schools();
        long unit = problem.unit;
        SchoolBounds bounds = problem.bounds;
        long[] lower = new long[n];
        long[] upper = new long[n];
        double[] amount = new double[n];
        double[] extra = solution.extra();
        // Each school's own: in parallel blocks on large problems (see Blocks).
        Blocks.run(n, Blocks.PARALLEL_FROM, (from, to) -> {
            for (int s = from; s < to; s++) {
                long baseUnits = (long) Math.ceil(problem.base[s] / unit - Tolerances.UNIT_ROUNDING);
                lower[s] = Math.max(bounds.lower(s), baseUnits);
                upper[s] = Math.max(lower[s], bounds.upper(s));
                amount[s] = Math.min(Math.max((problem.base[s] + extra[s]) / unit, lower[s]), upper[s]);
            }
        });
        long exactTotal = Math.round((problem.available + sum(problem.base)) / unit);
        // Groups of the first envelope's column (the structured solver's nesting); other schools alone.
        EnvelopeGroups envelopeGroups = EnvelopeGroups.ofFirstColumn(problem);
        int[] group = new int[n];
        int groups = envelopeGroups.numberBySchool(group);
        double[] groupAmount = new double[groups];
        long[] groupLower = new long[groups];
        long[] groupUpper = new long[groups];
        for (int s = 0; s < n; s++) {
            groupAmount[group[s]] += amount[s];
            groupLower[group[s]] += lower[s];
            groupUpper[group[s]] = saturatingAdd(groupUpper[group[s]], upper[s]);
        }
        // Envelope bounds in whole units, minimums up and maximums down, within the schools' own.
        for (int s = 0; s < n; s++) {
            int envelopeGroup = envelopeGroups.groupOf[s];
            if (envelopeGroup >= 0) {
                double least = envelopeGroups.lower[envelopeGroup];
                double most = envelopeGroups.upper[envelopeGroup];
                int g = group[s];
                groupLower[g] = Math.max(groupLower[g], (long) Math.ceil(least / unit - Tolerances.UNIT_ROUNDING));
                if (Double.isFinite(most)) {
                    groupUpper[g] = Math.min(groupUpper[g], (long) Math.floor(most / unit + Tolerances.UNIT_ROUNDING));
                }
            }
        }
        byte[] groupAtEnvelope = new byte[groups];
        long total = problem.spendExactly()
                ? exactTotal
                : Math.min(exactTotal, Math.max(sum(groupLower), (long) Math.floor(sum(amount) + Tolerances.UNIT_SUM)));
        long[] groupUnits = LargestRemainder.round(groupAmount, groupLower, groupUpper, total);
        long[] units = new long[n];
        // Schools grouped contiguously (a counting sort by group, school order kept within each group).
        int[] start = new int[groups + 1];
        for (int s = 0; s < n; s++) {
            start[group[s] + 1]++;
        }
        for (int g = 0; g < groups; g++) {
            start[g + 1] += start[g];
        }
        int[] members = new int[n];
        int[] fill = start.clone();
        for (int s = 0; s < n; s++) {
            members[fill[group[s]]++] = s;
        }
        for (int g = 0; g < groups; g++) {
            int size = start[g + 1] - start[g];
            if (size == 1) {
                units[members[start[g]]] = groupUnits[g];
            } else {
                double[] a = new double[size];
                long[] lo = new long[size];
                long[] hi = new long[size];
                for (int i = 0; i < size; i++) {
                    int s = members[start[g] + i];
                    a[i] = amount[s];
                    lo[i] = lower[s];
                    hi[i] = upper[s];
                }
                long[] rounded = LargestRemainder.round(a, lo, hi, groupUnits[g]);
                for (int i = 0; i < size; i++) {
                    units[members[start[g] + i]] = rounded[i];
                }
            }
            boolean held = groupUnits[g] == groupLower[g] || groupUnits[g] == groupUpper[g];
            groupAtEnvelope[g] = (byte)
                    (held
                                    && problem.envelopes() > 0
                                    && size > 0
                                    && problem.envelopes.get(0).groupOf()[members[start[g]]] >= 0
                            ? 1
                            : 0);
        }
        return result(problem, solution, bounds, units, lower, upper, group, groupAtEnvelope);
    }

    private static DefaultTargetResult result(
            TargetProblem problem,
            TargetSolution solution,
            SchoolBounds bounds,
            long[] units,
            long[] lower,
            long[] upper,
            int[] group,
            byte[] groupAtEnvelope) {
        int n = problem.schools();
        int m = problem.indicators();
        long unit = problem.unit;
        List<Component> components = new ArrayList<>(problem.needs.components());
        int baseCount = components.size();
        for (var indicator : problem.indicators) {
            components.add(new Component(
                    "target_" + indicator.name(),
                    "Money for closing the gap of indicator '" + indicator.name() + "'."));
        }
        components.add(new Component(
                "target_top_up",
                "Money a floor or envelope required, or left when every gap was closed, that closes no gap."));
        // The base components are the rule's own amounts, not copied; then the indicators' and the top-up.
        long[][] amounts = new long[m + 1][n];
        double[] itemSpend = solution.itemSpend();
        int[] start = problem.pairStart;
        long[] allocation = new long[n];
        long[] floor = new long[n];
        long[] cap = new long[n];
        byte[] bound = new byte[n];
        double[] extra = solution.extra();
        // Each school's entries are its own: in parallel blocks on large problems (see Blocks).
        Blocks.run(n, Blocks.PARALLEL_FROM, (from, to) -> {
            for (int s = from; s < to; s++) {
                allocation[s] = units[s] * unit;
                long targeted = 0;
                for (int k = 0, pair = s * m; k < m; k++, pair++) {
                    double spent = 0; // the pair's items in order, as a sum over every item would add them
                    for (int j = start[pair]; j < start[pair + 1]; j++) {
                        spent += itemSpend[j];
                    }
                    amounts[k][s] = Math.round(spent);
                    targeted += amounts[k][s];
                }
                long topUp = Math.round(problem.base[s] + extra[s]) - problem.needs.total(s) - targeted;
                amounts[m][s] = topUp;
                floor[s] = lower[s] * unit;
                cap[s] = bounds.upper(s) == SchoolBounds.UNCAPPED ? AllocationResult.NO_CAP : upper[s] * unit;
                Bound b = Bound.NONE;
                if (groupAtEnvelope[group[s]] == 1) {
                    b = Bound.ENVELOPE;
                } else if (units[s] == upper[s] && bounds.upper(s) != SchoolBounds.UNCAPPED) {
                    b = Bound.CAP;
                } else if (units[s] == lower[s] && bounds.lower(s) * unit > problem.base[s]) {
                    b = bounds.floorKind(s);
                }
                bound[s] = (byte) b.ordinal();
            }
        });
        return new DefaultTargetResult(problem, solution, components, allocation, amounts, bound, floor, cap);
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long v : values) {
            total += v;
        }
        return total;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }

    private static long saturatingAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
    }
}

/**
 * Allocation against indicator targets: {@link th.allocation.optimise.TargetAllocator} keeps each
 * school's base entitlement (what its rule gives), builds the {@link
 * th.allocation.optimise.TargetProblem} of closing indicator gaps with the rest of the budget within
 * floors, caps and envelopes, solves it for the scenario's objective (weighted shortfall, min-max or
 * lexicographic), and rounds group totals, then schools, so that the budget, floors, caps and
 * envelopes all hold in whole units. The exact {@link th.allocation.optimise.StructuredSolver}
 * solves every problem whose envelopes group by one column; others go to a {@link
 * th.allocation.optimise.TargetSolver} found through {@link java.util.ServiceLoader}, the LP solver
 * of allocation-lp. The model is in docs/model.md (Targets, indicators and objectives).
 *
 * <p>In the layering (docs/design.md) it sits above {@code solve}, whose bounds and rounding it
 * reuses, and below {@code decentralise}. Public API: {@code TargetAllocator}, which returns a
 * {@link th.allocation.result.TargetResult}. {@code TargetSolver}, {@code TargetProblem},
 * {@link th.allocation.optimise.TargetSolution}, {@code Feasibility}, {@code Tolerances} and
 * {@code StructuredSolver} are the service-provider interface for solver modules (the LP solver of
 * allocation-lp), not for embedders: a solution's arrays are the solver's own and are not copied;
 * no result exposes them; the level search, the cost curves and the
 * solution helpers are package-private.
 */
package th.allocation.optimise;

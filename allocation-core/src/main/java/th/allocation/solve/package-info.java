/**
 * Allocation by formula: {@link th.allocation.solve.FormulaAllocator} evaluates the scenario's rule,
 * gives each school its floor and cap ({@link th.allocation.solve.SchoolBounds}, floors rounded up
 * and caps down to the unit), scales the needs to the budget by solving the piecewise-linear total
 * exactly on the segment where it crosses the budget, and rounds to whole units by largest remainder,
 * ties to the lower school id ({@link th.allocation.solve.LargestRemainder}), so that the allocations
 * add up to the budget exactly. Every step is described in docs/model.md (Floors and caps, Budget
 * scaling, Rounding).
 *
 * <p>In the layering (docs/design.md) it sits on {@code result}, {@code scenario} and {@code rule};
 * {@code optimise}, beside and above it, reuses its bounds and rounding. Public API: {@code
 * FormulaAllocator}; {@code SchoolBounds} and {@code LargestRemainder} are public building blocks for
 * the other allocators; the scale solver, the percentage arithmetic and the result implementation are
 * package-private. Embedders call the engine's entry point, which chooses this allocator for a
 * scenario without targets or levels.
 */
package th.allocation.solve;

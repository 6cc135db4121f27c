/**
 * What an allocation gives, whatever made it: {@link th.allocation.result.AllocationResult}, each
 * school's allocation in exact satang with its explanation,
 * {@code allocation = sum of components + bound adjustment + rounding}, its need, floor, cap and the
 * {@link th.allocation.result.Bound} that held it; {@link th.allocation.result.IndicatorColumns}, the
 * per-school indicator figures of an allocation against targets; and the ways to group schools for
 * summaries, {@link th.allocation.result.Grouping} and {@link th.allocation.result.GroupSummary}.
 *
 * <p>In the layering (docs/design.md) it sits above the inputs and below the allocators ({@code
 * solve}, {@code optimise}, {@code decentralise}), which each return a result of this closed family,
 * and the consumers ({@code compare}, {@code sweep}, {@code output}), which read any of them. Public
 * API: every type here; the implementations live with their allocators. Results are immutable and
 * safe to read from many threads.
 */
package th.allocation.result;

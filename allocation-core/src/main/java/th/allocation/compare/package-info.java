/**
 * Comparing allocations of several scenarios on the same schools: the first is the baseline, and
 * every other is measured against it, school by school and group by group, in exact satang.
 *
 * <pre>{@code
 * Comparison comparison = Comparison.of(List.of("status-quo", "needs-weighted"), List.of(statusQuo, needsWeighted));
 * WinnersLosers overall = comparison.winnersLosers(1);             // schools that gain, lose, keep
 * List<WinnersLosers> byArea = comparison.winnersLosers(1, Grouping.AREA_TYPE);
 * List<GroupTotals> clusters = comparison.groups(Grouping.CLUSTER); // totals side by side
 * EquityStatistics equity = comparison.equity(1);                  // Gini, Theil, ... of scenario 1
 * }</pre>
 *
 * <p>Everything here is computed from the results on demand (linear in the number of schools) and
 * holds no mutable state, so a comparison may be shared between threads.
 */
package th.allocation.compare;

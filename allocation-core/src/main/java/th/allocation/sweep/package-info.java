/**
 * Sensitivity sweeps: one scenario allocated many times with some of its numeric parameters varied,
 * on a grid (every combination of evenly spaced values) or by seeded Monte Carlo draws, in parallel,
 * with the total, the equity statistics and the per-pupil amount by area type of every variant.
 *
 * <pre>{@code
 * Sweep sweep = Sweep.grid(scenario, List.of(
 *         Axis.parse("rule.weights.remote=1.0:2.0:0.1"),
 *         Axis.parse("rule.loadings.poor=0:6000:1000")));          // 11 x 7 = 77 variants
 * SweepResult result = sweep.run(schools, 4, (done, total) -> {});
 * for (SweepRow row : result.rows()) { ... row.equity().gini() ... }
 * }</pre>
 *
 * <p>Results do not depend on the number of threads: each variant is computed on its own, from
 * the same immutable school table, and rows are kept in variant order.
 */
package th.allocation.sweep;

/**
 * Helpers with no domain meaning that several packages share: a stable linear-time sort of
 * non-negative doubles ({@link th.allocation.internal.AscendingOrder}), order statistics in expected
 * linear time ({@link th.allocation.internal.Selections}), an order of names that compares numbers
 * inside them as numbers ({@link th.allocation.internal.NaturalOrder}), and the seeded SplitMix64
 * generator the synthetic data and the Monte Carlo sweeps draw from
 * ({@link th.allocation.internal.SplitMix64}), and passes over schools in blocks, in parallel where they
 * are long enough to share ({@link th.allocation.internal.ParallelBlocks}).
 *
 * <p>The bottom of the layering, with the root package {@code th.allocation}: it uses nothing else of
 * the engine, and every package may use it (docs/design.md). <b>Not API.</b> The classes are public
 * only so that other packages of allocation-core can reach them; they may change or disappear in any
 * release, and embedders should not call them.
 */
package th.allocation.internal;

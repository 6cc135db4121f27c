/**
 * What every layer of the engine shares and may throw: {@link th.allocation.AllocationException} and
 * its two kinds, {@link th.allocation.InputException} (the input is invalid; it lists every
 * {@link th.allocation.Problem} found, each saying what is wrong, where, in which file, line, column,
 * field and school, and what to do) and {@link th.allocation.InfeasibleException} (the scenario is
 * well formed but its constraints conflict; the message gives the amounts and a remedy), and the
 * engine's version.
 *
 * <p>The bottom of the layering, with {@code th.allocation.internal}: it uses no other package of the
 * engine, and every package may use it; packages depend downward only (docs/design.md). Public API:
 * the exceptions and {@code Problem}. Anything the engine throws on purpose is an
 * {@code AllocationException}; any other exception is a defect or a failure of the environment, such
 * as an unwritable folder.
 */
package th.allocation;

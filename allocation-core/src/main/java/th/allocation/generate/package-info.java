/**
 * A synthetic, calibrated Thailand: {@link th.allocation.generate.SchoolGenerator} writes a table of
 * schools shaped like OBEC's (by default 29,449 schools in 77 provinces, 19 clusters and 245 ESAs; any
 * size up to two million) as a school CSV, deterministically (the same seed and size give the same
 * bytes on every machine) and streamed, so memory does not grow with the size; {@link
 * th.allocation.generate.GeneratedColumns} names its columns, the canonical ones and extra context and
 * indicator columns; {@link th.allocation.generate.Calibration} measures a table against the
 * published figures it is calibrated to (docs/formulas.md, Thai facts) and the generator's stated
 * assumptions. No row is a real school. {@code examples/thailand/README.md} shows the calibration
 * report of the national file.
 *
 * <p>In the layering (docs/design.md) it is the top of allocation-core: it writes through {@code
 * output} and its files are read back by {@code input}. Public API: {@code SchoolGenerator}, {@code
 * GeneratedColumns} and {@code Calibration}; the model of the country (provinces, the plan of ESAs,
 * size tables, the random source) is package-private.
 */
package th.allocation.generate;

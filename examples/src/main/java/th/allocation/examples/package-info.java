/**
 * How another system embeds the engine: {@link th.allocation.examples.EmbeddingExample} reads a
 * scenario and its school file, allocates and reads the result, using only allocation-core's public
 * API; a test runs it on {@code examples/small/needs-weighted.yaml}. The data and scenarios of this
 * module, {@code examples/small} (worked by hand) and {@code examples/thailand} (a calibrated
 * synthetic country), are the ones the README's commands run.
 *
 * <p>Outside the layering of the library (docs/design.md): it depends on allocation-core only, as an
 * embedder would, and nothing depends on it. Not API.
 */
package th.allocation.examples;

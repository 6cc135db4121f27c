/**
 * A scenario's numeric parameters named by their key path in the scenario file
 * ({@code rule.weights.remote}, {@code floors.min_per_pupil},
 * {@code targets.indicators.reading.target}): {@link th.allocation.parameters.ScenarioParameters}
 * lists them, finds one by path (with a suggestion when the path is misspelt), and makes variants
 * with new values, each re-read as strictly as a file a user wrote.
 *
 * <p>In the layering (docs/design.md) it sits above the readers (a variant is read back by the
 * scenario reader) and below the allocators, sweeps and the engine, which set parameters by path.
 * Public API.
 */
package th.allocation.parameters;

/**
 * The scenario's YAML and JSON form: {@link th.allocation.codec.ScenarioCodec} maps scenario values
 * to and from files with snake_case keys, the rule chosen by its {@code type}, and unknown or
 * duplicated keys refused. The scenario records carry no Jackson annotation; the codec adds them
 * from outside, so Jackson stays at this edge.
 *
 * <p>In the layering (docs/design.md) it sits just above the scenario values, below the readers
 * ({@code input}) and the writers ({@code output}), which both use it. Public so that those packages
 * and embedders who want a scenario's JSON tree can reach it; the mapper configuration is engine
 * detail and may change.
 */
package th.allocation.codec;

/**
 * A scenario as an immutable value: {@link th.allocation.scenario.Scenario} (fiscal year, school file,
 * budget, rounding unit, column mapping, rule, floors and caps), with {@link
 * th.allocation.scenario.Floors} and {@link th.allocation.scenario.Caps}; allocation against targets,
 * {@link th.allocation.scenario.Targets} with its {@link th.allocation.scenario.Indicator}s, costs,
 * diminishing returns, local targets, {@link th.allocation.scenario.Envelope}s and {@link
 * th.allocation.scenario.Objective}; and the levels of a decentralised allocation, {@link
 * th.allocation.scenario.AdminLevel} with the centre's {@link th.allocation.scenario.OverrideBounds}
 * and the units' {@link th.allocation.scenario.LocalOverride}s. Each record checks itself when built
 * and fills in its defaults, so a scenario made in code is checked like one read from a file. What
 * each part means is in docs/model.md.
 *
 * <p>In the layering (docs/design.md) it sits on {@code rule} and {@code model}. It knows nothing of
 * its file form: the codec and the key paths of parameters sit above it, and the readers above
 * those. Public API: every type here. Scenarios are immutable; {@code with...} methods make variants.
 */
package th.allocation.scenario;

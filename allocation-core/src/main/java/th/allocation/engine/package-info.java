/**
 * The one entry point for systems that embed the engine: {@link th.allocation.engine.AllocationEngine}
 * loads a scenario file and the school file it names (with every column the scenario reads),
 * derives what-ifs ({@code withSchools}, {@code withScenario}, {@code withParameter}) and allocates,
 * choosing the formula, target or decentralised allocator the scenario calls for.
 *
 * <p>In the layering (docs/design.md) it sits above every allocator and below the consumers of
 * results ({@code compare}, {@code sweep}, {@code output}). Public API: everything here.
 */
package th.allocation.engine;

/**
 * Top-down allocation through levels of administration, centre, cluster, ESA, network: {@link
 * th.allocation.decentralise.DecentralisedAllocator} lets the centre allocate the budget to every
 * school by its rules, gives each unit of the first level the sum over its schools as its envelope,
 * and lets each unit split its envelope among its own schools by its level's rules with the values
 * the centre lets it set, down to the last level; {@link
 * th.allocation.result.DecentralisedResult} holds every school's allocation, explained within
 * its last unit's split, and the tree of {@link th.allocation.result.Unit}s with their
 * envelopes and what the one-step allocation would give them. Every split is exact in rounding
 * units, so every unit's children add up to its envelope and the schools to the budget
 * (docs/model.md, Decentralised levels).
 *
 * <p>In the layering (docs/design.md) it sits above {@code solve} and {@code optimise}, whose
 * allocators each unit runs (it is given them as a {@code OneStepAllocator} and never calls the
 * engine), and below the engine's entry point. Public API: {@code DecentralisedAllocator},
 * {@code OneStepAllocator} and {@code OverrideRules.check}; the result's implementation, the
 * hierarchy's checks and the units' view of their targets are package-private.
 */
package th.allocation.decentralise;

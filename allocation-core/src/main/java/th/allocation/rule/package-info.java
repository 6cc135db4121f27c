/**
 * Rules that say what each school needs, in exact satang, component by component: the sealed {@link
 * th.allocation.rule.Rule} with its two kinds, {@link th.allocation.rule.FlatPerHead} (the status quo,
 * the same rate per pupil of a level everywhere) and {@link th.allocation.rule.WeightedFormula} (a
 * base by level times context weights, plus loadings, a lump sum and a tapering small-school amount);
 * their parameters as records ({@link th.allocation.rule.LevelAmounts}, {@link
 * th.allocation.rule.ContextWeights}, {@link th.allocation.rule.AreaTypeWeights}, {@link
 * th.allocation.rule.SchoolKindWeights}, {@link th.allocation.rule.Loadings}, {@link
 * th.allocation.rule.SmallSchoolTaper}); and what a rule gives, {@link th.allocation.rule.Needs}, with
 * one {@link th.allocation.rule.Component} per output column. The formulas and the sources of their
 * numbers are in docs/formulas.md (Flat per head, Weighted formula, Small-school taper).
 *
 * <p>In the layering (docs/design.md) it sits on {@code model} and below {@code scenario}, which holds
 * a rule. Public API: the rule records, {@code Component} and {@code Needs}; the shared checks and the
 * base components are package-private. Rules are immutable and evaluate without side effects, so one
 * rule may be evaluated from many threads at once.
 */
package th.allocation.rule;

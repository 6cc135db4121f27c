/**
 * Schools and money, the values every rule, solver and writer works on: {@link
 * th.allocation.model.School} (one school, the row form of the canonical school table), {@link
 * th.allocation.model.SchoolTable} (many schools, stored column by column and kept in school-id
 * order, so that no result depends on the order of the input), {@link
 * th.allocation.model.CategoryColumn}, {@link th.allocation.model.Enrolment}, the closed vocabularies
 * {@link th.allocation.model.Level}, {@link th.allocation.model.AreaType} and {@link
 * th.allocation.model.SchoolKind}, and {@link th.allocation.model.Baht}: money as exact {@code long}
 * satang, converted to and from decimal baht at the edges. The data contract, column by column, is in
 * docs/model.md (Schools and the data contract).
 *
 * <p>In the layering (docs/design.md) it sits above the root package, {@code internal} and {@code
 * stats}, and below {@code rule}: a school knows no rule. Public API: every public type here; the
 * parsing of the vocabularies' Thai and English names is package-private. Tables and schools are
 * immutable and safe to share between threads.
 */
package th.allocation.model;

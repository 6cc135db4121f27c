package th.allocation.rule;

import java.util.List;
import th.allocation.model.SchoolTable;

/**
 * A rule that says what each school needs, in exact satang, component by component. Rules are
 * immutable values; evaluating one has no side effects, so one rule may be evaluated from many
 * threads at once.
 */
public sealed interface Rule permits FlatPerHead, WeightedFormula {

    /** The rule's name in scenario files: {@code flat} or {@code weighted}. */
    String type();

    /** The components the rule reports, in column order. */
    List<Component> components();

    /** What each school of {@code schools} needs under this rule. */
    Needs evaluate(SchoolTable schools);
}

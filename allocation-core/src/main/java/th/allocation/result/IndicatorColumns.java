package th.allocation.result;

import java.util.List;
import th.allocation.scenario.Indicator;

/**
 * The per-school indicator figures of an allocation against targets: each indicator's value, the
 * school's target, the value the money buys, and the gap left. Row {@code i} is row {@code i} of the
 * allocation's school table; {@code k} indexes {@link #indicators()}.
 */
public interface IndicatorColumns {
    /** The indicators, in the scenario's order; empty if the allocation had no targets. */
    List<Indicator> indicators();

    /** Indicator {@code k}'s value at school {@code i} before the allocation. */
    double value(int k, int i);

    /** School {@code i}'s target for indicator {@code k}. */
    double target(int k, int i);

    /** The value the allocation is expected to reach. */
    double projected(int k, int i);

    /** The relative shortfall left after the allocation, 0 when the target is met. */
    double gapLeft(int k, int i);
}

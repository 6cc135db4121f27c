package th.allocation.scenario;

import java.math.BigDecimal;

/**
 * Upper bounds on each school's allocation, applied after budget scaling.
 *
 * @param percentOfPrevious at most this percentage of {@code previous_allocation}, e.g. 110 for a
 *     gain cap of 10%; {@code null} for no cap. Schools without a previous allocation are not capped.
 */
public record Caps(BigDecimal percentOfPrevious) {
    /** No caps. */
    public static final Caps NONE = new Caps(null);

    /** Validates that the cap percentage, if given, is at least 0. */
    public Caps {
        if (percentOfPrevious != null && percentOfPrevious.signum() < 0) {
            throw new IllegalArgumentException("'percent_of_previous' must be at least 0 ("
                    + percentOfPrevious.toPlainString() + ").");
        }
    }

    /** Whether any cap uses the previous allocation. */
    public boolean usesPrevious() {
        return percentOfPrevious != null;
    }
}

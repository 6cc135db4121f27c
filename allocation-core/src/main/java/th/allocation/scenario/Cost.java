package th.allocation.scenario;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The cost of closing one unit of an indicator's gap, in baht, per pupil or per school.
 *
 * @param per what the amount is counted per
 * @param amount baht per unit of gap (per pupil or per school), greater than 0
 */
public record Cost(CostBasis per, BigDecimal amount) {
    /** Validates that the basis is given and the amount is positive. */
    public Cost {
        Objects.requireNonNull(per, "A cost needs 'per': pupil or school.");
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("A cost needs an 'amount' in baht greater than 0 (" + amount + ").");
        }
    }
}

package th.allocation.rule;

import java.math.BigDecimal;

/**
 * Per-pupil loadings added on top of the weighted base, in baht per pupil; a loading left out is 0.
 *
 * @param poor baht per poor pupil (for example the Equitable Education Fund's 3,000)
 * @param specialNeeds baht per pupil with special needs
 */
public record Loadings(BigDecimal poor, BigDecimal specialNeeds) {
    /** No loadings. */
    public static final Loadings NONE = new Loadings(BigDecimal.ZERO, BigDecimal.ZERO);

    /** Validates both loadings (at least 0, whole satang) and sets missing ones to 0. */
    public Loadings {
        poor = poor == null ? BigDecimal.ZERO : poor;
        specialNeeds = specialNeeds == null ? BigDecimal.ZERO : specialNeeds;
        Money.requireAmount(poor, "poor");
        Money.requireAmount(specialNeeds, "special_needs");
    }
}

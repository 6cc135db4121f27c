package th.allocation.scenario;

/** What a target-driven allocation optimises. */
public enum Objective {
    /** Minimise the sum over schools and indicators of priority x pupils x remaining relative shortfall. */
    WEIGHTED_SHORTFALL,
    /** Minimise the largest priority-weighted relative shortfall (Chebyshev). */
    MIN_MAX,
    /** Min-max first, then weighted shortfall without worsening the largest shortfall. */
    LEXICOGRAPHIC
}

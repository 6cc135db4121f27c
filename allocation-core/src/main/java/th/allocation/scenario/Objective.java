package th.allocation.scenario;

/** What a target-driven allocation optimises. */
public enum Objective {
    /** Minimise the priority-weighted sum of remaining relative shortfalls (weighted by pupils for per-pupil costs). */
    WEIGHTED_SHORTFALL,
    /** Minimise the largest priority-weighted relative shortfall (Chebyshev). */
    MIN_MAX,
    /** Min-max first, then weighted shortfall without worsening the largest shortfall. */
    LEXICOGRAPHIC
}

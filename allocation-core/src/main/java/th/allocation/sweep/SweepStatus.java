package th.allocation.sweep;

/** How a variant of a sweep ended. */
public enum SweepStatus {
    /** Allocated: the row has its total and statistics. */
    OK("ok"),
    /** The variant is not a valid scenario (e.g. a weight below its minimum, an amount with fractions of a satang). */
    INVALID("invalid"),
    /** A valid scenario that cannot be allocated (e.g. floors above the budget). */
    INFEASIBLE("infeasible");

    private final String key;

    SweepStatus(String key) {
        this.key = key;
    }

    /** The name in output files, e.g. {@code infeasible}. */
    public String key() {
        return key;
    }
}

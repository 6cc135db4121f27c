package th.allocation.result;

/** Which bound, if any, set a school's allocation instead of its scaled need. */
public enum Bound {
    /** No bound: the school gets its scaled need. */
    NONE("none"),
    /** Raised to the minimum per pupil. */
    MIN_PER_PUPIL("min_per_pupil"),
    /** Raised to the hold-harmless floor, a percentage of last year's allocation. */
    HOLD_HARMLESS("hold_harmless"),
    /** Lowered to the cap, a percentage of last year's allocation. */
    CAP("cap"),
    /** Held by a group envelope (its group is at an envelope's minimum or maximum). */
    ENVELOPE("envelope");

    private final String key;

    Bound(String key) {
        this.key = key;
    }

    /** The name in output files, e.g. {@code hold_harmless}. */
    public String key() {
        return key;
    }
}

package th.allocation.model;

/** The school levels that per-pupil rates are set for, in the order of the data contract's columns. */
public enum Level {
    /** Pre-primary (kindergarten, อนุบาล). */
    PREPRIMARY("preprimary"),
    /** Primary, grades 1-6 (ประถมศึกษา). */
    PRIMARY("primary"),
    /** Lower secondary, grades 7-9 (มัธยมศึกษาตอนต้น). */
    LOWER_SECONDARY("lower_secondary"),
    /** Upper secondary, grades 10-12 (มัธยมศึกษาตอนปลาย). */
    UPPER_SECONDARY("upper_secondary");

    private final String key;

    Level(String key) {
        this.key = key;
    }

    /** The level's name in scenario files and column suffixes, e.g. {@code lower_secondary}. */
    public String key() {
        return key;
    }

    /** The canonical school-table column holding this level's pupils, e.g. {@code pupils_primary}. */
    public String column() {
        return "pupils_" + key;
    }
}

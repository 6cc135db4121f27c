package th.allocation.scenario;

/** Whether a higher or a lower indicator value is better. */
public enum Direction {
    /** Higher is better, e.g. the share of pupils at a test benchmark; the gap is target - value. */
    HIGHER,
    /** Lower is better, e.g. pupils per teacher; the gap is value - target. */
    LOWER
}

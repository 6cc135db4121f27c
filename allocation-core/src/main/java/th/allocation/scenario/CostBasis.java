package th.allocation.scenario;

/** What the cost of closing a unit of gap is counted per. */
public enum CostBasis {
    /** Per pupil: a school's cost is the amount times its pupils (e.g. tutoring, learning materials). */
    PUPIL,
    /** Per school: the amount whatever the school's size (e.g. repairing a building). */
    SCHOOL
}

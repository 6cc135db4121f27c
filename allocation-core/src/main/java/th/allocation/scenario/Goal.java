package th.allocation.scenario;

/** The four goals of the seed documents that every indicator serves. */
public enum Goal {
    /** Opportunity (โอกาส). */
    OPPORTUNITY,
    /** Efficiency (ประสิทธิภาพ). */
    EFFICIENCY,
    /** Quality (คุณภาพ). */
    QUALITY,
    /** Safety (ความปลอดภัย). */
    SAFETY
}

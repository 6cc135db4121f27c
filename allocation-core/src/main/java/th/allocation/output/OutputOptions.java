package th.allocation.output;

import th.allocation.stats.EquityStatistics;

/**
 * Options for writing outputs: the Atkinson index's inequality aversion. Immutable; {@code with...}
 * methods return changed copies.
 *
 * <pre>{@code
 * OutputOptions options = OutputOptions.defaults().withAtkinsonEpsilon(2);
 * }</pre>
 */
public final class OutputOptions {
    private static final OutputOptions DEFAULTS = new OutputOptions(EquityStatistics.DEFAULT_ATKINSON_EPSILON);

    private final double atkinsonEpsilon;

    private OutputOptions(double atkinsonEpsilon) {
        this.atkinsonEpsilon = atkinsonEpsilon;
    }

    /** The defaults: Atkinson epsilon {@link EquityStatistics#DEFAULT_ATKINSON_EPSILON} (1). */
    public static OutputOptions defaults() {
        return DEFAULTS;
    }

    /**
     * The same options with another inequality aversion for the Atkinson index.
     *
     * @param epsilon finite and at least 0 (0.5, 1 and 2 are usual)
     * @throws IllegalArgumentException if {@code epsilon} is negative, infinite or NaN
     */
    public OutputOptions withAtkinsonEpsilon(double epsilon) {
        if (!(epsilon >= 0 && epsilon < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("The Atkinson inequality aversion epsilon (" + epsilon
                    + ") must be a finite number, at least 0.\nMaybe use 0.5, 1 or 2, the values usual in the"
                    + " literature.");
        }
        return new OutputOptions(epsilon);
    }

    /** The inequality aversion of the Atkinson index. */
    public double atkinsonEpsilon() {
        return atkinsonEpsilon;
    }
}

/*
 * Copyright 2026 The Thai basic-education allocation engine authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package th.allocation.stats;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Every value of {@link EquityStatistics}, in the order of its components, each with its name in
 * files, its English label, which way is more equal and how people read it. Every output that lists
 * the statistics (the columns of {@code equity.csv} and {@code sweep.csv}, the fields of
 * {@code summary.json}, the rows of the report, the console tables) iterates over this family, so a
 * statistic is named, ordered and judged in one place.
 *
 * <p>The formulas and sources are in the {@link EquitySample} method of the same name.
 */
public enum EquityMeasure {
    /** Schools with pupils, which the measures describe. */
    SCHOOLS("schools", "Schools", Kind.COUNT, Direction.NEITHER, EquityStatistics::schools),
    /** Schools left out because they have no pupils. */
    EXCLUDED_SCHOOLS(
            "excluded_schools",
            "Schools without pupils",
            Kind.COUNT,
            Direction.NEITHER,
            EquityStatistics::excludedSchools),
    /** The pupils, the sum of the weights. */
    PUPILS("pupils", "Pupils", Kind.COUNT, Direction.NEITHER, EquityStatistics::pupils),
    /** The pupil-weighted mean. */
    MEAN("mean", "Mean", Kind.AMOUNT, Direction.NEITHER, EquityStatistics::mean),
    /** The pupil-weighted population standard deviation. */
    STANDARD_DEVIATION(
            "standard_deviation",
            "Standard deviation",
            Kind.AMOUNT,
            Direction.LOWER,
            EquityStatistics::standardDeviation),
    /** The smallest amount. */
    MIN("min", "Minimum", Kind.AMOUNT, Direction.NEITHER, EquityStatistics::min),
    /** The 5th percentile over pupils. */
    P5("p5", "5th percentile", Kind.AMOUNT, Direction.NEITHER, EquityStatistics::p5),
    /** The median over pupils. */
    MEDIAN("median", "Median", Kind.AMOUNT, Direction.NEITHER, EquityStatistics::median),
    /** The 95th percentile over pupils. */
    P95("p95", "95th percentile", Kind.AMOUNT, Direction.NEITHER, EquityStatistics::p95),
    /** The largest amount. */
    MAX("max", "Maximum", Kind.AMOUNT, Direction.NEITHER, EquityStatistics::max),
    /** {@code max - min}. */
    RANGE("range", "Range", Kind.AMOUNT, Direction.LOWER, EquityStatistics::range),
    /** {@code P95 - P5}. */
    RESTRICTED_RANGE(
            "restricted_range",
            "Restricted range, P95 − P5",
            Kind.AMOUNT,
            Direction.LOWER,
            EquityStatistics::restrictedRange),
    /** {@code (P95 - P5) / P5}. */
    FEDERAL_RANGE_RATIO(
            "federal_range_ratio",
            "Federal range ratio",
            Kind.INDEX,
            Direction.LOWER,
            EquityStatistics::federalRangeRatio),
    /** {@code sigma / mu}. */
    COEFFICIENT_OF_VARIATION(
            "coefficient_of_variation",
            "Coefficient of variation",
            Kind.INDEX,
            Direction.LOWER,
            EquityStatistics::coefficientOfVariation),
    /** The McLoone index: 1 when no pupil below the median gets less than the median. */
    MCLOONE_INDEX("mcloone_index", "McLoone index", Kind.INDEX, Direction.HIGHER, EquityStatistics::mcLooneIndex),
    /** The Verstegen index: 1 when no pupil above the median gets more than the median. */
    VERSTEGEN_INDEX(
            "verstegen_index", "Verstegen index", Kind.INDEX, Direction.LOWER, EquityStatistics::verstegenIndex),
    /** The Gini coefficient. */
    GINI("gini", "Gini coefficient", Kind.INDEX, Direction.LOWER, EquityStatistics::gini),
    /** Theil's T, GE(1). */
    THEIL_T("theil_t", "Theil's T", Kind.INDEX, Direction.LOWER, EquityStatistics::theilT),
    /** The mean log deviation, Theil's L, GE(0). */
    MEAN_LOG_DEVIATION(
            "mean_log_deviation",
            "Mean log deviation",
            Kind.INDEX,
            Direction.LOWER,
            EquityStatistics::meanLogDeviation),
    /** The inequality aversion the Atkinson index was computed with: a parameter, not a measure. */
    ATKINSON_EPSILON(
            "atkinson_epsilon",
            "Atkinson inequality aversion ε",
            Kind.PARAMETER,
            Direction.NEITHER,
            EquityStatistics::atkinsonEpsilon),
    /** The Atkinson index for {@link #ATKINSON_EPSILON}. */
    ATKINSON("atkinson", "Atkinson index", Kind.INDEX, Direction.LOWER, EquityStatistics::atkinson);

    /** What a value is, which decides how people read it. */
    public enum Kind {
        /** A count of schools or pupils: whole, with thousands separators ({@code 29,449}). */
        COUNT,
        /** An amount per pupil, in the sample's unit: two decimals, with thousands separators ({@code 12,345.68}). */
        AMOUNT,
        /** A ratio or index without unit: four decimals ({@code 0.1413}). */
        INDEX,
        /** A parameter of a measure: as given, without rounding or trailing zeros ({@code 1}, {@code 0.5}). */
        PARAMETER;

        /** {@code value} as people read it ({@link Locale#ROOT}); NaN and infinities as Java writes them. */
        public String format(double value) {
            return switch (this) {
                case COUNT -> String.format(Locale.ROOT, "%,.0f", value);
                case AMOUNT -> String.format(Locale.ROOT, "%,.2f", value);
                case INDEX -> String.format(Locale.ROOT, "%.4f", value);
                case PARAMETER ->
                    Double.isFinite(value)
                            ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                            : Double.toString(value);
            };
        }

        /** A change of {@code change} as people read it, always signed ({@code +0.0012}, {@code -1,234.50}). */
        public String formatChange(double change) {
            return switch (this) {
                case COUNT -> String.format(Locale.ROOT, "%+,.0f", change);
                case AMOUNT -> String.format(Locale.ROOT, "%+,.2f", change);
                case INDEX -> String.format(Locale.ROOT, "%+.4f", change);
                case PARAMETER -> (change >= 0 ? "+" : "") + format(change);
            };
        }
    }

    /** Which way a measure moves when allocation becomes more equal. */
    public enum Direction {
        /** Lower is more equal: spreads and inequality indices (0 when every pupil gets the same). */
        LOWER,
        /** Higher is more equal: the McLoone index (1 when no pupil is below the median). */
        HIGHER,
        /** Neither: counts, locations (mean, percentiles) and parameters, which say nothing of equality. */
        NEITHER;

        /**
         * Whether a change of {@code change} makes allocation more equal ({@code 1}), less equal
         * ({@code -1}) or neither ({@code 0}: no change, NaN, or a measure without direction).
         */
        public int equalityChange(double change) {
            if (this == NEITHER || change == 0 || Double.isNaN(change)) {
                return 0;
            }
            return (this == LOWER) == (change < 0) ? 1 : -1;
        }
    }

    private static final List<EquityMeasure> ALL = List.of(values());

    private final String key;
    private final String label;
    private final Kind kind;
    private final Direction direction;
    private final ToDoubleFunction<EquityStatistics> value;

    EquityMeasure(String key, String label, Kind kind, Direction direction, ToDoubleFunction<EquityStatistics> value) {
        this.key = key;
        this.label = label;
        this.kind = kind;
        this.direction = direction;
        this.value = value;
    }

    /** Every value, in the order of {@link EquityStatistics}'s components, as an unmodifiable list. */
    public static List<EquityMeasure> all() {
        return ALL;
    }

    /**
     * The name in output files (CSV column, JSON field): the snake_case name of the
     * {@link EquityStatistics} component, e.g. {@code gini}, {@code mcloone_index}.
     */
    public String key() {
        return key;
    }

    /** A short English label, e.g. {@code Gini coefficient}; without unit, since the sample has none. */
    public String label() {
        return label;
    }

    /** What the value is: a count, an amount, an index or a parameter. */
    public Kind kind() {
        return kind;
    }

    /** Which way is more equal. */
    public Direction direction() {
        return direction;
    }

    /** This value of {@code statistics}. */
    public double of(EquityStatistics statistics) {
        return value.applyAsDouble(statistics);
    }

    /** {@code value} as people read it: see {@link Kind#format(double)}. */
    public String format(double value) {
        return kind.format(value);
    }

    /** A change as people read it, signed: see {@link Kind#formatChange(double)}. */
    public String formatChange(double change) {
        return kind.formatChange(change);
    }

    /** The measure whose {@link #key()} is {@code key}, if any. */
    public static Optional<EquityMeasure> byKey(String key) {
        for (EquityMeasure measure : ALL) {
            if (measure.key.equals(key)) {
                return Optional.of(measure);
            }
        }
        return Optional.empty();
    }
}

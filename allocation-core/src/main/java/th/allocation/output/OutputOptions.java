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
package th.allocation.output;

import java.util.Objects;
import java.util.Optional;
import th.allocation.stats.EquityStatistics;

/**
 * Options for writing outputs: the Atkinson index's inequality aversion, and whether to add an HTML
 * report ({@code report.html}) in which language. Immutable; {@code with...} methods return
 * changed copies.
 *
 * <pre>{@code
 * OutputOptions options = OutputOptions.defaults().withAtkinsonEpsilon(2).withReport(ReportLanguage.TH);
 * }</pre>
 */
public final class OutputOptions {
    private static final OutputOptions DEFAULTS = new OutputOptions(EquityStatistics.DEFAULT_ATKINSON_EPSILON, null);

    private final double atkinsonEpsilon;
    private final ReportLanguage report;

    private OutputOptions(double atkinsonEpsilon, ReportLanguage report) {
        this.atkinsonEpsilon = atkinsonEpsilon;
        this.report = report;
    }

    /**
     * The defaults: Atkinson epsilon {@link EquityStatistics#DEFAULT_ATKINSON_EPSILON} (1), no HTML
     * report.
     */
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
        return new OutputOptions(epsilon, report);
    }

    /** The same options, adding an HTML report in {@code language}. */
    public OutputOptions withReport(ReportLanguage language) {
        return new OutputOptions(atkinsonEpsilon, Objects.requireNonNull(language, "language"));
    }

    /** The same options without an HTML report. */
    public OutputOptions withoutReport() {
        return new OutputOptions(atkinsonEpsilon, null);
    }

    /** The inequality aversion of the Atkinson index. */
    public double atkinsonEpsilon() {
        return atkinsonEpsilon;
    }

    /** The language of the HTML report, if one is to be written. */
    public Optional<ReportLanguage> report() {
        return Optional.ofNullable(report);
    }
}

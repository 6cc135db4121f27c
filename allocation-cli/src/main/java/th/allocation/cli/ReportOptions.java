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
package th.allocation.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import th.allocation.output.ReportLanguage;

/** The options of commands that can add an HTML report to their output folder. */
final class ReportOptions {
    @Option(
            names = "--report",
            description = "Also write report.html: a self-contained page (opens offline) with the summary, equity"
                    + " statistics, Lorenz curves, per-pupil amounts by area type and cluster, winners and losers, and"
                    + " binding floors and caps.")
    boolean report;

    @Option(
            names = "--lang",
            paramLabel = "th|en",
            defaultValue = "en",
            converter = LanguageConverter.class,
            description = "The language of the report's headings and labels (default: ${DEFAULT-VALUE}).")
    ReportLanguage language;

    /** The report's language, or {@code null} when no report was asked for. */
    ReportLanguage reportLanguage() {
        return report ? language : null;
    }

    /** Reads {@code th} or {@code en}, in any case. */
    static final class LanguageConverter implements ITypeConverter<ReportLanguage> {
        @Override
        public ReportLanguage convert(String value) {
            for (ReportLanguage language : ReportLanguage.values()) {
                if (language.key().equalsIgnoreCase(value.trim())) {
                    return language;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a report language; use one of "
                    + String.join(", ", ReportLanguage.keys()) + ".");
        }
    }
}

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

import static th.allocation.output.ReportWriter.escape;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import th.allocation.compare.Comparison;
import th.allocation.model.Baht;
import th.allocation.result.Grouping;
import th.allocation.stats.EquityMeasure;
import th.allocation.stats.EquityStatistics;

/**
 * What every part of one report shares: the comparison, the language, the page being written, and
 * the report's ways of naming scenarios and groups, colouring scenarios and formatting numbers.
 * The parts are {@link ReportPage} (the page skeleton), {@link ReportTiles}, {@link ReportTables},
 * {@link ReportEquityTables}, and the data the page's scripts draw from: {@link ReportChartData},
 * {@link ReportGroups} and {@link ReportSchools}; they write into the same page. When the first
 * scenario is last year's allocation ({@link ReportBaseline}, a single run's baseline),
 * {@link #previousBaseline} is set.
 */
abstract sealed class ReportSection
        permits ReportPage,
                ReportTiles,
                ReportTables,
                ReportEquityTables,
                ReportChartData,
                ReportGroups,
                ReportSchools {
    /** Colours of the scenarios, in order (Tableau 10). */
    private static final List<String> COLORS = List.of(
            "#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#e15759", "#76b7b2", "#9c755f", "#edc948", "#ff9da7",
            "#bab0ac");

    final Comparison comparison;
    final ReportLanguage language;
    final StringBuilder html;
    final List<String> labels;
    final List<EquityStatistics> equity;
    /** Whether scenario 0 is last year's allocation rather than a scenario. */
    final boolean previousBaseline;

    /** The first part of a report: a new page. */
    ReportSection(Comparison comparison, ReportLanguage language) {
        this.comparison = comparison;
        this.previousBaseline = ReportBaseline.isBaseline(comparison);
        this.language = language;
        this.html = new StringBuilder(400_000);
        this.labels = comparison.labels();
        this.equity = new ArrayList<>();
        for (int s = 0; s < comparison.size(); s++) {
            equity.add(comparison.equity(s));
        }
    }

    /** Another part of the same report, writing into the same page. */
    ReportSection(ReportSection page) {
        this.comparison = page.comparison;
        this.language = page.language;
        this.html = page.html;
        this.labels = page.labels;
        this.equity = page.equity;
        this.previousBaseline = page.previousBaseline;
    }

    final String t(String key, Object... values) {
        return ReportText.get(language, key, values);
    }

    final String color(int scenario) {
        return COLORS.get(scenario % COLORS.size());
    }

    final String group(Grouping grouping, String group) {
        String key = (grouping == Grouping.AREA_TYPE ? "area." : "") + group;
        return grouping == Grouping.AREA_TYPE && ReportText.has(key) ? t(key) : group;
    }

    final String name(int s) {
        if (previousBaseline && s == 0) {
            return t("previous.name", "year", comparison.result(0).scenario().fiscalYear());
        }
        String name = comparison.result(s).scenario().name();
        return name.isEmpty() ? labels.get(s) : name;
    }

    final void scenarioCell(int s) {
        html.append("<td><span class=\"swatch\" style=\"--c:")
                .append(color(s))
                .append("\"></span>")
                .append(escape(labels.get(s)));
        baselineBadge(s);
        html.append("</td>");
    }

    /** Marks the first scenario as the baseline, when there is more than one. */
    final void baselineBadge(int s) {
        if (s == 0 && comparison.size() > 1) {
            html.append("<span class=\"badge\">").append(escape(t("baseline"))).append("</span>");
        }
    }

    static String signedMoney(long satang) {
        return String.format(Locale.ROOT, "%+,.2f", Baht.toBaht(satang));
    }

    /** An amount per pupil in baht with two decimals; a dash where there are no pupils. */
    static String perPupilAmount(Optional<BigDecimal> perPupil) {
        return perPupil.map(v -> String.format(Locale.ROOT, "%,.2f", v)).orElse("–");
    }

    static String whole(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    /** A statistic as people read it (see {@link EquityMeasure.Kind#format(double)}); a dash where undefined. */
    static String statistic(EquityMeasure measure, double value) {
        return Double.isFinite(value) ? measure.format(value) : "–";
    }

    /** A change of a statistic, signed; a dash where undefined. */
    static String signedStatistic(EquityMeasure measure, double change) {
        return Double.isFinite(change) ? measure.formatChange(change) : "–";
    }
}

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

import java.util.Locale;
import th.allocation.result.Grouping;
import th.allocation.stats.EquityMeasure;
import th.allocation.stats.TheilDecomposition;

/**
 * The report's equity section: every statistic per scenario with its change against the baseline
 * and whether that change is towards equality, then Theil's T split between and within groups.
 */
final class ReportEquityTables extends ReportSection {
    ReportEquityTables(ReportSection page) {
        super(page);
    }

    void equity() {
        int scenarios = comparison.size();
        html.append("<section class=\"card\" id=\"equity\"><h2>")
                .append(escape(t("equity")))
                .append("</h2><p class=\"note\">")
                .append(escape(t("equity.note")))
                .append("</p>\n<table class=\"data\" data-csv=\"equity-statistics.csv\"><thead><tr><th>")
                .append(escape(t("statistic")))
                .append("</th>");
        for (int s = 0; s < scenarios; s++) {
            html.append("<th>").append(escape(labels.get(s))).append("</th>");
            if (s > 0) {
                html.append("<th>").append(escape(t("change"))).append("</th>");
            }
        }
        html.append("<th>").append(escape(t("more_equal"))).append("</th></tr></thead><tbody>\n");
        String epsilon = EquityMeasure.ATKINSON_EPSILON.format(comparison.atkinsonEpsilon());
        for (EquityMeasure measure : EquityMeasure.all()) {
            if (measure.kind() == EquityMeasure.Kind.PARAMETER) {
                continue; // the Atkinson epsilon is in the Atkinson index's label
            }
            html.append("<tr><td>")
                    .append(escape(t("stat." + measure.key(), "epsilon", epsilon)))
                    .append("</td>");
            double baseline = measure.of(equity.get(0));
            for (int s = 0; s < scenarios; s++) {
                double value = measure.of(equity.get(s));
                html.append("<td>").append(statistic(measure, value)).append("</td>");
                if (s > 0) {
                    double change = value - baseline;
                    String direction = switch (measure.direction().equalityChange(change)) {
                        case 1 -> " class=\"up\"";
                        case -1 -> " class=\"down\"";
                        default -> "";
                    };
                    html.append("<td")
                            .append(direction)
                            .append(">")
                            .append(signedStatistic(measure, change))
                            .append("</td>");
                }
            }
            String hint = switch (measure.direction()) {
                case LOWER -> t("lower");
                case HIGHER -> t("higher");
                case NEITHER -> "";
            };
            html.append("<td class=\"hint\">").append(escape(hint)).append("</td></tr>\n");
        }
        html.append("</tbody></table>\n<h3>")
                .append(escape(t("theil")))
                .append("</h3><p class=\"note\">")
                .append(escape(t("theil.note")))
                .append("</p>\n<div class=\"scroll\"><table class=\"data\" data-csv=\"theil.csv\"><thead><tr><th>")
                .append(escape(t("scenario")))
                .append("</th><th>")
                .append(escape(t("theil.total")))
                .append("</th>");
        for (Grouping grouping : EquityColumns.THEIL_GROUPINGS) {
            String by = t("grouping." + grouping.key());
            html.append("<th>")
                    .append(escape(t("theil.between") + ", " + by))
                    .append("</th><th>")
                    .append(escape(t("theil.within") + ", " + by))
                    .append("</th><th>")
                    .append(escape(t("theil.between_share") + ", " + by))
                    .append("</th>");
        }
        html.append("</tr></thead><tbody>\n");
        for (int s = 0; s < scenarios; s++) {
            html.append("<tr>");
            scenarioCell(s);
            html.append("<td>")
                    .append(statistic(EquityMeasure.THEIL_T, equity.get(s).theilT()))
                    .append("</td>");
            for (Grouping grouping : EquityColumns.THEIL_GROUPINGS) {
                TheilDecomposition theil = comparison.theil(s, grouping);
                double share = theil.betweenShare();
                html.append("<td>")
                        .append(statistic(EquityMeasure.THEIL_T, theil.between()))
                        .append("</td><td>")
                        .append(statistic(EquityMeasure.THEIL_T, theil.within()))
                        .append("</td><td>")
                        .append(Double.isFinite(share) ? String.format(Locale.ROOT, "%.1f%%", 100 * share) : "–")
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody></table></div></section>\n");
    }
}

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
import th.allocation.compare.Comparison;
import th.allocation.compare.GroupTotals;
import th.allocation.compare.WinnersLosers;
import th.allocation.explain.Explanation;
import th.allocation.model.Baht;
import th.allocation.result.Bound;
import th.allocation.result.Grouping;

/**
 * The report's tables of money and schools: the summary (around the {@link ReportTiles}), the
 * schools held by each kind of floor or cap, and the winners and losers against the baseline.
 */
final class ReportTables extends ReportSection {
    ReportTables(ReportSection page) {
        super(page);
    }

    void summary(GroupTotals total) {
        html.append("<section class=\"card\"><h2>").append(escape(t("summary"))).append("</h2>\n");
        if (comparison.size() > 1) {
            html.append("<p class=\"note\">").append(escape(t("summary.note"))).append("</p>\n");
        }
        new ReportTiles(this).tiles(total);
        html.append("<table class=\"data\" data-csv=\"summary.csv\"><thead><tr><th>")
                .append(escape(t("scenario")))
                .append("</th><th>")
                .append(escape(t("rule")))
                .append("</th><th>")
                .append(escape(t("budget")))
                .append("</th><th>")
                .append(escape(t("total")))
                .append("</th><th>")
                .append(escape(t("per_pupil")))
                .append("</th>");
        if (comparison.size() > 1) {
            html.append("<th>").append(escape(t("difference"))).append("</th>");
        }
        html.append("</tr></thead><tbody>\n");
        for (int s = 0; s < comparison.size(); s++) {
            BigDecimal budget = comparison.result(s).scenario().budget();
            html.append("<tr>");
            scenarioCell(s);
            boolean last = previousBaseline && s == 0;
            html.append("<td>")
                    .append(escape(
                            last
                                    ? t("rule.previous")
                                    : ruleName(comparison
                                            .result(s)
                                            .scenario()
                                            .rule()
                                            .type())))
                    .append("</td><td>")
                    .append(escape(
                            last
                                    ? "–"
                                    : budget == null ? t("budget.none") : String.format(Locale.ROOT, "%,.2f", budget)))
                    .append("</td><td>")
                    .append(Baht.grouped(total.allocation(s)))
                    .append("</td><td>")
                    .append(perPupilAmount(total.perPupil(s)))
                    .append("</td>");
            if (comparison.size() > 1) {
                html.append("<td>")
                        .append(s == 0 ? "" : signedMoney(total.difference(s)))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody></table></section>\n");
    }

    void bounds() {
        html.append("<section class=\"card\"><h2>")
                .append(escape(t("bounds")))
                .append("</h2><p class=\"note\">")
                .append(escape(t("bounds.note")))
                .append("</p>\n<table class=\"data\" data-csv=\"bounds.csv\"><thead><tr><th></th>");
        for (int s = 0; s < comparison.size(); s++) {
            html.append("<th>").append(escape(labels.get(s))).append("</th>");
        }
        html.append("</tr></thead><tbody>\n");
        for (Bound bound : Bound.values()) {
            if (!ReportChartData.listed(comparison, bound)) {
                continue;
            }
            html.append("<tr><td>").append(escape(t("bound." + bound.key()))).append("</td>");
            for (int s = 0; s < comparison.size(); s++) {
                html.append("<td>")
                        .append(whole(comparison.bounds(s).get(bound)))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody></table>\n<div class=\"chart\" style=\"height:190px;margin-top:12px\">"
                + "<canvas id=\"chart-bounds\"></canvas></div></section>\n");
    }

    void winners() {
        if (comparison.size() < 2) {
            return;
        }
        html.append("<section class=\"card\"><h2>")
                .append(escape(t("winners")))
                .append("</h2><p class=\"note\">")
                .append(escape(t("winners.note")))
                .append("</p>\n");
        for (int s = 1; s < comparison.size(); s++) {
            html.append("<h3>")
                    .append(escape(t("winners.against", "scenario", labels.get(s), "baseline", labels.get(0))))
                    .append(
                            "</h3>\n<div class=\"grid table-chart\"><div><table class=\"data\" data-csv=\"winners-losers-")
                    .append(escape(labels.get(s)))
                    .append(".csv\"><thead><tr><th>")
                    .append(escape(t("area_type")))
                    .append("</th>");
            for (String column : List.of("schools", "gaining", "losing", "unchanged", "gained", "lost", "net")) {
                html.append("<th>").append(escape(t(column))).append("</th>");
            }
            html.append("</tr></thead><tbody>\n");
            List<WinnersLosers> rows = new ArrayList<>(comparison.winnersLosers(s, Grouping.AREA_TYPE));
            rows.add(comparison.winnersLosers(s));
            for (WinnersLosers w : rows) {
                boolean all = w.grouping().equals(Comparison.ALL);
                html.append(all ? "<tr class=\"total\">" : "<tr>")
                        .append("<td>")
                        .append(escape(all ? t("all_schools") : group(Grouping.AREA_TYPE, w.group())))
                        .append("</td><td>")
                        .append(whole(w.schools()))
                        .append("</td><td>")
                        .append(whole(w.gaining()))
                        .append("</td><td>")
                        .append(whole(w.losing()))
                        .append("</td><td>")
                        .append(whole(w.unchanged()))
                        .append("</td><td>")
                        .append(Baht.grouped(w.gained()))
                        .append("</td><td>")
                        .append(Baht.grouped(w.lost()))
                        .append("</td><td")
                        .append(w.net() > 0 ? " class=\"up\"" : w.net() < 0 ? " class=\"down\"" : "")
                        .append(">")
                        .append(signedMoney(w.net()))
                        .append("</td></tr>\n");
            }
            html.append(
                            "</tbody></table></div>\n<div class=\"chart\" style=\"height:260px\"><canvas id=\"chart-winners-")
                    .append(s)
                    .append("\"></canvas></div></div>\n");
        }
        html.append("</section>\n");
    }

    /**
     * The rule's name in the report's language: the report's own text, else the explanations' (a
     * composed formula), else its type.
     */
    private String ruleName(String type) {
        return ReportText.has("rule." + type)
                ? t("rule." + type)
                : Explanation.texts(language.locale()).getOrDefault("rule." + type, type);
    }
}

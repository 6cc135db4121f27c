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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.allocation.engine.AllocationEngine;
import th.allocation.evaluate.Evaluation;
import th.allocation.evaluate.Figures;
import th.allocation.evaluate.GoalResult;
import th.allocation.evaluate.History;
import th.allocation.evaluate.HistoryRow;
import th.allocation.evaluate.IndicatorResult;
import th.allocation.evaluate.Level;
import th.allocation.evaluate.Spending;
import th.allocation.evaluate.Status;
import th.allocation.evaluate.Trend;
import th.allocation.evaluate.UnitResult;
import th.allocation.scenario.Indicator;

/**
 * The evaluation report: one self-contained page for a committee, offline like the allocation
 * report (its style sheet and Chart.js are the allocation report's, inlined): which units met their
 * targets at every level, where money bought the least, the schools furthest off track by goal, the
 * costs learnt for next year and, with several years, the history. The page marks itself drawn
 * ({@code data-rendered="true"}) when its charts drew without a script error.
 */
final class EvaluationReport extends EvaluationHtml {
    private final Optional<History> history;

    private EvaluationReport(Evaluation evaluation, Optional<History> history, ReportLanguage language) {
        super(evaluation, language, new StringBuilder(1 << 20));
        this.history = history;
    }

    /** Writes the report to {@code file} (UTF-8). */
    static void write(Evaluation evaluation, Optional<History> history, ReportLanguage language, Path file)
            throws IOException {
        Files.writeString(file, html(evaluation, history, language), StandardCharsets.UTF_8);
    }

    /** The report as a complete HTML page. */
    static String html(Evaluation evaluation, Optional<History> history, ReportLanguage language) {
        return new EvaluationReport(evaluation, history, language).render();
    }

    private String render() {
        String title = t("title") + ": " + evaluation.plan().scenario().name();
        long pupils = 0;
        for (int i = 0; i < evaluation.plan().size(); i++) {
            pupils += evaluation.plan().pupils(i);
        }
        html.append("<!DOCTYPE html>\n<html lang=\"").append(language.key()).append("\" data-rendered=\"false\">\n");
        html.append("<head>\n<meta charset=\"utf-8\">\n");
        html.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src"
                + " 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:\">\n");
        html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.append("<meta name=\"generator\" content=\"alloc ")
                .append(escape(AllocationEngine.version()))
                .append("\">\n<title>")
                .append(escape(title))
                .append("</title>\n<style>\n")
                .append(ReportWriter.resource("report.css", false))
                .append(ReportWriter.resource("evaluation.css", false))
                .append("</style>\n");
        html.append("<script>window.reportErrors=[];window.addEventListener('error',function(e){"
                + "window.reportErrors.push(String(e.message||e));"
                + "document.documentElement.setAttribute('data-rendered','error');});</script>\n");
        html.append("</head>\n<body>\n<header class=\"page\"><div class=\"wrap\">\n<p class=\"kicker\">")
                .append(escape(t("kicker")))
                .append("</p>\n<h1>")
                .append(escape(title))
                .append("</h1>\n<p class=\"subtitle\">")
                .append(escape(t(
                        "subtitle",
                        "year",
                        evaluation.fiscalYear(),
                        "results",
                        evaluation.resultsYear(),
                        "schools",
                        whole(evaluation.plan().size()),
                        "pupils",
                        whole(pupils))))
                .append("</p>\n</div></header>\n<main class=\"wrap\">\n<pre id=\"report-errors\"></pre>\n");
        goals();
        indicators();
        rules();
        EvaluationReportUnits units = new EvaluationReportUnits(evaluation, language, html);
        units.levels();
        units.least();
        units.offTrack();
        costs();
        history.filter(h -> h.years().size() > 1).ifPresent(this::history);
        html.append("</main>\n<footer class=\"wrap\">")
                .append(escape(
                        t("footer", "version", AllocationEngine.version(), "chartjs", ReportWriter.CHART_JS_VERSION)))
                .append("</footer>\n<script type=\"application/json\" id=\"report-data\">")
                .append(ReportWriter.scriptJson(chartData()))
                .append("</script>\n<script>\n")
                .append(ReportWriter.resource("chart.umd.min.js", true))
                .append("\n</script>\n<script>\n")
                .append(ReportWriter.resource("evaluation.js", true))
                .append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    private void goals() {
        card("summary", t("summary"), t("summary.note"));
        html.append("<div class=\"tiles\">\n");
        for (GoalResult goal : evaluation.goals()) {
            if (goal.level() != Level.CENTRE) {
                continue;
            }
            html.append("<div class=\"tile goal-tile\"><div class=\"label\">")
                    .append(escape(t("goal." + EvaluationTables.key(goal.goal()))))
                    .append(' ');
            badge(goal.status());
            html.append("</div><div class=\"name\">")
                    .append(escape(String.join(", ", goal.indicators())))
                    .append("</div><dl><dt>")
                    .append(escape(t("money")))
                    .append("</dt><dd>")
                    .append(money(goal.money()))
                    .append("</dd></dl></div>\n");
        }
        html.append("</div>\n<div class=\"chart\" style=\"height:")
                .append(80 + 44 * evaluation.indicators().size())
                .append("px\"><canvas id=\"chart-statuses\"></canvas></div>\n");
        endCard();
    }

    private void indicators() {
        card(
                "indicators",
                t("indicators"),
                t("indicators.note", "pupils", t("weighting.pupils"), "schools", t("weighting.schools")));
        head(
                "indicator",
                "goal",
                "weighting",
                "baseline",
                "target",
                "projected",
                "achieved",
                "gap_closed",
                "money",
                "cost_assumed",
                "cost_observed",
                "status");
        for (int k = 0; k < evaluation.indicators().size(); k++) {
            UnitResult centre = evaluation.units().get(k);
            Figures f = centre.figures();
            Spending s = centre.spending();
            html.append("<tr>");
            cell(centre.indicator().name());
            cell(t("goal." + EvaluationTables.key(centre.indicator().goal())));
            cell(t(centre.pupilWeighted() ? "weighting.pupils" : "weighting.schools"));
            cell(value(f.baseline()));
            cell(value(f.target()));
            cell(value(f.projected()));
            cell(value(f.achieved()));
            cell(value(f.gapClosedProjected()) + " → " + value(f.gapClosed()));
            cell(money(centre.money()));
            cell(amount(s.costAssumed()));
            cell(amount(s.costObserved()));
            statusCell(centre.status());
            html.append("</tr>\n");
        }
        endTable();
        endCard();
    }

    private void rules() {
        card("rules", t("rules"), t("rules.note"));
        html.append("<table class=\"data rules\"><tbody>\n");
        String share = String.format(
                java.util.Locale.ROOT, "%.0f%%", 100 * evaluation.options().onTrackShare());
        for (Status status : Status.values()) {
            html.append("<tr>");
            statusCell(status);
            cell(t("rule." + status.key(), "share", share));
            html.append("</tr>\n");
        }
        html.append("</tbody></table>\n<p class=\"note\">")
                .append(escape(t("rule.target")))
                .append("</p>\n");
        double s = evaluation.options().shrinkage();
        html.append("<p class=\"note\">")
                .append(escape(t("rule.shrinkage", "s", ratio(s), "r", ratio(1 - s))))
                .append("</p>\n");
        endCard();
    }

    private void costs() {
        card("costs", t("costs"), t("costs.note"));
        head("indicator", "per", "cost", "cost_assumed", "cost_observed", "efficiency", "next_cost");
        for (IndicatorResult r : evaluation.indicatorResults()) {
            Spending s = r.spending();
            html.append("<tr>");
            cell(r.indicator().name());
            cell(t("per." + EvaluationTables.key(r.indicator().cost().per())));
            cell(amount(r.cost().doubleValue()));
            cell(amount(s.costAssumed()));
            cell(amount(s.costObserved()));
            cell(ratio(s.efficiency()));
            cell(amount(r.nextCost().doubleValue()));
            html.append("</tr>\n");
        }
        endTable();
        html.append("<h3>").append(escape(t("noise"))).append("</h3><p class=\"note\">");
        html.append(escape(t("noise.note"))).append("</p>\n");
        head("indicator", "schools", "change");
        for (IndicatorResult r : evaluation.indicatorResults()) {
            html.append("<tr>");
            cell(r.indicator().name());
            cell(whole(r.unfundedSchools()));
            cell(value(r.unfundedChangeMean()) + " ± " + value(r.unfundedChangeSd()));
            html.append("</tr>\n");
        }
        endTable();
        endCard();
    }

    private void history(History history) {
        card("history", t("history"), t("history.note"));
        html.append("<div class=\"grid\">\n");
        for (int k = 0; k < evaluation.indicators().size(); k++) {
            html.append("<div><h3>")
                    .append(escape(evaluation.indicators().get(k).name()))
                    .append("</h3><div class=\"chart\" style=\"height:220px\"><canvas id=\"chart-history-")
                    .append(k)
                    .append("\"></canvas></div></div>\n");
        }
        html.append("</div>\n<h3>").append(escape(t("trends"))).append("</h3>\n");
        head("cluster", "indicator", "year", "", "slope", "trend");
        for (Trend trend : history.trends()) {
            if (trend.level() != Level.CLUSTER) {
                continue;
            }
            html.append("<tr>");
            cell(trend.unit());
            cell(trend.indicator());
            cell(trend.firstYear() + "–" + trend.lastYear());
            cell(value(trend.first()) + " → " + value(trend.last()));
            cell(value(trend.slopePerYear()));
            cell(t("trend." + trend.way().key()));
            html.append("</tr>\n");
        }
        endTable();
        endCard();
    }

    private Map<String, Object> chartData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("locale", language == ReportLanguage.TH ? "th-TH" : "en-GB");
        Map<String, String> text = new LinkedHashMap<>();
        text.put("schools", t("schools"));
        text.put("target", t("target"));
        text.put("achieved", t("achieved"));
        data.put("text", text);
        List<String> names = new ArrayList<>();
        evaluation.indicators().forEach(i -> names.add(i.name()));
        List<Map<String, Object>> series = new ArrayList<>();
        for (Status status : Status.values()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("label", t("status." + status.key()));
            s.put("color", STATUS_COLORS.get(status.ordinal()));
            List<Integer> counts = new ArrayList<>();
            evaluation
                    .indicatorResults()
                    .forEach(r -> counts.add(r.schoolStatuses().of(status)));
            s.put("data", counts);
            series.add(s);
        }
        Map<String, Object> statuses = new LinkedHashMap<>();
        statuses.put("labels", names);
        statuses.put("series", series);
        data.put("statuses", statuses);
        List<Map<String, Object>> lines = new ArrayList<>();
        history.filter(h -> h.years().size() > 1).ifPresent(h -> {
            for (Indicator indicator : evaluation.indicators()) {
                List<String> years = new ArrayList<>();
                List<Double> values = new ArrayList<>();
                List<Double> targets = new ArrayList<>();
                for (HistoryRow row : h.rows()) {
                    if (row.level() != Level.CENTRE || !row.indicator().equals(indicator.name())) {
                        continue;
                    }
                    if (years.isEmpty()) {
                        years.add(Integer.toString(row.fiscalYear()));
                        values.add(finite(row.baseline()));
                        targets.add(finite(row.target()));
                    }
                    years.add(Integer.toString(row.resultsYear()));
                    values.add(finite(row.achieved()));
                    targets.add(finite(row.target()));
                }
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("years", years);
                line.put("values", values);
                line.put("targets", targets);
                lines.add(line);
            }
        });
        data.put("history", lines);
        return data;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}

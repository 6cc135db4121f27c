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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import th.allocation.compare.Comparison;
import th.allocation.compare.GroupTotals;
import th.allocation.compare.WinnersLosers;
import th.allocation.engine.AllocationEngine;
import th.allocation.model.Baht;
import th.allocation.result.Bound;
import th.allocation.result.Grouping;
import th.allocation.stats.EquityMeasure;
import th.allocation.stats.EquityStatistics;
import th.allocation.stats.LorenzCurve;
import th.allocation.stats.TheilDecomposition;

/**
 * Writes a self-contained HTML report of one allocation or a comparison of several: a summary, the
 * equity statistics with their change against the baseline, Theil's decomposition, Lorenz curves,
 * the per-pupil amount by area type and by cluster, winners and losers, and the binding floors and
 * caps. Headings and labels are in English or Thai; names from the data are shown as given.
 *
 * <p>The page opens offline: its style, its data (JSON) and the charting library, Chart.js
 * {@value #CHART_JS_VERSION} (MIT licence, vendored unmodified in
 * {@code th/allocation/output/report/}), are inlined, and a Content-Security-Policy forbids every
 * network request. Every text from the data is escaped for HTML, and the JSON for a script element.
 * When the charts are drawn, the page sets {@code data-rendered="true"} on its {@code <html>}
 * element ({@code "error"} after a script error, listed in {@code #report-errors}), for automated
 * checks. The same comparison gives the same bytes.
 */
public final class ReportWriter {
    /** The version of the inlined Chart.js. */
    public static final String CHART_JS_VERSION = "4.6.1";

    /** Colours of the scenarios, in order (Tableau 10). */
    private static final List<String> COLORS = List.of(
            "#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#e15759", "#76b7b2", "#9c755f", "#edc948", "#ff9da7",
            "#bab0ac");

    private static final ObjectMapper JSON = Json.COMPACT;

    private ReportWriter() {}

    /** Writes the report of {@code comparison} in {@code language} to {@code file} (UTF-8). */
    public static void write(Comparison comparison, ReportLanguage language, Path file) throws IOException {
        Files.writeString(file, html(comparison, language), StandardCharsets.UTF_8);
    }

    /** The report of {@code comparison} in {@code language}, as a complete HTML page. */
    public static String html(Comparison comparison, ReportLanguage language) {
        Page page = new Page(comparison, language);
        return page.render();
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * JSON made safe inside a {@code <script>} element: {@code <}, {@code >} and {@code &} (which occur
     * only inside strings) and the line separators U+2028 and U+2029 are written as escapes, so no text
     * can close the element or start a comment.
     */
    static String scriptJson(Object value) {
        String json;
        try {
            json = JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the report's data as JSON.", e);
        }
        return json.replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026")
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }

    /** A resource of the report folder, as text; for a script, checked to be safe to inline. */
    static String resource(String name, boolean script) {
        try (InputStream in = ReportWriter.class.getResourceAsStream("report/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The report resource " + name + " is missing from the jar.");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (script) {
                // The source map is not shipped; its comment would only make tools look for it.
                text = text.replaceAll("(?m)^//# sourceMappingURL=.*$", "");
                if (text.toLowerCase(Locale.ROOT).contains("</script")) {
                    throw new IllegalStateException(
                            "The report script " + name + " contains '</script' and cannot be" + " inlined.");
                }
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the report resource " + name + ": " + e.getMessage(), e);
        }
    }

    private static String signedMoney(long satang) {
        return String.format(Locale.ROOT, "%+,.2f", Baht.toBaht(satang));
    }

    private static String whole(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    /** A statistic as people read it (see {@link EquityMeasure.Kind#format(double)}); a dash where undefined. */
    private static String statistic(EquityMeasure measure, double value) {
        return Double.isFinite(value) ? measure.format(value) : "–";
    }

    /** A change of a statistic, signed; a dash where undefined. */
    private static String signedStatistic(EquityMeasure measure, double change) {
        return Double.isFinite(change) ? measure.formatChange(change) : "–";
    }

    /** One report being written. */
    private static final class Page {
        private final Comparison comparison;
        private final ReportLanguage language;
        private final StringBuilder html = new StringBuilder(400_000);
        private final List<String> labels;
        private final List<EquityStatistics> equity = new ArrayList<>();

        Page(Comparison comparison, ReportLanguage language) {
            this.comparison = comparison;
            this.language = language;
            this.labels = comparison.labels();
            for (int s = 0; s < comparison.size(); s++) {
                equity.add(comparison.equity(s));
            }
        }

        private String t(String key, Object... values) {
            return ReportText.get(language, key, values);
        }

        private String color(int scenario) {
            return COLORS.get(scenario % COLORS.size());
        }

        private String group(Grouping grouping, String group) {
            String key = (grouping == Grouping.AREA_TYPE ? "area." : "") + group;
            return grouping == Grouping.AREA_TYPE && ReportText.has(key) ? t(key) : group;
        }

        String render() {
            GroupTotals total = comparison.total();
            String title = t(comparison.size() == 1 ? "title.run" : "title.compare");
            Set<String> years = new LinkedHashSet<>();
            comparison
                    .results()
                    .forEach(r -> years.add(Integer.toString(r.scenario().fiscalYear())));
            html.append("<!DOCTYPE html>\n<html lang=\"")
                    .append(language.key())
                    .append("\" data-rendered=\"false\">\n");
            html.append("<head>\n<meta charset=\"utf-8\">\n");
            html.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src"
                    + " 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:\">\n");
            html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            html.append("<meta name=\"generator\" content=\"alloc ")
                    .append(escape(AllocationEngine.version()))
                    .append("\">\n");
            html.append("<title>")
                    .append(escape(title + ": " + String.join(", ", labels)))
                    .append("</title>\n");
            html.append("<style>\n").append(resource("report.css", false)).append("</style>\n");
            // Collects script errors, including the library's, before anything else runs.
            html.append("<script>window.reportErrors=[];window.addEventListener('error',function(e){"
                    + "window.reportErrors.push(String(e.message||e));"
                    + "document.documentElement.setAttribute('data-rendered','error');});</script>\n");
            html.append("</head>\n<body>\n");
            html.append("<header class=\"page\"><div class=\"wrap\">\n<p class=\"kicker\">")
                    .append(escape(t("kicker")))
                    .append("</p>\n<h1>")
                    .append(escape(comparison.size() == 1 ? title + ": " + name(0) : title))
                    .append("</h1>\n<p class=\"subtitle\">")
                    .append(escape(t(
                            "subtitle",
                            "schools",
                            whole(total.schools()),
                            "pupils",
                            whole(total.pupils()),
                            "year",
                            String.join(", ", years))))
                    .append("</p>\n</div></header>\n<main class=\"wrap\">\n<pre id=\"report-errors\"></pre>\n");
            summary(total);
            equity();
            html.append("<section class=\"card\"><h2>")
                    .append(escape(t("lorenz")))
                    .append("</h2><p class=\"note\">")
                    .append(escape(t("lorenz.note")))
                    .append("</p>\n<div class=\"chart\" style=\"height:440px\">"
                            + "<canvas id=\"chart-lorenz\"></canvas></div></section>\n");
            html.append("<div class=\"grid\">\n");
            html.append("<section class=\"card\"><h2>")
                    .append(escape(t("by_area")))
                    .append("</h2>\n")
                    .append("<div class=\"chart\" style=\"height:340px\"><canvas id=\"chart-area\"></canvas></div>"
                            + "</section>\n");
            bounds();
            html.append("</div>\n");
            int clusters = comparison.groups(Grouping.CLUSTER).size();
            int height = 90 + clusters * (10 + 11 * comparison.size());
            html.append("<section class=\"card\"><h2>")
                    .append(escape(t("by_cluster")))
                    .append("</h2>\n")
                    .append("<div class=\"chart\" style=\"height:")
                    .append(height)
                    .append("px\"><canvas id=\"chart-cluster\"></canvas></div></section>\n");
            winners();
            html.append("</main>\n<footer class=\"wrap\">")
                    .append(escape(t("footer", "version", AllocationEngine.version(), "chartjs", CHART_JS_VERSION)))
                    .append("</footer>\n");
            html.append("<script type=\"application/json\" id=\"report-data\">")
                    .append(scriptJson(data()))
                    .append("</script>\n");
            html.append("<script>\n").append(resource("chart.umd.min.js", true)).append("\n</script>\n");
            html.append("<script>\n").append(resource("report.js", true)).append("</script>\n");
            html.append("</body>\n</html>\n");
            return html.toString();
        }

        private String name(int s) {
            String name = comparison.result(s).scenario().name();
            return name.isEmpty() ? labels.get(s) : name;
        }

        private void scenarioCell(int s) {
            html.append("<td><span class=\"swatch\" style=\"--c:")
                    .append(color(s))
                    .append("\"></span>")
                    .append(escape(labels.get(s)));
            if (s == 0 && comparison.size() > 1) {
                html.append("<span class=\"badge\">")
                        .append(escape(t("baseline")))
                        .append("</span>");
            }
            html.append("</td>");
        }

        private void summary(GroupTotals total) {
            html.append("<section class=\"card\"><h2>")
                    .append(escape(t("summary")))
                    .append("</h2>\n");
            if (comparison.size() > 1) {
                html.append("<p class=\"note\">")
                        .append(escape(t("summary.note")))
                        .append("</p>\n");
            }
            html.append("<div class=\"tiles\">\n");
            for (int s = 0; s < comparison.size(); s++) {
                long bound = comparison.schools().size() - comparison.bounds(s).get(Bound.NONE);
                html.append("<div class=\"tile\" style=\"--c:")
                        .append(color(s))
                        .append("\"><div class=\"label\">")
                        .append(escape(labels.get(s)));
                if (s == 0 && comparison.size() > 1) {
                    html.append("<span class=\"badge\">")
                            .append(escape(t("baseline")))
                            .append("</span>");
                }
                html.append("</div><div class=\"name\">")
                        .append(escape(comparison.result(s).scenario().name()))
                        .append("</div><dl>");
                tileRow(t("total"), Baht.grouped(total.allocation(s)));
                tileRow(
                        t("per_pupil"),
                        total.perPupil(s)
                                .map(v -> String.format(Locale.ROOT, "%,.2f", v))
                                .orElse("–"));
                tileRow(
                        t("stat." + EquityMeasure.GINI.key()),
                        statistic(EquityMeasure.GINI, equity.get(s).gini()));
                tileRow(t("bound_schools"), whole(bound));
                html.append("</dl></div>\n");
            }
            html.append("</div>\n<table class=\"data\"><thead><tr><th>")
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
                html.append("<td>")
                        .append(escape(t(
                                "rule." + comparison.result(s).scenario().rule().type())))
                        .append("</td><td>")
                        .append(escape(budget == null ? t("budget.none") : String.format(Locale.ROOT, "%,.2f", budget)))
                        .append("</td><td>")
                        .append(Baht.grouped(total.allocation(s)))
                        .append("</td><td>")
                        .append(total.perPupil(s)
                                .map(v -> String.format(Locale.ROOT, "%,.2f", v))
                                .orElse("–"))
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

        private void tileRow(String name, String value) {
            html.append("<dt>")
                    .append(escape(name))
                    .append("</dt><dd>")
                    .append(escape(value))
                    .append("</dd>");
        }

        private void equity() {
            int scenarios = comparison.size();
            html.append("<section class=\"card\"><h2>")
                    .append(escape(t("equity")))
                    .append("</h2><p class=\"note\">")
                    .append(escape(t("equity.note")))
                    .append("</p>\n<table class=\"data\"><thead><tr><th>")
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
                    .append("</p>\n<div class=\"scroll\"><table class=\"data\"><thead><tr><th>")
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

        private void bounds() {
            html.append("<section class=\"card\"><h2>")
                    .append(escape(t("bounds")))
                    .append("</h2><p class=\"note\">")
                    .append(escape(t("bounds.note")))
                    .append("</p>\n<table class=\"data\"><thead><tr><th></th>");
            for (int s = 0; s < comparison.size(); s++) {
                html.append("<th>").append(escape(labels.get(s))).append("</th>");
            }
            html.append("</tr></thead><tbody>\n");
            for (Bound bound : Bound.values()) {
                html.append("<tr><td>")
                        .append(escape(t("bound." + bound.key())))
                        .append("</td>");
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

        private void winners() {
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
                        .append("</h3>\n<div class=\"grid table-chart\"><div><table class=\"data\"><thead><tr><th>")
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

        /** The charts' data. */
        private ObjectNode data() {
            ObjectNode data = JSON.createObjectNode();
            data.put("locale", language == ReportLanguage.TH ? "th-TH" : "en-GB");
            ObjectNode text = data.putObject("text");
            text.put("equality", t("equality"))
                    .put("lorenzX", t("lorenz.x"))
                    .put("lorenzY", t("lorenz.y"))
                    .put("thbPerPupil", t("thb_per_pupil"))
                    .put("gaining", t("gaining"))
                    .put("losing", t("losing"))
                    .put("unchanged", t("unchanged"))
                    .put("schools", t("schools"));
            ArrayNode scenarios = data.putArray("scenarios");
            ArrayNode colors = data.putArray("colors");
            ArrayNode lorenz = data.putArray("lorenz");
            for (int s = 0; s < comparison.size(); s++) {
                scenarios.add(labels.get(s));
                colors.add(color(s));
                ArrayNode points = lorenz.addArray();
                for (LorenzCurve.Point point : comparison.lorenzCurve(s).points(100)) {
                    points.addObject()
                            .put("x", Numbers.decimal(point.pupilShare()))
                            .put("y", Numbers.decimal(point.moneyShare()));
                }
            }
            perPupil(data.putObject("area"), Grouping.AREA_TYPE);
            perPupil(data.putObject("cluster"), Grouping.CLUSTER);
            ArrayNode winners = data.putArray("winners");
            for (int s = 1; s < comparison.size(); s++) {
                ObjectNode w = winners.addObject();
                ArrayNode groups = w.putArray("groups");
                ArrayNode gaining = w.putArray("gaining");
                ArrayNode losing = w.putArray("losing");
                ArrayNode unchanged = w.putArray("unchanged");
                for (WinnersLosers row : comparison.winnersLosers(s, Grouping.AREA_TYPE)) {
                    groups.add(group(Grouping.AREA_TYPE, row.group()));
                    gaining.add(row.gaining());
                    losing.add(row.losing());
                    unchanged.add(row.unchanged());
                }
            }
            ObjectNode bounds = data.putObject("bounds");
            ArrayNode kinds = bounds.putArray("kinds");
            for (Bound bound : Bound.values()) {
                if (bound != Bound.NONE) {
                    kinds.add(t("bound." + bound.key()));
                }
            }
            ArrayNode counts = bounds.putArray("values");
            for (int s = 0; s < comparison.size(); s++) {
                ArrayNode row = counts.addArray();
                Map<Bound, Long> byBound = comparison.bounds(s);
                for (Bound bound : Bound.values()) {
                    if (bound != Bound.NONE) {
                        row.add(byBound.get(bound));
                    }
                }
            }
            return data;
        }

        private void perPupil(ObjectNode node, Grouping grouping) {
            ArrayNode groups = node.putArray("groups");
            ArrayNode values = node.putArray("values");
            // In the grouping's order: numbered names in number order, region 2 before region 10.
            List<GroupTotals> totals = comparison.groups(grouping);
            totals.forEach(g -> groups.add(group(grouping, g.group())));
            for (int s = 0; s < comparison.size(); s++) {
                ArrayNode row = values.addArray();
                for (GroupTotals g : totals) {
                    BigDecimal perPupil = g.perPupil(s).orElse(null);
                    if (perPupil == null) {
                        row.addNull();
                    } else {
                        row.add(perPupil);
                    }
                }
            }
        }
    }
}

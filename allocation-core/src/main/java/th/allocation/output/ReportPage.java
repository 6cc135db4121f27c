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

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;
import th.allocation.compare.Comparison;
import th.allocation.compare.GroupTotals;
import th.allocation.engine.AllocationEngine;
import th.allocation.explain.Explanation;
import th.allocation.result.Grouping;
import th.allocation.rule.ComponentFormula;

/**
 * The skeleton of one report page: the head with its style and security policy, the header and a
 * table of contents, the sections in order, the footer, and the inlined data and scripts. Tables of
 * figures are written here as HTML ({@link ReportTables}, {@link ReportEquityTables}); the map, the
 * tables by group, the school lookup and the charts are drawn by the page's scripts from the data
 * ({@link ReportChartData}, {@link ReportGroups}, {@link ReportSchools}).
 */
final class ReportPage extends ReportSection {
    /** The scripts, in the order they run: the charting library, then the page's own. */
    private static final String[] SCRIPTS = {
        "chart.umd.min.js",
        "explain.js",
        "report-explain.js",
        "tables.js",
        "map.js",
        "report-charts.js",
        "report-groups.js",
        "report-lookup.js",
        "report.js"
    };

    ReportPage(Comparison comparison, ReportLanguage language) {
        super(comparison, language);
    }

    String render() {
        GroupTotals total = comparison.total();
        boolean run = comparison.size() == 1 || (previousBaseline && comparison.size() == 2);
        String title = t(run ? "title.run" : "title.compare");
        Set<String> years = new LinkedHashSet<>();
        for (int s = previousBaseline ? 1 : 0; s < comparison.size(); s++) {
            years.add(Integer.toString(comparison.result(s).scenario().fiscalYear()));
        }
        head(title);
        html.append("<header class=\"page\"><div class=\"wrap\">\n<p class=\"kicker\">")
                .append(escape(t("kicker")))
                .append("</p>\n<h1>")
                .append(escape(run ? title + ": " + name(comparison.size() - 1) : title))
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
        contents();
        new ReportTables(this).summary(total);
        lookup();
        map();
        tableCard("table-province", t("by_province"));
        tableCard("table-esa", t("by_esa"));
        changes();
        html.append("<section class=\"card\" id=\"components\"><h2>")
                .append(escape(t("components")))
                .append("</h2><p class=\"note\">")
                .append(escape(t("components.note")))
                .append("</p>\n<div class=\"chart\" id=\"components-chart\"><canvas id=\"chart-components\"></canvas>"
                        + "</div>\n<div class=\"table-box\" id=\"table-components\"></div></section>\n");
        new ReportEquityTables(this).equity();
        lorenz();
        html.append("<div class=\"grid\">\n<section class=\"card\"><h2>")
                .append(escape(t("by_area")))
                .append("</h2><p class=\"note\">")
                .append(escape(t("differences.note")))
                .append("</p>\n<div class=\"chart\" style=\"height:300px\"><canvas id=\"chart-area\"></canvas></div>"
                        + "</section>\n");
        new ReportTables(this).bounds();
        html.append("</div>\n");
        int clusters = comparison.groups(Grouping.CLUSTER).size();
        html.append("<section class=\"card\" id=\"clusters\"><h2>")
                .append(escape(t("by_cluster")))
                .append("</h2><p class=\"note\">")
                .append(escape(t("differences.note")))
                .append("</p>\n<div class=\"grid\"><div class=\"chart\" style=\"height:")
                .append(90 + clusters * 22)
                .append("px\"><canvas id=\"chart-cluster\"></canvas></div>");
        if (comparison.size() > 1) {
            html.append("<div class=\"chart\" style=\"height:")
                    .append(90 + clusters * 22)
                    .append("px\"><canvas id=\"chart-cluster-change\"></canvas></div>");
        }
        html.append("</div>\n<div class=\"table-box\" id=\"table-cluster\"></div></section>\n");
        new ReportTables(this).winners();
        html.append("</main>\n<footer class=\"wrap\">")
                .append(escape(
                        t("footer", "version", AllocationEngine.version(), "chartjs", ReportWriter.CHART_JS_VERSION)))
                .append("</footer>\n");
        html.append("<script type=\"application/json\" id=\"report-data\">")
                .append(ReportWriter.scriptJson(data()))
                .append("</script>\n");
        for (String script : SCRIPTS) {
            html.append("<script>\n")
                    .append(ReportWriter.resource(script, true))
                    .append("\n</script>\n");
            if (script.equals("report-explain.js") && protections()) {
                // Only a page with protections carries their explanation, so that the others keep their bytes.
                html.append("<script>\n")
                        .append(ReportWriter.resource("report-protections.js", true))
                        .append("\n</script>\n");
            }
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private void head(String title) {
        html.append("<!DOCTYPE html>\n<html lang=\"").append(language.key()).append("\" data-rendered=\"false\">\n");
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
        html.append("<style>\n")
                .append(ReportWriter.resource("report.css", false))
                .append("</style>\n");
        // Collects script errors, including the library's, before anything else runs.
        html.append("<script>window.reportErrors=[];window.addEventListener('error',function(e){"
                + "window.reportErrors.push(String(e.message||e));"
                + "document.documentElement.setAttribute('data-rendered','error');});</script>\n");
        html.append("</head>\n<body>\n");
    }

    private void contents() {
        html.append("<nav class=\"contents\" aria-label=\"")
                .append(escape(t("contents")))
                .append("\">");
        link("lookup", t("lookup"));
        link("map", t("map"));
        link("table-province", t("by_province"));
        link("table-esa", t("by_esa"));
        if (comparison.size() > 1) {
            link("changes", t("histogram"));
        }
        link("components", t("components"));
        link("equity", t("equity"));
        link("clusters", t("by_cluster_table"));
        html.append("</nav>\n");
        if (previousBaseline) {
            long missing = ReportBaseline.withoutPrevious(comparison.schools());
            html.append("<p class=\"note baseline-note\">")
                    .append(escape(
                            t("previous.note") + (missing > 0 ? t("previous.missing", "count", whole(missing)) : "")))
                    .append("</p>\n");
        }
    }

    private void link(String id, String text) {
        html.append("<a href=\"#").append(id).append("\">").append(escape(text)).append("</a>");
    }

    private void lookup() {
        html.append("<section class=\"card\" id=\"lookup\"><h2>")
                .append(escape(t("lookup")))
                .append("</h2><p class=\"note\">")
                .append(escape(t("lookup.note")))
                .append("</p>\n<input type=\"search\" id=\"school-search\" autocomplete=\"off\" placeholder=\"")
                .append(escape(t("lookup.placeholder")))
                .append("\" aria-label=\"")
                .append(escape(t("lookup.placeholder")))
                .append("\">\n<p class=\"note\" id=\"school-status\"></p><ul id=\"school-results\"></ul>\n"
                        + "<div id=\"school-explanation\"></div></section>\n");
    }

    private void map() {
        html.append("<section class=\"card\" id=\"map\"><h2>")
                .append(escape(t("map")))
                .append("</h2><p class=\"note\">")
                .append(escape(t("map.note")))
                .append("</p>\n<label class=\"control\">")
                .append(escape(t("map.show")))
                .append(" <select id=\"map-measure\"></select></label>\n<div class=\"map-box\" id=\"province-map\">"
                        + "</div>\n<p class=\"note\" id=\"map-unmatched\"></p></section>\n");
    }

    private void tableCard(String id, String heading) {
        html.append("<section class=\"card\" id=\"")
                .append(id)
                .append("\"><h2>")
                .append(escape(heading))
                .append("</h2><p class=\"note\">")
                .append(escape(t("tables.note")))
                .append("</p>\n<div class=\"table-box\" id=\"")
                .append(id)
                .append("-box\"></div></section>\n");
    }

    private void changes() {
        if (comparison.size() < 2) {
            return;
        }
        html.append("<section class=\"card\" id=\"changes\"><h2>")
                .append(escape(t("histogram")))
                .append("</h2><p class=\"note\" id=\"histogram-note\"></p>\n");
        for (int s = 1; s < comparison.size(); s++) {
            html.append("<div class=\"chart\" style=\"height:300px\"><canvas id=\"chart-histogram-")
                    .append(s)
                    .append("\"></canvas></div>\n");
        }
        html.append("</section>\n");
    }

    private void lorenz() {
        html.append("<div class=\"grid\"><section class=\"card\"><h2>")
                .append(escape(t("lorenz")))
                .append("</h2><p class=\"note\">")
                .append(escape(t("lorenz.note")))
                .append("</p>\n<div class=\"chart\" style=\"height:400px\"><canvas id=\"chart-lorenz\"></canvas>"
                        + "</div></section>\n<section class=\"card\"><h2>")
                .append(escape(t("lorenz.gap")))
                .append("</h2><p class=\"note\">")
                .append(escape(t("lorenz.gap.note")))
                .append("</p>\n<div class=\"chart\" style=\"height:400px\"><canvas id=\"chart-lorenz-gap\"></canvas>"
                        + "</div></section></div>\n");
    }

    /** Whether a scenario of the page has protections. */
    private boolean protections() {
        for (int s = 0; s < comparison.size(); s++) {
            if (comparison.result(s).scenario().protections() != null) {
                return true;
            }
        }
        return false;
    }

    /** Everything the page's scripts draw from. */
    private ObjectNode data() {
        ObjectNode data = new ReportChartData(this).data();
        data.put("language", language.key());
        data.put("previousBaseline", previousBaseline);
        ArrayNode names = data.putArray("names");
        for (int s = 0; s < comparison.size(); s++) {
            names.add(name(s));
        }
        ObjectNode ui = data.putObject("ui");
        boolean protections = protections();
        ReportText.all(language, protections).forEach(ui::put);
        ReportGroups groups = new ReportGroups(this);
        data.set("groups", groups.groups());
        data.set("components", groups.components());
        data.set("tiles", ReportGroups.tiles());
        ReportSchools schools = new ReportSchools(this);
        data.set("schools", schools.schools());
        ObjectNode explain = data.putObject("explain");
        ObjectNode texts = explain.putObject("texts");
        // A composed formula's name is carried only by pages that show one: the pages of the flat and
        // weighted rules stay as they were before composed formulas existed, byte for byte.
        boolean composed = false;
        for (int s = 0; s < comparison.size(); s++) {
            composed |= comparison.result(s).scenario().rule() instanceof ComponentFormula;
        }
        boolean withComposed = composed;
        Explanation.texts(language.locale(), protections).forEach((key, text) -> {
            if (withComposed || !key.startsWith("rule.components")) {
                texts.put(key, text);
            }
        });
        ReportRules rules = new ReportRules(comparison.schools());
        explain.set("scenarios", schools.scenarios(rules));
        explain.set("rules", rules.list());
        return data;
    }
}

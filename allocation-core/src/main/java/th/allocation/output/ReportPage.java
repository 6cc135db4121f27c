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

import java.util.LinkedHashSet;
import java.util.Set;
import th.allocation.compare.Comparison;
import th.allocation.compare.GroupTotals;
import th.allocation.engine.AllocationEngine;
import th.allocation.result.Grouping;

/**
 * The skeleton of one report page: the head with its style and security policy, the header, the
 * sections in order, the footer, and the inlined data and scripts. The sections themselves are
 * written by {@link ReportTiles}, {@link ReportTables}, {@link ReportEquityTables}, and the charts'
 * data by {@link ReportChartData}.
 */
final class ReportPage extends ReportSection {
    ReportPage(Comparison comparison, ReportLanguage language) {
        super(comparison, language);
    }

    String render() {
        GroupTotals total = comparison.total();
        String title = t(comparison.size() == 1 ? "title.run" : "title.compare");
        Set<String> years = new LinkedHashSet<>();
        comparison
                .results()
                .forEach(r -> years.add(Integer.toString(r.scenario().fiscalYear())));
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
        new ReportTables(this).summary(total);
        new ReportEquityTables(this).equity();
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
        new ReportTables(this).bounds();
        html.append("</div>\n");
        int clusters = comparison.groups(Grouping.CLUSTER).size();
        int height = 90 + clusters * (10 + 11 * comparison.size());
        html.append("<section class=\"card\"><h2>")
                .append(escape(t("by_cluster")))
                .append("</h2>\n")
                .append("<div class=\"chart\" style=\"height:")
                .append(height)
                .append("px\"><canvas id=\"chart-cluster\"></canvas></div></section>\n");
        new ReportTables(this).winners();
        html.append("</main>\n<footer class=\"wrap\">")
                .append(escape(
                        t("footer", "version", AllocationEngine.version(), "chartjs", ReportWriter.CHART_JS_VERSION)))
                .append("</footer>\n");
        html.append("<script type=\"application/json\" id=\"report-data\">")
                .append(ReportWriter.scriptJson(new ReportChartData(this).data()))
                .append("</script>\n");
        html.append("<script>\n")
                .append(ReportWriter.resource("chart.umd.min.js", true))
                .append("\n</script>\n");
        html.append("<script>\n")
                .append(ReportWriter.resource("report.js", true))
                .append("</script>\n");
        html.append("</body>\n</html>\n");
        return html.toString();
    }
}

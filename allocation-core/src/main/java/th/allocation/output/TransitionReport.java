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

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.allocation.compare.Comparison;
import th.allocation.model.AreaType;
import th.allocation.model.Baht;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.transition.TransitionResult;
import th.allocation.transition.TransitionYear;

/**
 * The HTML report of a transition: the last year's report (against the year before, its
 * {@code previous_allocation}) with the path as its first section: one row a year (budget, schools
 * held by the floor or the cap, the mean gap to the target, Gini), the per-pupil amount by area type
 * from the baseline through every year to the target, as a table and a chart. Only a transition's
 * report has this section, so every other report is as it was.
 */
final class TransitionReport {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TransitionReport() {}

    /** The report of {@code result}. */
    static String html(TransitionResult result, List<InputFile> inputs, OutputOptions options) {
        ReportLanguage language = options.report().orElseThrow();
        TransitionYear last = result.last();
        String page = ReportWriter.html(
                Comparison.of(List.of(label(inputs, last)), List.of(last.result()), options.atkinsonEpsilon()),
                language);
        String anchor = "<pre id=\"report-errors\"></pre>\n";
        int at = page.indexOf(anchor);
        int end = page.lastIndexOf("</body>");
        if (at < 0 || end < 0) {
            throw new IllegalStateException("The report has no place for the transition's section.");
        }
        at += anchor.length();
        return page.substring(0, at)
                + section(result, language, options.atkinsonEpsilon())
                + page.substring(at, end)
                + "<script type=\"application/json\" id=\"transition-data\">"
                + ReportWriter.scriptJson(chartData(result, language))
                + "</script>\n<script>\n"
                + ReportWriter.resource("transition.js", true)
                + "\n</script>\n"
                + page.substring(end);
    }

    private static String label(List<InputFile> inputs, TransitionYear last) {
        for (InputFile input : inputs) {
            if (input.role().equals("scenario")) {
                String name = input.name();
                int dot = name.lastIndexOf('.');
                return (dot > 0 ? name.substring(0, dot) : name) + " FY " + last.fiscalYear();
            }
        }
        return "FY " + last.fiscalYear();
    }

    private static String t(ReportLanguage language, String en, String th) {
        return language == ReportLanguage.TH ? th : en;
    }

    private static String section(TransitionResult result, ReportLanguage language, double atkinsonEpsilon) {
        StringBuilder html = new StringBuilder();
        html.append("<section class=\"card\" id=\"transition\"><h2>")
                .append(ReportWriter.escape(t(language, "Transition, year by year", "การเปลี่ยนผ่าน รายปี")))
                .append("</h2><p class=\"note\">")
                .append(ReportWriter.escape(t(
                        language,
                        "From the baseline to the scenario's rule over "
                                + result.years().size()
                                + " years; each year's allocations add up to its budget. The rest of this report"
                                + " is the last year's, against the year before. The gap is the target (the rule"
                                + " alone at the last year's budget) minus the year's allocation.",
                        "จากฐานเดิมสู่สูตรของสถานการณ์ใน " + result.years().size()
                                + " ปี ยอดจัดสรรแต่ละปีเท่ากับงบประมาณของปีนั้น ส่วนอื่นของรายงานนี้เป็นของปีสุดท้าย"
                                + " เทียบกับปีก่อนหน้า ช่องว่างคือเป้าหมายลบยอดจัดสรรของปี")))
                .append("</p>\n<table class=\"data\" id=\"transition-years\"><thead><tr>");
        for (String head : List.of(
                t(language, "Fiscal year", "ปีงบประมาณ"),
                t(language, "Rule's share", "สัดส่วนสูตรใหม่"),
                t(language, "Budget (THB)", "งบประมาณ (บาท)"),
                t(language, "Held by the floor", "ติดพื้นขั้นต่ำ"),
                t(language, "Held by the cap", "ติดเพดาน"),
                t(language, "Mean gap to target (THB)", "ช่องว่างเฉลี่ยถึงเป้าหมาย (บาท)"),
                t(language, "Gini", "Gini"))) {
            html.append("<th>").append(ReportWriter.escape(head)).append("</th>");
        }
        html.append("</tr></thead><tbody>\n");
        for (TransitionYear year : result.years()) {
            double gini = th.allocation.result.PerPupilSample.sorted(year.result())
                    .all()
                    .statistics(atkinsonEpsilon)
                    .gini();
            html.append("<tr><td>")
                    .append(year.fiscalYear())
                    .append("</td><td>")
                    .append(year.share().toPlainString())
                    .append("</td><td>")
                    .append(Baht.grouped(year.budget()))
                    .append("</td><td>")
                    .append(year.schoolsAtFloor())
                    .append("</td><td>")
                    .append(year.schoolsAtCap())
                    .append("</td><td>")
                    .append(BigDecimal.valueOf(TransitionWriter.meanAbsoluteGap(result, year) / 100)
                            .setScale(0, RoundingMode.HALF_UP)
                            .toPlainString())
                    .append("</td><td>")
                    .append(BigDecimal.valueOf(gini)
                            .setScale(4, RoundingMode.HALF_UP)
                            .toPlainString())
                    .append("</td></tr>\n");
        }
        html.append("</tbody></table>\n<h3>")
                .append(ReportWriter.escape(
                        t(language, "Per pupil by area type (THB)", "ต่อหัวตามประเภทพื้นที่ (บาท)")))
                .append("</h3>\n<table class=\"data\" id=\"transition-areas\"><thead><tr><th></th>");
        Map<String, long[][]> areas = byArea(result);
        for (String column : columns(result, language)) {
            html.append("<th>").append(ReportWriter.escape(column)).append("</th>");
        }
        html.append("</tr></thead><tbody>\n");
        for (Map.Entry<String, long[][]> area : areas.entrySet()) {
            html.append("<tr><th>").append(ReportWriter.escape(area.getKey())).append("</th>");
            for (long[] cell : area.getValue()) {
                html.append("<td>").append(perPupil(cell)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody></table>\n<div class=\"chart\" style=\"height:300px\"><canvas id=\"chart-transition\">"
                + "</canvas></div></section>\n");
        return html.toString();
    }

    private static List<String> columns(TransitionResult result, ReportLanguage language) {
        List<String> columns = new java.util.ArrayList<>();
        columns.add(t(language, "Baseline", "ฐานเดิม"));
        result.years().forEach(y -> columns.add(Integer.toString(y.fiscalYear())));
        columns.add(t(language, "Target", "เป้าหมาย"));
        return columns;
    }

    /**
     * For each area type with schools, {amount, pupils} at the baseline, each year and the target
     * (the baseline over schools that have one).
     */
    private static Map<String, long[][]> byArea(TransitionResult result) {
        SchoolTable schools = result.schools();
        int columns = result.years().size() + 2;
        Map<String, long[][]> areas = new LinkedHashMap<>();
        for (AreaType type : AreaType.values()) {
            long[][] cells = new long[columns][2];
            boolean any = false;
            for (int i = 0; i < schools.size(); i++) {
                if (schools.areaType(i) != type) {
                    continue;
                }
                any = true;
                long pupils = schools.totalPupils(i);
                if (result.baseline(i) != SchoolTable.NO_PREVIOUS) {
                    cells[0][0] += result.baseline(i);
                    cells[0][1] += pupils;
                }
                for (int y = 0; y < result.years().size(); y++) {
                    AllocationResult year = result.years().get(y).result();
                    cells[y + 1][0] += year.allocation(i);
                    cells[y + 1][1] += pupils;
                }
                cells[columns - 1][0] += result.target().allocation(i);
                cells[columns - 1][1] += pupils;
            }
            if (any) {
                areas.put(type.key(), cells);
            }
        }
        return areas;
    }

    private static String perPupil(long[] cell) {
        return cell[1] == 0
                ? "-"
                : BigDecimal.valueOf(cell[0])
                        .divide(BigDecimal.valueOf(cell[1] * Baht.SATANG_PER_BAHT), 0, RoundingMode.HALF_UP)
                        .toPlainString();
    }

    private static ObjectNode chartData(TransitionResult result, ReportLanguage language) {
        ObjectNode data = NODES.objectNode();
        ArrayNode labels = data.putArray("labels");
        columns(result, language).forEach(labels::add);
        ArrayNode series = data.putArray("series");
        for (Map.Entry<String, long[][]> area : byArea(result).entrySet()) {
            ObjectNode one = series.addObject();
            one.put("label", area.getKey());
            ArrayNode values = one.putArray("values");
            for (long[] cell : area.getValue()) {
                if (cell[1] == 0) {
                    values.addNull();
                } else {
                    values.add((double) cell[0] / cell[1] / Baht.SATANG_PER_BAHT);
                }
            }
        }
        data.put("title", t(language, "Per pupil by area type (THB)", "ต่อหัวตามประเภทพื้นที่ (บาท)"));
        return data;
    }
}

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.allocation.compare.Comparison;
import th.allocation.model.SchoolTable;
import th.allocation.testing.SmallExample;

/** The HTML report's text; that it renders is checked in a browser by the CLI's ReportIT. */
class ReportWriterTest {
    private static Comparison smallComparison() {
        SchoolTable schools = SmallExample.schools();
        return Comparison.of(
                List.of("status-quo", "needs-weighted"),
                List.of(
                        SmallExample.allocate(SmallExample.STATUS_QUO, schools),
                        SmallExample.allocate(SmallExample.NEEDS_WEIGHTED, schools)));
    }

    @Test
    void escape_replacesEveryCharacterThatCouldStartMarkupOrEndAnAttribute() {
        assertEquals(
                "&lt;b onclick=&quot;x&quot;&gt;A &amp; B&#39;s&lt;/b&gt; ก",
                ReportWriter.escape("<b onclick=\"x\">A & B's</b> ก"));
    }

    @Test
    void scriptJson_cannotCloseTheScriptElement() {
        String json = ReportWriter.scriptJson(Map.of("name", "</script><!-- & \u2028"));

        assertFalse(
                json.contains("</") || json.contains("<!--") || json.contains("&") || json.contains("\u2028"), json);
        assertEquals("{\"name\":\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\"}", json);
    }

    @Test
    void html_isSelfContained_andTheSameEveryTime() {
        Comparison comparison = smallComparison();

        String html = ReportWriter.html(comparison, ReportLanguage.EN);

        assertEquals(html, ReportWriter.html(comparison, ReportLanguage.EN), "the same comparison, the same page");
        assertTrue(html.contains("Chart.js v" + ReportWriter.CHART_JS_VERSION), "the library, inlined");
        assertFalse(html.contains("sourceMappingURL"), "no source map reference");
        assertFalse(html.contains("<script src") || html.contains("<link"), "nothing loaded from elsewhere");
        assertTrue(html.contains("<canvas id=\"chart-lorenz\">") && html.contains("<canvas id=\"chart-winners-1\">"));
        // examples/small/README.md: 8 schools gain 886,560 THB in all against the status quo.
        assertTrue(
                html.contains("<td>13</td><td>8</td><td>5</td><td>0</td><td>886,560.00</td><td>886,560.00</td>"),
                "the all-schools row of winners and losers");
    }

    @Test
    void html_ofOneRun_comparesItWithLastYearsAllocation() {
        SchoolTable schools = SmallExample.schools();
        Comparison run = Comparison.of(
                List.of("needs-weighted"), List.of(SmallExample.allocate(SmallExample.NEEDS_WEIGHTED, schools)));

        String html = ReportWriter.html(run, ReportLanguage.EN);

        assertTrue(
                html.contains("<h1>Allocation report: Needs-weighted formula, same budget as the status quo</h1>"),
                "a run's title");
        assertTrue(
                html.contains("previous_allocation<span class=\"badge\">baseline</span>"), "last year, the baseline");
        assertTrue(html.contains("Last year&#39;s allocation, FY 2569"), "its name");
        // examples/small/README.md: 30004 is a new school without a previous allocation.
        assertTrue(html.contains("Schools without one (new schools) count 0 in it: 1."), "the new school");
        assertTrue(html.contains("<canvas id=\"chart-winners-1\">"), "winners and losers against last year");
    }

    @Test
    void html_hasTheLookupMapTablesAndTheirData_andTheSchoolsOfTheComparison() {
        String html = ReportWriter.html(smallComparison(), ReportLanguage.EN);

        for (String id : List.of(
                "school-search",
                "province-map",
                "table-province-box",
                "table-esa-box",
                "table-cluster",
                "chart-histogram-1",
                "chart-components",
                "chart-lorenz-gap",
                "chart-cluster-change")) {
            assertTrue(html.contains("id=\"" + id + "\""), id);
        }
        assertTrue(html.contains("\"id\":[\"10001\",\"10002\",\"20001\""), "the schools' ids");
        assertTrue(html.contains("\"namePrefix\":\"โรงเรียน\""), "the names' shared start, once");
        assertTrue(html.contains("\"part.base\":\"{name}: {rate} THB × {pupils} pupils = {stated} THB"), "texts");
        assertTrue(html.contains("\"abbrTh\":\"กทม\""), "the tile map");
        assertTrue(html.contains("data-csv=\"summary.csv\""), "a table to download");
        for (String script : List.of("var AllocExplain", "var AllocReportExplain", "var AllocTables", "var AllocMap")) {
            assertTrue(html.contains(script), script);
        }
    }

    @Test
    void html_inThai_namesClustersAsTheMinistryDoes() {
        String html = ReportWriter.html(smallComparison(), ReportLanguage.TH);

        assertTrue(html.contains("งบประมาณต่อหัวจำแนกตามเขตตรวจราชการ"), "inspection region");
        assertTrue(html.contains("สำนักงานเขตพื้นที่การศึกษา (สพท.)"), "ESA");
        assertFalse(html.contains("ตามคลัสเตอร์"), "the page's own words never say คลัสเตอร์");
    }

    @Test
    void html_inThai_hasThaiHeadingsAndLangAttribute() {
        String html = ReportWriter.html(smallComparison(), ReportLanguage.TH);

        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"th\""));
        assertTrue(html.contains("<h2>ความเป็นธรรมของงบประมาณต่อหัว</h2>"));
        assertTrue(html.contains("\"locale\":\"th-TH\""));
    }
}

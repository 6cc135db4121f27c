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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One comparison written three ways, the CSV tables, the workbook and the report's data, gives the same
 * figure for every school and every province, to the satang: what an analyst takes to a committee in
 * any of the three is the same money.
 */
class FiguresAgreeIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KEYS = List.of("status_quo", "needs_weighted");

    @TempDir
    Path work;

    @Test
    void compare_csvWorkbookAndReport_haveTheSameFigures_forEverySchoolAndProvince() throws IOException {
        Fixtures.copyExample(work);
        AllocProcess.run(
                        work,
                        "compare",
                        Fixtures.STATUS_QUO,
                        Fixtures.NEEDS_WEIGHTED,
                        "--out",
                        "cmp",
                        "--xlsx",
                        "--report")
                .assertExitCode(0);
        Path folder = work.resolve("cmp");

        List<List<String>> csv = Fixtures.readSpreadsheetCsv(folder.resolve("schools.csv"));
        List<String> ids = Fixtures.column(csv, "school_id");
        assertTrue(ids.size() > 10, "the small example's schools");
        Map<String, long[]> byCsv = new HashMap<>();
        Map<String, long[]> provincesFromCsv = new TreeMap<>();
        List<String> province = Fixtures.column(csv, "province");
        for (int k = 0; k < KEYS.size(); k++) {
            List<String> allocation = Fixtures.column(csv, "allocation_" + KEYS.get(k));
            for (int i = 0; i < ids.size(); i++) {
                long satang = satang(allocation.get(i));
                byCsv.computeIfAbsent(ids.get(i), id -> new long[KEYS.size()])[k] = satang;
                provincesFromCsv.computeIfAbsent(province.get(i), p -> new long[KEYS.size()])[k] += satang;
            }
        }

        // The workbook: its school sheet (English header in the second row) and its province sheet.
        Path workbook = folder.resolve("comparison.xlsx");
        List<List<String>> schools = Fixtures.sheet(workbook, "โรงเรียน Schools");
        assertEquals(ids.size() + 2, schools.size(), "two header rows and a row per school");
        List<String> header = schools.get(1);
        for (List<String> row : schools.subList(2, schools.size())) {
            long[] expected = byCsv.get(row.get(0));
            for (int k = 0; k < KEYS.size(); k++) {
                assertEquals(
                        expected[k],
                        satang(row.get(header.indexOf("allocation_" + KEYS.get(k)))),
                        "workbook, school " + row.get(0) + ", " + KEYS.get(k));
            }
        }
        List<List<String>> provinces = Fixtures.sheet(workbook, "จังหวัด Province");
        List<String> provinceHeader = provinces.get(1);
        Map<String, long[]> provincesFromWorkbook = new TreeMap<>();
        for (List<String> row : provinces.subList(2, provinces.size())) {
            long[] sums = new long[KEYS.size()];
            for (int k = 0; k < KEYS.size(); k++) {
                sums[k] = satang(row.get(provinceHeader.indexOf("allocation_" + KEYS.get(k))));
            }
            provincesFromWorkbook.put(row.get(0), sums);
        }
        assertEquals(provincesFromCsv.keySet(), provincesFromWorkbook.keySet(), "the provinces");
        provincesFromCsv.forEach((name, sums) -> {
            for (int k = 0; k < KEYS.size(); k++) {
                assertEquals(sums[k], provincesFromWorkbook.get(name)[k], "workbook, province " + name);
            }
        });

        // The report's data: the figures its tables, map and school lookup are drawn from.
        JsonNode data = reportData(Fixtures.read(folder.resolve("report.html")));
        JsonNode reportIds = data.get("schools").get("id");
        assertEquals(ids.size(), reportIds.size(), "the report's schools");
        for (int k = 0; k < KEYS.size(); k++) {
            JsonNode scenario = data.get("explain").get("scenarios").get(k);
            long unit = scenario.get("unit").asLong();
            JsonNode allocation = scenario.get("allocation");
            for (int i = 0; i < reportIds.size(); i++) {
                String id = reportIds.get(i).asText();
                assertEquals(
                        byCsv.get(id)[k],
                        allocation.get(i).asLong() * unit,
                        "report, school " + id + ", " + KEYS.get(k));
            }
        }
    }

    private static JsonNode reportData(String html) throws IOException {
        String open = "<script type=\"application/json\" id=\"report-data\">";
        int start = html.indexOf(open);
        assertTrue(start >= 0, "the report embeds its data");
        int end = html.indexOf("</script>", start);
        return JSON.readTree(html.substring(start + open.length(), end));
    }

    private static long satang(String amount) {
        return new BigDecimal(amount).movePointRight(2).longValueExact();
    }
}

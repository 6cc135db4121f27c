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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.testing.SmallExample;

/** {@code equity.csv} and the {@code equity} section of {@code summary.json}, on the hand-worked small example. */
class AllocationWriterEquityTest {
    private static AllocationResult statusQuo;

    @BeforeAll
    static void allocate() {
        SchoolTable schools = SmallExample.schools();
        statusQuo = SmallExample.allocate(SmallExample.STATUS_QUO, schools);
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', in.read(), "byte-order mark");
            return CSVFormat.RFC4180.parse(in).getRecords();
        }
    }

    private static Map<String, String> row(List<CSVRecord> records, String grouping, String group) {
        List<String> header = records.get(0).toList();
        for (CSVRecord record : records.subList(1, records.size())) {
            if (record.get(0).equals(grouping) && record.get(1).equals(group)) {
                Map<String, String> cells = new java.util.LinkedHashMap<>();
                for (int k = 0; k < header.size(); k++) {
                    cells.put(header.get(k), record.get(k));
                }
                return cells;
            }
        }
        throw new AssertionError("no row " + grouping + "," + group);
    }

    @Test
    void write_addsEquityCsv_withAnAllRowThenEveryGroupOfEverySummaryGrouping(@TempDir Path dir) throws IOException {
        AllocationWriter.write(statusQuo, List.of(), dir.resolve("out"));

        List<CSVRecord> records = read(dir.resolve("out").resolve(AllocationWriter.EQUITY));
        assertEquals(
                List.of(
                        "grouping",
                        "group",
                        "schools",
                        "excluded_schools",
                        "pupils",
                        "mean",
                        "standard_deviation",
                        "min",
                        "p5",
                        "median",
                        "p95",
                        "max",
                        "range",
                        "restricted_range",
                        "federal_range_ratio",
                        "coefficient_of_variation",
                        "mcloone_index",
                        "verstegen_index",
                        "gini",
                        "theil_t",
                        "mean_log_deviation",
                        "atkinson_epsilon",
                        "atkinson"),
                records.get(0).toList());
        List<String> groupings = new ArrayList<>();
        records.subList(1, records.size()).forEach(r -> groupings.add(r.get(0)));
        // examples/small/schools.csv: 3 clusters, 7 ESAs, all 5 area types, 4 school kinds; plus the all row.
        assertEquals(1 + 3 + 7 + 5 + 4, groupings.size());
        assertEquals("all", groupings.get(0));
        assertEquals(
                List.of("all", "cluster", "esa", "area_type", "school_kind"),
                groupings.stream().distinct().toList(),
                "grouping order");
        assertEquals(
                List.of("capital", "municipal", "district", "subdistrict", "special"),
                records.stream()
                        .filter(r -> r.get(0).equals("area_type"))
                        .map(r -> r.get(1))
                        .toList());
    }

    @Test
    void equityCsv_statusQuo_matchesHandCalculations(@TempDir Path dir) throws IOException {
        AllocationWriter.write(statusQuo, List.of(), dir.resolve("out"));
        List<CSVRecord> records = read(dir.resolve("out").resolve(AllocationWriter.EQUITY));

        Map<String, String> all = row(records, "all", "all");
        assertEquals("13", all.get("schools"));
        // examples/small/README.md: 4,982 pupils; total 15,905,052 THB; mean = 15,905,052 / 4,982.
        assertEquals("4982", all.get("pupils"));
        assertEquals(15_905_052.0 / 4_982, Double.parseDouble(all.get("mean")), 1e-8);
        assertEquals("1", all.get("atkinson_epsilon"));
        // Capital: school 10001 gets 1,218,240 / 600 = 2,030.40 per pupil, 10002 6,274,800 / 1,600 = 3,921.75.
        // Weighted Gini of two schools = n1 n2 |x1 - x2| / (N^2 mu) with N = 2,200, mu = 7,493,040 / 2,200:
        // 600 * 1,600 * 1,891.35 / (2,200^2 * 3,405.927...) = 0.1101443958 (exact rationals, Python fractions).
        Map<String, String> capital = row(records, "area_type", "capital");
        assertEquals(0.11014439581750046, Double.parseDouble(capital.get("gini")), 1e-11);
        assertEquals("2030.4", capital.get("min"));
        assertEquals("3921.75", capital.get("max"));
        assertEquals("1891.35", capital.get("range"));
    }

    @Test
    void summary_equitySection_agreesWithEquityCsvAndTheilPartsAddUp(@TempDir Path dir) throws IOException {
        AllocationWriter.write(statusQuo, List.of(), dir.resolve("out"));
        JsonNode equity = new ObjectMapper()
                .readTree(dir.resolve("out").resolve(AllocationWriter.SUMMARY).toFile())
                .get("equity");
        Map<String, String> all = row(read(dir.resolve("out").resolve(AllocationWriter.EQUITY)), "all", "all");

        assertEquals(1.0, equity.get("atkinson_epsilon").asDouble());
        for (String name : EquityColumns.NAMES) {
            assertEquals(
                    all.get(name), equity.get("all").get(name).decimalValue().toPlainString(), name);
        }
        for (String grouping : List.of("area_type", "cluster")) {
            JsonNode theil = equity.get("theil_decomposition").get(grouping);
            assertEquals(
                    theil.get("total").asDouble(),
                    theil.get("between").asDouble() + theil.get("within").asDouble(),
                    1e-11,
                    grouping + ": between + within = total (Theil's identity)");
            assertEquals(all.get("theil_t"), theil.get("total").decimalValue().toPlainString(), grouping);
        }
        assertEquals(
                5,
                equity.get("theil_decomposition").get("area_type").get("groups").size());
        assertEquals(
                3,
                equity.get("theil_decomposition").get("cluster").get("groups").size());
    }

    @Test
    void write_withAtkinsonEpsilon2_writesThatEpsilonAndAnotherIndex(@TempDir Path dir) throws IOException {
        AllocationWriter.write(statusQuo, List.of(), dir.resolve("one"));
        AllocationWriter.write(
                statusQuo,
                List.of(),
                dir.resolve("two"),
                OutputOptions.defaults().withAtkinsonEpsilon(2));

        Map<String, String> one = row(read(dir.resolve("one").resolve(AllocationWriter.EQUITY)), "all", "all");
        Map<String, String> two = row(read(dir.resolve("two").resolve(AllocationWriter.EQUITY)), "all", "all");
        assertEquals("2", two.get("atkinson_epsilon"));
        assertNotEquals(one.get("atkinson"), two.get("atkinson"));
        // Atkinson's index grows with the aversion when amounts differ (Atkinson 1970).
        assertTrue(Double.parseDouble(two.get("atkinson")) > Double.parseDouble(one.get("atkinson")));
        assertEquals(one.get("gini"), two.get("gini"), "only the Atkinson index depends on epsilon");
    }
}

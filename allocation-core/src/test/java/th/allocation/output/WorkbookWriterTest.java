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
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.allocation.compare.Comparison;
import th.allocation.engine.AllocationEngine;
import th.allocation.model.AreaType;
import th.allocation.model.SchoolKind;
import th.allocation.result.AllocationResult;
import th.allocation.result.Bound;
import th.allocation.result.Grouping;
import th.allocation.testing.SmallExample;

/**
 * The workbook holds the same figures as the CSV files, to the satang: every cell of the schools
 * sheet against {@code allocations.csv} (or a comparison's {@code schools.csv}), every level sheet
 * against {@code summary.json} or {@code groups.csv}, the winners and losers against
 * {@code winners_losers.csv}; it reads back as a valid zip, is the same bytes on every run, and splits
 * the schools over sheets.
 */
class WorkbookWriterTest {
    /** The columns that hold text; every other column holds a number (or nothing). */
    private static final Set<String> TEXT = Set.of(
            "school_id",
            "name",
            "cluster",
            "esa",
            "network",
            "province",
            "area_type",
            "remote",
            "school_kind",
            "bound",
            "scenario",
            "grouping",
            "group");

    private static AllocationResult allocate(String scenario) {
        return AllocationEngine.load(SmallExample.FOLDER.resolve(scenario)).allocate();
    }

    @ParameterizedTest
    @ValueSource(strings = {"status-quo.yaml", "needs-weighted.yaml", "targets.yaml", "decentralised.yaml"})
    void run_schoolsSheet_holdsEveryCellOfAllocationsCsv_toTheSatang(String scenario, @TempDir Path dir)
            throws IOException {
        AllocationResult result = allocate(scenario);
        AllocationWriter.writeAllocations(result, dir.resolve("allocations.csv"));
        WorkbookWriter.write(result, 1, dir.resolve("a.xlsx"));

        List<List<String>> csv = WorkbookFiles.csv(dir.resolve("allocations.csv"));
        List<List<String>> sheet = WorkbookFiles.sheet(dir.resolve("a.xlsx"), "โรงเรียน Schools");
        assertSameTable(csv, sheet);
    }

    @Test
    void run_levelSheets_agreeWithSummaryJson_andAddUpToTheTotal(@TempDir Path dir) throws IOException {
        AllocationResult result = allocate("needs-weighted.yaml");
        WorkbookWriter.write(result, 1, dir.resolve("a.xlsx"));
        JsonNode summary = AllocationWriter.summary(result, List.of());

        for (Grouping grouping : List.of(Grouping.CLUSTER, Grouping.ESA, Grouping.AREA_TYPE, Grouping.SCHOOL_KIND)) {
            List<List<String>> sheet = WorkbookFiles.sheet(dir.resolve("a.xlsx"), WorkbookText.sheetName(grouping));
            assertEquals(
                    List.of(grouping.key(), "schools", "pupils", "allocation", "per_pupil", "share"), sheet.get(1));
            JsonNode groups = summary.path("by").path(grouping.key());
            assertEquals(groups.size(), sheet.size() - 2, grouping.key());
            for (int g = 0; g < groups.size(); g++) {
                JsonNode expected = groups.get(g);
                List<String> row = sheet.get(g + 2);
                assertEquals(WorkbookText.group(grouping, expected.path("group").asText()), row.get(0));
                assertEquals(expected.path("schools").asLong(), Long.parseLong(row.get(1)));
                assertEquals(expected.path("pupils").asLong(), Long.parseLong(row.get(2)));
                assertSameNumber(expected.path("allocation").decimalValue(), row.get(3), grouping.key());
                assertSameNumber(expected.path("per_pupil").decimalValue(), row.get(4), grouping.key());
            }
        }
        for (Grouping grouping : List.of(Grouping.NETWORK, Grouping.PROVINCE)) {
            List<List<String>> sheet = WorkbookFiles.sheet(dir.resolve("a.xlsx"), WorkbookText.sheetName(grouping));
            BigDecimal sum = BigDecimal.ZERO;
            long schools = 0;
            for (List<String> row : sheet.subList(2, sheet.size())) {
                schools += Long.parseLong(row.get(1));
                sum = sum.add(new BigDecimal(row.get(3)));
            }
            assertEquals(result.schools().size(), schools, grouping.key());
            assertSameNumber(summary.path("total").decimalValue(), sum.toPlainString(), grouping.key());
        }
    }

    @Test
    void run_summarySheet_givesTheTotalTheScaleAndTheSchools(@TempDir Path dir) throws IOException {
        AllocationResult result = allocate("needs-weighted.yaml");
        WorkbookWriter.write(result, 1, dir.resolve("a.xlsx"));

        List<List<String>> summary = WorkbookFiles.sheet(dir.resolve("a.xlsx"), "สรุป Summary");
        assertEquals(List.of("รายการ", "", "ค่า"), summary.get(0));
        assertSameNumber(
                new BigDecimal("15905052.00"), value(summary, "Allocated (THB)"), "total"); // needs-weighted.yaml
        assertEquals("13", value(summary, "Schools"));
        assertEquals(String.valueOf(result.scale()), value(summary, "Scale factor (every need times it)"));
    }

    @Test
    void comparison_sheetsHoldEveryCellOfTheComparisonCsvFiles(@TempDir Path dir) throws IOException {
        Comparison comparison = Comparison.of(
                List.of("status-quo", "needs-weighted"),
                List.of(allocate("status-quo.yaml"), allocate("needs-weighted.yaml")));
        ComparisonWriter.writeSchools(comparison, dir.resolve("schools.csv"));
        ComparisonWriter.writeGroups(comparison, dir.resolve("groups.csv"));
        ComparisonWriter.writeWinnersLosers(comparison, dir.resolve("winners_losers.csv"));
        WorkbookWriter.write(comparison, dir.resolve("c.xlsx"));
        Path workbook = dir.resolve("c.xlsx");

        assertSameTable(
                WorkbookFiles.csv(dir.resolve("schools.csv")), WorkbookFiles.sheet(workbook, "โรงเรียน Schools"));
        List<List<String>> groups = WorkbookFiles.csv(dir.resolve("groups.csv"));
        for (Grouping grouping : ComparisonWriter.GROUPINGS) {
            List<List<String>> expected = new ArrayList<>();
            List<String> header =
                    new ArrayList<>(groups.get(0).subList(1, groups.get(0).size()));
            header.set(0, grouping.key());
            expected.add(header);
            for (List<String> row : groups) {
                if (row.get(0).equals(grouping.key())) {
                    expected.add(row.subList(1, row.size()));
                }
            }
            List<List<String>> sheet = WorkbookFiles.sheet(workbook, WorkbookText.sheetName(grouping));
            assertSameTable(expected, sheet);
        }
        List<List<String>> winners = WorkbookFiles.csv(dir.resolve("winners_losers.csv"));
        List<List<String>> sheet = WorkbookFiles.sheet(workbook, "ได้เพิ่ม-ลดลง Winners losers");
        assertEquals(winners.get(0), sheet.get(1));
        List<List<String>> found = new ArrayList<>();
        for (List<String> row : sheet.subList(2, sheet.size())) {
            found.add(List.of(row.get(0), row.get(5), row.get(6), row.get(7), row.get(8), row.get(9)));
        }
        for (List<String> row : winners.subList(1, winners.size())) {
            List<String> key = List.of(row.get(0), row.get(5), row.get(6), row.get(7), row.get(8), row.get(9));
            assertTrue(found.contains(key), () -> "missing " + row);
        }
    }

    @Test
    void write_twice_givesTheSameBytes_withAFixedCreationDate(@TempDir Path dir) throws IOException {
        AllocationResult result = allocate("targets.yaml");
        WorkbookWriter.write(result, 1, dir.resolve("a.xlsx"));
        WorkbookWriter.write(result, 1, dir.resolve("b.xlsx"));

        assertEquals(-1, Files.mismatch(dir.resolve("a.xlsx"), dir.resolve("b.xlsx")), "same bytes");
        String core = WorkbookFiles.entry(dir.resolve("a.xlsx"), "docProps/core.xml"); // every CRC checked
        assertTrue(core.contains(">" + WorkbookStamp.CREATED + "</dcterms:created>"), core);
    }

    @Test
    void schoolSheets_haveFrozenHeadersAFilterAndBahtFormats(@TempDir Path dir) throws IOException {
        WorkbookWriter.write(allocate("status-quo.yaml"), 1, dir.resolve("a.xlsx"));

        String schools = WorkbookFiles.entry(dir.resolve("a.xlsx"), "xl/worksheets/sheet2.xml");
        assertTrue(schools.contains("ySplit=\"2\"") && schools.contains("state=\"frozen\""), "frozen header rows");
        assertTrue(schools.matches("(?s).*<autoFilter ref=\"A2:[A-Z]+15\">.*"), "a filter over the 13 schools");
        String styles = WorkbookFiles.entry(dir.resolve("a.xlsx"), "xl/styles.xml");
        assertTrue(styles.contains("formatCode=\"#,##0.00\""), styles);
    }

    @Test
    void schools_splitOverSheets_inSchoolIdOrder_withTheSameRows(@TempDir Path dir) throws IOException {
        AllocationResult result = allocate("needs-weighted.yaml");
        WorkbookWriter.write(result, 1, dir.resolve("one.xlsx"));
        WorkbookWriter.write(result, 1, dir.resolve("split.xlsx"), 5);

        List<String> names = WorkbookFiles.sheetNames(dir.resolve("split.xlsx"));
        assertEquals(List.of("โรงเรียน Schools 1", "โรงเรียน Schools 2", "โรงเรียน Schools 3"), names.subList(1, 4));
        List<List<String>> whole = WorkbookFiles.sheet(dir.resolve("one.xlsx"), "โรงเรียน Schools");
        List<List<String>> joined = new ArrayList<>();
        for (String name : names.subList(1, 4)) {
            List<List<String>> part = WorkbookFiles.sheet(dir.resolve("split.xlsx"), name);
            assertEquals(whole.subList(0, 2), part.subList(0, 2), "headers on every sheet");
            joined.addAll(part.subList(2, part.size()));
        }
        assertEquals(whole.subList(2, whole.size()), joined);
        List<List<String>> summary = WorkbookFiles.sheet(dir.resolve("split.xlsx"), "สรุป Summary");
        assertEquals("11-13", value(summary, "Sheet โรงเรียน Schools 3: schools (in school-id order)"));
    }

    @Test
    void satang_isWrittenAsBahtFormatWritesIt() {
        java.util.Random random = new java.util.Random(2570);
        List<Long> amounts = new ArrayList<>(List.of(
                0L,
                1L,
                -1L,
                9L,
                10L,
                99L,
                100L,
                -100L,
                101L,
                -101L,
                Long.MAX_VALUE,
                Long.MIN_VALUE,
                Long.MIN_VALUE + 1));
        for (int k = 0; k < 10_000; k++) {
            amounts.add(random.nextLong() >> random.nextInt(64));
        }
        for (long satang : amounts) {
            assertEquals(
                    th.allocation.model.Baht.format(satang),
                    new WorkbookSheet.Satang(satang).toString(),
                    () -> satang + " satang");
        }
    }

    /** Asserts that a sheet holds a CSV table: its English header row, then the same cells. */
    private static void assertSameTable(List<List<String>> csv, List<List<String>> sheet) {
        List<String> header = csv.get(0);
        assertEquals(header, sheet.get(1), "the English header row is the CSV's");
        assertEquals(csv.size(), sheet.size() - 1, "rows");
        for (int r = 1; r < csv.size(); r++) {
            List<String> expected = csv.get(r);
            List<String> actual = sheet.get(r + 1);
            for (int c = 0; c < header.size(); c++) {
                String cell = c < actual.size() ? actual.get(c) : "";
                String where = "row " + r + ", " + header.get(c);
                String column = header.get(c);
                if (TEXT.contains(column) || (column.startsWith("bound_") && !column.equals("bound_adjustment"))) {
                    assertEquals(expected.get(c), key(column, cell), where);
                } else if (expected.get(c).isEmpty()) {
                    assertEquals("", cell, where);
                } else {
                    assertSameNumber(new BigDecimal(expected.get(c)), cell, where);
                }
            }
        }
    }

    /**
     * Asserts that a cell holds {@code expected} exactly, and that Excel, which reads it as the
     * nearest double, rounds it back to the same satang (or the same sixth decimal).
     */
    private static void assertSameNumber(BigDecimal expected, String cell, String where) {
        assertEquals(0, expected.compareTo(new BigDecimal(cell)), () -> where + ": " + expected + " vs " + cell);
        BigDecimal asExcelReadsIt = new BigDecimal(Double.parseDouble(cell));
        int scale = Math.max(2, expected.scale());
        assertEquals(
                0,
                expected.setScale(scale, java.math.RoundingMode.UNNECESSARY)
                        .compareTo(asExcelReadsIt.setScale(scale, java.math.RoundingMode.HALF_EVEN)),
                () -> where + ": Excel reads " + asExcelReadsIt);
    }

    /** A category cell's CSV key: Thai labels back to the keys the CSV uses. */
    private static String key(String column, String cell) {
        if (column.equals("area_type")) {
            return AreaType.parse(cell).map(AreaType::key).orElse("?" + cell);
        }
        if (column.equals("school_kind")) {
            return SchoolKind.parse(cell).map(SchoolKind::key).orElse("?" + cell);
        }
        if (column.equals("remote")) {
            return cell.equals("ใช่") ? "true" : cell.equals("ไม่ใช่") ? "false" : "?" + cell;
        }
        if (column.startsWith("bound")) {
            for (Bound bound : Bound.values()) {
                if (WorkbookText.thai(bound).equals(cell)) {
                    return bound.key();
                }
            }
            return "?" + cell;
        }
        return cell;
    }

    private static String value(List<List<String>> summary, String english) {
        for (List<String> row : summary) {
            if (row.size() > 2 && row.get(1).equals(english)) {
                return row.get(2);
            }
        }
        throw new AssertionError("no summary row " + english + " in " + summary);
    }
}

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

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import th.allocation.EngineVersion;
import th.allocation.compare.Comparison;
import th.allocation.compare.GroupTotals;
import th.allocation.model.Baht;
import th.allocation.output.WorkbookSheet.Column;
import th.allocation.output.WorkbookSheet.Format;
import th.allocation.result.AllocationResult;
import th.allocation.result.Bound;
import th.allocation.result.Grouping;
import th.allocation.result.PerPupilSample;
import th.allocation.rule.Component;
import th.allocation.scenario.Scenario;
import th.allocation.stats.EquityMeasure;
import th.allocation.stats.EquityStatistics;

/**
 * Writes a run or a comparison as one Excel workbook ({@code .xlsx}) for people: a summary sheet,
 * the schools (every column of the CSV, Thai headers above the CSV's English ones, Thai labels for
 * area types, school kinds and bounds, amounts in baht to the satang), one sheet per level (cluster,
 * ESA, network, province, area type, school kind) and, for a comparison, the winners and losers.
 * Header rows are frozen and every table has a filter.
 *
 * <p>Amounts are the exact decimal the CSV holds ({@code 13331.44}), shown with grouped thousands;
 * Excel reads each as the nearest double, which rounds back to the same satang. A sheet holds at
 * most 1,048,576 rows, so the schools are split over sheets of 1,000,000
 * ({@code โรงเรียน Schools 1}, {@code 2}...), in school-id order.
 *
 * <p>The workbook is streamed (fastexcel), a few thousand rows at a time, so its memory does not
 * grow with the number of schools. The same result gives the same bytes: the zip entries carry no
 * time and the document's creation date is fixed (2026-01-01).
 */
public final class WorkbookWriter {
    /** The workbook of a run. */
    public static final String RUN = "allocations.xlsx";

    /** The workbook of a comparison. */
    public static final String COMPARISON = "comparison.xlsx";

    /** The equity statistics the summaries show. */
    static final List<EquityMeasure> MEASURES = List.of(
            EquityMeasure.GINI,
            EquityMeasure.THEIL_T,
            EquityMeasure.COEFFICIENT_OF_VARIATION,
            EquityMeasure.MCLOONE_INDEX,
            EquityMeasure.VERSTEGEN_INDEX,
            EquityMeasure.FEDERAL_RANGE_RATIO,
            EquityMeasure.ATKINSON);

    private static final List<Column> SUMMARY = List.of(
            new Column("รายการ", "item", Format.TEXT, 44),
            new Column("", "", Format.TEXT, 40),
            new Column("ค่า", "value", Format.TEXT, 24));

    private WorkbookWriter() {}

    /**
     * Writes the workbook of a run to {@code file}, with the equity statistics for the Atkinson index's
     * {@code atkinsonEpsilon}.
     */
    public static void write(AllocationResult result, double atkinsonEpsilon, Path file) throws IOException {
        write(result, atkinsonEpsilon, file, WorkbookTables.SCHOOLS_PER_SHEET);
    }

    /** As {@link #write(AllocationResult, double, Path)}, with {@code perSheet} schools to a sheet. */
    static void write(AllocationResult result, double atkinsonEpsilon, Path file, int perSheet) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            Workbook book = open(out);
            summary(book, result, atkinsonEpsilon, perSheet);
            WorkbookTables.schools(book, result, perSheet);
            for (Grouping grouping : WorkbookTables.LEVELS) {
                WorkbookTables.level(book, result, grouping);
            }
            finish(book);
        }
        WorkbookStamp.fix(file);
    }

    /** Writes the workbook of a comparison to {@code file}. */
    public static void write(Comparison comparison, Path file) throws IOException {
        write(comparison, file, WorkbookTables.SCHOOLS_PER_SHEET);
    }

    /** As {@link #write(Comparison, Path)}, with {@code perSheet} schools to a sheet. */
    static void write(Comparison comparison, Path file, int perSheet) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            Workbook book = open(out);
            summary(book, comparison);
            WorkbookTables.schools(book, comparison, perSheet);
            for (Grouping grouping : WorkbookTables.LEVELS) {
                WorkbookTables.level(book, comparison, grouping);
            }
            WorkbookTables.winnersLosers(book, comparison);
            finish(book);
        }
        WorkbookStamp.fix(file);
    }

    /**
     * A workbook writing to {@code out}, compressing at deflate's fastest level: compressing is most
     * of the time a workbook takes, and level 1 takes about 60% of the time of fastexcel's default
     * (4) for about 10% more bytes (measured on the national schools sheet).
     */
    private static Workbook open(OutputStream out) {
        Workbook book = new Workbook(out, "alloc", null);
        book.setCompressionLevel(1);
        return book;
    }

    /** Writes the workbook's last parts, uncompressed so that {@link WorkbookStamp} can fix the date. */
    private static void finish(Workbook book) throws IOException {
        book.setCompressionLevel(0);
        book.finish();
    }

    private static void summary(Workbook book, AllocationResult result, double atkinsonEpsilon, int perSheet)
            throws IOException {
        WorkbookSheet sheet = new WorkbookSheet(book, "สรุป Summary", SUMMARY, 0);
        Scenario scenario = result.scenario();
        long pupils = 0;
        long[] bounds = new long[Bound.values().length];
        long[] components = new long[result.components().size()];
        long adjustments = 0;
        long rounding = 0;
        for (int i = 0; i < result.schools().size(); i++) {
            pupils += result.schools().totalPupils(i);
            bounds[result.bound(i).ordinal()]++;
            for (int c = 0; c < components.length; c++) {
                components[c] += result.component(c, i);
            }
            adjustments += result.boundAdjustment(i);
            rounding += result.rounding(i);
        }
        item(sheet, "ฉากทัศน์", "Scenario").text(scenario.name()).endRow();
        item(sheet, "ปีงบประมาณ", "Fiscal year (Buddhist Era)")
                .count(scenario.fiscalYear())
                .endRow();
        item(sheet, "สูตร", "Rule").label(ruleText(scenario)).endRow();
        budget(item(sheet, "งบประมาณ (บาท)", "Budget (THB)"), scenario.budget()).endRow();
        item(sheet, "หน่วยปัดเศษ (บาท)", "Rounding unit (THB)")
                .decimal(scenario.roundingUnit())
                .as(Format.MONEY)
                .endRow();
        item(sheet, "จัดสรรรวม (บาท)", "Allocated (THB)")
                .money(result.total())
                .as(Format.MONEY)
                .endRow();
        item(sheet, "ตัวคูณปรับสัดส่วน", "Scale factor (every need times it)")
                .number(result.scale())
                .as(Format.DECIMAL)
                .endRow();
        item(sheet, "โรงเรียน (แห่ง)", "Schools")
                .count(result.schools().size())
                .as(Format.COUNT)
                .endRow();
        item(sheet, "นักเรียน (คน)", "Pupils").count(pupils).as(Format.COUNT).endRow();
        item(sheet, "ต่อหัว (บาท)", "Per pupil (THB)")
                .decimal(Baht.perPupil(result.total(), pupils).orElse(null))
                .as(Format.MONEY)
                .endRow();
        for (Bound bound : Bound.values()) {
            if (!bound.listed(bounds[bound.ordinal()])) {
                continue;
            }
            item(sheet, "โรงเรียนที่: " + WorkbookText.thai(bound), "Schools at bound: " + bound.key())
                    .count(bounds[bound.ordinal()])
                    .as(Format.COUNT)
                    .endRow();
        }
        for (int c = 0; c < components.length; c++) {
            Component component = result.components().get(c);
            item(sheet, "รวม " + WorkbookText.header(component.key()), "Total " + component.key() + " (THB)")
                    .money(components[c])
                    .as(Format.MONEY)
                    .endRow();
        }
        item(sheet, "รวม " + WorkbookText.header("bound_adjustment"), "Total bound_adjustment (THB)")
                .money(adjustments)
                .as(Format.MONEY)
                .endRow();
        item(sheet, "รวม " + WorkbookText.header("rounding"), "Total rounding (THB)")
                .money(rounding)
                .as(Format.MONEY)
                .endRow();
        EquityStatistics equity = PerPupilSample.of(result).statistics(atkinsonEpsilon);
        for (EquityMeasure measure : MEASURES) {
            item(sheet, WorkbookText.thai(measure, atkinsonEpsilon), measureLabel(measure, atkinsonEpsilon))
                    .decimal(measure.of(equity))
                    .as(Format.DECIMAL)
                    .endRow();
        }
        sheetGuide(sheet, result.schools().size(), perSheet);
        item(sheet, "สร้างโดย", "Made by").text("alloc " + EngineVersion.VALUE).endRow();
        sheet.finish();
    }

    private static void summary(Workbook book, Comparison comparison) throws IOException {
        int scenarios = comparison.size();
        List<String> labels = comparison.labels();
        List<Column> columns = new ArrayList<>(SUMMARY.subList(0, 2));
        for (int s = 0; s < scenarios; s++) {
            columns.add(new Column(s == 0 ? "กรณีฐาน" : "ฉากทัศน์", labels.get(s), Format.TEXT, 22));
        }
        for (int s = 1; s < scenarios; s++) {
            columns.add(new Column("เปลี่ยนแปลง", "change_" + labels.get(s), Format.TEXT, 18));
        }
        WorkbookSheet sheet = new WorkbookSheet(book, "สรุป Summary", columns, 2);
        GroupTotals total = comparison.total();
        item(sheet, "ชื่อ", "Name");
        for (int s = 0; s < scenarios; s++) {
            sheet.text(comparison.result(s).scenario().name());
        }
        blanks(sheet, scenarios - 1).endRow();
        item(sheet, "สูตร", "Rule");
        for (int s = 0; s < scenarios; s++) {
            sheet.label(ruleText(comparison.result(s).scenario()));
        }
        blanks(sheet, scenarios - 1).endRow();
        item(sheet, "งบประมาณ (บาท)", "Budget (THB)");
        for (int s = 0; s < scenarios; s++) {
            budget(sheet, comparison.result(s).scenario().budget());
        }
        blanks(sheet, scenarios - 1).endRow();
        item(sheet, "จัดสรรรวม (บาท)", "Allocated (THB)");
        for (int s = 0; s < scenarios; s++) {
            sheet.money(total.allocation(s)).as(Format.MONEY);
        }
        for (int s = 1; s < scenarios; s++) {
            sheet.money(total.difference(s)).as(Format.MONEY);
        }
        sheet.endRow();
        item(sheet, "ต่อหัว (บาท)", "Per pupil (THB)");
        for (int s = 0; s < scenarios; s++) {
            sheet.decimal(total.perPupil(s).orElse(null)).as(Format.MONEY);
        }
        for (int s = 1; s < scenarios; s++) {
            sheet.decimal(WorkbookTables.perPupil(total.difference(s), total.pupils()))
                    .as(Format.MONEY);
        }
        sheet.endRow();
        item(sheet, "โรงเรียนที่ติดขั้นต่ำหรือเพดาน (แห่ง)", "Schools at a bound");
        long[] bound = new long[scenarios];
        for (int s = 0; s < scenarios; s++) {
            Map<Bound, Long> counts = comparison.bounds(s);
            bound[s] = comparison.schools().size() - counts.get(Bound.NONE);
            sheet.count(bound[s]).as(Format.COUNT);
        }
        for (int s = 1; s < scenarios; s++) {
            sheet.count(bound[s] - bound[0]).as(Format.COUNT);
        }
        sheet.endRow();
        List<EquityStatistics> equity = new ArrayList<>();
        for (int s = 0; s < scenarios; s++) {
            equity.add(comparison.equity(s));
        }
        double epsilon = comparison.atkinsonEpsilon();
        for (EquityMeasure measure : MEASURES) {
            item(sheet, WorkbookText.thai(measure, epsilon), measureLabel(measure, epsilon));
            for (int s = 0; s < scenarios; s++) {
                sheet.decimal(measure.of(equity.get(s))).as(Format.DECIMAL);
            }
            for (int s = 1; s < scenarios; s++) {
                sheet.decimal(measure.of(equity.get(s)) - measure.of(equity.get(0)))
                        .as(Format.DECIMAL);
            }
            sheet.endRow();
        }
        item(sheet, "ทุกโรงเรียนได้เท่ากรณีฐาน (ถึงสตางค์)", "Every school gets what the baseline gives");
        sheet.empty();
        for (int s = 1; s < scenarios; s++) {
            sheet.label(comparison.winnersLosers(s).unchanged() == total.schools() ? "ใช่ yes" : "ไม่ใช่ no");
        }
        blanks(sheet, scenarios - 1).endRow();
        item(sheet, "โรงเรียน (แห่ง)", "Schools").count(total.schools()).as(Format.COUNT);
        blanks(sheet, 2 * scenarios - 2).endRow();
        item(sheet, "นักเรียน (คน)", "Pupils").count(total.pupils()).as(Format.COUNT);
        blanks(sheet, 2 * scenarios - 2).endRow();
        item(sheet, "สร้างโดย", "Made by").text("alloc " + EngineVersion.VALUE);
        blanks(sheet, 2 * scenarios - 2).endRow();
        sheet.finish();
    }

    /** The rows that say which school sheets hold which schools, when they are split. */
    private static void sheetGuide(WorkbookSheet sheet, int schools, int perSheet) throws IOException {
        List<String> names = WorkbookTables.schoolSheetNames(schools, perSheet);
        if (names.size() < 2) {
            return;
        }
        for (int k = 0; k < names.size(); k++) {
            long first = (long) k * perSheet + 1;
            long last = Math.min(schools, (long) (k + 1) * perSheet);
            String range = String.format(java.util.Locale.ROOT, "%,d-%,d", first, last);
            item(sheet, "แผ่นงาน " + names.get(k), "Sheet " + names.get(k) + ": schools (in school-id order)")
                    .text(range)
                    .endRow();
        }
    }

    private static WorkbookSheet item(WorkbookSheet sheet, String thai, String english) {
        return sheet.text(thai).text(english);
    }

    private static WorkbookSheet blanks(WorkbookSheet sheet, int count) {
        for (int k = 0; k < count; k++) {
            sheet.empty();
        }
        return sheet;
    }

    private static WorkbookSheet budget(WorkbookSheet sheet, BigDecimal budget) {
        return budget == null
                ? sheet.label("ไม่กำหนด: ตามสูตร (none)")
                : sheet.decimal(budget).as(Format.MONEY);
    }

    private static String ruleText(Scenario scenario) {
        String type = scenario.rule().type();
        return switch (type) {
                    case "flat" -> "อัตราเท่ากันต่อหัว (flat)";
                    case "weighted" -> "ถ่วงน้ำหนักตามความจำเป็น (weighted)";
                    case "components" -> "สูตรที่ประกอบจากองค์ประกอบ (components)";
                    default -> type;
                }
                + (scenario.targets() == null ? "" : " + เป้าหมาย (targets)")
                + (scenario.isDecentralised() ? " + ระดับ (levels)" : "");
    }

    private static String measureLabel(EquityMeasure measure, double epsilon) {
        return measure == EquityMeasure.ATKINSON
                ? measure.label() + " (epsilon " + EquityMeasure.ATKINSON_EPSILON.format(epsilon) + ")"
                : measure.label();
    }
}

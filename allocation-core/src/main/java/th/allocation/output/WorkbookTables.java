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

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import th.allocation.compare.Comparison;
import th.allocation.compare.WinnersLosers;
import th.allocation.model.Baht;
import th.allocation.model.SchoolTable;
import th.allocation.output.WorkbookSheet.Column;
import th.allocation.output.WorkbookSheet.Format;
import th.allocation.result.AllocationResult;
import th.allocation.result.Grouping;
import th.allocation.result.IndicatorColumns;

/**
 * The workbook's tables: the schools, one sheet per level, and for a comparison the winners and
 * losers. Each holds the same figures as the CSV file of the same name, column for column (the
 * English header row is the CSV's header), with Thai labels for categories.
 */
final class WorkbookTables {
    /**
     * Schools per sheet: below Excel's 1,048,576 rows, and round, so that sheet 2 starts at the
     * 1,000,001st school (in school-id order, as in the CSV).
     */
    static final int SCHOOLS_PER_SHEET = 1_000_000;

    /** The levels that get a sheet each. */
    static final List<Grouping> LEVELS = List.of(
            Grouping.CLUSTER,
            Grouping.ESA,
            Grouping.NETWORK,
            Grouping.PROVINCE,
            Grouping.AREA_TYPE,
            Grouping.SCHOOL_KIND);

    private WorkbookTables() {}

    /**
     * The names of the school sheets for {@code schools} schools, {@code perSheet} to a sheet: one, or
     * numbered when they are split.
     */
    static List<String> schoolSheetNames(int schools, int perSheet) {
        int sheets = Math.max(1, (int) (((long) schools + perSheet - 1) / perSheet));
        List<String> names = new ArrayList<>();
        for (int k = 1; k <= sheets; k++) {
            names.add(sheets == 1 ? "โรงเรียน Schools" : "โรงเรียน Schools " + k);
        }
        return names;
    }

    /** The schools of a run, {@code perSheet} to a sheet: every column of {@code allocations.csv}, in its order. */
    static void schools(Workbook book, AllocationResult result, int perSheet) throws IOException {
        List<Column> columns = new ArrayList<>();
        for (String name : AllocationWriter.header(result)) {
            columns.add(column(name));
        }
        SchoolTable schools = result.schools();
        int components = result.components().size();
        IndicatorColumns targets = result instanceof IndicatorColumns t ? t : null;
        List<String> names = schoolSheetNames(schools.size(), perSheet);
        for (int k = 0; k < names.size(); k++) {
            WorkbookSheet sheet = new WorkbookSheet(book, names.get(k), columns, 2);
            int end = (int) Math.min(schools.size(), (long) (k + 1) * perSheet);
            for (int i = k * perSheet; i < end; i++) {
                identity(sheet, schools, i, true);
                sheet.count(schools.totalPupils(i)).count(schools.poor(i)).count(schools.specialNeeds(i));
                sheet.money(result.allocation(i));
                sheet.decimal(perPupil(result.allocation(i), schools.totalPupils(i)));
                sheet.label(WorkbookText.thai(result.bound(i)));
                for (int c = 0; c < components; c++) {
                    sheet.money(result.component(c, i));
                }
                sheet.money(result.boundAdjustment(i)).money(result.rounding(i)).money(result.need(i));
                sheet.money(result.floor(i));
                if (result.cap(i) == AllocationResult.NO_CAP) {
                    sheet.empty();
                } else {
                    sheet.money(result.cap(i));
                }
                long previous = schools.previousAllocation(i);
                if (previous == SchoolTable.NO_PREVIOUS) {
                    sheet.empty();
                } else {
                    sheet.money(previous);
                }
                if (targets != null) {
                    for (int m = 0; m < targets.indicators().size(); m++) {
                        sheet.decimal(indicator(targets.value(m, i)))
                                .decimal(indicator(targets.target(m, i)))
                                .decimal(indicator(targets.projected(m, i)))
                                .decimal(indicator(targets.gapLeft(m, i)));
                    }
                }
                sheet.endRow();
            }
            sheet.finish();
        }
    }

    /** The schools of a comparison, {@code perSheet} to a sheet: every column of the comparison's {@code schools.csv}, in its order. */
    static void schools(Workbook book, Comparison comparison, int perSheet) throws IOException {
        List<String> keys = ComparisonWriter.columnKeys(comparison.labels());
        int scenarios = comparison.size();
        List<Column> columns = new ArrayList<>();
        for (String name :
                List.of("school_id", "name", "cluster", "esa", "province", "area_type", "remote", "school_kind")) {
            columns.add(column(name));
        }
        columns.add(column("pupils"));
        List<String> labels = comparison.labels();
        for (int s = 0; s < scenarios; s++) {
            columns.add(
                    new Column("งบประมาณ " + labels.get(s) + " (บาท)", "allocation_" + keys.get(s), Format.MONEY, 16));
        }
        for (int s = 1; s < scenarios; s++) {
            columns.add(
                    new Column("ผลต่าง " + labels.get(s) + " (บาท)", "difference_" + keys.get(s), Format.MONEY, 16));
        }
        for (int s = 0; s < scenarios; s++) {
            columns.add(new Column("ต่อหัว " + labels.get(s) + " (บาท)", "per_pupil_" + keys.get(s), Format.MONEY, 14));
        }
        for (int s = 0; s < scenarios; s++) {
            columns.add(new Column("ข้อจำกัด " + labels.get(s), "bound_" + keys.get(s), Format.TEXT, 16));
        }
        SchoolTable schools = comparison.schools();
        List<String> names = schoolSheetNames(schools.size(), perSheet);
        for (int k = 0; k < names.size(); k++) {
            WorkbookSheet sheet = new WorkbookSheet(book, names.get(k), columns, 2);
            int end = (int) Math.min(schools.size(), (long) (k + 1) * perSheet);
            for (int i = k * perSheet; i < end; i++) {
                identity(sheet, schools, i, false);
                long pupils = schools.totalPupils(i);
                sheet.count(pupils);
                for (int s = 0; s < scenarios; s++) {
                    sheet.money(comparison.result(s).allocation(i));
                }
                for (int s = 1; s < scenarios; s++) {
                    sheet.money(comparison.difference(s, i));
                }
                for (int s = 0; s < scenarios; s++) {
                    sheet.decimal(perPupil(comparison.result(s).allocation(i), pupils));
                }
                for (int s = 0; s < scenarios; s++) {
                    sheet.label(WorkbookText.thai(comparison.result(s).bound(i)));
                }
                sheet.endRow();
            }
            sheet.finish();
        }
    }

    /** The identity columns of school {@code i}: id, name, the units it belongs to, its kind of place and school. */
    private static void identity(WorkbookSheet sheet, SchoolTable schools, int i, boolean network) {
        sheet.text(schools.id(i)).text(schools.name(i));
        sheet.label(schools.cluster().value(i)).label(schools.esa().value(i));
        if (network) {
            sheet.label(schools.network().value(i));
        }
        sheet.label(schools.province().value(i));
        sheet.label(WorkbookText.thai(schools.areaType(i)));
        sheet.label(WorkbookText.thai(schools.remote(i)));
        sheet.label(WorkbookText.thai(schools.kind(i)));
    }

    /** One row per group of a run: schools, pupils, allocation, per pupil and share of the total. */
    static void level(Workbook book, AllocationResult result, Grouping grouping) throws IOException {
        WorkbookSheet sheet = new WorkbookSheet(
                book,
                WorkbookText.sheetName(grouping),
                List.of(
                        new Column(WorkbookText.header(grouping.key()), grouping.key(), Format.TEXT, 30),
                        column("schools"),
                        column("pupils"),
                        column("allocation"),
                        column("per_pupil"),
                        new Column(WorkbookText.header("share"), "share", Format.SHARE, 12)),
                1);
        SchoolTable schools = result.schools();
        WorkbookGroups groups = WorkbookGroups.of(schools, grouping);
        long[] counts = groups.counts();
        long[] pupils = groups.sum(schools::totalPupils);
        long[] allocations = groups.sum(result::allocation);
        for (int g = 0; g < groups.size(); g++) {
            sheet.label(WorkbookText.group(grouping, groups.keys().get(g)))
                    .count(counts[g])
                    .count(pupils[g])
                    .money(allocations[g])
                    .decimal(perPupil(allocations[g], pupils[g]))
                    .decimal(result.total() == 0 ? Double.NaN : allocations[g] / (double) result.total())
                    .endRow();
        }
        sheet.finish();
    }

    /** One row per group of a comparison: the columns of its {@code groups.csv}. */
    static void level(Workbook book, Comparison comparison, Grouping grouping) throws IOException {
        List<String> keys = ComparisonWriter.columnKeys(comparison.labels());
        List<String> labels = comparison.labels();
        int scenarios = comparison.size();
        List<Column> columns = new ArrayList<>(List.of(
                new Column(WorkbookText.header(grouping.key()), grouping.key(), Format.TEXT, 30),
                column("schools"),
                column("pupils")));
        for (int s = 0; s < scenarios; s++) {
            columns.add(
                    new Column("งบประมาณ " + labels.get(s) + " (บาท)", "allocation_" + keys.get(s), Format.MONEY, 18));
            columns.add(new Column("ต่อหัว " + labels.get(s) + " (บาท)", "per_pupil_" + keys.get(s), Format.MONEY, 14));
        }
        for (int s = 1; s < scenarios; s++) {
            columns.add(
                    new Column("ผลต่าง " + labels.get(s) + " (บาท)", "difference_" + keys.get(s), Format.MONEY, 16));
            columns.add(new Column(
                    "ผลต่างต่อหัว " + labels.get(s) + " (บาท)",
                    "per_pupil_difference_" + keys.get(s),
                    Format.MONEY,
                    14));
        }
        WorkbookSheet sheet = new WorkbookSheet(book, WorkbookText.sheetName(grouping), columns, 1);
        SchoolTable schools = comparison.schools();
        WorkbookGroups groups = WorkbookGroups.of(schools, grouping);
        long[] counts = groups.counts();
        long[] pupils = groups.sum(schools::totalPupils);
        long[][] allocations = new long[scenarios][];
        for (int s = 0; s < scenarios; s++) {
            allocations[s] = groups.sum(comparison.result(s)::allocation);
        }
        for (int g = 0; g < groups.size(); g++) {
            sheet.label(WorkbookText.group(grouping, groups.keys().get(g)))
                    .count(counts[g])
                    .count(pupils[g]);
            for (int s = 0; s < scenarios; s++) {
                sheet.money(allocations[s][g]).decimal(perPupil(allocations[s][g], pupils[g]));
            }
            for (int s = 1; s < scenarios; s++) {
                long difference = allocations[s][g] - allocations[0][g];
                sheet.money(difference).decimal(perPupil(difference, pupils[g]));
            }
            sheet.endRow();
        }
        sheet.finish();
    }

    /**
     * The schools that gain, lose or keep their allocation, for each scenario after the baseline:
     * overall, then by each level, as in {@code winners_losers.csv}.
     */
    static void winnersLosers(Workbook book, Comparison comparison) throws IOException {
        List<Column> columns = new ArrayList<>(List.of(
                new Column(WorkbookText.header("scenario"), "scenario", Format.TEXT, 20),
                new Column(WorkbookText.header("grouping"), "grouping", Format.TEXT, 16),
                new Column(WorkbookText.header("group"), "group", Format.TEXT, 30),
                column("schools")));
        for (String key : List.of("gaining", "losing", "unchanged")) {
            columns.add(new Column(WorkbookText.header(key), key, Format.COUNT, 12));
        }
        for (String key : List.of("gained", "lost", "net")) {
            columns.add(new Column(WorkbookText.header(key), key, Format.MONEY, 18));
        }
        WorkbookSheet sheet = new WorkbookSheet(book, "ได้เพิ่ม-ลดลง Winners losers", columns, 3);
        List<WorkbookGroups> levels = new ArrayList<>();
        for (Grouping grouping : LEVELS) {
            levels.add(WorkbookGroups.of(comparison.schools(), grouping));
        }
        for (int s = 1; s < comparison.size(); s++) {
            List<WinnersLosers> rows = new ArrayList<>(List.of(comparison.winnersLosers(s)));
            for (WorkbookGroups groups : levels) {
                rows.addAll(winnersLosers(comparison, s, groups));
            }
            for (WinnersLosers w : rows) {
                Grouping grouping = Grouping.byKey(w.grouping()).orElse(null);
                sheet.label(comparison.labels().get(s))
                        .label(grouping == null ? "ทั้งหมด" : WorkbookText.header(grouping.key()))
                        .label(grouping == null ? "ทุกโรงเรียน" : WorkbookText.group(grouping, w.group()))
                        .count(w.schools())
                        .count(w.gaining())
                        .count(w.losing())
                        .count(w.unchanged())
                        .money(w.gained())
                        .money(w.lost())
                        .money(w.net())
                        .endRow();
            }
        }
        sheet.finish();
    }

    /** Scenario {@code s}'s winners and losers in each group, as {@link Comparison#winnersLosers(int, Grouping)}. */
    private static List<WinnersLosers> winnersLosers(Comparison comparison, int s, WorkbookGroups groups) {
        int size = groups.size();
        long[] gaining = new long[size];
        long[] losing = new long[size];
        long[] unchanged = new long[size];
        long[] gained = new long[size];
        long[] lost = new long[size];
        for (int i = 0; i < comparison.schools().size(); i++) {
            int g = groups.groupOf(i);
            long difference = comparison.difference(s, i);
            if (difference > 0) {
                gaining[g]++;
                gained[g] += difference;
            } else if (difference < 0) {
                losing[g]++;
                lost[g] -= difference;
            } else {
                unchanged[g]++;
            }
        }
        List<WinnersLosers> rows = new ArrayList<>(size);
        for (int g = 0; g < size; g++) {
            rows.add(new WinnersLosers(
                    groups.grouping().key(),
                    groups.keys().get(g),
                    gaining[g] + losing[g] + unchanged[g],
                    gaining[g],
                    losing[g],
                    unchanged[g],
                    gained[g],
                    lost[g]));
        }
        return rows;
    }

    /** The column of a CSV column name: its Thai header, its format and a width that fits it. */
    static Column column(String name) {
        String thai = WorkbookText.header(name);
        return switch (name) {
            case "school_id" -> new Column(thai, name, Format.TEXT, 12);
            case "name" -> new Column(thai, name, Format.TEXT, 32);
            case "cluster", "esa", "network" -> new Column(thai, name, Format.TEXT, 26);
            case "province", "area_type", "school_kind", "bound" -> new Column(thai, name, Format.TEXT, 16);
            case "remote" -> new Column(thai, name, Format.TEXT, 10);
            case "pupils", "pupils_poor", "pupils_special_needs", "schools" -> new Column(thai, name, Format.COUNT, 11);
            case "per_pupil" -> new Column(thai, name, Format.MONEY, 12);
            default ->
                isIndicatorPart(name)
                        ? new Column(thai, name, Format.DECIMAL, 12)
                        : new Column(thai, name, Format.MONEY, 16);
        };
    }

    private static boolean isIndicatorPart(String name) {
        return !name.startsWith("target_")
                && AllocationWriter.TARGET_PARTS.stream().anyMatch(part -> name.endsWith("_" + part));
    }

    /** Baht per pupil to the satang, halves up, as in the CSV; {@code null} without pupils. */
    static BigDecimal perPupil(long satang, long pupils) {
        return Baht.perPupil(satang, pupils).orElse(null);
    }

    /** An indicator value as the CSV writes it: six decimals at most; {@code null} for NaN. */
    private static BigDecimal indicator(double value) {
        if (Double.isNaN(value)) {
            return null;
        }
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}

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
package th.allocation.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellAddress;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.Suggestions;
import th.allocation.model.School;
import th.allocation.model.SchoolTable;

/**
 * Reads the school table from a sheet of an Excel workbook (.xlsx), streaming its rows with fastexcel's
 * reader: the first sheet, or a named one. The first row with a value is the header; the checks, the
 * mapping of (Thai) headers and the messages are those of a CSV file ({@link SchoolHeader}, {@link
 * SchoolRows}), each problem located as {@code sheet S, row R, column C (header 'H')}.
 *
 * <p>A cell is read as its text: a number as Excel stores it (all its digits), a true/false cell as
 * {@code true} or {@code false}, a formula as its saved value. A cell with an error ({@code #N/A})
 * or a formula with no saved value is a problem; a cell outside the header's columns is ignored.
 */
final class SchoolXlsxReader {
    private SchoolXlsxReader() {}

    /**
     * Reads the sheet.
     *
     * @param source the file as the user named it (with its sheet), for the table
     * @param sheetName the sheet to read; null for the first one
     */
    static SchoolTable read(
            Path file, String sheetName, String source, Map<String, String> columns, Set<String> indicators) {
        String where = file.toString();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            Sheet sheet = sheet(workbook, sheetName, where);
            try (Stream<Row> rows = sheet.openStream()) {
                return new Reading(where, source, sheet.getName(), columns, indicators).run(rows.iterator());
            }
        } catch (IOException | ExcelReaderException e) {
            throw new InputException(
                    Problem.of(
                            where,
                            "The school file is not a readable Excel workbook (" + e.getMessage() + ").",
                            "Open it in Excel or LibreOffice and save it again as .xlsx, or save the sheet as CSV"
                                    + " UTF-8 and give that file."),
                    e);
        } catch (UncheckedIOException e) {
            throw new InputException(
                    Problem.of(
                            where,
                            "The workbook cannot be read: " + e.getCause().getMessage() + ".",
                            ""),
                    e);
        }
    }

    private static Sheet sheet(ReadableWorkbook workbook, String name, String where) {
        List<String> names = workbook.getSheets().map(Sheet::getName).toList();
        if (names.isEmpty()) {
            throw new InputException(Problem.of(where, "The workbook has no sheet.", "Put the schools on a sheet."));
        }
        if (name == null) {
            return workbook.getFirstSheet();
        }
        Optional<Sheet> sheet = workbook.findSheet(name);
        if (sheet.isEmpty()) {
            String closest = Suggestions.closest(name, names)
                    .map(s -> "Did you mean '" + s + "'? ")
                    .orElse("");
            throw new InputException(Problem.of(
                    where,
                    "The workbook has no sheet '" + name + "'.",
                    closest + "Its sheets: " + String.join(", ", names) + "."));
        }
        return sheet.get();
    }

    /** The letters of a 0-based column: A, B, ... Z, AA... */
    static String letters(int position) {
        return CellAddress.convertNumToColString(position);
    }

    /** One reading of one sheet. */
    private static final class Reading implements TablePlace {
        private final String where;
        private final String source;
        private final String sheet;
        private final Map<String, String> mapping;
        private final Set<String> indicatorNames;
        private final ProblemList problems = new ProblemList();
        private List<String> names = List.of();
        private long headerRow;

        Reading(String where, String source, String sheet, Map<String, String> mapping, Set<String> indicators) {
            this.where = where;
            this.source = source;
            this.sheet = sheet;
            this.mapping = Map.copyOf(mapping);
            this.indicatorNames = Set.copyOf(indicators);
        }

        SchoolTable run(Iterator<Row> rows) {
            String[] headerCells = null;
            while (headerCells == null && rows.hasNext()) {
                Row row = rows.next();
                String[] cells = cells(row, Integer.MAX_VALUE);
                if (!blank(cells)) {
                    headerCells = cells;
                    headerRow = row.getRowNum();
                }
            }
            if (headerCells == null) {
                throw new InputException(Problem.of(
                        where,
                        "The sheet " + sheet + " is empty.",
                        "Expected a header row with the columns " + String.join(", ", SchoolColumns.REQUIRED)
                                + ", then one row per school."));
            }
            for (int i = 0; i < headerCells.length; i++) {
                headerCells[i] = headerCells[i] == null ? "" : headerCells[i]; // an error in the header: no name
            }
            names = List.of(headerCells);
            SchoolHeader header = SchoolHeader.resolve(names, mapping, indicatorNames, this, problems);
            names = header.names();
            if (header.hasMissing()) {
                List<String[]> sample = new ArrayList<>();
                while (sample.size() < 50 && rows.hasNext()) {
                    String[] cells = cells(rows.next(), names.size());
                    for (int i = 0; i < cells.length; i++) {
                        cells[i] = cells[i] == null ? "" : cells[i];
                    }
                    sample.add(cells);
                }
                header.reportMissing(sample, this, problems);
                throw problems.exception(null);
            }
            SchoolRows checks = new SchoolRows(header, indicatorNames, this, problems, true);
            SchoolTable.Builder table = SchoolTable.builder(source);
            int schools = 0;
            while (rows.hasNext()) {
                Row row = rows.next();
                long number = row.getRowNum();
                String[] cells = cells(row, names.size());
                if (blank(cells)) {
                    continue;
                }
                schools++;
                if (unreadable(row, number, cells, header)) {
                    continue;
                }
                School school = checks.read(cells, number);
                if (school != null) {
                    table.add(school, number);
                }
            }
            if (schools == 0 && problems.count() == 0) {
                throw new InputException(Problem.of(
                        where,
                        "The sheet " + sheet + " has a header but no schools.",
                        "Add one row per school below the header."));
            }
            problems.throwIfAny();
            return table.build();
        }

        /** The row's cells as text, trimmed, in header order up to {@code width}; null for an unreadable one. */
        private static String[] cells(Row row, int width) {
            int count = Math.min(row.getCellCount(), width);
            String[] cells = new String[width == Integer.MAX_VALUE ? count : width];
            java.util.Arrays.fill(cells, "");
            for (int i = 0; i < count; i++) {
                cells[i] = text(row.getCell(i));
            }
            return cells;
        }

        private static String text(Cell cell) {
            if (cell == null) {
                return "";
            }
            String raw = cell.getRawValue();
            switch (cell.getType()) {
                case EMPTY:
                    return "";
                case BOOLEAN:
                    return "1".equals(raw) ? "true" : "0".equals(raw) ? "false" : raw == null ? "" : raw.trim();
                case ERROR:
                    return null;
                case FORMULA:
                    return raw == null ? null : raw.trim();
                default:
                    return raw == null ? "" : raw.trim();
            }
        }

        private static boolean blank(String[] cells) {
            for (String cell : cells) {
                if (cell == null || !cell.isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        /** Reports each cell with an error or a formula without a value; true if there is one. */
        private boolean unreadable(Row row, long number, String[] cells, SchoolHeader header) {
            boolean any = false;
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] != null) {
                    continue;
                }
                any = true;
                Cell cell = row.getCell(i);
                int at = header.position(SchoolColumns.SCHOOL_ID);
                String id = at >= 0 && cells[at] != null ? cells[at] : "";
                boolean error = cell.getType() == org.dhatim.fastexcel.reader.CellType.ERROR;
                problems.report(new Problem(
                        where,
                        0,
                        0,
                        place(number, i, id),
                        "",
                        error
                                ? "The cell holds the error " + cell.getRawValue() + "."
                                : "The cell holds a formula (" + cell.getFormula() + ") with no saved value.",
                        error
                                ? "Correct what the formula refers to, or type the value."
                                : "Open the workbook in Excel or LibreOffice and save it, which stores the values."));
            }
            return any;
        }

        private String place(long row, int position, String schoolId) {
            StringBuilder text =
                    new StringBuilder("sheet ").append(sheet).append(", row ").append(row);
            if (position >= 0) {
                text.append(", column ").append(letters(position));
                if (position < names.size()) {
                    text.append(" (header '").append(names.get(position)).append("')");
                }
            }
            if (!schoolId.isEmpty()) {
                text.append(", school ").append(schoolId);
            }
            return text.toString();
        }

        @Override
        public Problem at(
                long row,
                String canonical,
                String header,
                int position,
                String schoolId,
                String message,
                String advice) {
            return new Problem(
                    where, 0, 0, place(row, canonical.isEmpty() ? -1 : position, schoolId), "", message, advice);
        }

        @Override
        public Problem header(String field, int position, String message, String advice) {
            return new Problem(where, 0, 0, place(headerRow, position, ""), "", message, advice);
        }

        @Override
        public String row(long row) {
            return "row " + row;
        }

        @Override
        public String column(int position) {
            return "column " + letters(position);
        }
    }
}

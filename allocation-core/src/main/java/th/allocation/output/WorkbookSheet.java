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
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import th.allocation.model.Baht;

/**
 * One sheet of a workbook being written: two header rows (Thai above English), then rows of typed
 * cells, each column with its number format; the header rows and the first columns stay frozen, and
 * the table has a filter. Rows are written to the file in batches of {@value #BATCH}, so a sheet of a
 * million rows takes no more memory than one batch.
 *
 * <p>Cells are written left to right: {@link #text}, {@link #label}, {@link #count}, {@link #money},
 * {@link #decimal} or {@link #empty} for each column, then {@link #endRow}.
 */
final class WorkbookSheet {
    /** Rows kept in memory before they are written out. */
    static final int BATCH = 4096;

    /** The header rows: Thai, then English (the CSV column name). */
    static final int HEADER_ROWS = 2;

    /** The most rows a sheet holds (Excel's limit, 2^20). */
    static final int MAX_ROWS = 1 << 20;

    /** A column's number format. */
    enum Format {
        /** Text, as written. */
        TEXT(null),
        /** A whole number with grouped thousands. */
        COUNT("#,##0"),
        /** Baht with grouped thousands and two decimals: exact to the satang. */
        MONEY("#,##0.00"),
        /** A factor or a statistic, six decimals shown (the cell holds every digit written). */
        DECIMAL("0.000000"),
        /** A share shown as a percentage. */
        SHARE("0.00%");

        private final String pattern;

        Format(String pattern) {
            this.pattern = pattern;
        }
    }

    /**
     * A column of the sheet.
     *
     * @param thai the header in Thai
     * @param english the header in English: the column's name in the CSV files
     * @param format how its numbers are shown
     * @param width its width in characters
     */
    record Column(String thai, String english, Format format, double width) {}

    private final Worksheet sheet;
    private final List<Column> columns;
    private int row = HEADER_ROWS;
    private int column;
    private int batchStart = HEADER_ROWS;

    /**
     * Starts a sheet named {@code name} in {@code book} with these columns, the first
     * {@code frozenColumns} of which stay in view when scrolling right.
     */
    WorkbookSheet(Workbook book, String name, List<Column> columns, int frozenColumns) {
        this.sheet = book.newWorksheet(name);
        this.columns = List.copyOf(columns);
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            sheet.width(c, col.width());
            sheet.inlineString(0, c, col.thai());
            sheet.inlineString(1, c, col.english());
        }
        sheet.range(0, 0, HEADER_ROWS - 1, columns.size() - 1)
                .style()
                .bold()
                .fillColor("DDEBF7")
                .wrapText(true)
                .verticalAlignment("top")
                .set();
        sheet.freezePane(frozenColumns, HEADER_ROWS);
    }

    /** Text that differs from row to row (a name, an id), stored in the cell itself. */
    WorkbookSheet text(String value) {
        if (value != null && !value.isEmpty()) {
            sheet.inlineString(row, column, value);
        }
        column++;
        return this;
    }

    /** Text that repeats down the column (a category, a province), stored once for the workbook. */
    WorkbookSheet label(String value) {
        if (value != null && !value.isEmpty()) {
            sheet.value(row, column, value);
        }
        column++;
        return this;
    }

    /** A whole number. */
    WorkbookSheet count(long value) {
        sheet.value(row, column++, value);
        return this;
    }

    /** An amount in satang, written as baht with two decimals, exactly. */
    WorkbookSheet money(long satang) {
        sheet.value(row, column++, new Satang(satang));
        return this;
    }

    /** An exact decimal, e.g. baht per pupil; an empty cell for {@code null}. */
    WorkbookSheet decimal(BigDecimal value) {
        if (value != null) {
            sheet.value(row, column, new Plain(value));
        }
        column++;
        return this;
    }

    /** A statistic or factor, to 12 significant digits; an empty cell if it is not finite. */
    WorkbookSheet decimal(double value) {
        return decimal(Numbers.decimal(value));
    }

    /** Shows the cell just written with {@code format}, whatever its column's format: for sheets of mixed rows. */
    WorkbookSheet as(Format format) {
        if (format.pattern != null) {
            sheet.style(row, column - 1).format(format.pattern).set();
        }
        return this;
    }

    /** A number as Java writes a double (shortest digits that read back the same); empty if not finite. */
    WorkbookSheet number(double value) {
        if (Double.isFinite(value)) {
            sheet.value(row, column, value);
        }
        column++;
        return this;
    }

    /** An empty cell. */
    WorkbookSheet empty() {
        column++;
        return this;
    }

    /** Ends the row; writes the rows so far to the file once a batch is full. */
    void endRow() throws IOException {
        if (column != columns.size()) {
            throw new IllegalStateException(
                    "A row of " + columns.size() + " columns got " + column + " cells (row " + (row + 1) + ").");
        }
        row++;
        column = 0;
        if (row - batchStart >= BATCH) {
            flush();
        }
    }

    /** The rows written so far, not counting the headers. */
    int rows() {
        return row - HEADER_ROWS;
    }

    /** Sets the filter over the header and every row, and writes the sheet to the file. */
    void finish() throws IOException {
        flush();
        sheet.setAutoFilter(HEADER_ROWS - 1, 0, Math.max(row - 1, HEADER_ROWS - 1), columns.size() - 1);
        sheet.finish();
    }

    /** Gives the batch's cells their number formats and writes the batch out. */
    private void flush() throws IOException {
        if (row > batchStart) {
            int c = 0;
            while (c < columns.size()) {
                Format format = columns.get(c).format();
                int end = c;
                while (end + 1 < columns.size() && columns.get(end + 1).format() == format) {
                    end++;
                }
                if (format.pattern != null) {
                    sheet.range(batchStart, c, row - 1, end)
                            .style()
                            .format(format.pattern)
                            .set();
                }
                c = end + 1;
            }
        }
        sheet.flush();
        batchStart = row;
    }

    /** A decimal as the cell's number, written without exponent. */
    static final class Plain extends Number {
        private static final long serialVersionUID = 1L;
        private final BigDecimal value;

        Plain(BigDecimal value) {
            this.value = value;
        }

        @Override
        public String toString() {
            return value.toPlainString();
        }

        @Override
        public int intValue() {
            return value.intValue();
        }

        @Override
        public long longValue() {
            return value.longValue();
        }

        @Override
        public float floatValue() {
            return value.floatValue();
        }

        @Override
        public double doubleValue() {
            return value.doubleValue();
        }
    }

    /**
     * An amount in satang as the cell's number: its text is the exact baht amount with two decimals
     * ({@link Baht#format}), so the workbook holds the same digits as the CSV files.
     */
    static final class Satang extends Number {
        private static final long serialVersionUID = 1L;
        private final long satang;

        Satang(long satang) {
            this.satang = satang;
        }

        /** {@link Baht#format}, written out for speed: a workbook formats millions of amounts. */
        @Override
        public String toString() {
            if (satang == Long.MIN_VALUE) {
                return Baht.format(satang);
            }
            byte[] text = new byte[24];
            int at = text.length;
            long rest = Math.abs(satang);
            long fraction = rest % Baht.SATANG_PER_BAHT;
            rest /= Baht.SATANG_PER_BAHT;
            text[--at] = (byte) ('0' + fraction % 10);
            text[--at] = (byte) ('0' + fraction / 10);
            text[--at] = '.';
            do {
                text[--at] = (byte) ('0' + rest % 10);
                rest /= 10;
            } while (rest != 0);
            if (satang < 0) {
                text[--at] = '-';
            }
            return new String(text, at, text.length - at, StandardCharsets.ISO_8859_1);
        }

        @Override
        public int intValue() {
            return (int) longValue();
        }

        @Override
        public long longValue() {
            return satang / Baht.SATANG_PER_BAHT;
        }

        @Override
        public float floatValue() {
            return (float) doubleValue();
        }

        @Override
        public double doubleValue() {
            return satang / (double) Baht.SATANG_PER_BAHT;
        }
    }
}

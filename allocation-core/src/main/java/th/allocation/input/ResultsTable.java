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

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A realised-results table as read: one row per school and fiscal year, the realised value of each
 * indicator column (NaN where the cell was empty: not measured) and, optionally, money actually
 * spent. Rows are in file order; every row keeps its line, so that a later check (a school the
 * allocation does not have, a value outside an indicator's range) can say where it is. Immutable.
 *
 * <p>The table knows nothing of a scenario: which columns are indicators, and whether a value is in
 * range, is checked when it is joined to an allocation ({@code th.allocation.evaluate}).
 */
public final class ResultsTable {
    /** The value of a money cell that was empty: not reported. */
    public static final long NOT_REPORTED = Long.MIN_VALUE;

    private final String source;
    private final String[] ids;
    private final int[] years;
    private final long[] lines;
    private final List<String> valueColumns;
    private final double[][] values;
    private final List<String> moneyColumns;
    private final long[][] money;
    private final List<String> ignoredColumns;

    ResultsTable(
            String source,
            String[] ids,
            int[] years,
            long[] lines,
            List<String> valueColumns,
            double[][] values,
            List<String> moneyColumns,
            long[][] money,
            List<String> ignoredColumns) {
        this.source = Objects.requireNonNull(source, "source");
        this.ids = ids;
        this.years = years;
        this.lines = lines;
        this.valueColumns = List.copyOf(valueColumns);
        this.values = values;
        this.moneyColumns = List.copyOf(moneyColumns);
        this.money = money;
        this.ignoredColumns = List.copyOf(ignoredColumns);
    }

    /**
     * A table built in memory, e.g. by a system that keeps results in a database; rows are checked
     * as when read (see {@link ResultsReader}) only when joined to an allocation.
     *
     * @param source how messages name the table
     * @param ids the school id of each row
     * @param years the fiscal year (B.E.) of each row
     * @param values realised values by column name, one per row (NaN where not measured)
     * @param money money actually spent by column name ({@code spent}, {@code spent_<indicator>}), in
     *     satang, one per row ({@link #NOT_REPORTED} where not reported)
     */
    public static ResultsTable of(
            String source, String[] ids, int[] years, Map<String, double[]> values, Map<String, long[]> money) {
        int n = ids.length;
        if (years.length != n) {
            throw new IllegalArgumentException("One year per row: " + years.length + " years for " + n + " rows.");
        }
        List<String> valueColumns = List.copyOf(new java.util.TreeMap<>(values).keySet());
        double[][] valueArrays = new double[valueColumns.size()][];
        for (int c = 0; c < valueArrays.length; c++) {
            valueArrays[c] = values.get(valueColumns.get(c)).clone();
            if (valueArrays[c].length != n) {
                throw new IllegalArgumentException("Column " + valueColumns.get(c) + " has " + valueArrays[c].length
                        + " values for " + n + " rows.");
            }
        }
        List<String> moneyColumns = List.copyOf(new java.util.TreeMap<>(money).keySet());
        long[][] moneyArrays = new long[moneyColumns.size()][];
        for (int c = 0; c < moneyArrays.length; c++) {
            moneyArrays[c] = money.get(moneyColumns.get(c)).clone();
            if (moneyArrays[c].length != n) {
                throw new IllegalArgumentException("Column " + moneyColumns.get(c) + " has " + moneyArrays[c].length
                        + " amounts for " + n + " rows.");
            }
        }
        long[] lines = new long[n];
        Arrays.setAll(lines, r -> r + 2L);
        return new ResultsTable(
                source,
                ids.clone(),
                years.clone(),
                lines,
                valueColumns,
                valueArrays,
                moneyColumns,
                moneyArrays,
                List.of());
    }

    /** How messages name the table, e.g. its file name. */
    public String source() {
        return source;
    }

    /** How many rows. */
    public int size() {
        return ids.length;
    }

    /** The school id of row {@code r}. */
    public String id(int r) {
        return ids[r];
    }

    /** The fiscal year (B.E.) of row {@code r}. */
    public int fiscalYear(int r) {
        return years[r];
    }

    /** The line row {@code r} starts on in its file (the header is line 1). */
    public long line(int r) {
        return lines[r];
    }

    /** The columns of realised values, in the file's order: every column not otherwise known. */
    public List<String> valueColumns() {
        return valueColumns;
    }

    /** The realised value of column {@code c} (of {@link #valueColumns()}) in row {@code r}; NaN if empty. */
    public double value(int c, int r) {
        return values[c][r];
    }

    /** The money columns, {@code spent} and {@code spent_<indicator>}, in the file's order. */
    public List<String> moneyColumns() {
        return moneyColumns;
    }

    /** Money column {@code column} in row {@code r}, in satang; {@link #NOT_REPORTED} if empty. */
    public long money(int column, int r) {
        return money[column][r];
    }

    /** The index of a money column, if the table has it. */
    public Optional<Integer> moneyColumn(String name) {
        int c = moneyColumns.indexOf(name);
        return c < 0 ? Optional.empty() : Optional.of(c);
    }

    /** The index of a value column, if the table has it. */
    public Optional<Integer> valueColumn(String name) {
        int c = valueColumns.indexOf(name);
        return c < 0 ? Optional.empty() : Optional.of(c);
    }

    /** Identity columns the file had and the reader left aside ({@code name}, {@code esa}, ...). */
    public List<String> ignoredColumns() {
        return ignoredColumns;
    }
}

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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.model.Limits;

/**
 * Reads a realised-results table: what schools achieved a year after an allocation.
 *
 * <p>The file follows the school file's conventions (docs/model.md): UTF-8 with or without a
 * byte-order mark, LF or CRLF, comma separated, quoted fields, a header row. Columns:
 *
 * <ul>
 *   <li>{@code school_id} (required): the school, as in the school file;
 *   <li>{@code fiscal_year} (required): the Buddhist Era year the values were measured in;
 *   <li>{@code spent} (optional): baht the school actually spent of its allocation, at most two
 *       decimals; {@code spent_<indicator>} (optional): baht it spent against that indicator;
 *   <li>identity columns a spreadsheet export carries ({@code name}, {@code cluster}, {@code esa},
 *       {@code network}, {@code province}, {@code district}, {@code subdistrict}, {@code area_type},
 *       {@code school_kind}, {@code note}) are let be;
 *   <li>every other column holds realised values of an indicator (named by the indicator's name or
 *       its school-table column); an empty cell is a value not measured.
 * </ul>
 *
 * <p>The whole file is checked and every problem reported at once (up to {@value #MAX_PROBLEMS},
 * then counted), each with file, line, column and school id: a missing or repeated header, a row of
 * the wrong width, an empty id, a year that is not a B.E. year, a value that is not a finite number,
 * an amount with more than two decimals, and the same school and year twice. Which columns are
 * indicators, and whether values are in range, is checked against the allocation when the table is
 * joined to it.
 */
public final class ResultsReader {
    /** At most this many problems are listed; the rest are counted. */
    public static final int MAX_PROBLEMS = 100;

    /** The school id column. */
    public static final String SCHOOL_ID = "school_id";

    /** The fiscal year column. */
    public static final String FISCAL_YEAR = "fiscal_year";

    /** The column of money spent in all; {@code spent_<indicator>} columns are money spent per indicator. */
    public static final String SPENT = "spent";

    /** Identity columns of a spreadsheet export, read past. */
    public static final Set<String> IGNORED = Set.of(
            "name",
            "cluster",
            "esa",
            "network",
            "province",
            "district",
            "subdistrict",
            "area_type",
            "school_kind",
            "note");

    private ResultsReader() {}

    /**
     * Reads a results file; messages name it as given.
     *
     * @throws InputException listing every problem found
     */
    public static ResultsTable read(Path file) {
        String source = file.toString();
        TextFiles.requireReadableFile(file, source, "results file", "Check the path given with --results.");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, source);
        } catch (NoSuchFileException e) {
            throw new InputException(
                    Problem.of(source, "The results file does not exist.", "Check the path given with --results."), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the results file " + source + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a results table from UTF-8 bytes; {@code source} names it in messages.
     *
     * @throws InputException listing every problem found
     * @throws IOException if the stream cannot be read
     */
    public static ResultsTable read(InputStream in, String source) throws IOException {
        Parse parse = new Parse(source);
        try (CsvScanner scanner = new CsvScanner(in, source, null)) {
            return parse.run(scanner);
        } catch (CsvScanner.MalformedCsvException e) {
            parse.report(new Problem(
                    source,
                    e.line(),
                    0,
                    "",
                    "",
                    "The file is not well-formed CSV from this line on: " + e.getMessage() + ".",
                    "Check the quotes: a field with a comma, a quote or a line break must be enclosed in double"
                            + " quotes, and quotes inside it doubled."));
            throw parse.failure(e);
        } catch (CharacterCodingException e) {
            throw new InputException(
                    Problem.of(
                            source,
                            "The file is not valid UTF-8 text.",
                            "Maybe it was saved in a Thai Windows encoding (TIS-620/Windows-874): save it again as"
                                    + " 'CSV UTF-8' in Excel, or convert it with iconv -f TIS-620 -t UTF-8."),
                    e);
        }
    }

    /** One reading of one file. */
    private static final class Parse {
        private final String source;
        private final List<Problem> problems = new ArrayList<>();
        private long problemCount;

        Parse(String source) {
            this.source = source;
        }

        void report(Problem problem) {
            problemCount++;
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(problem);
            }
        }

        InputException failure(Throwable cause) {
            problems.sort(java.util.Comparator.comparingLong(Problem::line));
            return new InputException(problems, problemCount, cause);
        }

        ResultsTable run(CsvScanner scanner) throws IOException {
            if (!scanner.next() || (scanner.isBlankLine() && !scanner.next())) {
                throw new InputException(Problem.of(
                        source,
                        "The file is empty.",
                        "Expected a header row school_id,fiscal_year,<indicator>,... then one row per school."));
            }
            int width = scanner.fields();
            Map<String, Integer> byName = new HashMap<>();
            int idColumn = -1;
            int yearColumn = -1;
            List<String> valueNames = new ArrayList<>();
            List<Integer> valuePositions = new ArrayList<>();
            List<String> moneyNames = new ArrayList<>();
            List<Integer> moneyPositions = new ArrayList<>();
            List<String> ignored = new ArrayList<>();
            for (int f = 0; f < width; f++) {
                String name = scanner.text(f);
                String key = name.toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    report(new Problem(
                            source,
                            1,
                            f + 1,
                            "",
                            "",
                            "Header " + (f + 1) + " is empty.",
                            "Name every column: school_id, fiscal_year, then indicators."));
                    continue;
                }
                if (byName.putIfAbsent(key, f) != null) {
                    report(new Problem(
                            source,
                            1,
                            f + 1,
                            name,
                            "",
                            "The header '" + name + "' appears twice.",
                            "Each column must have its own name."));
                    continue;
                }
                if (key.equals(SCHOOL_ID)) {
                    idColumn = f;
                } else if (key.equals(FISCAL_YEAR)) {
                    yearColumn = f;
                } else if (key.equals(SPENT) || key.startsWith(SPENT + "_")) {
                    moneyNames.add(key);
                    moneyPositions.add(f);
                } else if (IGNORED.contains(key)) {
                    ignored.add(key);
                } else {
                    valueNames.add(name);
                    valuePositions.add(f);
                }
            }
            for (String required : List.of(SCHOOL_ID, FISCAL_YEAR)) {
                if (!byName.containsKey(required)) {
                    report(new Problem(
                            source,
                            1,
                            0,
                            required,
                            "",
                            "The required column '" + required + "' is missing.",
                            th.allocation.Suggestions.closest(required, headerNames(byName))
                                    .map(s -> "Did you mean the header '" + s + "'? Rename it to " + required + ".")
                                    .orElse("Add the column: each row is one school (school_id) in one fiscal year"
                                            + " (fiscal_year, B.E.).")));
                }
            }
            if (problemCount > 0) {
                throw failure(null);
            }
            Rows rows = new Rows(valueNames.size(), moneyNames.size());
            Duplicates duplicates = new Duplicates();
            while (scanner.next()) {
                long line = scanner.line();
                if (scanner.isBlankLine()) {
                    continue;
                }
                if (rows.size >= Limits.MAX_SCHOOLS) {
                    report(Problem.atRow(
                            source,
                            line,
                            "",
                            "",
                            "The file has more than " + String.format(Locale.ROOT, "%,d", Limits.MAX_SCHOOLS)
                                    + " rows, the most the engine reads.",
                            "Split it by fiscal year or by cluster."));
                    break;
                }
                String id = scanner.text(idColumn);
                if (scanner.fields() != width) {
                    report(Problem.atRow(
                            source,
                            line,
                            "",
                            id,
                            "The row has " + scanner.fields() + " fields but the header has " + width + ".",
                            "Check for a missing or extra comma, or a field with a comma that is not in quotes."));
                    continue;
                }
                long before = problemCount;
                if (id.isEmpty()) {
                    report(Problem.atRow(
                            source, line, SCHOOL_ID, "", "The school id is empty.", "Every row names its school."));
                }
                int year = year(scanner, yearColumn, line, id);
                if (!id.isEmpty() && year > 0) {
                    Long first = duplicates.firstLine(id, year, line);
                    if (first != null) {
                        report(Problem.atRow(
                                source,
                                line,
                                SCHOOL_ID,
                                id,
                                "A second row for this school in fiscal year " + year + " (the first is on line "
                                        + first + ").",
                                "Keep one row per school and year: remove or merge the duplicate."));
                    }
                }
                double[] values = new double[valueNames.size()];
                for (int c = 0; c < values.length; c++) {
                    int f = valuePositions.get(c);
                    try {
                        values[c] = scanner.number(f);
                    } catch (NumberFormatException e) {
                        report(Problem.atRow(
                                source,
                                line,
                                valueNames.get(c),
                                id,
                                "'" + scanner.text(f) + "' is not a finite number.",
                                "Write the realised value as a plain number, e.g. 0.52 or 18.5; leave the cell empty"
                                        + " if it was not measured."));
                    }
                }
                long[] money = new long[moneyNames.size()];
                for (int c = 0; c < money.length; c++) {
                    int f = moneyPositions.get(c);
                    if (scanner.isEmpty(f)) {
                        money[c] = ResultsTable.NOT_REPORTED;
                        continue;
                    }
                    try {
                        money[c] = scanner.satang(f);
                        if (money[c] < 0) {
                            report(Problem.atRow(
                                    source,
                                    line,
                                    moneyNames.get(c),
                                    id,
                                    "Money spent is negative (" + scanner.text(f) + ").",
                                    "Give the baht actually spent, 0 or more; leave the cell empty if not known."));
                        }
                    } catch (NumberFormatException e) {
                        report(Problem.atRow(
                                source,
                                line,
                                moneyNames.get(c),
                                id,
                                "'" + scanner.text(f) + "' is not an amount in baht with at most two decimals.",
                                "Write it plainly, without thousands separators, e.g. 125000 or 125000.50."));
                    }
                }
                if (problemCount == before) {
                    rows.add(id, year, line, values, money);
                }
            }
            if (rows.size == 0 && problemCount == 0) {
                throw new InputException(Problem.of(
                        source, "The file has a header but no rows.", "Add one row per school below the header."));
            }
            if (problemCount > 0) {
                throw failure(null);
            }
            return rows.table(source, valueNames, moneyNames, ignored);
        }

        private int year(CsvScanner scanner, int column, long line, String id) throws CharacterCodingException {
            String text = scanner.text(column);
            int year = text.isEmpty() || text.length() > 9 ? -1 : 0;
            for (int k = 0; k < text.length() && year >= 0; k++) {
                char c = text.charAt(k);
                year = c >= '0' && c <= '9' ? year * 10 + (c - '0') : -1;
            }
            if (year >= 2500 && year <= 2700) {
                return year;
            }
            String advice = year >= 1957 && year <= 2157
                    ? "This looks like a year of the Common Era: add 543 (C.E. " + year + " is B.E. " + (year + 543)
                            + ")."
                    : "Give the fiscal year in the Buddhist Era, between 2500 and 2700, e.g. 2571.";
            report(Problem.atRow(
                    source,
                    line,
                    FISCAL_YEAR,
                    id,
                    text.isEmpty() ? "The fiscal year is empty." : "'" + text + "' is not a fiscal year.",
                    advice));
            return -1;
        }

        private static List<String> headerNames(Map<String, Integer> byName) {
            return new ArrayList<>(byName.keySet());
        }
    }

    /**
     * Finds a row's duplicate (same school, same year). Rows in increasing id order, as alloc writes
     * them, cannot repeat one, so they are only compared with the row before; from the first row out
     * of order on, every row is kept in a table by id (and, for a school in several years, by id and
     * year), the rows before it included.
     */
    private static final class Duplicates {
        private String[] ids = new String[1024];
        private int[] years = new int[1024];
        private long[] lines = new long[1024];
        private int size;
        private Map<String, Long> byId;
        private Map<String, Long> byIdAndYear;
        private String previous;

        /** The line of an earlier row of the same school and year, or null; remembers this row. */
        Long firstLine(String id, int year, long line) {
            if (byId == null) {
                if (previous == null || id.compareTo(previous) > 0) {
                    previous = id;
                    if (size == ids.length) {
                        ids = Arrays.copyOf(ids, size * 2);
                        years = Arrays.copyOf(years, size * 2);
                        lines = Arrays.copyOf(lines, size * 2);
                    }
                    ids[size] = id;
                    years[size] = year;
                    lines[size] = line;
                    size++;
                    return null;
                }
                byId = new HashMap<>();
                byIdAndYear = new HashMap<>();
                for (int r = 0; r < size; r++) {
                    remember(ids[r], years[r], lines[r]);
                }
                ids = null;
                years = null;
                lines = null;
            }
            return remember(id, year, line);
        }

        private Long remember(String id, int year, long line) {
            long packed = line * 256 + (year - 2500);
            Long seen = byId.putIfAbsent(id, packed);
            if (seen == null) {
                return null;
            }
            if (seen % 256 + 2500 == year) {
                return seen / 256;
            }
            return byIdAndYear.putIfAbsent(id + "\u0000" + year, line);
        }
    }

    /** The rows read so far, as growing columns. */
    private static final class Rows {
        private String[] ids = new String[1024];
        private int[] years = new int[1024];
        private long[] lines = new long[1024];
        private final double[][] values;
        private final long[][] money;
        private int size;

        Rows(int valueColumns, int moneyColumns) {
            values = new double[valueColumns][1024];
            money = new long[moneyColumns][1024];
        }

        void add(String id, int year, long line, double[] rowValues, long[] rowMoney) {
            if (size == ids.length) {
                int capacity = size * 2;
                ids = Arrays.copyOf(ids, capacity);
                years = Arrays.copyOf(years, capacity);
                lines = Arrays.copyOf(lines, capacity);
                for (int c = 0; c < values.length; c++) {
                    values[c] = Arrays.copyOf(values[c], capacity);
                }
                for (int c = 0; c < money.length; c++) {
                    money[c] = Arrays.copyOf(money[c], capacity);
                }
            }
            ids[size] = id;
            years[size] = year;
            lines[size] = line;
            for (int c = 0; c < values.length; c++) {
                values[c][size] = rowValues[c];
            }
            for (int c = 0; c < money.length; c++) {
                money[c][size] = rowMoney[c];
            }
            size++;
        }

        ResultsTable table(String source, List<String> valueNames, List<String> moneyNames, List<String> ignored) {
            double[][] v = new double[values.length][];
            for (int c = 0; c < v.length; c++) {
                v[c] = Arrays.copyOf(values[c], size);
            }
            long[][] m = new long[money.length][];
            for (int c = 0; c < m.length; c++) {
                m[c] = Arrays.copyOf(money[c], size);
            }
            return new ResultsTable(
                    source,
                    Arrays.copyOf(ids, size),
                    Arrays.copyOf(years, size),
                    Arrays.copyOf(lines, size),
                    valueNames,
                    v,
                    moneyNames,
                    m,
                    ignored);
        }
    }
}

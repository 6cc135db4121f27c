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
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.Suggestions;
import th.allocation.model.AreaType;
import th.allocation.model.Baht;
import th.allocation.model.Enrolment;
import th.allocation.model.Level;
import th.allocation.model.Limits;
import th.allocation.model.School;
import th.allocation.model.SchoolKind;
import th.allocation.model.SchoolTable;

/**
 * Reads the canonical school table (docs/model.md, data contract) from CSV: UTF-8 with or without a
 * byte-order mark, LF or CRLF line ends, quoted fields, a header row. Headers may be mapped onto
 * canonical names, so that a spreadsheet export with its own (e.g. Thai) headers can be read as it is.
 *
 * <p>Validation goes through the whole file and reports every problem, up to {@link #MAX_PROBLEMS},
 * each with file, line, column name, school id, what is wrong and what was expected.
 *
 * <p>Longer than 400 lines because every cell check reports into one list of problems that carries
 * the row's file, line and school: the row walk and the cell readers share that state. The
 * streaming, columnar reader planned for national-scale speed is where the two part.
 */
public final class SchoolCsvReader {
    /** At most this many problems are listed; the rest are counted. */
    public static final int MAX_PROBLEMS = 100;

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setTrim(true).get();

    private SchoolCsvReader() {}

    /**
     * Reads a school file.
     *
     * @param file the CSV file
     * @param columns canonical column name to the header used in the file, for columns named otherwise
     * @param indicators names of extra numeric columns to read as indicators (canonical names, may be mapped)
     * @throws InputException listing every problem found
     */
    public static SchoolTable read(Path file, Map<String, String> columns, Set<String> indicators) {
        String source = file.toString();
        TextFiles.requireReadableFile(file, source, "school file", "Check the path, or give the file with --schools.");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, source, columns, indicators);
        } catch (NoSuchFileException e) {
            throw new InputException(
                    Problem.of(
                            source,
                            "The school file does not exist.",
                            "Check the path, or give the file with --schools."),
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the school file " + source + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a school table from bytes, which must be UTF-8 (a byte-order mark is allowed); a file in
     * UTF-16 or another encoding is one problem that says so. {@code source} names it in messages.
     *
     * @throws InputException listing every problem found
     * @throws IOException if the stream cannot be read
     */
    static SchoolTable read(InputStream in, String source, Map<String, String> columns, Set<String> indicators)
            throws IOException {
        return read(TextFiles.utf8Reader(in, source, "school file"), source, columns, indicators);
    }

    /**
     * Reads a school table from a reader; {@code source} names it in messages.
     *
     * @throws InputException listing every problem found
     */
    public static SchoolTable read(Reader reader, String source, Map<String, String> columns, Set<String> indicators) {
        try {
            return new Parse(source, columns, indicators).run(reader);
        } catch (CharacterCodingException e) {
            throw new InputException(
                    Problem.of(
                            source,
                            "The file is not valid UTF-8 text.",
                            "Maybe it was saved in a Thai Windows encoding (TIS-620/Windows-874): save it again as"
                                    + " 'CSV UTF-8' in Excel, or convert it with iconv -f TIS-620 -t UTF-8."),
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException coding) {
                throw new InputException(
                        Problem.of(
                                source,
                                "The file is not valid UTF-8 text.",
                                "Maybe it was saved in a Thai Windows encoding (TIS-620/Windows-874): save it again as"
                                        + " 'CSV UTF-8' in Excel."),
                        coding);
            }
            throw e;
        }
    }

    /** One reading of one file: the header map and the problems found so far. */
    private static final class Parse {
        private final String source;
        private final Map<String, String> mapping;
        private final Set<String> indicatorNames;
        private final List<Problem> problems = new ArrayList<>();
        private long problemCount;
        private final Map<String, Integer> position = new HashMap<>();
        private final Map<String, String> headerOf = new HashMap<>();
        private final Map<String, Long> firstLineOf = new HashMap<>();

        Parse(String source, Map<String, String> mapping, Set<String> indicators) {
            this.source = source;
            this.mapping = Map.copyOf(mapping);
            this.indicatorNames = Set.copyOf(indicators);
        }

        SchoolTable run(Reader reader) throws IOException {
            try (CSVParser parser =
                    CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
                return run(parser);
            } catch (UncheckedIOException e) {
                // Commons CSV reports malformed quoting while iterating, as an unchecked exception around its
                // CSVException; the record it could not read starts on the line after the last one read.
                if (e.getCause() instanceof CharacterCodingException || !(e.getCause() instanceof IOException)) {
                    throw e;
                }
                report(new Problem(
                        source,
                        lastLine + 1,
                        0,
                        "",
                        "",
                        "The file is not well-formed CSV from this line on: "
                                + e.getCause().getMessage() + ".",
                        "Check the quotes: a field with a comma, a quote or a line break must be enclosed in double"
                                + " quotes, and quotes inside it doubled; nothing may follow the closing quote but a"
                                + " comma or the end of the line."));
                problems.sort(java.util.Comparator.comparingLong(Problem::line));
                throw new InputException(problems, problemCount, e);
            }
        }

        /** The line the last record read ended on; the next one starts after it. */
        private long lastLine;

        private SchoolTable run(CSVParser parser) {
            var records = parser.iterator();
            CSVRecord header = records.hasNext() ? records.next() : null;
            // A lone byte-order mark or blank line (what a spreadsheet saves for an empty sheet) is empty too.
            if (header == null || (isBlank(header) && !records.hasNext())) {
                throw new InputException(Problem.of(
                        source,
                        "The file is empty.",
                        "Expected a header row with the columns " + String.join(", ", SchoolColumns.REQUIRED)
                                + ", then one row per school."));
            }
            lastLine = parser.getCurrentLineNumber();
            readHeader(header);
            SchoolTable.Builder table = SchoolTable.builder(source);
            int rows = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue; // a blank line, e.g. at the end of a spreadsheet export
                }
                rows++;
                if (rows > Limits.MAX_SCHOOLS) {
                    report(Problem.atRow(
                            source,
                            line,
                            "",
                            "",
                            "The file has more than " + String.format(Locale.ROOT, "%,d", Limits.MAX_SCHOOLS)
                                    + " schools, the most the engine reads.",
                            "Split the country into parts (by cluster, say) and allocate each part's budget."));
                    break;
                }
                School school = readRow(record, line);
                if (school != null) {
                    table.add(school, line);
                }
            }
            if (rows == 0 && problems.isEmpty()) {
                throw new InputException(Problem.of(
                        source, "The file has a header but no schools.", "Add one row per school below the header."));
            }
            SchoolTable built = null;
            try {
                built = table.build();
            } catch (InputException duplicates) {
                duplicates.problems().forEach(this::report);
            }
            if (problemCount > 0) {
                problems.sort(java.util.Comparator.comparingLong(Problem::line));
                throw new InputException(problems, problemCount, null);
            }
            return built;
        }

        private void readHeader(CSVRecord headerRow) {
            Map<String, Integer> byHeader = new HashMap<>();
            headerWidth = headerRow.size();
            for (int i = 0; i < headerRow.size(); i++) {
                String name = headerRow.get(i);
                if (i == 0 && name.startsWith("\uFEFF")) {
                    name = name.substring(1).trim();
                }
                if (byHeader.putIfAbsent(name, i) != null && !name.isEmpty()) {
                    report(new Problem(
                            source,
                            1,
                            0,
                            name,
                            "",
                            "The header '" + name + "' appears twice.",
                            "Each column must have its own name."));
                }
            }
            List<String> wanted = new ArrayList<>(SchoolColumns.ALL);
            wanted.addAll(new java.util.TreeSet<>(indicatorNames));
            List<String> missing = new ArrayList<>();
            for (String canonical : wanted) {
                String header = mapping.getOrDefault(canonical, canonical);
                Integer at = byHeader.get(header);
                if (at == null && !mapping.containsKey(canonical)) {
                    at = caseInsensitive(byHeader, canonical);
                }
                if (at != null) {
                    position.put(canonical, at);
                    headerOf.put(canonical, header);
                } else if (SchoolColumns.REQUIRED.contains(canonical)
                        || indicatorNames.contains(canonical)
                        || mapping.containsKey(canonical)) {
                    missing.add(canonical);
                }
            }
            for (String canonical : missing) {
                String header = mapping.getOrDefault(canonical, canonical);
                String advice = Suggestions.closest(header, byHeader.keySet())
                        .map(s -> "Did you mean the header '" + s + "'? Rename it, or map it in the scenario's"
                                + " 'columns' (" + canonical + ": \"" + s + "\").")
                        .orElse("Add the column, or map an existing header onto it in the scenario's 'columns'.");
                String what = header.equals(canonical)
                        ? "The required column '" + canonical + "' is missing."
                        : "The column '" + header + "' (mapped to " + canonical + ") is missing.";
                report(new Problem(source, 1, 0, canonical, "", what, advice));
            }
            if (!missing.isEmpty()) {
                throw new InputException(problems, problemCount, null);
            }
        }

        private static boolean isBlank(CSVRecord record) {
            return record.size() == 1 && record.get(0).replace("\uFEFF", "").isBlank();
        }

        private static Integer caseInsensitive(Map<String, Integer> byHeader, String canonical) {
            for (Map.Entry<String, Integer> entry : byHeader.entrySet()) {
                if (entry.getKey().toLowerCase(Locale.ROOT).equals(canonical)) {
                    return entry.getValue();
                }
            }
            return null;
        }

        private School readRow(CSVRecord record, long line) {
            long before = problemCount;
            String id = cell(record, SchoolColumns.SCHOOL_ID);
            if (record.size() != headerWidth) {
                report(Problem.atRow(
                        source,
                        line,
                        "",
                        id,
                        "The row has " + record.size() + " fields but the header" + " has " + headerWidth + ".",
                        "Check for a missing or extra comma, or a field with a comma that is not in quotes."));
                return null;
            }
            if (id.isEmpty()) {
                report(Problem.atRow(
                        source,
                        line,
                        SchoolColumns.SCHOOL_ID,
                        "",
                        "The school id is empty.",
                        "Every school needs its OBEC school code."));
            } else {
                Long first = firstLineOf.putIfAbsent(id, line);
                if (first != null) {
                    report(Problem.atRow(
                            source,
                            line,
                            where(SchoolColumns.SCHOOL_ID),
                            id,
                            "Duplicate school id (first on line " + first + ").",
                            "Each school must appear once; remove or renumber the duplicate."));
                }
            }
            AreaType areaType = coded(record, line, id, SchoolColumns.AREA_TYPE, AreaType::parse, AreaType.keys());
            SchoolKind kind = coded(record, line, id, SchoolColumns.SCHOOL_KIND, SchoolKind::parse, SchoolKind.keys());
            Boolean remote = flag(record, line, id);
            int[] pupils = new int[Level.values().length];
            for (Level level : Level.values()) {
                pupils[level.ordinal()] = count(record, line, id, level.column());
            }
            int specialNeeds = count(record, line, id, SchoolColumns.PUPILS_SPECIAL_NEEDS);
            int poor = count(record, line, id, SchoolColumns.PUPILS_POOR);
            long total = 0;
            for (int p : pupils) {
                total += Math.max(p, 0);
            }
            subset(line, id, SchoolColumns.PUPILS_SPECIAL_NEEDS, "special-needs", specialNeeds, total);
            subset(line, id, SchoolColumns.PUPILS_POOR, "poor", poor, total);
            OptionalLong previous = previous(record, line, id);
            totals(line, id, total, previous);
            Map<String, Double> indicators = new TreeMap<>();
            for (String name : indicatorNames) {
                indicator(record, line, id, name).ifPresent(value -> indicators.put(name, value));
            }
            if (problemCount > before) {
                return null;
            }
            return new School(
                    id,
                    cell(record, SchoolColumns.NAME),
                    cell(record, SchoolColumns.CLUSTER),
                    cell(record, SchoolColumns.ESA),
                    cell(record, SchoolColumns.NETWORK),
                    cell(record, SchoolColumns.PROVINCE),
                    cell(record, SchoolColumns.DISTRICT),
                    cell(record, SchoolColumns.SUBDISTRICT),
                    areaType,
                    remote,
                    kind,
                    new Enrolment(pupils[0], pupils[1], pupils[2], pupils[3]),
                    specialNeeds,
                    poor,
                    previous,
                    indicators);
        }

        private int headerWidth;

        private String cell(CSVRecord record, String canonical) {
            Integer at = position.get(canonical);
            return at == null || at >= record.size() ? "" : record.get(at);
        }

        private String where(String canonical) {
            String header = headerOf.getOrDefault(canonical, canonical);
            return header.equals(canonical) ? canonical : canonical + " (header '" + header + "')";
        }

        private <E> E coded(
                CSVRecord record,
                long line,
                String id,
                String column,
                java.util.function.Function<String, Optional<E>> parse,
                List<String> keys) {
            String text = cell(record, column);
            Optional<E> value = parse.apply(text);
            if (value.isEmpty()) {
                report(Problem.atRow(
                        source,
                        line,
                        where(column),
                        id,
                        text.isEmpty() ? "The value is empty." : "Unknown value '" + text + "'.",
                        Suggestions.advice(text, keys)));
                return null;
            }
            return value.get();
        }

        private Boolean flag(CSVRecord record, long line, String id) {
            String text = cell(record, SchoolColumns.REMOTE).toLowerCase(Locale.ROOT);
            switch (text) {
                case "true", "1", "yes", "y", "t", "ใช่":
                    return Boolean.TRUE;
                case "false", "0", "no", "n", "f", "ไม่ใช่":
                    return Boolean.FALSE;
                default:
                    report(Problem.atRow(
                            source,
                            line,
                            where(SchoolColumns.REMOTE),
                            id,
                            text.isEmpty() ? "The value is empty." : "'" + text + "' is not true or false.",
                            "Expected true or false (1/0 and yes/no are accepted too)."));
                    return null;
            }
        }

        private int count(CSVRecord record, long line, String id, String column) {
            String text = cell(record, column);
            int plain = plainCount(text);
            if (plain >= 0) {
                return plain;
            }
            Optional<BigDecimal> number = number(text, line, id, column, "a whole number of pupils (0 if none)");
            if (number.isEmpty()) {
                return -1;
            }
            BigDecimal value = number.get();
            if (value.signum() < 0) {
                report(Problem.atRow(
                        source,
                        line,
                        where(column),
                        id,
                        "The count is negative (" + text + ").",
                        "Expected a whole number of pupils, 0 or more."));
                return -1;
            }
            if (!Limits.withinMagnitude(value, BigDecimal.valueOf(Limits.MAX_PUPILS))) {
                report(Problem.atRow(
                        source,
                        line,
                        where(column),
                        id,
                        "'" + text + "' pupils is too many: the engine reads at most "
                                + String.format(Locale.ROOT, "%,d", Limits.MAX_PUPILS) + " in one count.",
                        "Check the number; a school's pupils of one level are counted in thousands at most."));
                return -1;
            }
            try {
                return value.stripTrailingZeros().intValueExact();
            } catch (ArithmeticException e) {
                report(Problem.atRow(
                        source,
                        line,
                        where(column),
                        id,
                        "'" + text + "' is not a whole number.",
                        "Expected a whole number of pupils, 0 or more."));
                return -1;
            }
        }

        /** A count written as up to six plain digits, the common case, without BigDecimal; else -1. */
        private static int plainCount(String text) {
            int length = text.length();
            if (length == 0 || length > 6) {
                return -1; // longer counts go through the checked path, which applies the limit
            }
            int value = 0;
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }

        private long totalPupils;
        private long totalPrevious;
        private boolean totalsReported;

        /** Keeps the file's totals within the limits the engine's arithmetic relies on (see {@link Limits}). */
        private void totals(long line, String id, long pupils, OptionalLong previous) {
            totalPupils += pupils;
            totalPrevious += previous.orElse(0);
            if (totalsReported) {
                return;
            }
            if (totalPupils > Limits.MAX_TOTAL_PUPILS) {
                totalsReported = true;
                report(Problem.atRow(
                        source,
                        line,
                        "",
                        id,
                        "The pupils counted up to this row add up to more than "
                                + String.format(Locale.ROOT, "%,d", Limits.MAX_TOTAL_PUPILS)
                                + ", the most the engine handles in one file.",
                        "Check the counts, or split the file and allocate each part's budget."));
            } else if (totalPrevious > Limits.MAX_AMOUNT_SATANG) {
                totalsReported = true;
                report(Problem.atRow(
                        source,
                        line,
                        where(SchoolColumns.PREVIOUS_ALLOCATION),
                        id,
                        "The previous allocations up to this row add up to more than "
                                + Limits.showBaht(Limits.MAX_AMOUNT_BAHT) + " THB, the most the engine handles.",
                        "Check the amounts: they are in baht, one school's allocation each."));
            }
        }

        private void subset(long line, String id, String column, String what, int part, long total) {
            if (part > total && part >= 0) {
                report(Problem.atRow(
                        source,
                        line,
                        where(column),
                        id,
                        part + " " + what + " pupils but only " + total + " pupils in all.",
                        "The " + what + " pupils are a subset of the pupils counted by level; check both."));
            }
        }

        private OptionalLong previous(CSVRecord record, long line, String id) {
            if (!position.containsKey(SchoolColumns.PREVIOUS_ALLOCATION)) {
                return OptionalLong.empty();
            }
            String text = cell(record, SchoolColumns.PREVIOUS_ALLOCATION);
            if (text.isEmpty()) {
                return OptionalLong.empty();
            }
            Optional<BigDecimal> number = number(
                    text, line, id, SchoolColumns.PREVIOUS_ALLOCATION, "an amount in baht, or empty for a new school");
            if (number.isEmpty()) {
                return OptionalLong.empty();
            }
            BigDecimal value = number.get();
            if (value.signum() >= 0 && !Limits.withinMagnitude(value, Limits.MAX_AMOUNT_BAHT)) {
                report(Problem.atRow(
                        source,
                        line,
                        where(SchoolColumns.PREVIOUS_ALLOCATION),
                        id,
                        "'" + text + "' is too large: the engine handles amounts up to "
                                + Limits.showBaht(Limits.MAX_AMOUNT_BAHT) + " THB.",
                        "Check the number; it is one school's allocation in baht."));
                return OptionalLong.empty();
            }
            if (value.signum() < 0 || !Limits.hasAtMostDecimals(value, 2)) {
                report(Problem.atRow(
                        source,
                        line,
                        where(SchoolColumns.PREVIOUS_ALLOCATION),
                        id,
                        "'" + text + "' is not an amount of money.",
                        "Expected baht, 0 or more, with at most 2 decimals."));
                return OptionalLong.empty();
            }
            return OptionalLong.of(Baht.toSatang(value));
        }

        private Optional<Double> indicator(CSVRecord record, long line, String id, String column) {
            String text = cell(record, column);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            Optional<BigDecimal> number = number(text, line, id, column, "a number, or empty if unknown");
            if (number.isPresent()
                    && !Limits.withinMagnitude(number.get(), BigDecimal.valueOf((long) Limits.MAX_INDICATOR))) {
                report(Problem.atRow(
                        source,
                        line,
                        where(column),
                        id,
                        "'" + text + "' is too large: the engine reads indicator values of at most "
                                + String.format(Locale.ROOT, "%,d", (long) Limits.MAX_INDICATOR)
                                + " in absolute value.",
                        "Check the number, or leave the cell empty if the value is unknown."));
                return Optional.empty();
            }
            return number.map(BigDecimal::doubleValue);
        }

        private Optional<BigDecimal> number(String text, long line, String id, String column, String expected) {
            if (text.isEmpty()) {
                report(Problem.atRow(
                        source, line, where(column), id, "The value is empty.", "Expected " + expected + "."));
                return Optional.empty();
            }
            if (text.length() > Limits.MAX_NUMBER_LENGTH) {
                report(Problem.atRow(
                        source,
                        line,
                        where(column),
                        id,
                        "The value is " + text.length() + " characters long, too long for a number.",
                        "Expected " + expected + "."));
                return Optional.empty();
            }
            try {
                return Optional.of(new BigDecimal(text));
            } catch (NumberFormatException e) {
                String advice = text.matches("-?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?")
                        ? "Remove the thousands separators (write " + text.replace(",", "") + ")."
                        : "Expected " + expected + ".";
                String what = text.equalsIgnoreCase("nan")
                                || text.toLowerCase(Locale.ROOT).contains("inf")
                        ? "'" + text + "' is not a finite number."
                        : "'" + text + "' is not a number.";
                report(Problem.atRow(source, line, where(column), id, what, advice));
                return Optional.empty();
            }
        }

        private void report(Problem problem) {
            problemCount++;
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(problem);
            }
        }
    }
}

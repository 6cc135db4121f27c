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
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.model.Limits;
import th.allocation.model.School;
import th.allocation.model.SchoolTable;

/**
 * Reads the canonical school table (docs/model.md, data contract) from CSV: UTF-8 with or without a
 * byte-order mark, LF or CRLF line ends, quoted fields, a header row. Headers may be mapped onto
 * canonical names, so that a spreadsheet export with its own (e.g. Thai) headers can be read as it is.
 *
 * <p>Validation goes through the whole file and reports every problem, up to {@link #MAX_PROBLEMS},
 * each with file, line, column name, school id, what is wrong and what was expected.
 *
 * <p>A file is first read by a streaming byte-level reader ({@link FastSchoolCsv}) that fills the
 * table's columns directly; anything unusual in the file (an escaped quote, a line break inside a
 * field, a cell it does not read in its simple form, any problem at all) sends it to the full reader
 * here, on Commons CSV, which gives every problem with its location. The two give the same table.
 */
public final class SchoolCsvReader {
    /** At most this many problems are listed; the rest are counted. */
    public static final int MAX_PROBLEMS = ProblemList.MAX_LISTED;

    /** How many rows after the header are looked at to hint at the header that holds a missing column. */
    private static final int HINT_SAMPLE_ROWS = 50;

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
        SchoolTable fast = FastSchoolCsv.read(file, source, columns, indicators);
        if (fast != null) {
            return fast;
        }
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
     * Reads a school table from bytes with the full reader, which must be UTF-8 (a byte-order mark is
     * allowed); a file in UTF-16 or another encoding is one problem that says so. {@code source} names
     * it in messages.
     *
     * @throws InputException listing every problem found
     * @throws IOException if the stream cannot be read
     */
    static SchoolTable read(InputStream in, String source, Map<String, String> columns, Set<String> indicators)
            throws IOException {
        return read(TextFiles.utf8Reader(in, source, "school file"), source, columns, indicators);
    }

    /**
     * Reads a school table from a reader with the full reader; {@code source} names it in messages.
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

    /** Lines of a CSV file, as the problems of a school file name them. */
    static TablePlace place(String source) {
        return new TablePlace() {
            @Override
            public Problem at(
                    long row,
                    String canonical,
                    String header,
                    int position,
                    String schoolId,
                    String message,
                    String advice) {
                String field = canonical.isEmpty() || header.equals(canonical)
                        ? canonical
                        : canonical + " (header '" + header + "')";
                return Problem.atRow(source, row, field, schoolId, message, advice);
            }

            @Override
            public Problem header(String field, int position, String message, String advice) {
                return new Problem(source, 1, 0, field, "", message, advice);
            }

            @Override
            public String row(long row) {
                return "line " + row;
            }

            @Override
            public String column(int position) {
                return "column " + (position + 1);
            }
        };
    }

    /** One reading of one file with Commons CSV (whose classes a file the fast path reads never loads). */
    private static final class Parse {
        private static final CSVFormat FORMAT =
                CSVFormat.RFC4180.builder().setTrim(true).get();

        private final String source;
        private final Map<String, String> mapping;
        private final Set<String> indicatorNames;
        private final ProblemList problems = new ProblemList();
        private final TablePlace place;

        /** The line the last record read ended on; the next one starts after it. */
        private long lastLine;

        Parse(String source, Map<String, String> mapping, Set<String> indicators) {
            this.source = source;
            this.mapping = Map.copyOf(mapping);
            this.indicatorNames = Set.copyOf(indicators);
            this.place = place(source);
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
                problems.report(new Problem(
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
                throw problems.exception(e);
            }
        }

        private SchoolTable run(CSVParser parser) {
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord headerRow = records.hasNext() ? records.next() : null;
            // A lone byte-order mark or blank line (what a spreadsheet saves for an empty sheet) is empty too.
            if (headerRow == null || (isBlank(headerRow) && !records.hasNext())) {
                throw new InputException(Problem.of(
                        source,
                        "The file is empty.",
                        "Expected a header row with the columns " + String.join(", ", SchoolColumns.REQUIRED)
                                + ", then one row per school."));
            }
            lastLine = parser.getCurrentLineNumber();
            SchoolHeader header =
                    SchoolHeader.resolve(Arrays.asList(headerRow.values()), mapping, indicatorNames, place, problems);
            if (header.hasMissing()) {
                header.reportMissing(sample(records), place, problems);
                throw problems.exception(null);
            }
            SchoolRows checks = new SchoolRows(header, indicatorNames, place, problems, true);
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
                    problems.report(Problem.atRow(
                            source,
                            line,
                            "",
                            "",
                            "The file has more than " + String.format(Locale.ROOT, "%,d", Limits.MAX_SCHOOLS)
                                    + " schools, the most the engine reads.",
                            "Split the country into parts (by cluster, say) and allocate each part's budget."));
                    break;
                }
                School school = readRow(record, line, header, checks);
                if (school != null) {
                    table.add(school, line);
                }
            }
            if (rows == 0 && problems.count() == 0) {
                throw new InputException(Problem.of(
                        source, "The file has a header but no schools.", "Add one row per school below the header."));
            }
            SchoolTable built = null;
            try {
                built = table.build();
            } catch (InputException duplicates) {
                duplicates.problems().forEach(problems::report);
            }
            problems.throwIfAny();
            return built;
        }

        /** The first rows after the header, for hints at missing columns; stops at anything malformed. */
        private static List<String[]> sample(Iterator<CSVRecord> records) {
            List<String[]> sample = new ArrayList<>();
            try {
                while (sample.size() < HINT_SAMPLE_ROWS && records.hasNext()) {
                    sample.add(records.next().values());
                }
            } catch (UncheckedIOException e) {
                // The hint uses what could be read; the missing columns are the problem reported.
            }
            return sample;
        }

        private School readRow(CSVRecord record, long line, SchoolHeader header, SchoolRows checks) {
            if (record.size() != header.width()) {
                int at = header.position(SchoolColumns.SCHOOL_ID);
                String id = at >= 0 && at < record.size() ? record.get(at) : "";
                problems.report(Problem.atRow(
                        source,
                        line,
                        "",
                        id,
                        "The row has " + record.size() + " fields but the header" + " has " + header.width() + ".",
                        "Check for a missing or extra comma, or a field with a comma that is not in quotes."));
                return null;
            }
            return checks.read(record.values(), line);
        }

        private static boolean isBlank(CSVRecord record) {
            return record.size() == 1 && record.get(0).replace("\uFEFF", "").isBlank();
        }
    }
}

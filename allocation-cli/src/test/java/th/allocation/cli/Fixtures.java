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
package th.allocation.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Files for the end-to-end tests: the small example copied from the project, test resources, and
 * readers for what {@code alloc} writes, independent of the product's own CSV and JSON code.
 */
final class Fixtures {
    /** The files of {@code examples/small}. */
    static final String SCHOOLS = "schools.csv";

    static final String NEEDS_WEIGHTED = "needs-weighted.yaml";
    static final String STATUS_QUO = "status-quo.yaml";

    /** The budget of needs-weighted.yaml ({@code budget: 15905052}), in baht with satang. */
    static final BigDecimal NEEDS_WEIGHTED_BUDGET = new BigDecimal("15905052.00");

    /** The number of schools in examples/small/schools.csv (13 data rows below the header). */
    static final int EXAMPLE_SCHOOLS = 13;

    /**
     * A test resource: the example's schools.csv with one problem in each of six rows. Line 2 has a
     * non-numeric count, line 4 a negative count, line 5 NaN, line 6 more poor pupils (999) than
     * pupils (20 + 180 = 200), line 8 a misspelt area type, line 10 the school id of line 9.
     */
    static final String PROBLEMS = "schools-with-problems.csv";

    /** The start of each line alloc must print for {@link #PROBLEMS}, in order: file, line, school, column. */
    static final List<String> PROBLEMS_EXPECTED = List.of(
            "error: " + PROBLEMS + ":2: school 10001, column pupils_primary: 'abc' is not a number.",
            "error: " + PROBLEMS + ":4: school 20001, column pupils_poor: The count is negative (-5).",
            "error: " + PROBLEMS + ":5: school 20002, column pupils_lower_secondary: 'NaN' is not a finite number.",
            "error: " + PROBLEMS + ":6: school 20003, column pupils_poor: 999 poor pupils but only 200 pupils in all.",
            "error: " + PROBLEMS + ":8: school 20005, column area_type: Unknown value 'subdistric'."
                    + " Did you mean 'subdistrict'?",
            "error: " + PROBLEMS + ":10: school 20006, column school_id: Duplicate school id (first on line 9).");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Fixtures() {}

    /** The project's root folder, as failsafe passes it in the system property {@code project.root}. */
    static Path projectRoot() {
        String property = System.getProperty("project.root");
        assertNotNull(property, "The system property project.root is not set; run the *IT tests with 'mvn verify'.");
        return Path.of(property).toAbsolutePath().normalize();
    }

    /** Copies the files of {@code examples/small} into {@code folder} (created if needed); returns it. */
    static Path copyExample(Path folder) {
        Path example = projectRoot().resolve("examples").resolve("small");
        try {
            Files.createDirectories(folder);
            for (String name : List.of(SCHOOLS, NEEDS_WEIGHTED, STATUS_QUO, "targets.yaml", "decentralised.yaml")) {
                Files.copy(example.resolve(name), folder.resolve(name));
            }
            Files.createDirectories(folder.resolve("esa-overrides"));
            try (var overrides = Files.list(example.resolve("esa-overrides"))) {
                for (Path file : overrides.toList()) {
                    Files.copy(file, folder.resolve("esa-overrides").resolve(file.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** Copies the test resource {@code name} (next to this class) to {@code target}; returns the target. */
    static Path copyResource(String name, Path target) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            assertNotNull(in, "The test resource " + name + " is missing.");
            Files.copy(in, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, String text) {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path file, byte[] bytes) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} with its one occurrence of {@code from} replaced; fails if it occurs not exactly once. */
    static String replaceOnce(String text, String from, String to) {
        int at = text.indexOf(from);
        assertTrue(at >= 0, "'" + from + "' does not occur in the fixture text.");
        assertEquals(-1, text.indexOf(from, at + 1), "'" + from + "' occurs more than once in the fixture text.");
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /** The 1-based line and column at which {@code needle} first occurs in {@code text}, as "line:column". */
    static String lineAndColumnOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, "'" + needle + "' does not occur in the fixture text.");
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (at - lineStart + 1);
    }

    /** Lower-case hex SHA-256 of the file's bytes. */
    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Everything under {@code root}: each relative path mapped to "dir" or to the SHA-256 of the file,
     * in path order. Two equal snapshots mean nothing was added, removed or changed.
     */
    static SortedMap<String, String> snapshot(Path root) {
        assertTrue(Files.isDirectory(root), root + " is not a folder.");
        SortedMap<String, String> entries = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            paths.filter(path -> !path.equals(root))
                    .forEach(path -> entries.put(
                            root.relativize(path).toString().replace('\\', '/'),
                            Files.isDirectory(path) ? "dir" : sha256(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /**
     * Reads a CSV file as alloc writes it for spreadsheets, checking that form: a UTF-8 byte-order
     * mark, CRLF after every record and never a bare LF outside quotes. Parsed here by RFC 4180, not
     * by the product's CSV library, so that a fault there cannot hide itself.
     *
     * @return the records, header first
     */
    static List<List<String>> readSpreadsheetCsv(Path file) {
        byte[] bytes = bytes(file);
        assertTrue(bytes.length >= 3, file + " is too short to hold a byte-order mark.");
        assertArrayEquals(UTF8_BOM, Arrays.copyOf(bytes, 3), file + " does not start with a UTF-8 byte-order mark.");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"), file + " does not end with CRLF.");
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                assertTrue(
                        i + 1 < text.length() && text.charAt(i + 1) == '\n',
                        file + ": a CR not followed by LF at character " + i + ".");
                record.add(field.toString());
                field.setLength(0);
                records.add(List.copyOf(record));
                record.clear();
                i++;
            } else {
                assertFalse(c == '\n', file + ": a bare LF (not CRLF) at character " + i + ".");
                field.append(c);
            }
        }
        assertFalse(quoted, file + " ends inside a quoted field.");
        return records;
    }

    /** The values of the column {@code name} of a CSV read by {@link #readSpreadsheetCsv}, header left out. */
    static List<String> column(List<List<String>> records, String name) {
        int at = records.get(0).indexOf(name);
        assertTrue(at >= 0, "No column '" + name + "' in the header " + records.get(0));
        List<String> values = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            assertEquals(records.get(0).size(), record.size(), "A record with the wrong number of fields: " + record);
            values.add(record.get(at));
        }
        return values;
    }

    /** Each school id of a CSV read by {@link #readSpreadsheetCsv} mapped to its value in column {@code name}. */
    static Map<String, String> bySchool(List<List<String>> records, String name) {
        List<String> ids = column(records, "school_id");
        List<String> values = column(records, name);
        Map<String, String> map = new TreeMap<>();
        for (int i = 0; i < ids.size(); i++) {
            assertNull(map.put(ids.get(i), values.get(i)), "School " + ids.get(i) + " appears twice.");
        }
        return map;
    }

    /** The rows of a workbook's sheet, as the text of each cell (numbers as the file holds them). */
    static List<List<String>> sheet(Path workbook, String name) throws IOException {
        try (ReadableWorkbook book = new ReadableWorkbook(workbook.toFile())) {
            Sheet sheet = book.findSheet(name).orElseThrow(() -> new AssertionError("no sheet " + name));
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet.read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(row.getCellRawValue(c).orElse(row.getCellText(c)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}

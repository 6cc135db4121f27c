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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.allocation.generate.GeneratedColumns;
import th.allocation.generate.SchoolGenerator;
import th.allocation.input.SameTables.Outcome;
import th.allocation.model.AreaType;
import th.allocation.model.Level;
import th.allocation.model.SchoolTable;

/**
 * The streaming reader gives the full reader's table whenever it gives one, and {@link
 * SchoolCsvReader#read(Path, Map, Set)}, which tries it first, gives the full reader's table or
 * problems on every file.
 */
class FastSchoolCsvTest {
    private static final String HEADER = "school_id,name,cluster,esa,area_type,remote,school_kind,pupils_preprimary,"
            + "pupils_primary,pupils_lower_secondary,pupils_upper_secondary,pupils_special_needs,pupils_poor,"
            + "previous_allocation";

    @TempDir
    Path dir;

    private static Outcome full(byte[] bytes, String source, Map<String, String> columns, Set<String> indicators) {
        return Outcome.of(() -> {
            try {
                return SchoolCsvReader.read(new ByteArrayInputStream(bytes), source, columns, indicators);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The fast path's table of {@code bytes} (null if it leaves them to the full reader), the same
     * whether the file is read whole or cut into two, three or four parts read side by side (whose
     * labels are merged from each part's sorted labels), by a thread each or by fewer threads.
     */
    private static SchoolTable fast(byte[] bytes, String source, Map<String, String> columns, Set<String> indicators) {
        try {
            SchoolTable whole = FastSchoolCsv.read(bytes, 1, source, columns, indicators);
            for (int parts = 2; parts <= 4; parts++) {
                // One thread per part, and fewer threads than parts, each taking the next part left.
                for (int threads : new int[] {parts, 1, 2}) {
                    SchoolTable inParts = FastSchoolCsv.read(bytes, parts, threads, source, columns, indicators);
                    assertEquals(whole == null, inParts == null, parts + " parts, " + threads + " threads");
                    if (whole != null) {
                        SameTables.assertSame(whole, inParts, parts + " parts, " + threads + " threads");
                    }
                }
            }
            return whole;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path write(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code text} both ways and through the file; returns the fast path's table (null if it fell back). */
    private SchoolTable bothWays(String text, Map<String, String> columns, Set<String> indicators) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Path file = write("schools.csv", bytes);
        Outcome full = full(bytes, file.toString(), columns, indicators);
        SchoolTable fast = fast(bytes, file.toString(), columns, indicators);
        if (fast != null) {
            assertNotNull(full.table(), () -> "the fast path read a file the full reader refuses: " + full.describe());
            SameTables.assertSame(full.table(), fast, text);
        }
        SameTables.assertSame(full, Outcome.of(() -> SchoolCsvReader.read(file, columns, indicators)), text);
        return fast;
    }

    @Test
    void read_randomValidAndInvalidFiles_givesTheFullReadersTableOrProblems() {
        int[] counts = new int[3]; // files, read by the fast path, valid
        qt().withFixedSeed(15)
                .withExamples(600)
                .forAll(RandomSchoolFiles.files(12))
                .checkAssert(file -> {
                    Path path = write("schools.csv", file.bytes());
                    Outcome full = full(file.bytes(), path.toString(), file.columns(), file.indicators());
                    SchoolTable fast = fast(file.bytes(), path.toString(), file.columns(), file.indicators());
                    if (fast != null) {
                        assertNotNull(
                                full.table(),
                                () -> "the fast path read a file the full reader refuses: " + full.describe() + "\n"
                                        + file);
                        SameTables.assertSame(full.table(), fast, file.toString());
                        counts[1]++;
                    }
                    Outcome viaFile = Outcome.of(() -> SchoolCsvReader.read(path, file.columns(), file.indicators()));
                    SameTables.assertSame(full, viaFile, file.toString());
                    counts[0]++;
                    counts[2] += full.table() != null ? 1 : 0;
                });
        // The generator makes about half the files valid, and most of those plain: were the fast path never
        // taken, the equalities above would hold trivially.
        assertTrue(counts[2] > counts[0] / 4, () -> counts[2] + " valid files of " + counts[0]);
        assertTrue(counts[1] > counts[2] / 2, () -> counts[1] + " read by the fast path, of " + counts[2] + " valid");
    }

    @Test
    void read_generatedNationalLikeFile_isReadByTheFastPathWithIndicators() {
        Path file = dir.resolve("generated.csv");
        SchoolGenerator.national().withSchools(3_000).writeCsv(file);
        Set<String> indicators = Set.copyOf(GeneratedColumns.EXTRA);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        SchoolTable fast = fast(bytes, file.toString(), Map.of(), indicators);

        assertNotNull(fast, "a generated file is plain CSV");
        SameTables.assertSame(full(bytes, file.toString(), Map.of(), indicators).table(), fast, "generated");
        assertEquals(3_000, fast.size());
    }

    @Test
    void read_aRowAfterALongRun_hasItsOwnCategoriesAndFlags() {
        // Rows in runs of one cluster and ESA reuse the codes of the row before; a row whose two fields
        // are as long together, split elsewhere, is another cluster and ESA. And a first remote school
        // after many that are not is read as remote.
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 3_000; i++) {
            text.append(1000 + i).append(",School,C1,E12,capital,false,primary,0,10,0,0,0,0,100\n");
        }
        text.append("4000,School,C11,E2,capital,true,primary,0,10,0,0,0,0,100\n");
        text.append("4001,School,C1,E12,capital,false,primary,0,10,0,0,0,0,100\n");

        SchoolTable table = bothWays(text.toString(), Map.of(), Set.of());

        assertNotNull(table, "a plain file");
        assertEquals("C11", table.cluster().value(3_000));
        assertEquals("E2", table.esa().value(3_000));
        assertTrue(table.remote(3_000));
        assertEquals("C1", table.cluster().value(3_001));
        assertEquals("E12", table.esa().value(3_001));
        assertFalse(table.remote(3_001));
    }

    @Test
    void read_spansRepeatedAroundUnusualRows_haveTheirOwnCategories() {
        // Runs of one cluster and ESA, found again by their bytes, broken by a row read through the full
        // checks (a count written 1e1) with the same span or another, a quoted span (never kept), the same
        // values with spaces around (other bytes, the same labels), a blank line and a Thai span.
        String row = ",School,%s,capital,false,primary,0,%s,0,0,0,0,100\n";
        String[][] rows = {
            {"C1,E12", "10"},
            {"C1,E12", "10"},
            {"C1,E12", "1e1"},
            {"C1,E12", "10"},
            {"C2,E12", "1e1"},
            {"C1,E12", "10"},
            {"\"C1\",E12", "10"},
            {"\"C1\",E12", "10"},
            {"C1,E12", "10"},
            {" C1 , E12 ", "10"},
            {" C1 , E12 ", "10"},
            {"", ""},
            {" C1 , E12 ", "10"},
            {"ส่วนกลาง,สพป. เขต 1", "10"},
            {"ส่วนกลาง,สพป. เขต 1", "10"},
            {"ส่วนกลาง,สพป. เขต 2", "1e1"},
            {"ส่วนกลาง,สพป. เขต 2", "10"},
            {"C3,E3", "10"},
        };
        for (int copies = 1; copies <= 3; copies++) {
            StringBuilder text = new StringBuilder(HEADER).append('\n');
            int id = 1000;
            for (int c = 0; c < copies; c++) {
                for (String[] cells : rows) {
                    if (cells[0].isEmpty()) {
                        text.append('\n');
                    } else {
                        text.append(id++).append(String.format(row, cells[0], cells[1]));
                    }
                }
            }

            SchoolTable table = bothWays(text.toString(), Map.of(), Set.of());

            assertNotNull(table, "valid rows, some through the full checks");
            assertEquals("C2", table.cluster().value(4));
            assertEquals("C1", table.cluster().value(5));
            assertEquals("สพป. เขต 2", table.esa().value(15));
            assertEquals("C3", table.cluster().value(16));
        }
    }

    @Test
    void read_validCellsInOtherForms_areReadThroughTheFullChecksRowByRow() {
        String text = "\uFEFF" + HEADER + ",reading\r\n"
                + "1002,\"Name, with comma\",C1,E1,พื้นที่พิเศษ,ใช่,การศึกษาพิเศษ,1e1,12.0,+3,007,0,0,85000.5,1e-3\r\n"
                + "1001,  padded  ,C1,E1,Capital,YES,primary,0,10,0,0,1,2,  12 ,-0.5\r\n";

        SchoolTable table = bothWays(text, Map.of(), Set.of("reading"));

        assertNotNull(table, "valid cells in another form do not send the file to the full reader");
        assertEquals(AreaType.SPECIAL, table.areaType(1));
        assertEquals(10, table.pupils(Level.PREPRIMARY, 1), "1e1");
        assertEquals(3, table.pupils(Level.LOWER_SECONDARY, 1), "+3");
        assertEquals(8_500_050, table.previousAllocation(1));
        assertEquals(1_200, table.previousAllocation(0), "'  12 ' trimmed: 12 baht");
        assertEquals(0.001, table.indicator("reading", 1), 0.0);
        assertEquals("padded", table.name(0));
    }

    @Test
    void read_unusualCsv_isLeftToTheFullReader_withTheSameResult() {
        String row = "1001,School,C1,E1,capital,false,primary,0,10,0,0,0,0,100\n";
        List<String> unusual = List.of(
                HEADER + "\n" + row.replace("School", "\"Wat \"\"Suthi\"\"\""), // an escaped quote
                HEADER + "\n" + row.replace("School", "\"two\nlines\""), // a line break in a field
                HEADER + "\n" + row.replace("\n", "\r"), // a carriage return alone
                HEADER + "\n" + row.replace("School", "\"abc\"x"), // text after a closing quote
                HEADER + "\n" + row.replace("School", "a\"b"), // a quote inside a field
                "\uFEFF\"school_id\"" + HEADER.substring("school_id".length()) + "\n" + row, // a mark, then a quote
                HEADER + ",school_id\n" + row.replace("\n", ",1\n")); // a header twice
        for (String text : unusual) {
            assertNull(bothWays(text, Map.of(), Set.of()), text);
        }
    }

    @Test
    void read_problems_areTheFullReadersInEveryCase() {
        String row = "1001,School,C1,E1,capital,false,primary,0,10,0,0,0,0,100\n";
        List<String> invalid = List.of(
                HEADER + "\n" + row + row, // a duplicate id next to the first
                HEADER + "\n" + row + row.replace("1001", "0999") + row, // a duplicate after the order broke
                HEADER + "\n" + row.replace(",0,0,100", ",0,11,100"), // more poor pupils than pupils
                HEADER + "\n" + row.replace("capital", "capitol"),
                HEADER + "\n" + row.replace(",100\n", ",100.001\n"),
                HEADER + "\n" + row.replace(",100\n", "\n"), // a cell short
                HEADER + "\n" + row.replace("1001", ""),
                HEADER.replace("pupils_poor", "poor") + "\n" + row,
                HEADER + "\n",
                "");
        for (String text : invalid) {
            assertNull(bothWays(text, Map.of(), Set.of()), text);
        }
    }

    @Test
    void read_bytesThatAreNotUtf8_anywhere_areLeftToTheFullReader() {
        byte[] valid = (HEADER + ",note\n1001,School,C1,E1,capital,false,primary,0,10,0,0,0,0,100,ok\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[][] bad = {
            {(byte) 0xFF},
            {(byte) 0xC0, (byte) 0x80},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xE0, (byte) 0xB8}
        };
        for (byte[] sequence : bad) {
            // In a column no one reads, which the full reader still decodes.
            byte[] bytes = new byte[valid.length + sequence.length];
            System.arraycopy(valid, 0, bytes, 0, valid.length - 1);
            System.arraycopy(sequence, 0, bytes, valid.length - 1, sequence.length);
            bytes[bytes.length - 1] = '\n';
            Path file = write("bad.csv", bytes);
            assertNull(fast(bytes, file.toString(), Map.of(), Set.of()));
            Outcome viaFile = Outcome.of(() -> SchoolCsvReader.read(file, Map.of(), Set.of()));
            assertTrue(viaFile.describe().contains("not valid UTF-8"), viaFile::describe);
        }
    }
}

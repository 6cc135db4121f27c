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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.model.SchoolTable;

/**
 * The optional previous_pupils column, read by every reader (the fast byte reader, its full
 * fallback and the xlsx reader): whole numbers kept, an empty cell or no column meaning last year's
 * pupils are this year's, anything else a located error.
 */
class PreviousPupilsReadingTest {
    private static final String HEADER = "school_id,name,cluster,esa,area_type,remote,school_kind,pupils_preprimary,"
            + "pupils_primary,pupils_lower_secondary,pupils_upper_secondary,pupils_special_needs,pupils_poor,"
            + "previous_pupils";

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        Path file = dir.resolve("schools.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static void checkValues(SchoolTable table) {
        assertEquals(120, table.previousPupils(table.indexOf("1001")));
        assertEquals(SchoolTable.NO_PREVIOUS_PUPILS, table.previousPupils(table.indexOf("1002")));
        assertEquals(40, table.previousPupilsOrTotal(table.indexOf("1002")), "this year's pupils");
        assertEquals(0, table.previousPupils(table.indexOf("1003")));
    }

    private static final String VALID = HEADER + "\n"
            + "1001,A,C1,E1,capital,false,primary,0,100,0,0,0,0,120\n"
            + "1002,B,C1,E1,capital,false,primary,0,40,0,0,0,0,\n"
            + "1003,C,C1,E1,capital,false,primary,0,10,0,0,0,0,0\n";

    @Test
    void fastReader_readsPreviousPupils() throws IOException {
        checkValues(SchoolCsvReader.read(file(VALID), Map.of(), Set.of()));
    }

    @Test
    void fullReader_readsPreviousPupils() {
        checkValues(SchoolCsvReader.read(new StringReader(VALID), "schools.csv", Map.of(), Set.of()));
    }

    @Test
    void noColumn_meansLastYearsPupilsAreThisYears() {
        String text = HEADER.substring(0, HEADER.lastIndexOf(',')) + "\n"
                + "1001,A,C1,E1,capital,false,primary,0,100,0,0,0,0\n";
        SchoolTable table = SchoolCsvReader.read(new StringReader(text), "schools.csv", Map.of(), Set.of());
        assertEquals(SchoolTable.NO_PREVIOUS_PUPILS, table.previousPupils(0));
        assertEquals(100, table.previousPupilsOrTotal(0));
    }

    @Test
    void notAWholeNumber_isALocatedError_inBothCsvReaders() throws IOException {
        String text = HEADER + "\n"
                + "1001,A,C1,E1,capital,false,primary,0,100,0,0,0,0,120\n"
                + "1002,B,C1,E1,capital,false,primary,0,40,0,0,0,0,2.5\n"
                + "1003,C,C1,E1,capital,false,primary,0,10,0,0,0,0,-3\n";
        for (InputException e : List.of(
                assertThrows(InputException.class, () -> SchoolCsvReader.read(file(text), Map.of(), Set.of())),
                assertThrows(
                        InputException.class,
                        () -> SchoolCsvReader.read(new StringReader(text), "schools.csv", Map.of(), Set.of())))) {
            assertEquals(2, e.problems().size(), e.getMessage());
            Problem first = e.problems().get(0);
            assertEquals(3, first.line());
            assertEquals("previous_pupils", first.field());
            assertEquals("1002", first.schoolId());
            Problem second = e.problems().get(1);
            assertEquals(4, second.line());
            assertTrue(second.message().contains("negative"), second.message());
        }
    }

    @Test
    void xlsxReader_readsPreviousPupils_andLocatesAWrongOne() throws IOException {
        List<String> header = List.of(HEADER.split(","));
        Path good = workbook(
                "good.xlsx",
                header,
                List.of(
                        List.of("1001", "A", "C1", "E1", "capital", "false", "primary", 0, 100, 0, 0, 0, 0, 120),
                        List.of("1002", "B", "C1", "E1", "capital", "false", "primary", 0, 40, 0, 0, 0, 0),
                        List.of("1003", "C", "C1", "E1", "capital", "false", "primary", 0, 10, 0, 0, 0, 0, 0)));
        checkValues(SchoolFiles.read(good, Map.of(), Set.of()));
        Path bad = workbook(
                "bad.xlsx",
                header,
                List.of(List.of("1001", "A", "C1", "E1", "capital", "false", "primary", 0, 100, 0, 0, 0, 0, 12.5)));
        InputException e = assertThrows(InputException.class, () -> SchoolFiles.read(bad, Map.of(), Set.of()));
        assertTrue(e.problems().get(0).field().contains("row 2, column N (header 'previous_pupils')"), e.getMessage());
        assertTrue(e.problems().get(0).message().contains("'12.5' is not a whole number"), e.getMessage());
    }

    private Path workbook(String name, List<String> header, List<List<Object>> rows) throws IOException {
        Path path = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(path)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("schools");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        sheet.value(r + 1, c, number);
                    } else {
                        sheet.value(r + 1, c, (String) value);
                    }
                }
            }
            workbook.finish();
        }
        return path;
    }
}

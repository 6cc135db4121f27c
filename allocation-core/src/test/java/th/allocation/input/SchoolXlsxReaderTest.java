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

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Issue 15: the school table may be a sheet of an Excel workbook, read with the same checks and
 * header mapping as a CSV file, its problems located by sheet, row, column letter and header.
 */
class SchoolXlsxReaderTest {
    private static final Map<String, String> THAI =
            Map.of("school_id", "รหัสโรงเรียน", "area_type", "ประเภทพื้นที่", "pupils_poor", "นักเรียนยากจน");
    private static final List<String> HEADER = List.of(
            "รหัสโรงเรียน",
            "name",
            "cluster",
            "esa",
            "ประเภทพื้นที่",
            "remote",
            "school_kind",
            "pupils_preprimary",
            "pupils_primary",
            "pupils_lower_secondary",
            "pupils_upper_secondary",
            "pupils_special_needs",
            "นักเรียนยากจน",
            "previous_allocation",
            "reading");

    @TempDir
    Path dir;

    /** A row: text as text, numbers as numbers, booleans as booleans, null as no cell. */
    private static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    private static final List<List<Object>> ROWS = List.of(
            row(
                    1002,
                    "โรงเรียนบ้านหนองบัว, สาขา 2",
                    "คลัสเตอร์ 1",
                    "สพป.เชียงใหม่ เขต 5",
                    "พื้นที่พิเศษ",
                    true,
                    "primary",
                    3,
                    40,
                    0,
                    0,
                    2,
                    30,
                    85000.5,
                    0.75),
            row(
                    "1001",
                    "Wat \"Suthi\" School",
                    "C1",
                    "E1",
                    "capital",
                    false,
                    "secondary",
                    0,
                    0,
                    500,
                    300,
                    5,
                    60,
                    null,
                    null),
            row(
                    1003,
                    "  padded  ",
                    "C1",
                    "E1",
                    "district",
                    "yes",
                    "combined",
                    "1",
                    "10",
                    "0",
                    "0",
                    "0",
                    "0",
                    "120000",
                    "-2.5"));

    /** Writes a workbook with the given sheets (name, then rows; the first row is the header). */
    private Path workbook(String file, Map<String, List<List<Object>>> sheets) {
        Path path = dir.resolve(file);
        try (OutputStream out = Files.newOutputStream(path)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            for (Map.Entry<String, List<List<Object>>> sheet : sheets.entrySet()) {
                Worksheet worksheet = workbook.newWorksheet(sheet.getKey());
                List<List<Object>> rows = sheet.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        Object value = rows.get(r).get(c);
                        if (value instanceof String text && text.startsWith("=")) {
                            worksheet.formula(r, c, text.substring(1));
                        } else if (value instanceof String text) {
                            worksheet.value(r, c, text);
                        } else if (value instanceof Number number) {
                            worksheet.value(r, c, number);
                        } else if (value instanceof Boolean flag) {
                            worksheet.value(r, c, flag);
                        }
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return path;
    }

    private static List<List<Object>> withHeader(List<String> header, List<List<Object>> rows) {
        List<List<Object>> all = new ArrayList<>();
        all.add(new ArrayList<>(header));
        all.addAll(rows);
        return all;
    }

    private static String csv(List<String> header, List<List<Object>> rows) {
        StringBuilder text = new StringBuilder(String.join(",", header)).append('\n');
        for (List<Object> row : rows) {
            List<String> cells = new ArrayList<>();
            for (Object cell : row) {
                String value = cell == null ? "" : cell.toString();
                cells.add(
                        value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value);
            }
            text.append(String.join(",", cells)).append('\n');
        }
        return text.toString();
    }

    private static List<String> problems(Path path, Map<String, String> columns) {
        InputException e = assertThrows(InputException.class, () -> SchoolFiles.read(path, columns, Set.of()));
        return e.problems().stream().map(Problem::describe).toList();
    }

    @Test
    void read_firstSheetWithThaiHeaders_isTheTableTheSameCsvGives() {
        Path book = workbook("schools.xlsx", Map.of("Schools", withHeader(HEADER, ROWS)));

        SchoolTable fromExcel = SchoolFiles.read(book, THAI, Set.of("reading"));
        SchoolTable fromCsv =
                SchoolCsvReader.read(new StringReader(csv(HEADER, ROWS)), "schools.csv", THAI, Set.of("reading"));

        assertEquals(fromCsv.schools(), fromExcel.schools(), "every value of every school");
        assertEquals(List.of(3L, 2L, 4L), List.of(fromExcel.line(0), fromExcel.line(1), fromExcel.line(2)), "rows");
        assertEquals(book.toString(), fromExcel.source());
        assertEquals(8_500_050, fromExcel.previousAllocation(1), "85000.5 baht, a number cell");
        assertEquals("padded", fromExcel.name(2));
    }

    @Test
    void read_namedSheet_afterAHash_readsThatSheet() {
        List<List<Object>> notes = List.of(List.of("A sheet of notes, not schools"));
        Map<String, List<List<Object>>> sheets = new java.util.LinkedHashMap<>();
        sheets.put("Notes", notes);
        sheets.put("โรงเรียน 2567", withHeader(HEADER, ROWS.subList(0, 1)));
        Path book = workbook("book.xlsx", sheets);

        SchoolTable table = SchoolFiles.read(dir.resolve("book.xlsx#โรงเรียน 2567"), THAI, Set.of());

        assertEquals(1, table.size());
        assertEquals("1002", table.id(0), "a number cell read as the id's digits");
        assertEquals(book, SchoolFiles.file(dir.resolve("book.xlsx#โรงเรียน 2567")));
        assertEquals(
                "โรงเรียน 2567",
                SchoolFiles.sheet(dir.resolve("book.xlsx#โรงเรียน 2567")).orElseThrow());
    }

    @Test
    void read_sheetThatIsNotThere_namesTheClosestAndListsTheSheets() {
        Map<String, List<List<Object>>> sheets = new java.util.LinkedHashMap<>();
        sheets.put("Notes", List.of(List.of("x")));
        sheets.put("Schools", withHeader(HEADER, ROWS));
        workbook("book.xlsx", sheets);

        List<String> problems = problems(dir.resolve("book.xlsx#Schoolz"), THAI);

        assertEquals(
                List.of(dir.resolve("book.xlsx") + ": The workbook has no sheet 'Schoolz'. Did you mean 'Schools'? Its"
                        + " sheets: Notes, Schools."),
                problems);
    }

    @Test
    void read_badCells_areLocatedBySheetRowColumnLetterAndHeader() {
        List<List<Object>> rows = new ArrayList<>(ROWS);
        List<Object> bad = new ArrayList<>(ROWS.get(1));
        bad.set(4, "capitol");
        bad.set(12, 900);
        rows.set(1, bad);
        rows.add(ROWS.get(0)); // 1002 again, on row 5
        List<Object> formula = new ArrayList<>(ROWS.get(2));
        formula.set(0, 1004);
        formula.set(8, "=1/0");
        rows.add(formula);
        Path book = workbook("schools.xlsx", Map.of("Schools", withHeader(HEADER, rows)));

        List<String> problems = problems(book, THAI);

        String at = book + ": sheet Schools, row ";
        assertEquals(
                List.of(
                        at + "3, column E (header 'ประเภทพื้นที่'), school 1001: Unknown value 'capitol'. Did you"
                                + " mean 'capital'? Valid values: capital, municipal, district, subdistrict, special.",
                        at + "3, column M (header 'นักเรียนยากจน'), school 1001: 900 poor pupils but only 800"
                                + " pupils in all. The poor pupils are a subset of the pupils counted by level; check"
                                + " both.",
                        at + "5, column A (header 'รหัสโรงเรียน'), school 1002: Duplicate school id (first on row 2)."
                                + " Each school must appear once; remove or renumber the duplicate.",
                        at + "6, column I (header 'pupils_primary'), school 1004: The cell holds a formula (1/0) with"
                                + " no saved value. Open the workbook in Excel or LibreOffice and save it, which stores"
                                + " the values."),
                problems);
    }

    @Test
    void read_missingColumn_isLocatedAtTheHeaderRowWithAHint() {
        List<String> header = new ArrayList<>(HEADER);
        header.set(12, "จำนวนนักเรียนยากจน");
        Path book = workbook("schools.xlsx", Map.of("Schools", withHeader(header, ROWS)));

        List<String> problems = problems(book, Map.of("school_id", "รหัสโรงเรียน", "area_type", "ประเภทพื้นที่"));

        assertEquals(
                List.of(book + ": sheet Schools, row 1: The required column 'pupils_poor' is missing. The header"
                        + " 'จำนวนนักเรียนยากจน' (column M) looks like it: map it with columns: {pupils_poor:"
                        + " จำนวนนักเรียนยากจน} in the scenario."),
                problems);
    }

    @Test
    void read_emptySheet_andHeaderOnly_sayWhichSheet() {
        Path empty = workbook("empty.xlsx", Map.of("Sheet1", List.of()));
        Path headerOnly = workbook("header.xlsx", Map.of("Sheet1", withHeader(HEADER, List.of())));

        assertEquals(
                List.of(empty + ": The sheet Sheet1 is empty. Expected a header row with the columns school_id,"
                        + " name, cluster, esa, area_type, remote, school_kind, pupils_preprimary, pupils_primary,"
                        + " pupils_lower_secondary, pupils_upper_secondary, pupils_special_needs, pupils_poor, then one row per"
                        + " school."),
                problems(empty, THAI));
        assertEquals(
                List.of(headerOnly + ": The sheet Sheet1 has a header but no schools. Add one row per school below the"
                        + " header."),
                problems(headerOnly, THAI));
    }

    @Test
    void read_workbookUnderACsvName_orTextUnderAnXlsxName_isOneProblemThatSaysWhatToDo() throws IOException {
        Path book = workbook("schools.xlsx", Map.of("Schools", withHeader(HEADER, ROWS)));
        Path renamed = Files.copy(book, dir.resolve("schools.csv"));
        Path text = Files.writeString(dir.resolve("text.xlsx"), csv(HEADER, ROWS), StandardCharsets.UTF_8);

        assertEquals(
                List.of(renamed
                        + ": The school file is an Excel workbook (or another zip file), not CSV text. Give it a"
                        + " name ending in .xlsx, which alloc reads as a workbook."),
                problems(renamed, THAI));
        List<String> problems = problems(text, THAI);
        assertEquals(1, problems.size());
        assertEquals(
                true,
                problems.get(0).startsWith(text + ": The school file is not a readable Excel workbook"),
                problems::toString);
    }

    @Test
    void read_headerCellWithAFormulaAndNoValue_isAColumnWithoutAName() {
        List<String> header = new ArrayList<>(HEADER);
        header.add("=1/0");
        Path book = workbook("schools.xlsx", Map.of("Schools", withHeader(header, ROWS)));

        SchoolTable table = SchoolFiles.read(book, THAI, Set.of("reading"));

        assertEquals(3, table.size());
    }

    @Test
    void file_withAHashInItsRealName_isThatFile() throws IOException {
        Path odd = Files.writeString(dir.resolve("data.xlsx#2"), "x");

        assertEquals(odd, SchoolFiles.file(odd));
        assertEquals(java.util.Optional.empty(), SchoolFiles.sheet(odd));
    }
}

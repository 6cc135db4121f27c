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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: {@code --schools} (and a scenario's {@code schools}) may name a sheet of an Excel workbook,
 * {@code FILE.xlsx#SHEET}; the run is the one the same table as CSV gives, and a bad cell is located by
 * sheet, row, column letter and header. The workbook is written here by hand (a zip of a few XML
 * parts), independent of the library the product reads it with.
 */
class ExcelSchoolsIT {
    private static final String SHEET = "โรงเรียน 2567";

    @TempDir
    Path work;

    /** The example's schools.csv (no quoted fields) as a workbook: the notes sheet first, then the schools. */
    private Path workbook(String name, String csv) {
        List<String> lines = csv.lines().toList();
        StringBuilder rows = new StringBuilder();
        for (int r = 0; r < lines.size(); r++) {
            rows.append("<row r=\"").append(r + 1).append("\">");
            String[] cells = lines.get(r).split(",", -1);
            for (int c = 0; c < cells.length; c++) {
                String ref = (char) ('A' + c % 26) + "";
                ref = (c >= 26 ? "A" : "") + ref + (r + 1);
                if (cells[c].matches("-?[0-9]+(\\.[0-9]+)?")) {
                    rows.append("<c r=\"")
                            .append(ref)
                            .append("\"><v>")
                            .append(cells[c])
                            .append("</v></c>");
                } else if (!cells[c].isEmpty()) {
                    rows.append("<c r=\"")
                            .append(ref)
                            .append("\" t=\"inlineStr\"><is><t>")
                            .append(cells[c].replace("&", "&amp;").replace("<", "&lt;"))
                            .append("</t></is></c>");
                }
            }
            rows.append("</row>");
        }
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        String sheetType = rel + "/worksheet";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(
                    zip,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
                            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\""
                            + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
                            + " Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\""
                            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
                            + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override"
                            + " PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\"application/"
                            + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            put(
                    zip,
                    "_rels/.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\""
                            + " Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(
                    zip,
                    "xl/workbook.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + main
                            + "\" xmlns:r=\"" + rel + "\"><sheets><sheet name=\"Notes\" sheetId=\"1\" r:id=\"rId1\"/>"
                            + "<sheet name=\"" + SHEET + "\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>");
            put(
                    zip,
                    "xl/_rels/workbook.xml.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\""
                            + " Type=\"" + sheetType
                            + "\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\""
                            + sheetType + "\" Target=\"worksheets/sheet2.xml\"/></Relationships>");
            put(
                    zip,
                    "xl/worksheets/sheet1.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + main
                            + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Notes</t></is></c></row>"
                            + "</sheetData></worksheet>");
            put(
                    zip,
                    "xl/worksheets/sheet2.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + main + "\"><sheetData>" + rows
                            + "</sheetData></worksheet>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Fixtures.write(work.resolve(name), bytes.toByteArray());
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void run_schoolsFromANamedSheet_writesTheAllocationsTheCsvGives() {
        Fixtures.copyExample(work);
        workbook("schools.xlsx", Fixtures.read(work.resolve(Fixtures.SCHOOLS)));

        AllocProcess.run(work, "run", Fixtures.NEEDS_WEIGHTED, "--out", "from-csv")
                .assertExitCode(0);
        AllocProcess.run(
                        work,
                        "run",
                        Fixtures.NEEDS_WEIGHTED,
                        "--schools",
                        "schools.xlsx#" + SHEET,
                        "--out",
                        "from-xlsx")
                .assertExitCode(0);

        for (String file : List.of("allocations.csv", "equity.csv")) {
            assertArrayEquals(
                    Fixtures.bytes(work.resolve("from-csv").resolve(file)),
                    Fixtures.bytes(work.resolve("from-xlsx").resolve(file)),
                    file);
        }
        String summary = Fixtures.read(work.resolve("from-xlsx").resolve("summary.json"));
        assertTrue(summary.contains("\"schools.xlsx#" + SHEET + "\""), "the manifest names the sheet read");
        assertTrue(summary.contains(Fixtures.sha256(work.resolve("schools.xlsx"))), "and hashes the workbook");
    }

    @Test
    void run_badCellOnASheet_isLocatedBySheetRowColumnAndHeader_exitsTwoAndWritesNothing() {
        Fixtures.copyExample(work);
        String csv = Fixtures.read(work.resolve(Fixtures.SCHOOLS));
        workbook("schools.xlsx", Fixtures.replaceOnce(csv, ",capital,false,secondary,", ",capitol,false,secondary,"));
        SortedMap<String, String> before = Fixtures.snapshot(work);

        AllocProcess.Result result = AllocProcess.run(
                        work, "run", Fixtures.NEEDS_WEIGHTED, "--schools", "schools.xlsx#" + SHEET)
                .assertExitCode(2);

        result.assertProblems(List.of("error: schools.xlsx: sheet " + SHEET + ", row 3, column I (header"
                + " 'area_type'), school 10002: Unknown value 'capitol'. Did you mean 'capital'?"));
        assertEquals(before, Fixtures.snapshot(work));
    }
}

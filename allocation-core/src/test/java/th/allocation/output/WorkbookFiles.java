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
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Reads workbooks and CSV files back for the tests, cell by cell, as text. */
final class WorkbookFiles {
    private WorkbookFiles() {}

    /** The names of the workbook's sheets, in order. */
    static List<String> sheetNames(Path workbook) throws IOException {
        try (ReadableWorkbook book = new ReadableWorkbook(workbook.toFile())) {
            return book.getSheets().map(Sheet::getName).toList();
        }
    }

    /**
     * The cells of sheet {@code name}, row by row, as text: a string as it is, a number as the digits
     * the file holds, an empty cell as "". Rows are as wide as the widest row.
     */
    static List<List<String>> sheet(Path workbook, String name) throws IOException {
        try (ReadableWorkbook book = new ReadableWorkbook(workbook.toFile())) {
            Sheet sheet = book.findSheet(name).orElseThrow(() -> new AssertionError("no sheet " + name));
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet.read()) {
                while (rows.size() < row.getRowNum() - 1) {
                    rows.add(List.of());
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null || cell.getType() == CellType.EMPTY ? "" : text(cell));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private static String text(Cell cell) {
        return cell.getType() == CellType.NUMBER ? cell.getRawValue() : cell.asString();
    }

    /** The rows of a CSV file alloc wrote (UTF-8 with a byte-order mark). */
    static List<List<String>> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (in.read() != '\uFEFF') {
                throw new AssertionError(file + " has no byte-order mark");
            }
            List<List<String>> rows = new ArrayList<>();
            CSVFormat.RFC4180.parse(in).forEach(record -> rows.add(record.toList()));
            return rows;
        }
    }

    /**
     * The text of the zip entry {@code name} of a workbook, after checking that every entry's bytes
     * match the CRC-32 and size its central directory gives.
     */
    static String entry(Path workbook, String name) throws IOException {
        String found = null;
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                CRC32 crc = new CRC32();
                crc.update(bytes);
                if (crc.getValue() != entry.getCrc() || bytes.length != entry.getSize()) {
                    throw new AssertionError("entry " + entry.getName() + " does not match its CRC-32 or size");
                }
                if (entry.getName().equals(name)) {
                    found = new String(bytes, StandardCharsets.UTF_8);
                }
            }
        }
        if (found == null) {
            throw new AssertionError("no entry " + name + " in " + workbook);
        }
        return found;
    }
}

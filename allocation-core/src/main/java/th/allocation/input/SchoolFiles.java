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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.model.SchoolTable;

/**
 * Reads a school table from the file a scenario's {@code schools} (or {@code --schools}) names,
 * whatever its format: a CSV file ({@link SchoolCsvReader}), or a sheet of an Excel workbook: {@code
 * schools.xlsx} for its first sheet, {@code schools.xlsx#Sheet name} for a named one (everything after
 * {@code .xlsx#} is the sheet's name, spaces and Thai included).
 *
 * <p>The format is chosen by the file's extension: {@code .xlsx} (or {@code .xlsm}) is a workbook,
 * anything else CSV. A workbook saved under another name, and an Excel 97-2003 {@code .xls} file, are
 * one problem that says what to do.
 */
public final class SchoolFiles {
    private static final String SHEET_MARK = "#";

    private SchoolFiles() {}

    /**
     * Reads the school table at {@code path}.
     *
     * @param path a CSV file, a workbook, or a workbook and a sheet ({@code book.xlsx#Sheet})
     * @param columns canonical column name to the header used in the file, for columns named otherwise
     * @param indicators names of extra numeric columns to read as indicators
     * @throws InputException listing every problem found
     */
    public static SchoolTable read(Path path, Map<String, String> columns, Set<String> indicators) {
        Path file = file(path);
        String source = path.toString();
        if (isWorkbook(file)) {
            TextFiles.requireReadableFile(
                    file, file.toString(), "school file", "Check the path, or give the file with --schools.");
            return SchoolXlsxReader.read(file, sheet(path).orElse(null), source, columns, indicators);
        }
        if (Files.isRegularFile(file) && Files.isReadable(file)) {
            requireNotAWorkbook(file);
        }
        return SchoolCsvReader.read(file, columns, indicators);
    }

    /** The file {@code path} names: the path itself, or for {@code book.xlsx#Sheet} the workbook. */
    public static Path file(Path path) {
        int mark = sheetMark(path);
        return mark < 0
                ? path
                : path.resolveSibling(path.getFileName().toString().substring(0, mark));
    }

    /** The sheet {@code path} names ({@code book.xlsx#Sheet}); empty for a CSV file or a workbook's first sheet. */
    public static Optional<String> sheet(Path path) {
        int mark = sheetMark(path);
        return mark < 0
                ? Optional.empty()
                : Optional.of(path.getFileName().toString().substring(mark + 1));
    }

    /**
     * The position of the {@code #} after {@code .xlsx} in the file name, or -1: a path that exists
     * as it is, with a {@code #} in its name, is a file of that name.
     */
    private static int sheetMark(Path path) {
        Path name = path.getFileName();
        if (name == null || Files.exists(path)) {
            return -1;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        for (String extension : new String[] {".xlsx", ".xlsm"}) {
            int at = lower.indexOf(extension + SHEET_MARK);
            if (at > 0) {
                return at + extension.length();
            }
        }
        return -1;
    }

    private static boolean isWorkbook(Path file) {
        String name =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm");
    }

    /** A zip (an .xlsx) or OLE2 (an .xls) file under a CSV name is one problem, not pages of bad UTF-8. */
    private static void requireNotAWorkbook(Path file) {
        byte[] start = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, start.length);
        } catch (IOException e) {
            return; // the CSV reader reports it
        }
        boolean zip = read >= 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
        boolean ole2 = read == 8
                && (start[0] & 0xFF) == 0xD0
                && (start[1] & 0xFF) == 0xCF
                && (start[2] & 0xFF) == 0x11
                && (start[3] & 0xFF) == 0xE0;
        if (zip || ole2) {
            throw new InputException(Problem.of(
                    file.toString(),
                    zip
                            ? "The school file is an Excel workbook (or another zip file), not CSV text."
                            : "The school file is an Excel 97-2003 workbook (.xls), not CSV text.",
                    zip
                            ? "Give it a name ending in .xlsx, which alloc reads as a workbook."
                            : "Save it as .xlsx (Excel Workbook) or as CSV UTF-8."));
        }
    }
}

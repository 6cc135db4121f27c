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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --xlsx} on {@code run} and {@code compare}: the workbook joins the output, and nothing else changes. */
class WorkbookIT {
    @TempDir
    Path work;

    private static List<String> names(Path workbook) throws IOException {
        try (ReadableWorkbook book = new ReadableWorkbook(workbook.toFile())) {
            return book.getSheets().map(Sheet::getName).toList();
        }
    }

    @Test
    void run_withXlsx_addsTheWorkbook_leavesEveryOtherFileByteIdentical_andAgreesWithTheCsv() throws IOException {
        Fixtures.copyExample(work);
        AllocProcess.run(work, "run", Fixtures.NEEDS_WEIGHTED, "--out", "plain").assertExitCode(0);

        AllocProcess.Result result = AllocProcess.run(work, "run", Fixtures.NEEDS_WEIGHTED, "--out", "book", "--xlsx")
                .assertExitCode(0);

        assertTrue(
                result.stdout()
                        .contains("Wrote allocations.csv, equity.csv, summary.json and allocations.xlsx in book"),
                result::describe);
        SortedMap<String, String> plain = new TreeMap<>(Fixtures.snapshot(work.resolve("plain")));
        SortedMap<String, String> book = new TreeMap<>(Fixtures.snapshot(work.resolve("book")));
        book.remove("allocations.xlsx");
        plain.remove(".alloc-output.json"); // it lists one file more
        book.remove(".alloc-output.json");
        assertEquals(plain, book, "the other files are the same bytes");

        Path workbook = work.resolve("book").resolve("allocations.xlsx");
        assertEquals("สรุป Summary", names(workbook).get(0));
        List<List<String>> csv =
                Fixtures.readSpreadsheetCsv(work.resolve("book").resolve("allocations.csv"));
        List<List<String>> schools = Fixtures.sheet(workbook, "โรงเรียน Schools");
        assertEquals(csv.get(0), schools.get(1), "the English header row is the CSV's header");
        int allocation = csv.get(0).indexOf("allocation");
        for (int r = 1; r < csv.size(); r++) {
            assertEquals(csv.get(r).get(0), schools.get(r + 1).get(0), "school id");
            assertEquals(
                    0,
                    new BigDecimal(csv.get(r).get(allocation))
                            .compareTo(new BigDecimal(schools.get(r + 1).get(allocation))),
                    "allocation of " + csv.get(r).get(0));
        }
    }

    @Test
    void run_withXlsx_twice_givesTheSameBytes() {
        Fixtures.copyExample(work);
        AllocProcess.run(work, "run", "decentralised.yaml", "--out", "result", "--xlsx")
                .assertExitCode(0);
        SortedMap<String, String> first = Fixtures.snapshot(work.resolve("result"));

        AllocProcess.run(work, "run", "decentralised.yaml", "--out", "result", "--xlsx")
                .assertExitCode(0);

        assertTrue(first.containsKey("allocations.xlsx"));
        assertEquals(first, Fixtures.snapshot(work.resolve("result")));
    }

    @Test
    void compare_withXlsx_addsTheComparisonWorkbook_withWinnersAndLosers() throws IOException {
        Fixtures.copyExample(work);

        AllocProcess.Result result = AllocProcess.run(
                        work, "compare", Fixtures.STATUS_QUO, Fixtures.NEEDS_WEIGHTED, "--out", "cmp", "--xlsx")
                .assertExitCode(0);

        assertTrue(result.stdout().contains("summary.json, and comparison.xlsx in cmp"), result::describe);
        Path workbook = work.resolve("cmp").resolve("comparison.xlsx");
        assertTrue(names(workbook).contains("ได้เพิ่ม-ลดลง Winners losers"), () -> workbook.toString());
        List<List<String>> winners = Fixtures.sheet(workbook, "ได้เพิ่ม-ลดลง Winners losers");
        List<List<String>> csv = Fixtures.readSpreadsheetCsv(work.resolve("cmp").resolve("winners_losers.csv"));
        assertEquals(csv.get(0), winners.get(1));
        assertEquals(csv.get(1).subList(3, 10), winners.get(2).subList(3, 10), "all schools: counts and amounts");
    }
}

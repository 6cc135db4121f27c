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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.allocation.InputException;
import th.allocation.csv.SpreadsheetCsv;

class OutputFolderTest {
    @Test
    void write_failingHalfway_leavesNoFolderAndNoLeftovers(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out");
        assertThrows(
                UncheckedIOException.class,
                () -> OutputFolder.write(target, "summary.json", staging -> {
                    Files.writeString(staging.resolve("allocations.csv"), "half");
                    throw new IOException("disk full");
                }));
        assertFalse(Files.exists(target));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "the staging folder is removed");
        }
    }

    @Test
    void write_failingHalfway_keepsTheEarlierOutputAsItWas(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out");
        OutputFolder.write(target, "summary.json", staging -> Files.writeString(staging.resolve("summary.json"), "1"));
        assertThrows(
                UncheckedIOException.class,
                () -> OutputFolder.write(target, "summary.json", staging -> {
                    throw new IOException("disk full");
                }));
        assertEquals("1", Files.readString(target.resolve("summary.json")));
    }

    @Test
    void write_overAnEarlierOutput_replacesItWhole(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out");
        OutputFolder.write(target, "summary.json", staging -> {
            Files.writeString(staging.resolve("summary.json"), "1");
            Files.writeString(staging.resolve("old.csv"), "x");
        });
        OutputFolder.write(target, "summary.json", staging -> Files.writeString(staging.resolve("summary.json"), "2"));
        assertEquals("2", Files.readString(target.resolve("summary.json")));
        assertFalse(Files.exists(target.resolve("old.csv")));
    }

    @Test
    void write_intoAFolderOfTheUsersOwn_isRefusedAndTouchesNothing(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("documents");
        Files.createDirectories(target);
        Files.writeString(target.resolve("thesis.docx"), "precious");
        InputException e = assertThrows(
                InputException.class,
                () -> OutputFolder.write(
                        target, "summary.json", staging -> Files.writeString(staging.resolve("summary.json"), "x")));
        assertTrue(e.getMessage().contains("not replaced"), e.getMessage());
        assertEquals("precious", Files.readString(target.resolve("thesis.docx")));
    }

    @Test
    void text_neutralisesFormulaCells() {
        assertEquals("'=HYPERLINK(\"x\")", SpreadsheetCsv.text("=HYPERLINK(\"x\")"));
        assertEquals("'+1", SpreadsheetCsv.text("+1"));
        assertEquals("'-1", SpreadsheetCsv.text("-1"));
        assertEquals("'@SUM(A1)", SpreadsheetCsv.text("@SUM(A1)"));
        assertEquals("โรงเรียน", SpreadsheetCsv.text("โรงเรียน"));
        assertEquals("", SpreadsheetCsv.text(""));
    }
}

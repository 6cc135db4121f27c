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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.allocation.output.FolderContents.names;
import static th.allocation.output.FolderContents.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.allocation.InputException;

/**
 * An earlier {@code allocations.csv} compared byte for byte with the one written in its place
 * instead of hashed ({@link FileHashes#earlier}, {@link CsvChunks}), and still refused when edited.
 */
class OutputFolderTwinTest {
    @TempDir
    Path dir;

    @BeforeEach
    void forget() {
        FileHashes.forget(); // as a new process would
    }

    /** Writes {@code records} records (about 40 bytes each) of version {@code version} into {@code file}. */
    private static void table(Path file, int records, int version) throws IOException {
        CsvBytes head = CsvBytes.firstChunk();
        head.plain("school_id");
        head.plain("allocation");
        head.endRecord();
        CsvChunks.write(
                file,
                head,
                records,
                () -> (csv, from, to) -> {
                    for (int i = from; i < to; i++) {
                        csv.text("โรงเรียน " + i);
                        csv.satang(i * 1_234_567L + version);
                        csv.endRecord();
                    }
                },
                1000,
                2);
    }

    /** An earlier output of a table over 1 MiB and a small summary, as another process left it. */
    private Path earlier() {
        Path target = dir.resolve("out");
        OutputFolder.write(target, staging -> {
            table(staging.resolve(AllocationWriter.ALLOCATIONS), 40_000, 0);
            Files.writeString(staging.resolve("summary.json"), "{\"total\": 1}");
        });
        FileHashes.forget();
        return target;
    }

    private static void flipAByteKeepingTime(Path file) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            byte[] bytes = Files.readAllBytes(file);
            bytes[bytes.length / 2] ^= 1;
            Files.write(file, bytes);
            Files.setLastModifiedTime(file, modified);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSameTable_isComparedNotHashed_andReplaced() throws IOException {
        Path target = earlier();
        byte[] before = Files.readAllBytes(target.resolve(AllocationWriter.ALLOCATIONS));
        OutputFolder.check(target);
        OutputFolder.write(target, staging -> {
            table(staging.resolve(AllocationWriter.ALLOCATIONS), 40_000, 0);
            Files.writeString(staging.resolve("summary.json"), "{\"total\": 1}");
            // Changed after the comparison, its time put back: the check takes the comparison's hash,
            // which only an unread file can show (as a file hashed beside, kept while its time holds).
            flipAByteKeepingTime(target.resolve(AllocationWriter.ALLOCATIONS));
        });
        assertArrayEquals(before, Files.readAllBytes(target.resolve(AllocationWriter.ALLOCATIONS)));
        assertEquals(List.of("out"), names(dir));
    }

    @Test
    void anotherTable_replacesTheUnchangedEarlierOne() throws IOException {
        Path target = earlier();
        OutputFolder.check(target);
        OutputFolder.write(target, staging -> table(staging.resolve(AllocationWriter.ALLOCATIONS), 30_000, 1));
        Path expected = dir.resolve("expected.csv");
        table(expected, 30_000, 1);
        assertArrayEquals(
                Files.readAllBytes(expected), Files.readAllBytes(target.resolve(AllocationWriter.ALLOCATIONS)));
    }

    @Test
    void anEarlierTableEditedToItsSameSize_beforeTheCheck_isRefused_keepingEveryByte() throws IOException {
        Path target = earlier();
        flipAByteKeepingTime(target.resolve(AllocationWriter.ALLOCATIONS));
        SortedMap<String, String> before = snapshot(dir);
        OutputFolder.check(target); // sizes only

        // The same table as first written: it differs from the edited one, which is then hashed.
        InputException e = assertThrows(
                InputException.class,
                () -> OutputFolder.write(
                        target, staging -> table(staging.resolve(AllocationWriter.ALLOCATIONS), 40_000, 0)));
        assertTrue(e.getMessage().contains("changed since (allocations.csv)"), e.getMessage());
        assertEquals(before, snapshot(dir), "every file as it was, and no staging folder left");
    }

    @Test
    void anEarlierTableEditedAfterTheCheck_isRefused() throws IOException {
        Path target = earlier();
        OutputFolder.check(target);
        Path earlierTable = target.resolve(AllocationWriter.ALLOCATIONS);
        byte[] bytes = Files.readAllBytes(earlierTable);
        bytes[10] ^= 1;
        Files.write(earlierTable, bytes); // a new time: no longer the file the check found

        InputException e = assertThrows(
                InputException.class,
                () -> OutputFolder.write(
                        target, staging -> table(staging.resolve(AllocationWriter.ALLOCATIONS), 40_000, 0)));
        assertTrue(e.getMessage().contains("changed since (allocations.csv)"), e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(earlierTable));
    }

    @Test
    void aWriteWithoutAnEarlyCheck_comparesToo() throws IOException {
        Path target = earlier();
        flipAByteKeepingTime(target.resolve(AllocationWriter.ALLOCATIONS));
        InputException e = assertThrows(
                InputException.class,
                () -> OutputFolder.write(
                        target, staging -> table(staging.resolve(AllocationWriter.ALLOCATIONS), 40_000, 0)));
        assertTrue(e.getMessage().contains("changed since (allocations.csv)"), e.getMessage());
    }
}

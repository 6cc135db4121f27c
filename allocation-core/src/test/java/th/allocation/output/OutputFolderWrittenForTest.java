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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.allocation.output.FolderContents.names;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an output folder's record says it was written for, and files added to another writer's output. */
class OutputFolderWrittenForTest {

    @Test
    void writtenFor_readsBackWhatTheRecordSays_andNothingForAFolderWrittenWithout(@TempDir Path dir) {
        OutputFolder.write(dir.resolve("a"), "run ../a.yaml", f -> Files.writeString(f.resolve("x.csv"), "x"));
        OutputFolder.write(dir.resolve("b"), f -> Files.writeString(f.resolve("x.csv"), "x"));

        assertEquals(Optional.of("run ../a.yaml"), OutputFolder.writtenFor(dir.resolve("a")));
        assertEquals(Optional.empty(), OutputFolder.writtenFor(dir.resolve("b")));
        assertEquals(Optional.empty(), OutputFolder.writtenFor(dir.resolve("none")));
    }

    @Test
    void write_withoutWrittenFor_writesTheSameRecordAsBefore(@TempDir Path dir) throws IOException {
        OutputFolder.write(dir.resolve("a"), null, f -> Files.writeString(f.resolve("x.csv"), "x"));
        OutputFolder.write(dir.resolve("b"), f -> Files.writeString(f.resolve("x.csv"), "x"));

        String record = Files.readString(dir.resolve("a").resolve(OutputFolder.MARKER));
        assertEquals(Files.readString(dir.resolve("b").resolve(OutputFolder.MARKER)), record);
        assertFalse(record.contains("written_for"), record);
    }

    @Test
    void isFree_onlyForNothingOrAnEmptyFolder(@TempDir Path dir) throws IOException {
        assertTrue(OutputFolder.isFree(dir.resolve("none")));
        assertTrue(OutputFolder.isFree(Files.createDirectory(dir.resolve("empty"))));
        Files.writeString(Files.createDirectory(dir.resolve("full")).resolve("notes.txt"), "mine");
        assertFalse(OutputFolder.isFree(dir.resolve("full")));
        assertFalse(OutputFolder.isFree(dir.resolve("full").resolve("notes.txt")));
    }

    @Test
    void filesOf_addsFilesToAnotherWritersOutput_inOneFolderWithOneRecord(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out");
        OutputFolder.Writer other =
                folder -> OutputFolder.write(folder, f -> Files.writeString(f.resolve("a.csv"), "a"));

        OutputFolder.write(
                target,
                "run x.yaml",
                OutputFolder.filesOf(other).and(f -> Files.writeString(f.resolve("b.xlsx"), "b")));

        assertEquals(List.of(OutputFolder.MARKER, "a.csv", "b.xlsx"), names(target));
        assertEquals(List.of("out"), names(dir), "no staging folder left");
        String record = Files.readString(target.resolve(OutputFolder.MARKER));
        assertTrue(record.contains("\"a.csv\"") && record.contains("\"b.xlsx\""), record);
        assertTrue(OutputMarker.strangers(target).isEmpty(), "the record vouches for every file");
    }

    @Test
    void filesOf_whenTheAddedFileFails_leavesNothing(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out");
        OutputFolder.Writer other =
                folder -> OutputFolder.write(folder, f -> Files.writeString(f.resolve("a.csv"), "a"));

        try {
            OutputFolder.write(target, null, OutputFolder.filesOf(other).and(f -> {
                throw new IOException("disk full");
            }));
        } catch (java.io.UncheckedIOException expected) {
            // the write failed as it should
        }

        assertEquals(List.of(), names(dir), "neither the output nor a staging folder");
    }
}

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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.allocation.output.FolderContents.names;
import static th.allocation.output.FolderContents.sha256;
import static th.allocation.output.FolderContents.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.allocation.InputException;

/**
 * {@link OutputFolder#check} compares an earlier output's files by size and leaves their hashes to a
 * thread of their own, which {@link OutputFolder#write} waits for: whatever the check lets through
 * that the record does not vouch for, the write refuses, touching nothing.
 */
class OutputFolderEarlyCheckTest {
    @TempDir
    Path dir;

    @BeforeEach
    void forget() {
        FileHashes.forget(); // so that every check here hashes, as a new process would
    }

    /** An earlier output with a file of {@code bytes} random bytes and a small one. */
    private Path earlier(int bytes) throws IOException {
        Path target = dir.resolve("out");
        byte[] data = new byte[bytes];
        new Random(7).nextBytes(data);
        OutputFolder.write(target, staging -> {
            Files.write(staging.resolve("allocations.csv"), data);
            Files.writeString(staging.resolve("summary.json"), "{\"total\": 1}");
        });
        FileHashes.forget();
        return target;
    }

    @Test
    void check_fileEditedToItsSameSize_passes_andWriteRefusesItKeepingEveryByte() throws IOException {
        Path target = earlier(3 << 20);
        Files.writeString(target.resolve("summary.json"), "{\"total\": 2}");
        SortedMap<String, String> before = snapshot(dir);

        OutputFolder.check(target); // sizes only: the hash is compared when writing

        InputException e = assertThrows(
                InputException.class,
                () -> OutputFolder.write(target, staging -> Files.writeString(staging.resolve("summary.json"), "x")));
        assertTrue(
                e.getMessage().contains("holds 1 file alloc wrote that has changed since (summary.json)"),
                e.getMessage());
        assertEquals(before, snapshot(dir), "every file as it was, and no staging folder left");
    }

    @Test
    void check_largeFileEditedToItsSameSize_isRefusedByWrite() throws IOException {
        Path target = earlier(3 << 20);
        byte[] bytes = Files.readAllBytes(target.resolve("allocations.csv"));
        bytes[bytes.length / 2] ^= 1;
        Files.write(target.resolve("allocations.csv"), bytes);

        OutputFolder.check(target);

        InputException e = assertThrows(InputException.class, () -> OutputFolder.write(target, staging -> {}));
        assertTrue(e.getMessage().contains("changed since (allocations.csv)"), e.getMessage());
        assertEquals(sha256(bytes), sha256(Files.readAllBytes(target.resolve("allocations.csv"))));
    }

    @Test
    void check_fileEditedToAnotherSize_isRefusedAtOnce() throws IOException {
        Path target = earlier(1 << 10);
        Files.writeString(target.resolve("summary.json"), "{\"total\": 22}");
        InputException e = assertThrows(InputException.class, () -> OutputFolder.check(target));
        assertTrue(e.getMessage().contains("changed since (summary.json)"), e.getMessage());
    }

    @Test
    void check_thenWrite_overAnUnchangedEarlierOutput_replacesIt() throws IOException {
        Path target = earlier(8 << 20);

        OutputFolder.check(target); // the hash may still be being taken when the write asks for it
        OutputFolder.write(target, staging -> Files.writeString(staging.resolve("summary.json"), "new"));

        assertEquals("new", Files.readString(target.resolve("summary.json")));
        assertEquals(List.of(OutputFolder.MARKER, "summary.json"), names(target));
        assertEquals(List.of("out"), names(dir));
    }
}

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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link FileHashes}: a hash taken while a file is written, or when it was read, is the SHA-256 of
 * the file's bytes, and is given again only while the file has the size and modification time it
 * had then.
 */
class FileHashesTest {
    @TempDir
    Path folder;

    @BeforeEach
    void forget() {
        FileHashes.forget();
    }

    /** The SHA-256 of the file's bytes, read here, never kept. */
    private static String read(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
    }

    /** Writes {@code rows} records of a few cells with {@link CsvBytes}, about 40 bytes each. */
    private static void writeCsv(Path file, int rows) throws IOException {
        try (CsvBytes csv = CsvBytes.open(file)) {
            for (int i = 0; i < rows; i++) {
                csv.text("โรงเรียนบ้าน " + i);
                csv.integer(i * 7L);
                csv.satang(i * 1_234_567L - 50_000);
                csv.endRecord();
            }
        }
    }

    /** Replaces the file's bytes by as many others, with its modification time put back. */
    private static void tamperKeepingTime(Path file) throws IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, modified);
    }

    @Test
    void theHashTakenWhileWritingIsTheHashOfTheFile() {
        // Sizes around the writer's 64 KiB buffer and the smallest file kept, and far past them.
        qt().withFixedSeed(2027)
                .withExamples(12)
                .forAll(integers().between(1, 120_000))
                .checkAssert(rows -> {
                    try {
                        Path file = folder.resolve("allocations-" + rows + ".csv");
                        writeCsv(file, rows);
                        assertEquals(read(file), FileHashes.sha256(file));
                        Files.delete(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Test
    void aLargeFileWrittenIsNotReadAgain() throws IOException {
        Path file = folder.resolve("allocations.csv");
        writeCsv(file, 60_000); // over 1 MiB
        String written = read(file);
        tamperKeepingTime(file);
        // The writer's hash, not the file's bytes: what an output's record takes without reading.
        assertEquals(written, FileHashes.sha256(file));
    }

    @Test
    void aLargeFileReadIsReadOnceWhileUnchanged() throws IOException {
        Path file = folder.resolve("old.csv");
        Files.write(file, new byte[3 << 20]);
        String first = FileHashes.sha256(file);
        assertEquals(read(file), first);
        tamperKeepingTime(file);
        assertEquals(first, FileHashes.sha256(file));
    }

    @Test
    void aChangedFileIsReadAgain() throws IOException {
        Path file = folder.resolve("allocations.csv");
        writeCsv(file, 60_000);
        FileTime modified = Files.getLastModifiedTime(file);
        tamperKeepingTime(file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(modified.toMillis() + 1_000));
        assertEquals(read(file), FileHashes.sha256(file));

        Files.write(file, new byte[2 << 20]); // another size
        Files.setLastModifiedTime(file, modified);
        assertEquals(read(file), FileHashes.sha256(file));
    }

    @Test
    void aMovedFileKeepsItsHash() throws IOException {
        Path file = folder.resolve("allocations.csv");
        writeCsv(file, 60_000);
        String written = read(file);
        Path moved = Files.move(file, folder.resolve("aside.csv"));
        tamperKeepingTime(moved);
        assertEquals(written, FileHashes.sha256(moved));
    }

    @Test
    void aSmallFileIsAlwaysRead() throws IOException {
        Path file = folder.resolve("equity.csv");
        writeCsv(file, 100);
        String written = read(file);
        tamperKeepingTime(file);
        assertNotEquals(written, read(file));
        assertEquals(read(file), FileHashes.sha256(file));
    }

    @Test
    void aStreamIsNotHashed() throws IOException {
        // CsvBytes.to writes no file, so nothing is kept for the file written afterwards by other means.
        Path file = folder.resolve("summary.csv");
        try (CsvBytes csv = CsvBytes.to(Files.newOutputStream(file))) {
            for (int i = 0; i < 60_000; i++) {
                csv.text("row " + i);
                csv.endRecord();
            }
        }
        String first = read(file);
        tamperKeepingTime(file);
        assertNotEquals(first, FileHashes.sha256(file));
        assertEquals(read(file), FileHashes.sha256(file));
    }

    @Test
    void aFileHashedBesideGivesItsHash_andIsNotReadAgain() throws IOException {
        Path file = folder.resolve("old.csv");
        writeCsv(file, 200_000); // about 8 MB: likely still being hashed when asked for
        String expected = read(file);
        FileHashes.hashBeside(List.of(file));
        assertEquals(expected, FileHashes.sha256(file));
        tamperKeepingTime(file);
        assertEquals(expected, FileHashes.sha256(file), "taken once, beside, and kept");
    }

    @Test
    void aFileChangedAfterItsHashWasBegunBesideIsReadAgain() throws IOException {
        Path file = folder.resolve("old.csv");
        writeCsv(file, 200_000);
        FileHashes.hashBeside(List.of(file));
        Files.write(file, new byte[5 << 20]); // another size at once, perhaps while it is read beside
        assertEquals(read(file), FileHashes.sha256(file));

        Path small = folder.resolve("summary.json");
        Files.writeString(small, "{}");
        FileHashes.hashBeside(List.of(small));
        Files.writeString(small, "{\"a\": 1}");
        assertEquals(read(small), FileHashes.sha256(small));
    }
}

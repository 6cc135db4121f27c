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
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link InputFile#hashAhead}: a hash taken ahead is the SHA-256 of the file's bytes, and a file
 * that changed since, or another file, is hashed again by {@link InputFile#of}.
 */
class InputFileAheadTest {
    @TempDir
    Path folder;

    @BeforeEach
    void forget() {
        FileHashes.forget();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(int size, int seed) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31 + seed);
        }
        return bytes;
    }

    @Test
    void aHashTakenAheadIsTheFilesSha256() {
        qt().withExamples(20)
                .forAll(integers().between(0, 3 << 20), integers().all())
                .checkAssert((size, seed) -> {
                    try {
                        FileHashes.forget();
                        Path file = folder.resolve("schools-" + size + ".csv");
                        byte[] bytes = bytes(size, seed);
                        Files.write(file, bytes);
                        InputFile.hashAhead(file);
                        assertEquals(
                                new InputFile("schools", file.getFileName().toString(), sha256(bytes)),
                                InputFile.of("schools", file));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Test
    void aFileChangedAfterItsHashWasAskedForIsHashedAgain() throws IOException {
        Path file = folder.resolve("schools.csv");
        Files.write(file, bytes(2 << 20, 1));
        InputFile.hashAhead(file);
        byte[] changed = bytes((2 << 20) + 1, 2);
        Files.write(file, changed);
        assertEquals(sha256(changed), InputFile.of("schools", file).sha256());
    }

    @Test
    void aMissingOrOtherFileIsNoError() throws IOException {
        InputFile.hashAhead(folder.resolve("missing.csv"));
        InputFile.hashAhead(folder);
        Path other = folder.resolve("other.csv");
        byte[] bytes = bytes(1 << 20, 3);
        Files.write(other, bytes);
        assertEquals(sha256(bytes), InputFile.of("schools", other).sha256());
    }

    @Test
    void aLinkIsReadThroughAsBefore() throws IOException {
        Path target = folder.resolve("target.csv");
        byte[] bytes = bytes(3 << 20, 4);
        Files.write(target, bytes);
        Path link = Files.createSymbolicLink(folder.resolve("link.csv"), target);
        InputFile.hashAhead(link);
        assertEquals(sha256(bytes), InputFile.of("schools", link).sha256());
    }
}

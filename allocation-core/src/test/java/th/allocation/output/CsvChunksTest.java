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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static th.allocation.output.FolderContents.sha256;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.allocation.InfeasibleException;
import th.allocation.InputException;
import th.allocation.engine.AllocationEngine;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.testing.RandomCases;

class CsvChunksTest {
    @TempDir
    Path folder;

    @BeforeEach
    void forget() {
        FileHashes.forget();
    }

    /** Record {@code i}: cells whose lengths vary from record to record, Thai text and amounts among them. */
    private static void record(CsvBytes csv, int i) throws IOException {
        csv.text(i % 3 == 0 ? "โรงเรียน " + i : "school, " + i);
        csv.integer(i);
        csv.satang(i * 1_234_567L - 50_000);
        csv.perPupil(i * 99_991L, i % 5);
        csv.endRecord();
    }

    private static CsvBytes head() throws IOException {
        CsvBytes head = CsvBytes.firstChunk();
        head.plain("name");
        head.plain("n");
        head.plain("amount");
        head.plain("per_pupil");
        head.endRecord();
        return head;
    }

    /** The bytes of the head and {@code records} records written one after the other into a stream. */
    private static byte[] oneByOne(int records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvBytes csv = CsvBytes.to(out)) {
            csv.plain("name");
            csv.plain("n");
            csv.plain("amount");
            csv.plain("per_pupil");
            csv.endRecord();
            for (int i = 0; i < records; i++) {
                record(csv, i);
            }
        }
        return out.toByteArray();
    }

    private static CsvChunks.Records records() {
        return (csv, from, to) -> {
            for (int i = from; i < to; i++) {
                record(csv, i);
            }
        };
    }

    private static long helpersAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("alloc-csv-chunks-") && t.isAlive())
                .count();
    }

    @Test
    void chunks_giveTheBytesOfOneByOne_atEveryChunkBoundary() throws IOException {
        int perChunk = 5;
        for (int records : new int[] {0, 1, 4, 5, 6, 9, 10, 11, 50, 51}) {
            byte[] expected = oneByOne(records);
            for (int threads = 1; threads <= 4; threads++) {
                Path file = folder.resolve("t-" + records + "-" + threads + ".csv");
                CsvChunks.write(file, head(), records, CsvChunksTest::records, perChunk, threads);
                assertArrayEquals(expected, Files.readAllBytes(file), records + " records, " + threads + " threads");
            }
        }
    }

    @Test
    void chunks_giveTheBytesOfOneByOne_forAnySizes() {
        qt().withFixedSeed(4099)
                .withExamples(60)
                .forAll(
                        integers().between(0, 3000),
                        integers().between(1, 700),
                        integers().between(1, 5))
                .checkAssert((records, perChunk, threads) -> {
                    try {
                        Path file = folder.resolve("t.csv");
                        CsvChunks.write(file, head(), records, CsvChunksTest::records, perChunk, threads);
                        assertArrayEquals(oneByOne(records), Files.readAllBytes(file));
                        Files.delete(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        assertEquals(0, helpersAlive());
    }

    @Test
    void theHashTakenInChunksIsTheFilesAndIsKept() throws IOException {
        Path file = folder.resolve("allocations.csv");
        CsvChunks.write(file, head(), 40_000, CsvChunksTest::records, 1000, 3); // over 1 MiB
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(bytes.length > FileHashes.KEEP_FROM);
        String written = sha256(bytes);
        // Changed with its time put back: the hash kept from the writing is given, not read.
        FileTime modified = Files.getLastModifiedTime(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, modified);
        assertEquals(written, FileHashes.sha256(file));
    }

    @Test
    void allocationsCsv_inChunks_isTheOneThreadBytes() {
        qt().withFixedSeed(811)
                .withExamples(120)
                .forAll(
                        RandomCases.cases(0, 40),
                        integers().between(1, 9),
                        integers().between(2, 4))
                .checkAssert((c, perChunk, threads) -> {
                    AllocationResult result;
                    try {
                        result = AllocationEngine.allocate(c.scenario(), SchoolTable.of(c.schools()));
                    } catch (InfeasibleException | InputException e) {
                        return;
                    }
                    try {
                        Path whole = folder.resolve("whole.csv");
                        Path chunked = folder.resolve("chunked.csv");
                        AllocationsCsv.write(result, whole, Integer.MAX_VALUE, 1);
                        AllocationsCsv.write(result, chunked, perChunk, threads);
                        assertArrayEquals(Files.readAllBytes(whole), Files.readAllBytes(chunked));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Test
    void aFailingChunk_isThrown_andEveryHelperEnds() throws IOException {
        for (int t = 1; t <= 4; t++) {
            int threads = t;
            IllegalStateException broken = new IllegalStateException("broken record");
            Path file = folder.resolve("t-" + threads + ".csv");
            IllegalStateException thrown = assertThrows(
                    IllegalStateException.class,
                    () -> CsvChunks.write(
                            file,
                            head(),
                            500,
                            () -> (csv, from, to) -> {
                                for (int i = from; i < to; i++) {
                                    if (i == 333) {
                                        throw broken;
                                    }
                                    record(csv, i);
                                }
                            },
                            10,
                            threads));
            assertSame(broken, thrown);
            assertEquals(0, helpersAlive(), threads + " threads");
        }
    }

    @Test
    void aFailingChunk_leavesNoOutput(@TempDir Path parent) {
        Path target = parent.resolve("out");
        UncheckedIOException thrown = assertThrows(
                UncheckedIOException.class,
                () -> OutputFolder.write(
                        target,
                        staging -> CsvChunks.write(
                                staging.resolve("allocations.csv"),
                                head(),
                                500,
                                () -> (csv, from, to) -> {
                                    if (from >= 300) {
                                        throw new IOException("disk full");
                                    }
                                    records().write(csv, from, to);
                                },
                                10,
                                2)));
        assertTrue(thrown.getMessage().contains("disk full"), thrown.getMessage());
        assertFalse(Files.exists(target));
        assertEquals(List.of(), list(parent));
        assertEquals(0, helpersAlive());
    }

    @Test
    void anInterruptedWrite_failsAndLeavesNoOutput(@TempDir Path parent) throws Exception {
        Path target = parent.resolve("out");
        Throwable[] thrown = new Throwable[1];
        boolean[] stillInterrupted = new boolean[1];
        Thread writer = new Thread(() -> {
            try {
                OutputFolder.write(
                        target,
                        staging -> CsvChunks.write(
                                staging.resolve("allocations.csv"),
                                head(),
                                500,
                                () -> (csv, from, to) -> {
                                    if (from == 200) {
                                        Thread.currentThread().interrupt(); // as if stopped from outside
                                    }
                                    records().write(csv, from, to);
                                },
                                10,
                                1));
            } catch (RuntimeException e) {
                thrown[0] = e;
            }
            stillInterrupted[0] = Thread.currentThread().isInterrupted();
        });
        writer.start();
        writer.join();
        assertInstanceOf(UncheckedIOException.class, thrown[0]);
        assertInstanceOf(InterruptedIOException.class, thrown[0].getCause());
        assertTrue(stillInterrupted[0], "the interruption is kept for the caller");
        assertFalse(Files.exists(target));
        assertEquals(List.of(), list(parent));
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.allocation.result.AllocationResult;
import th.allocation.result.PerPupilSample;
import th.allocation.testing.SmallExample;

/**
 * {@link AllocationWriter#write(AllocationResult, java.util.function.Supplier, java.util.function.Supplier,
 * Path, OutputOptions)}: the sample and the inputs asked for while {@code allocations.csv} is written
 * give the files the sorted sample and the inputs given at once give, and a failure to give them
 * writes nothing.
 */
class AllocationWriterSuppliersTest {
    private static final List<InputFile> INPUTS = List.of(new InputFile("scenario", "s.yaml", "ab".repeat(32)));

    private static AllocationResult result() {
        return SmallExample.allocate(SmallExample.NEEDS_WEIGHTED, SmallExample.schools());
    }

    @Test
    void write_withSuppliers_givesTheSameFilesAsWithTheSampleAtOnce(@TempDir Path dir) throws IOException {
        AllocationResult result = result();
        AllocationWriter.write(PerPupilSample.sorted(result), INPUTS, dir.resolve("at-once"), OutputOptions.defaults());
        AtomicReference<String> askedOn = new AtomicReference<>();
        AllocationWriter.write(
                result,
                () -> {
                    askedOn.set(Thread.currentThread().getName());
                    return PerPupilSample.sorted(result);
                },
                () -> INPUTS,
                dir.resolve("asked"),
                OutputOptions.defaults());

        assertEquals(Thread.currentThread().getName(), askedOn.get(), "asked on the calling thread");
        for (String name : List.of(
                AllocationWriter.ALLOCATIONS, AllocationWriter.EQUITY, AllocationWriter.SUMMARY, OutputFolder.MARKER)) {
            assertArrayEquals(
                    Files.readAllBytes(dir.resolve("at-once").resolve(name)),
                    Files.readAllBytes(dir.resolve("asked").resolve(name)),
                    name);
        }
        assertTrue(Files.readString(dir.resolve("asked").resolve(AllocationWriter.SUMMARY))
                .contains("s.yaml"));
    }

    @Test
    void write_whenTheInputsCannotBeHashed_writesNothing(@TempDir Path dir) throws IOException {
        AllocationResult result = result();
        UncheckedIOException failure = new UncheckedIOException(new IOException("Cannot read schools.csv to hash it"));

        UncheckedIOException thrown = assertThrows(
                UncheckedIOException.class,
                () -> AllocationWriter.write(
                        result,
                        () -> PerPupilSample.sorted(result),
                        () -> {
                            throw failure;
                        },
                        dir.resolve("out"),
                        OutputOptions.defaults()));

        assertEquals(failure, thrown);
        assertFalse(Files.exists(dir.resolve("out")));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "no staging folder left");
        }
    }
}

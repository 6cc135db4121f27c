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
package th.allocation.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.allocation.InputException;
import th.allocation.input.RunFolder;
import th.allocation.input.RunFolderReader;
import th.allocation.input.SchoolCsvReader;
import th.allocation.output.AllocationWriter;
import th.allocation.output.InputFile;
import th.allocation.result.AllocationResult;
import th.allocation.testing.SmallExample;

/** A run's output folder read back gives the plan of the allocation in memory, and is refused when it is not one. */
class RunFolderTest {
    @TempDir
    static Path work;

    private static AllocationResult targets;
    private static Path run;

    @BeforeAll
    static void writeTheSmallTargetRun() {
        targets = SmallExample.allocate(
                "targets.yaml",
                SchoolCsvReader.read(SmallExample.FOLDER.resolve("schools.csv"), Map.of(), Set.of("reading")));
        run = work.resolve("targets");
        AllocationWriter.write(targets, List.of(new InputFile("scenario", "targets.yaml", "00")), run);
    }

    @Test
    void readBack_givesThePlanInMemory_toSixDecimals() {
        RunFolder folder = RunFolderReader.read(run);
        Plan read = Plan.of(folder);
        Plan memory = Plan.of(targets);
        assertEquals(memory.size(), read.size());
        assertEquals(memory.scenario(), read.scenario(), "the scenario as read, from the manifest");
        for (int i = 0; i < memory.size(); i++) {
            assertEquals(memory.id(i), read.id(i));
            assertEquals(memory.pupils(i), read.pupils(i));
            assertEquals(memory.allocation(i), read.allocation(i));
            assertEquals(memory.money(0, i), read.money(0, i), "money to the satang");
            assertEquals(memory.baseline(0, i), read.baseline(0, i), 5e-7);
            assertEquals(memory.target(0, i), read.target(0, i), 5e-7);
            assertEquals(memory.projected(0, i), read.projected(0, i), 5e-7, "six decimals in the file");
            for (Level level : List.of(Level.CLUSTER, Level.ESA, Level.NETWORK, Level.AREA_TYPE)) {
                assertEquals(memory.unit(level, i), read.unit(level, i));
            }
        }
        assertEquals(64, folder.allocationsSha256().length());
    }

    @Test
    void anEditedAllocationsFile_isRefused() throws IOException {
        Path copy = work.resolve("edited");
        AllocationWriter.write(targets, List.of(), copy);
        Path file = copy.resolve("allocations.csv");
        Files.writeString(file, Files.readString(file).replace("0.72", "0.73"), StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> RunFolderReader.read(copy));
        assertTrue(e.getMessage().contains("has changed since alloc wrote it"), e.getMessage());
    }

    @Test
    void notARunsFolder_isRefusedWithWhatToRun() throws IOException {
        Path formula = work.resolve("formula");
        AllocationWriter.write(
                SmallExample.allocate(SmallExample.NEEDS_WEIGHTED, SmallExample.schools()), List.of(), formula);
        assertTrue(assertThrows(InputException.class, () -> RunFolderReader.read(formula))
                .getMessage()
                .contains("without targets"));
        Path empty = Files.createDirectories(work.resolve("empty"));
        assertTrue(assertThrows(InputException.class, () -> RunFolderReader.read(empty))
                .getMessage()
                .contains("not the output of 'alloc run'"));
        assertTrue(assertThrows(InputException.class, () -> RunFolderReader.read(work.resolve("missing")))
                .getMessage()
                .contains("does not exist"));
    }
}

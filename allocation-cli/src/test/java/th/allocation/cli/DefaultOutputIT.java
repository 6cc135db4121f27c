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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Default output folders never take another scenario's output: two scenario files of the same name
 * in different folders each get their own, every time, and a folder of the user's is left alone.
 */
class DefaultOutputIT {
    @TempDir
    Path work;

    private List<String> outFolders() {
        try (Stream<Path> entries = Files.list(work.resolve("out"))) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** examples/small copied to {@code national/} and {@code small/}, the first with another budget. */
    private void twoSameNamedScenarios() {
        Path national = Fixtures.copyExample(work.resolve("national"));
        Fixtures.copyExample(work.resolve("small"));
        Path file = national.resolve(Fixtures.NEEDS_WEIGHTED);
        Fixtures.write(file, Fixtures.replaceOnce(Fixtures.read(file), "budget: 15905052", "budget: 16000000"));
    }

    @Test
    void run_sameNamedScenariosInTwoFolders_getTwoFolders_andNeitherReplacesTheOther() {
        twoSameNamedScenarios();
        AllocProcess.run(work, "run", "national/" + Fixtures.NEEDS_WEIGHTED).assertExitCode(0);
        SortedMap<String, String> national = Fixtures.snapshot(work.resolve("out/needs-weighted"));

        AllocProcess.Result small = AllocProcess.run(work, "run", "small/" + Fixtures.NEEDS_WEIGHTED)
                .assertExitCode(0);

        assertTrue(
                small.stdout()
                        .contains("Note: out/needs-weighted holds the output of run ../national/needs-weighted.yaml,"
                                + " so this run writes out/small-needs-weighted."),
                small::describe);
        assertTrue(small.stdout().contains("in out/small-needs-weighted"), small::describe);
        assertEquals(national, Fixtures.snapshot(work.resolve("out/needs-weighted")), "the first is untouched");
        assertTrue(
                Fixtures.read(work.resolve("out/small-needs-weighted/summary.json"))
                        .contains("\"total\" : 15905052.00"),
                "the small scenario's own output");

        // Again, in either order: each goes back to its own folder, and no third appears.
        AllocProcess.run(work, "run", "small/" + Fixtures.NEEDS_WEIGHTED).assertExitCode(0);
        AllocProcess.Result again = AllocProcess.run(work, "run", "national/" + Fixtures.NEEDS_WEIGHTED)
                .assertExitCode(0);
        assertTrue(again.stdout().contains("in out/needs-weighted"), again::describe);
        assertFalse(again.stdout().contains("Note:"), again::describe);
        assertEquals(List.of("needs-weighted", "small-needs-weighted"), outFolders());
        assertEquals(national, Fixtures.snapshot(work.resolve("out/needs-weighted")));
    }

    @Test
    void run_defaultFolderHoldingTheUsersFiles_writesBesideIt_andLeavesThemAlone() {
        Fixtures.copyExample(work.resolve("inputs"));
        Fixtures.write(work.resolve("out/needs-weighted/notes.txt"), "my notes");

        AllocProcess.Result result = AllocProcess.run(work, "run", "inputs/" + Fixtures.NEEDS_WEIGHTED)
                .assertExitCode(0);

        assertTrue(result.stdout().contains("so this run writes out/inputs-needs-weighted."), result::describe);
        assertEquals("my notes", Fixtures.read(work.resolve("out/needs-weighted/notes.txt")));
        assertEquals(
                List.of("notes.txt"),
                List.copyOf(
                        Fixtures.snapshot(work.resolve("out/needs-weighted")).keySet()));
        assertTrue(Files.isRegularFile(work.resolve("out/inputs-needs-weighted/allocations.csv")));
    }

    @Test
    void run_outNamingAnotherScenariosFolder_replacesItAndSaysWhose() {
        twoSameNamedScenarios();
        AllocProcess.run(work, "run", "national/" + Fixtures.NEEDS_WEIGHTED).assertExitCode(0);

        AllocProcess.Result result = AllocProcess.run(
                        work, "run", "small/" + Fixtures.NEEDS_WEIGHTED, "--out", "out/needs-weighted")
                .assertExitCode(0);

        assertTrue(
                result.stdout()
                        .contains("Note: replaced out/needs-weighted, the output of run"
                                + " ../national/needs-weighted.yaml (--out names it)."),
                result::describe);
    }

    @Test
    void compare_sameNamedComparisons_getTwoFolders() {
        twoSameNamedScenarios();
        AllocProcess.run(work, "compare", "national/" + Fixtures.STATUS_QUO, "national/" + Fixtures.NEEDS_WEIGHTED)
                .assertExitCode(0);

        AllocProcess.Result small = AllocProcess.run(
                        work, "compare", "small/" + Fixtures.STATUS_QUO, "small/" + Fixtures.NEEDS_WEIGHTED)
                .assertExitCode(0);

        assertTrue(small.stdout().contains("in out/small-status-quo-vs-needs-weighted"), small::describe);
        assertEquals(List.of("small-status-quo-vs-needs-weighted", "status-quo-vs-needs-weighted"), outFolders());
    }

    @Test
    void compare_twoIdenticalScenarios_saysTheyAreTheSame() {
        Fixtures.copyExample(work);
        Path copy = work.resolve("copy.yaml");
        Fixtures.write(copy, Fixtures.read(work.resolve(Fixtures.STATUS_QUO)).replace("name: ", "name: Copy of "));

        AllocProcess.Result result = AllocProcess.run(work, "compare", Fixtures.STATUS_QUO, "copy.yaml")
                .assertExitCode(0);

        assertTrue(
                result.stdout()
                        .contains("Note: copy is the same scenario as status-quo (every value as read is equal, the"
                                + " name aside), so no school's allocation changes."),
                result::describe);
    }

    @Test
    void compare_differentScenariosWithTheSameAllocations_saysNoSchoolChanges() {
        Fixtures.copyExample(work);
        Path budgeted = work.resolve("budgeted.yaml");
        // The status quo allocates 15,905,052 THB with no budget; the same budget scales by exactly 1.
        Fixtures.write(
                budgeted,
                Fixtures.replaceOnce(
                        Fixtures.read(work.resolve(Fixtures.STATUS_QUO)),
                        "rounding_unit: 1",
                        "budget: 15905052\nrounding_unit: 1"));

        AllocProcess.Result result = AllocProcess.run(work, "compare", Fixtures.STATUS_QUO, "budgeted.yaml")
                .assertExitCode(0);

        assertTrue(
                result.stdout()
                        .contains("Note: budgeted gives every school exactly what status-quo gives, to the satang: no"
                                + " school gains or loses."),
                result::describe);
    }

    @Test
    void compare_differentScenarios_saysNothingOfTheKind() {
        Fixtures.copyExample(work);

        AllocProcess.Result result = AllocProcess.run(work, "compare", Fixtures.STATUS_QUO, Fixtures.NEEDS_WEIGHTED)
                .assertExitCode(0);

        assertFalse(result.stdout().contains("Note:"), result::describe);
    }
}

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

import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How failures reach the user: a one-line message, exit 2 for bad input and 1 for anything else,
 * and a stack trace only with {@code --verbose}.
 */
class FailureReportingIT {
    @TempDir
    Path work;

    @Test
    void run_outFolderCannotBeCreatedBecauseItsParentIsAFile_exitsOneWithAOneLineMessage() {
        Fixtures.copyExample(work);
        Fixtures.write(work.resolve("blocker"), "a regular file where a folder would have to be\n");
        SortedMap<String, String> before = Fixtures.snapshot(work);

        AllocProcess.Result result = AllocProcess.run(work, "run", Fixtures.NEEDS_WEIGHTED, "--out", "blocker/result")
                .assertExitCode(1);

        List<String> lines = result.stderrLines();
        assertEquals(1, lines.size(), result::describe);
        assertTrue(lines.get(0).startsWith("error: Cannot write the output folder blocker/result"), result::describe);
        assertTrue(lines.get(0).endsWith("(run with --verbose for details)"), result::describe);
        assertFalse(result.hasStackTrace(), result::describe);
        assertEquals(before, Fixtures.snapshot(work), "a partial output or a staging folder was left");
    }

    @Test
    void run_failureWithVerbose_addsTheStackTrace_exitsOne() {
        Fixtures.copyExample(work);
        Fixtures.write(work.resolve("blocker"), "a regular file where a folder would have to be\n");

        AllocProcess.Result result = AllocProcess.run(
                        work, "--verbose", "run", Fixtures.NEEDS_WEIGHTED, "--out", "blocker/result")
                .assertExitCode(1);

        assertTrue(
                result.stderrLines().get(0).startsWith("error: Cannot write the output folder blocker/result"),
                result::describe);
        assertTrue(result.hasStackTrace(), result::describe);
    }

    @Test
    void run_inputErrorWithVerbose_addsTheStackTrace_exitsTwo() {
        Fixtures.copyExample(work);
        Fixtures.write(work.resolve("empty.csv"), "");

        AllocProcess.Result result = AllocProcess.run(
                        work, "run", Fixtures.NEEDS_WEIGHTED, "--schools", "empty.csv", "--verbose")
                .assertExitCode(2);

        assertTrue(result.stderrLines().get(0).startsWith("error: empty.csv: The file is empty."), result::describe);
        assertTrue(result.hasStackTrace(), result::describe);
    }

    @Test
    void run_inputErrorWithoutVerbose_printsOnlyTheProblem_exitsTwo() {
        Fixtures.copyExample(work);
        Fixtures.write(work.resolve("empty.csv"), "");

        AllocProcess.run(work, "run", Fixtures.NEEDS_WEIGHTED, "--schools", "empty.csv")
                .assertExitCode(2)
                .assertProblems(List.of("error: empty.csv: The file is empty."));
    }
}

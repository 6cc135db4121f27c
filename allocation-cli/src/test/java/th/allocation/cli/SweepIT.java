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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code alloc sweep} on the small example, run from outside as a user would. */
class SweepIT {
    @TempDir
    Path work;

    @Test
    void sweep_grid_writesOneRowPerVariant_andPlainProgressWithoutATerminal() {
        Fixtures.copyExample(work);

        AllocProcess.Result result = AllocProcess.run(
                        work,
                        "sweep",
                        Fixtures.NEEDS_WEIGHTED,
                        "--vary",
                        "rule.weights.remote=0.9:1.5:0.3",
                        "--vary",
                        "floors.min_per_pupil=1900:3500:1600",
                        "--out",
                        "sw")
                .assertExitCode(0);

        assertEquals(
                List.of(".alloc-output.json", "summary.json", "sweep.csv"),
                List.copyOf(Fixtures.snapshot(work.resolve("sw")).keySet()));
        List<List<String>> rows = Fixtures.readSpreadsheetCsv(work.resolve("sw/sweep.csv"));
        assertEquals(
                List.of("variant", "rule.weights.remote", "floors.min_per_pupil", "status", "reason", "total"),
                rows.get(0).subList(0, 6));
        assertEquals(1 + 3 * 2, rows.size(), "a header and 3 x 2 variants");
        // Remote weight 0.9 is below 1 (invalid); a floor of 3,500 THB per pupil exceeds the budget
        // (infeasible, see SweepTest); the others allocate the budget, 15,905,052 THB.
        assertEquals(
                List.of("invalid", "invalid", "ok", "infeasible", "ok", "infeasible"), Fixtures.column(rows, "status"));
        assertEquals(List.of("", "", "15905052.00", "", "15905052.00", ""), Fixtures.column(rows, "total"));
        assertTrue(result.stdout().contains("Swept 6 variants"), result::describe);
        assertTrue(result.stdout().contains("2 ok, 2 invalid, 2 infeasible."), result::describe);
        // Not a terminal: plain lines, no carriage returns or colours.
        assertTrue(result.stderr().contains("sweep: 6 of 6 variants (100%)"), result::describe);
        assertFalse(result.stderr().contains("\r") || result.stderr().contains("\u001b["), result::describe);
    }

    @Test
    void sweep_oneThreadOrTwo_givesTheSameBytes() {
        Fixtures.copyExample(work);
        String[] grid = {"--vary", "rule.weights.remote=1.0:2.0:0.25", "--vary", "rule.loadings.poor=0:6000:2000"};

        AllocProcess.run(
                        work,
                        concat(new String[] {"sweep", Fixtures.NEEDS_WEIGHTED, "--threads", "1", "--out", "one"}, grid))
                .assertExitCode(0);
        AllocProcess.run(
                        work,
                        concat(new String[] {"sweep", Fixtures.NEEDS_WEIGHTED, "--threads", "2", "--out", "two"}, grid))
                .assertExitCode(0);

        for (String file : List.of("sweep.csv", "summary.json")) {
            assertArrayEquals(
                    Fixtures.bytes(work.resolve("one").resolve(file)),
                    Fixtures.bytes(work.resolve("two").resolve(file)),
                    file);
        }
    }

    @Test
    void sweep_monteCarlo_sameSeedSameFile_andTheSeedIsRecorded() {
        Fixtures.copyExample(work);

        AllocProcess.run(
                        work,
                        "sweep",
                        Fixtures.NEEDS_WEIGHTED,
                        "--draws",
                        "12",
                        "--seed",
                        "7",
                        "--vary",
                        "rule.loadings.poor=0:6000",
                        "--out",
                        "a")
                .assertExitCode(0);
        AllocProcess.run(
                        work,
                        "sweep",
                        Fixtures.NEEDS_WEIGHTED,
                        "--draws",
                        "12",
                        "--seed",
                        "7",
                        "--vary",
                        "rule.loadings.poor=0:6000",
                        "--out",
                        "b")
                .assertExitCode(0);

        assertArrayEquals(Fixtures.bytes(work.resolve("a/sweep.csv")), Fixtures.bytes(work.resolve("b/sweep.csv")));
        assertEquals(
                13, Fixtures.readSpreadsheetCsv(work.resolve("a/sweep.csv")).size(), "a header and 12 draws");
        String summary = Fixtures.read(work.resolve("a/summary.json"));
        assertTrue(summary.contains("\"mode\" : \"monte_carlo\"") && summary.contains("\"seed\" : 7"), summary);
    }

    @Test
    void sweep_unknownPath_saysDidYouMean_exitsTwo_writesNothing() {
        Fixtures.copyExample(work);

        AllocProcess.Result result = AllocProcess.run(
                        work, "sweep", Fixtures.NEEDS_WEIGHTED, "--vary", "rule.loadings.pooor=0:6000:1000")
                .assertExitCode(2);

        assertEquals(1, result.errorLines().size(), result::describe);
        assertTrue(
                result.errorLines()
                        .get(0)
                        .startsWith("error: --vary: rule.loadings.pooor: Unknown parameter"
                                + " 'rule.loadings.pooor'. Did you mean 'rule.loadings.poor'?"),
                result::describe);
        assertFalse(result.hasStackTrace(), result::describe);
        assertFalse(Files.exists(work.resolve("out")));
    }

    @Test
    void sweep_hugeExponentInARange_isRefusedBeforeAnyArithmetic_exitsTwo() {
        // Once 1e999999999 was expanded to a billion digits and the command ran out of memory (exit 1).
        Fixtures.copyExample(work);

        AllocProcess.Result grid = AllocProcess.run(
                        work, "sweep", Fixtures.NEEDS_WEIGHTED, "--vary", "budget=1:1e999999999:1")
                .assertExitCode(2);
        assertTrue(grid.stderr().contains("TO (1E+999999999) is beyond any parameter of a scenario"), grid::describe);
        AllocProcess.Result draws = AllocProcess.run(
                        work, "sweep", Fixtures.NEEDS_WEIGHTED, "--draws", "3", "--vary", "budget=1e-999999999:1")
                .assertExitCode(2);
        assertTrue(draws.stderr().contains("LOW (1E-999999999) is beyond any parameter"), draws::describe);
    }

    @Test
    void sweep_usageErrors_exitTwo() {
        Fixtures.copyExample(work);

        AllocProcess.Result noVary =
                AllocProcess.run(work, "sweep", Fixtures.NEEDS_WEIGHTED).assertExitCode(2);
        assertTrue(noVary.stderr().contains("--vary"), noVary::describe);
        AllocProcess.Result seedAlone = AllocProcess.run(
                        work, "sweep", Fixtures.NEEDS_WEIGHTED, "--seed", "3", "--vary", "rule.lump_sum=0:1000:500")
                .assertExitCode(2);
        assertTrue(seedAlone.stderr().contains("--seed goes with --draws N"), seedAlone::describe);
        AllocProcess.Result gridWithDraws = AllocProcess.run(
                        work, "sweep", Fixtures.NEEDS_WEIGHTED, "--draws", "5", "--vary", "rule.lump_sum=0:1000:500")
                .assertExitCode(2);
        assertTrue(
                gridWithDraws.stderr().contains("A Monte Carlo sweep (--draws) takes PATH=LOW:HIGH, no step."),
                gridWithDraws::describe);
        assertFalse(Files.exists(work.resolve("out")));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}

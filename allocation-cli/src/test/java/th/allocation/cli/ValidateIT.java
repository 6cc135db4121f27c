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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code alloc validate}: checks inputs and feasibility, lists every problem, and never writes. */
class ValidateIT {
    @TempDir
    Path work;

    @Test
    void validate_goodScenario_saysOkExitsZeroAndWritesNothing() {
        Fixtures.copyExample(work);
        SortedMap<String, String> before = Fixtures.snapshot(work);

        AllocProcess.Result result =
                AllocProcess.run(work, "validate", Fixtures.NEEDS_WEIGHTED).assertExitCode(0);

        assertTrue(
                result.stdout()
                        .startsWith("OK: needs-weighted.yaml is valid and feasible; schools.csv has 13" + " schools"),
                result::describe);
        assertEquals("", result.stderr(), result::describe);
        assertEquals(before, Fixtures.snapshot(work), "validate wrote something");
    }

    @Test
    void validate_malformedSchoolFile_listsEveryProblemAndExitsTwo() {
        Fixtures.copyExample(work);
        Fixtures.copyResource(Fixtures.PROBLEMS, work.resolve(Fixtures.PROBLEMS));
        SortedMap<String, String> before = Fixtures.snapshot(work);

        AllocProcess.run(work, "validate", Fixtures.NEEDS_WEIGHTED, "--schools", Fixtures.PROBLEMS)
                .assertExitCode(2)
                .assertProblems(Fixtures.PROBLEMS_EXPECTED);

        assertEquals(before, Fixtures.snapshot(work));
    }

    @Test
    void validate_infeasibleScenario_saysSoAndExitsTwo() {
        Fixtures.copyExample(work);
        Fixtures.write(
                work.resolve("infeasible.yaml"),
                Fixtures.replaceOnce(
                        Fixtures.read(work.resolve(Fixtures.NEEDS_WEIGHTED)),
                        "min_per_pupil: 1900",
                        "min_per_pupil: 100000"));
        SortedMap<String, String> before = Fixtures.snapshot(work);

        // Amounts as in ScenarioErrorsIT: 4,982 pupils x 100,000 THB against a budget of 15,905,052 THB.
        AllocProcess.run(work, "validate", "infeasible.yaml")
                .assertExitCode(2)
                .assertProblems(List.of("error: infeasible scenario: Floors add up to 498,200,000 THB"));

        assertEquals(before, Fixtures.snapshot(work));
    }
}

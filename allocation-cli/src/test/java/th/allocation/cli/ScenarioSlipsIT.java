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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code alloc validate} lists every problem of a scenario in one round, each at its line and
 * column; a likely unit slip (a percentage written as a fraction) is a warning, and the hint that
 * explains an infeasible scenario.
 */
class ScenarioSlipsIT {
    @TempDir
    Path work;

    @Test
    void validate_scenarioWrittenFromScratch_listsEveryProblemAtOnce() {
        Fixtures.copyExample(work);
        Path file = work.resolve(Fixtures.NEEDS_WEIGHTED);
        String text = Fixtures.read(file);
        text = Fixtures.replaceOnce(text, "budget: 15905052", "budget: \"15,905,052\"");
        text = Fixtures.replaceOnce(text, "subdistrict: 1.1", "subdistric: 1.1");
        text = Fixtures.replaceOnce(text, "remote: 1.2", "remote: 0.8");
        text = Fixtures.replaceOnce(text, "min_per_pupil: 1900", "min_per_pupil: -1900");
        Fixtures.write(file, text);

        AllocProcess.Result result =
                AllocProcess.run(work, "validate", Fixtures.NEEDS_WEIGHTED).assertExitCode(2);

        String at = "error: " + Fixtures.NEEDS_WEIGHTED + ":";
        result.assertProblems(List.of(
                at + Fixtures.lineAndColumnOf(text, "subdistric:") + ": rule.weights.area_type.subdistric: Unknown key",
                at + Fixtures.lineAndColumnOf(text, "budget:") + ": budget: The value is not of the right kind",
                at + Fixtures.lineAndColumnOf(text, "weights:") + ": rule.weights: Weight 'remote' must be",
                at + Fixtures.lineAndColumnOf(text, "floors:") + ": floors: 'min_per_pupil' must be at least 0"));
        assertFalse(Files.exists(work.resolve("out")));
    }

    /** The small example with caps written as a fraction (1.5 for 150 %) and no hold-harmless floor. */
    private void capsAsAFraction() {
        Fixtures.copyExample(work);
        Path file = work.resolve(Fixtures.NEEDS_WEIGHTED);
        String text = Fixtures.read(file);
        text = Fixtures.replaceOnce(text, "  percent_of_previous: 100\n", "");
        text = Fixtures.replaceOnce(text, "percent_of_previous: 150", "percent_of_previous: 1.5");
        Fixtures.write(file, text);
    }

    @Test
    void run_infeasibleBecauseCapsWereWrittenAsAFraction_saysThat150WasLikelyMeant() {
        capsAsAFraction();
        // The one school without a previous allocation would have no cap and take the rest.
        Path schools = work.resolve(Fixtures.SCHOOLS);
        Fixtures.write(
                schools, Fixtures.replaceOnce(Fixtures.read(schools), ",0,0,0,30,,0.35", ",0,0,0,30,100000,0.35"));

        AllocProcess.Result result =
                AllocProcess.run(work, "run", Fixtures.NEEDS_WEIGHTED).assertExitCode(2);

        String hint = Fixtures.NEEDS_WEIGHTED + ":"
                + Fixtures.lineAndColumnOf(
                        Fixtures.read(work.resolve(Fixtures.NEEDS_WEIGHTED)), "percent_of_previous: 1.5")
                + ": caps.percent_of_previous: 1.5 caps each school at 1.5 % of its previous allocation."
                + " Percentages are written in percent: if 150 % was meant, write 150.";
        assertTrue(result.stderr().contains("error: infeasible scenario: Caps allow at most"), result::describe);
        assertTrue(result.stderr().contains("\nMaybe: " + hint), result::describe);
        assertTrue(result.stderr().startsWith("warning: " + hint), result::describe);
        assertFalse(Files.exists(work.resolve("out")));
    }

    @Test
    void validate_feasibleWithASlip_isValid_andWarns() {
        capsAsAFraction();

        AllocProcess.Result result =
                AllocProcess.run(work, "validate", Fixtures.NEEDS_WEIGHTED).assertExitCode(0);

        assertTrue(result.stdout().startsWith("OK: "), result::describe);
        assertTrue(
                result.stderr().startsWith("warning: " + Fixtures.NEEDS_WEIGHTED + ":")
                        && result.stderr().contains("if 150 % was meant, write 150."),
                result::describe);
    }
}

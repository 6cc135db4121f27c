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

/**
 * {@code alloc run} on a bad scenario: one line per problem with the file, line and column of the
 * fault and a suggestion where a name is misspelt, exit code 2, and nothing written.
 */
class ScenarioErrorsIT {
    @TempDir
    Path work;

    @Test
    void run_unknownKeyUnderRule_givesItsLineAndColumnAndSuggestsTheKnownKey_exitsTwo() {
        String scenario = writeVariant("typo.yaml", "  lump_sum: 20000", "  lump_sun: 20000");

        // The position of the misspelt key itself, not of the end of the mapping that holds it.
        runAndExpect(
                "typo.yaml",
                "error: typo.yaml:" + Fixtures.lineAndColumnOf(scenario, "lump_sun")
                        + ": rule.lump_sun: Unknown key 'lump_sun' in rule. Did you mean 'lump_sum'?");
    }

    @Test
    void run_unknownTopLevelKey_givesItsLineAndColumnAndSuggestsTheKnownKey_exitsTwo() {
        String scenario = writeVariant("typo.yaml", "budget: 15905052", "budjet: 15905052");

        runAndExpect(
                "typo.yaml",
                "error: typo.yaml:" + Fixtures.lineAndColumnOf(scenario, "budjet")
                        + ": budjet: Unknown key 'budjet'. Did you mean 'budget'?");
    }

    @Test
    void run_unknownRuleType_suggestsTheRightOne_exitsTwo() {
        String scenario = writeVariant("typo.yaml", "  type: weighted", "  type: weigted");

        runAndExpect(
                "typo.yaml",
                "error: typo.yaml:" + Fixtures.lineAndColumnOf(scenario, "weigted")
                        + ": rule.type: Unknown rule type 'weigted'. Did you mean 'weighted'?");
    }

    @Test
    void run_yamlSyntaxError_givesItsLineInAOneLineMessage_exitsTwo() {
        // A second colon on a line: "mapping values are not allowed here" in YAML.
        String scenario = writeVariant("broken.yaml", "  lump_sum: 20000", "  lump_sum: 20000: 30000");
        String line = Fixtures.lineAndColumnOf(scenario, "lump_sum").split(":")[0];

        AllocProcess.Result result = runAndExpect("broken.yaml", "error: broken.yaml:" + line + ":");

        String message = result.stderrLines().get(0);
        assertTrue(message.contains(": The file is not valid YAML: "), result::describe);
        assertTrue(message.endsWith(" Check the indentation and punctuation near this line."), result::describe);
    }

    @Test
    void run_floorsAboveTheBudget_saysInfeasibleWithTheAmountsAndWritesNothing_exitsTwo() {
        writeVariant("infeasible.yaml", "min_per_pupil: 1900", "min_per_pupil: 100000");

        // Every school's floor is then 100,000 THB per pupil (last year's allocations, the hold-harmless
        // floor, are at most 3,632 THB per pupil), so floors = 4,982 pupils (the sum of the four level
        // counts in the example's schools.csv) x 100,000 = 498,200,000 THB; the budget is 15,905,052 THB;
        // the shortfall 498,200,000 - 15,905,052 = 482,294,948 THB.
        runAndExpect(
                "infeasible.yaml",
                "error: infeasible scenario: Floors add up to 498,200,000 THB but the budget"
                        + " is 15,905,052 THB. Raise the budget by at least 482,294,948 THB");
    }

    /** Copies the example and writes {@code name}: needs-weighted.yaml with one text replaced; returns its text. */
    private String writeVariant(String name, String from, String to) {
        Fixtures.copyExample(work);
        String text = Fixtures.replaceOnce(Fixtures.read(work.resolve(Fixtures.NEEDS_WEIGHTED)), from, to);
        Fixtures.write(work.resolve(name), text);
        return text;
    }

    /** Runs {@code alloc run scenario}; asserts exit 2, the one problem line, and that nothing was written. */
    private AllocProcess.Result runAndExpect(String scenario, String expectedStart) {
        SortedMap<String, String> before = Fixtures.snapshot(work);

        AllocProcess.Result result =
                AllocProcess.run(work, "run", scenario).assertExitCode(2).assertProblems(List.of(expectedStart));

        assertEquals(before, Fixtures.snapshot(work), "nothing written");
        return result;
    }
}

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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: inputs that once ended in exit code 1 with a Java class name, or ran out of memory,
 * now each give exit code 2 and one line per problem at its file and line (or key), with what to
 * do, and write nothing.
 */
class BadInputIT {
    @TempDir
    Path work;

    // ---- the school file -------------------------------------------------------------------------

    @Test
    void run_schoolFileWithAnUnterminatedQuote_givesTheLineItStartsOn_exitsTwo() {
        // Line 4 is the third school: its name opens a quote that never closes.
        schoolVariant("20001,โรงเรียน", "20001,\"โรงเรียน");

        runAndExpect(List.of("error: bad.csv:4: The file is not well-formed CSV from this line on: "));
    }

    @Test
    void run_schoolFileWithTextAfterAClosingQuote_givesItsLine_exitsTwo() {
        schoolVariant("20001,โรงเรียนเทศบาลตัวอย่าง,", "20001,\"abc\"x,");

        runAndExpect(List.of("error: bad.csv:4: The file is not well-formed CSV from this line on: "));
    }

    @Test
    void run_previousAllocationBeyondALong_isTooLargeAtItsRowAndSchool_exitsTwo() {
        // 1e308 baht and 2^63 satang-sized numbers once failed converting to satang ("Overflow", exit 1).
        schoolVariant(",5810000,", ",1e308,");

        runAndExpect(List.of("error: bad.csv:3: school 10002, column previous_allocation: '1e308' is too large: the"
                + " engine handles amounts up to 10,000,000,000,000 THB."));
    }

    @Test
    void run_previousAllocationOfTwoToThe63_isTooLarge_exitsTwo() {
        schoolVariant(",5810000,", ",9223372036854775808,");

        runAndExpect(List.of(
                "error: bad.csv:3: school 10002, column previous_allocation: '9223372036854775808' is" + " too large"));
    }

    @Test
    void run_folderGivenAsTheSchoolFile_saysItIsAFolder_exitsTwo() throws Exception {
        Fixtures.copyExample(work);
        Files.createDirectories(work.resolve("bad.csv"));

        runAndExpect(List.of("error: bad.csv: The school file is a folder, not a file."));
    }

    @Test
    void run_schoolFileInUtf16_isOneProblemThatSaysSaveAsUtf8_exitsTwo() {
        // Once 13 "column missing" errors full of NUL bytes.
        Fixtures.copyExample(work);
        String text = Fixtures.read(work.resolve(Fixtures.SCHOOLS));
        Fixtures.write(work.resolve("bad.csv"), text.getBytes(StandardCharsets.UTF_16LE));

        runAndExpect(List.of("error: bad.csv: The school file is in UTF-16 (or another encoding with NUL bytes), not"
                + " UTF-8. Save it as UTF-8"));
    }

    @Test
    void run_controlCharactersInTheData_areShownEscaped() {
        schoolVariant(",capital,false,secondary,", ",capi\u001B[31mt\u0007al,false,secondary,");

        AllocProcess.Result result = runAndExpect(List.of(
                "error: bad.csv:3: school 10002, column area_type: Unknown" + " value 'capi\\u001B[31mt\\u0007al'."));

        assertFalse(result.stderr().contains("\u001B"), result::describe);
        assertFalse(result.stderr().contains("\u0007"), result::describe);
    }

    // ---- the scenario ----------------------------------------------------------------------------

    @Test
    void run_folderGivenAsTheScenario_saysItIsAFolder_exitsTwo() throws Exception {
        Files.createDirectories(work.resolve("scenario.yaml"));

        AllocProcess.run(work, "run", "scenario.yaml")
                .assertExitCode(2)
                .assertProblems(List.of("error: scenario.yaml: The scenario file is a folder, not a file."));
    }

    @Test
    void run_budgetWithAHugeExponent_isRefusedAtOnceWithTheLimit_exitsTwo() {
        // Once 68 s and 5.2 GB, then out of memory: the message expanded the number to a billion digits.
        String scenario = scenarioVariant("budget: 15905052", "budget: 1e999999999");

        runScenarioAndExpect(
                "error: bad.yaml:" + Fixtures.lineAndColumnOf(scenario, "budget: 1e") + ": budget: 'budget'"
                        + " (1E+999999999) is too large; the engine handles budgets up to 10,000,000,000,000 THB.");
    }

    @Test
    void run_roundingUnitBeyondTheLimit_isTooLargeAtItsKey_exitsTwo() {
        String scenario = scenarioVariant("rounding_unit: 1", "rounding_unit: 1e18");

        runScenarioAndExpect("error: bad.yaml:" + Fixtures.lineAndColumnOf(scenario, "rounding_unit: 1e18")
                + ": rounding_unit: 'rounding_unit' (1000000000000000000) is too large");
    }

    @Test
    void run_loadingThatWouldOverflow_isTooLargeWithTheLimitPerPupil_exitsTwo() {
        // Once "long overflow", exit 1.
        String scenario = scenarioVariant("    poor: 3000 ", "    poor: 1e15 ");

        runScenarioAndExpect("error: bad.yaml:" + Fixtures.lineAndColumnOf(scenario, "loadings:") + ": rule.loadings:"
                + " 'poor' (1000000000000000) is too large: the engine handles at most 1,000,000 THB per pupil.");
    }

    @Test
    void run_weightsEachWithinTheLimitButTogetherTooLarge_namesTheRuleAndASchool_exitsTwo() {
        // Every weight at the limit of 1000 and a rate of 1,000,000 THB: 1000^3 x 1,000,000 THB per remote pupil,
        // more than a long counts in satang: once "long overflow", exit 1.
        Fixtures.copyExample(work);
        String text = Fixtures.read(work.resolve(Fixtures.NEEDS_WEIGHTED))
                .replace("budget: 15905052", "")
                .replaceAll("(capital|municipal|district|subdistrict|special): [0-9.]+", "$1: 1000")
                .replace("remote: 1.2", "remote: 1000")
                .replace(
                        "special_education: 2.0",
                        "{special_education: 1000, primary: 1000, secondary: 1000, combined: 1000}")
                .replace("primary: 2052", "primary: 1000000");
        Fixtures.write(work.resolve("bad.yaml"), text);

        SortedMap<String, String> before = Fixtures.snapshot(work);
        AllocProcess.Result result = AllocProcess.run(work, "run", "bad.yaml").assertExitCode(2);
        // Each weight of 1000 is also a likely slip (1000 % written for 10?), warned of before the error.
        List<String> lines = result.stderrLines();
        List<String> errors =
                lines.stream().filter(line -> !line.startsWith("warning: ")).toList();
        assertEquals(1, errors.size(), result::describe);
        assertTrue(
                errors.get(0)
                        .startsWith("error: rule: The rule asks for more than 40,000,000,000,000,000 THB in all"
                                + " (reached at school "),
                result::describe);
        assertTrue(
                lines.stream()
                        .filter(line -> line.startsWith("warning: "))
                        .allMatch(line -> line.contains("A weight of 1000 multiplies the base by 1000.")),
                result::describe);
        assertEquals(before, Fixtures.snapshot(work), "nothing written");
    }

    @Test
    void run_indicatorTargetOf1e308_isTooLargeAtTheIndicator_exitsTwo() {
        // Once "Amount 0 is not a finite number", exit 1.
        Fixtures.copyExample(work);
        Fixtures.write(
                work.resolve("bad.yaml"),
                Fixtures.replaceOnce(Fixtures.read(work.resolve("targets.yaml")), "target: 0.6", "target: 1e308"));

        AllocProcess.Result result = AllocProcess.run(work, "run", "bad.yaml").assertExitCode(2);

        assertEquals(1, result.stderrLines().size(), result::describe);
        assertTrue(
                result.stderrLines()
                        .get(0)
                        .contains(": targets.indicators[0]: Indicator 'reading': 'target' (1.0E308) is too large"),
                result::describe);
    }

    @Test
    void run_envelopeAtMostZero_saysTheBaseEntitlementsExceedIt_exitsTwo() {
        // Once "ask for at least 0 ... allow at most 0. Make the minimum at most the maximum."
        Fixtures.copyExample(work);
        String text = Fixtures.replaceOnce(
                Fixtures.read(work.resolve("targets.yaml")),
                "  indicators:",
                "  envelopes:\n    - {column: area_type, value: capital, at_most: 0}\n  indicators:");
        Fixtures.write(work.resolve("bad.yaml"), text);

        runScenarioAndExpect(
                "error: infeasible scenario: The base entitlements of 'area_type' group 'capital' add up" + " to ");
    }

    @Test
    void run_secondYamlDocument_isAnErrorAtItsLine_exitsTwo() {
        String scenario = scenarioVariant("caps:", "---\ncaps:");

        runScenarioAndExpect("error: bad.yaml:" + (lineOf(scenario, "---") + 1) + ":1: A second document starts"
                + " here; the file must hold one.");
    }

    @Test
    void run_yamlAlias_isRefusedAtItsLineNotReadAsItsName_exitsTwo() {
        // Jackson's streaming reader would have read 'schools: *n' as the school file "n".
        String scenario = scenarioVariant("schools: schools.csv", "schools: *n");

        runScenarioAndExpect("error: bad.yaml:" + lineOf(scenario, "schools: *n") + ":10: The alias '*n' is not"
                + " read: YAML aliases are not supported.");
    }

    // ---- overrides -------------------------------------------------------------------------------

    @Test
    void run_overrideTableValueWithAHugeExponent_isRefusedAtItsLine_exitsTwo() {
        Fixtures.copyExample(work);
        Fixtures.write(
                work.resolve("bad.yaml"),
                Fixtures.replaceOnce(
                        Fixtures.read(work.resolve("decentralised.yaml")),
                        "overrides: esa-overrides",
                        "overrides: esa.csv"));
        Fixtures.write(
                work.resolve("esa.csv"), "esa,parameter,value\nสพป.นครราชสีมา เขต 1,rule.weights.remote,1e999999999\n");

        runScenarioAndExpect("error: esa.csv:2: value: '1e999999999' is too large: no parameter may be more than"
                + " 10,000,000,000,000.");
    }

    @Test
    void run_overridesFolderWithAFileItWouldSkip_namesIt_exitsTwo() {
        Fixtures.copyExample(work);
        Fixtures.write(work.resolve("esa-overrides/chiang-mai-6.yml.txt"), "esa: x\n");

        AllocProcess.run(work, "run", "decentralised.yaml")
                .assertExitCode(2)
                .assertProblems(List.of("error: esa-overrides: The overrides folder holds a file it does not read:"
                        + " chiang-mai-6.yml.txt."));
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** The example copied, and bad.csv: its school file with {@code from} replaced once by {@code to}. */
    private void schoolVariant(String from, String to) {
        Fixtures.copyExample(work);
        Fixtures.write(
                work.resolve("bad.csv"), Fixtures.replaceOnce(Fixtures.read(work.resolve(Fixtures.SCHOOLS)), from, to));
    }

    /** The example copied, and bad.yaml: needs-weighted.yaml with {@code from} replaced once by {@code to}. */
    private String scenarioVariant(String from, String to) {
        Fixtures.copyExample(work);
        String text = Fixtures.replaceOnce(Fixtures.read(work.resolve(Fixtures.NEEDS_WEIGHTED)), from, to);
        Fixtures.write(work.resolve("bad.yaml"), text);
        return text;
    }

    /** Runs {@code alloc run needs-weighted.yaml --schools bad.csv}: exit 2, these lines, nothing written. */
    private AllocProcess.Result runAndExpect(List<String> expectedStarts) {
        SortedMap<String, String> before = Fixtures.snapshot(work);
        AllocProcess.Result result = AllocProcess.run(work, "run", Fixtures.NEEDS_WEIGHTED, "--schools", "bad.csv")
                .assertExitCode(2)
                .assertProblems(expectedStarts);
        assertEquals(before, Fixtures.snapshot(work), "nothing written");
        return result;
    }

    /** Runs {@code alloc run bad.yaml}: exit 2, one line starting so, nothing written. */
    private void runScenarioAndExpect(String expectedStart) {
        SortedMap<String, String> before = Fixtures.snapshot(work);
        AllocProcess.run(work, "run", "bad.yaml").assertExitCode(2).assertProblems(List.of(expectedStart));
        assertEquals(before, Fixtures.snapshot(work), "nothing written");
    }

    private static int lineOf(String text, String needle) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError("'" + needle + "' is not in the text");
    }
}

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
package th.allocation.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.allocation.InputException;
import th.allocation.Problem;

/**
 * Issue 11: every bad input is one located problem, numbers are range-checked where they are read
 * (before any arithmetic, so a huge exponent costs nothing), and YAML is read strictly.
 */
class StrictReadingTest {
    private static final String HEADER = "school_id,name,cluster,esa,area_type,remote,school_kind,pupils_preprimary,"
            + "pupils_primary,pupils_lower_secondary,pupils_upper_secondary,pupils_special_needs,pupils_poor,"
            + "previous_allocation";
    private static final String ROW = "1001,School,C1,ESA1,capital,false,primary,0,100,0,0,0,0,";

    private static final String FLAT = String.join(
            "\n",
            "fiscal_year: 2570",
            "budget: 1000000",
            "rule: {type: flat, rates: {preprimary: 1, primary: 1, lower_secondary: 1, upper_secondary: 1}}",
            "");

    @TempDir
    Path dir;

    private static List<Problem> schoolProblems(String text) {
        return assertThrows(
                        InputException.class,
                        () -> SchoolCsvReader.read(new StringReader(text), "schools.csv", Map.of(), Set.of()))
                .problems();
    }

    private static Problem onlyProblem(Runnable read) {
        InputException e = assertThrows(InputException.class, read::run);
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    // ---- school file -----------------------------------------------------------------------------

    @Test
    void readSchools_unterminatedQuote_isAProblemAtTheLineItStartsOn() {
        String text = HEADER + "\n" + ROW + "1000\n" + "1002,\"School,C1,ESA1,capital,false,primary,0,1,0,0,0,0,\n";

        List<Problem> problems = schoolProblems(text);

        assertEquals(1, problems.size(), problems.toString());
        assertEquals(3, problems.get(0).line(), "the quote opens on line 3");
        assertTrue(problems.get(0).message().startsWith("The file is not well-formed CSV from this line on"));
    }

    @Test
    void readSchools_textAfterAClosingQuote_isAProblemAtItsLine() {
        List<Problem> problems = schoolProblems(HEADER + "\n" + ROW.replace("School", "\"abc\"x") + "1000\n");

        assertEquals(2, problems.get(0).line(), problems.toString());
    }

    @Test
    void readSchools_numbersPastTheirLimits_areTooLargeWithTheLimit_andAHugeExponentIsNotExpanded() {
        String text = HEADER + "\n" + ROW + "1e308\n" + ROW.replace("1001", "1002") + "9223372036854775808\n"
                + ROW.replace("1001", "1003").replace(",100,", ",1e999999999,") + "\n"
                + ROW.replace("1001", "1004").replace(",100,", ",1000001,") + "\n";

        List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> schoolProblems(text));

        assertEquals(4, problems.size(), problems.toString());
        assertEquals(
                "schools.csv:2: school 1001, column previous_allocation: '1e308' is too large: the engine handles"
                        + " amounts up to 10,000,000,000,000 THB. Check the number; it is one school's allocation in"
                        + " baht.",
                problems.get(0).describe());
        assertTrue(problems.get(1).message().startsWith("'9223372036854775808' is too large"), problems::toString);
        assertEquals(
                "'1e999999999' pupils is too many: the engine reads at most 1,000,000 in one count.",
                problems.get(2).message());
        assertEquals(
                "'1000001' pupils is too many: the engine reads at most 1,000,000 in one count.",
                problems.get(3).message(),
                "1,000,000 is Limits.MAX_PUPILS; one more is refused");
    }

    @Test
    void readSchools_aFolder_isOneProblemThatSaysSo() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("schools.csv"));

        Problem problem = onlyProblem(() -> SchoolCsvReader.read(folder, Map.of(), Set.of()));

        assertEquals("The school file is a folder, not a file.", problem.message());
    }

    @Test
    void readSchools_utf16WithOrWithoutByteOrderMark_isOneProblemThatSaysSaveAsUtf8() throws Exception {
        String text = HEADER + "\n" + ROW + "\n";
        byte[][] encodings = {
            text.getBytes(StandardCharsets.UTF_16), // big-endian with a byte-order mark
            text.getBytes(StandardCharsets.UTF_16LE), // what Windows calls "Unicode", no mark
            text.getBytes(StandardCharsets.UTF_16BE)
        };
        for (byte[] bytes : encodings) {
            Problem problem = onlyProblem(() -> {
                try {
                    SchoolCsvReader.read(new ByteArrayInputStream(bytes), "schools.csv", Map.of(), Set.of());
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
            });
            assertTrue(problem.message().contains("is in UTF-16"), problem::describe);
            assertTrue(problem.advice().startsWith("Save it as UTF-8"), problem::describe);
        }
    }

    @Test
    void readSchools_controlCharactersInTheData_areEscapedInTheMessage() {
        List<Problem> problems = schoolProblems(HEADER + "\n" + ROW.replace("capital", "capi\u001Bt\u0000al") + "\n");

        assertEquals(
                "schools.csv:2: school 1001, column area_type: Unknown value 'capi\\u001Bt\\u0000al'. Did you mean"
                        + " 'capital'? Valid values: capital, municipal, district, subdistrict, special.",
                problems.get(0).describe());
    }

    // ---- scenario --------------------------------------------------------------------------------

    @Test
    void parseScenario_budgetWithAHugeExponent_isRefusedAtOnceWithTheLimit() {
        // Once 68 s, 5.2 GB and out of memory: the message expanded 1e999999999 to its digits.
        Problem problem = assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> onlyProblem(
                        () -> ScenarioReader.parse(FLAT.replace("budget: 1000000", "budget: 1e999999999"), "s.yaml")));

        assertEquals(
                "s.yaml:2:1: budget: 'budget' (1E+999999999) is too large; the engine handles budgets up to"
                        + " 10,000,000,000,000 THB.",
                problem.describe());
    }

    @Test
    void parseScenario_lumpSumOf1e17_isTooLargeNotTooManyDecimals() {
        String text = FLAT.replace(
                "rule: {type: flat, rates: {preprimary: 1, primary: 1, lower_secondary: 1, upper_secondary: 1}}",
                "rule: {type: weighted, base_per_pupil: {preprimary: 1, primary: 1, lower_secondary: 1,"
                        + " upper_secondary: 1}, lump_sum: 1e17}");

        Problem problem = onlyProblem(() -> ScenarioReader.parse(text, "s.yaml"));

        assertEquals(
                "'lump_sum' (100000000000000000) is too large: the engine handles at most 100,000,000 THB per school.",
                problem.message());
    }

    @Test
    void parseScenario_secondDocument_isAnErrorAtItsLine() {
        Problem problem = onlyProblem(() -> ScenarioReader.parse(FLAT + "---\nname: other\n", "s.yaml"));

        assertEquals(5, problem.line(), "the second document's first key, after '---' on line 4");
        assertEquals("A second document starts here; the file must hold one.", problem.message());
    }

    @Test
    void parseScenario_aliasDefinedOrNot_isRefusedAtItsLine() {
        String defined = "name: &n Plan\nschools: *n\n" + FLAT;
        String undefined = "schools: *s\n" + FLAT;

        Problem first = onlyProblem(() -> ScenarioReader.parse(defined, "s.yaml"));
        Problem second = onlyProblem(() -> ScenarioReader.parse(undefined, "s.yaml"));

        assertEquals(
                "s.yaml:2:10: The alias '*n' is not read: YAML aliases are not supported. Write the value itself"
                        + " here.",
                first.describe());
        assertEquals(1, second.line());
        assertTrue(second.message().startsWith("The alias '*s' is not read"), second::describe);
    }

    @Test
    void parseScenario_textOverTheSizeLimit_isRefusedWithTheLimit() {
        String text = FLAT + "#" + "x".repeat((int) TextFiles.MAX_DOCUMENT_BYTES) + "\n";

        Problem problem = onlyProblem(() -> ScenarioReader.parse(text, "s.yaml"));

        assertEquals("The scenario file is 3.0 MiB, more than the 3.0 MiB the engine reads.", problem.message());
    }

    @Test
    void readScenario_aFolderOrUtf16_isOneProblemThatSaysSo() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("plan.yaml"));
        Path utf16 = Files.write(dir.resolve("utf16.yaml"), FLAT.getBytes(StandardCharsets.UTF_16));

        assertEquals(
                "The scenario file is a folder, not a file.",
                onlyProblem(() -> ScenarioReader.read(folder)).message());
        assertTrue(onlyProblem(() -> ScenarioReader.read(utf16)).message().contains("is in UTF-16"));
    }

    // ---- overrides -------------------------------------------------------------------------------

    @Test
    void parseOverrides_hugeValuesAliasesAndSecondDocuments_areLocatedProblems() {
        Problem huge = onlyProblem(
                () -> OverridesReader.parseTable("esa,parameter,value\nE,rule.lump_sum,1e999999999\n", "esa", "o.csv"));
        Problem alias = onlyProblem(
                () -> OverridesReader.parseUnit("esa: &e E\nrule: {weights: {remote: *e}}\n", "esa", "esa/e.yaml"));
        Problem second = onlyProblem(
                () -> OverridesReader.parseUnit("esa: E\nrule: {lump_sum: 1}\n---\nesa: F\n", "esa", "e.yaml"));

        assertEquals(
                "o.csv:2: value: '1e999999999' is too large: no parameter may be more than 10,000,000,000,000. Write"
                        + " the number plainly, without thousands separators, e.g. 1.5 or 2000.",
                huge.describe());
        assertEquals(2, alias.line());
        assertTrue(alias.message().startsWith("The alias '*e' is not read"), alias::describe);
        assertEquals(4, second.line());
    }

    @Test
    void problem_escapesEveryControlCharacterOnceAndEscapingAgainChangesNothing() {
        Problem problem = new Problem("a\u0007.csv", 1, 0, "f\u001B", "s\u0000", "m\r\n", "a\u2028");

        assertEquals("a\\u0007.csv:1: school s\\u0000, column f\\u001B: m\\u000D\\u000A a\\u2028", problem.describe());
        assertEquals(
                problem,
                new Problem(
                        problem.source(),
                        problem.line(),
                        problem.column(),
                        problem.field(),
                        problem.schoolId(),
                        problem.message(),
                        problem.advice()));
        assertEquals("ไทย, plain text", Problem.escape("ไทย, plain text"));
    }
}

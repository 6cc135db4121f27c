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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code alloc run} on a bad school file: every problem listed with its file, line, column and
 * school, exit code 2, and no output written or changed.
 */
class SchoolFileErrorsIT {
    @TempDir
    Path work;

    @Test
    void run_malformedSchoolFile_listsEveryProblemExitsTwoAndWritesNothing() {
        Fixtures.copyExample(work);
        Fixtures.copyResource(Fixtures.PROBLEMS, work.resolve(Fixtures.PROBLEMS));
        SortedMap<String, String> before = Fixtures.snapshot(work);

        AllocProcess.Result result = AllocProcess.run(
                        work, "run", Fixtures.NEEDS_WEIGHTED, "--schools", Fixtures.PROBLEMS)
                .assertExitCode(2);

        result.assertProblems(Fixtures.PROBLEMS_EXPECTED);
        assertEquals(before, Fixtures.snapshot(work), "no out/ folder, nothing changed");
    }

    @Test
    void run_malformedSchoolFile_leavesAnEarlierOutputFolderUnchanged() {
        Fixtures.copyExample(work);
        Fixtures.copyResource(Fixtures.PROBLEMS, work.resolve(Fixtures.PROBLEMS));
        AllocProcess.run(work, "run", Fixtures.NEEDS_WEIGHTED, "--out", "result")
                .assertExitCode(0);
        SortedMap<String, String> before = Fixtures.snapshot(work);

        AllocProcess.Result result = AllocProcess.run(
                        work, "run", Fixtures.NEEDS_WEIGHTED, "--schools", Fixtures.PROBLEMS, "--out", "result")
                .assertExitCode(2);

        assertEquals(Fixtures.PROBLEMS_EXPECTED.size(), result.errorLines().size(), result::describe);
        assertEquals(before, Fixtures.snapshot(work), "the earlier output and its neighbourhood");
    }

    @Test
    void run_schoolFileMissingRequiredColumns_namesEachColumnAndSuggestsTheMisspeltHeader_exitsTwo() {
        Fixtures.copyExample(work);
        List<String> lines =
                Fixtures.read(work.resolve(Fixtures.SCHOOLS)).lines().toList();
        List<String> header = List.of(lines.get(0).split(",", -1));
        int poor = header.indexOf("pupils_poor");
        StringBuilder csv = new StringBuilder();
        for (String line : lines) {
            List<String> fields = new ArrayList<>(List.of(line.split(",", -1)));
            assertEquals(header.size(), fields.size(), "a quoted comma in the example: " + line);
            fields.remove(poor);
            csv.append(String.join(",", fields)).append('\n');
        }
        String text = Fixtures.replaceOnce(csv.toString(), ",area_type,", ",areatype,");
        Fixtures.write(work.resolve("missing.csv"), text);
        SortedMap<String, String> before = Fixtures.snapshot(work);

        AllocProcess.Result result = AllocProcess.run(work, "run", Fixtures.NEEDS_WEIGHTED, "--schools", "missing.csv")
                .assertExitCode(2);

        result.assertProblems(List.of(
                "error: missing.csv:1: area_type: The required column 'area_type' is missing."
                        + " Did you mean the header 'areatype'?",
                "error: missing.csv:1: pupils_poor: The required column 'pupils_poor' is missing."));
        assertEquals(before, Fixtures.snapshot(work));
    }

    @Test
    void run_emptySchoolFile_saysTheFileIsEmpty_exitsTwo() {
        Fixtures.copyExample(work);
        Fixtures.write(work.resolve("empty.csv"), "");

        assertOneProblemAndNothingWritten("empty.csv", "error: empty.csv: The file is empty.");
    }

    @Test
    void run_schoolFileHoldingOnlyAByteOrderMark_saysTheFileIsEmpty_exitsTwo() {
        // What is left of an empty sheet saved as UTF-8 text with a byte-order mark, as Excel does.
        Fixtures.copyExample(work);
        Fixtures.write(work.resolve("bom-only.csv"), "\uFEFF\r\n");

        assertOneProblemAndNothingWritten("bom-only.csv", "error: bom-only.csv: The file is empty.");
    }

    @Test
    void run_headerOnlySchoolFile_saysThereAreNoSchools_exitsTwo() {
        Fixtures.copyExample(work);
        String header = Fixtures.read(work.resolve(Fixtures.SCHOOLS))
                .lines()
                .findFirst()
                .orElseThrow();
        Fixtures.write(work.resolve("header-only.csv"), header + "\n");

        assertOneProblemAndNothingWritten(
                "header-only.csv", "error: header-only.csv: The file has a header but no schools.");
    }

    @Test
    void run_schoolFileInThaiWindowsEncoding_saysItIsNotUtf8AndHowToConvert_exitsTwo() {
        Fixtures.copyExample(work);
        // The example's Thai names as Excel on a Thai Windows saves them: Windows-874 (TIS-620 plus a few signs).
        Charset windows874 = Charset.forName("x-windows-874");
        byte[] bytes = Fixtures.read(work.resolve(Fixtures.SCHOOLS)).getBytes(windows874);
        assertThrows(
                CharacterCodingException.class,
                () -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)),
                "the fixture is UTF-8");
        Fixtures.write(work.resolve("schools-874.csv"), bytes);

        String message = assertOneProblemAndNothingWritten(
                "schools-874.csv", "error: schools-874.csv: The file is not valid UTF-8 text.");
        assertTrue(message.contains("TIS-620"), message);
    }

    /** Runs the example with {@code --schools file}; asserts exit 2, the one problem, and no output. */
    private String assertOneProblemAndNothingWritten(String file, String expected) {
        SortedMap<String, String> before = Fixtures.snapshot(work);

        AllocProcess.Result result = AllocProcess.run(work, "run", Fixtures.NEEDS_WEIGHTED, "--schools", file)
                .assertExitCode(2);

        result.assertProblems(List.of(expected));
        assertEquals(before, Fixtures.snapshot(work));
        return result.errorLines().get(0);
    }
}

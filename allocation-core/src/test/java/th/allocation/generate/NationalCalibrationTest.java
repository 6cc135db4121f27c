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
package th.allocation.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import th.allocation.model.SchoolTable;

/**
 * The national default file against every calibration target, each with the tolerance stated in
 * {@link Calibration} (and in the README's table): the published figures of docs/formulas.md (Thai facts),
 * the brief, and the generator's assumptions. The file is read back with the ordinary
 * school reader, which also proves it is valid input.
 */
class NationalCalibrationTest {
    static final Path README = Path.of("..", "examples", "thailand", "README.md");
    static final String BEGIN = "<!-- calibration report: begin -->";
    static final String END = "<!-- calibration report: end -->";

    @TestFactory
    Stream<DynamicTest> everyTargetIsWithinItsTolerance() {
        SchoolTable table = NationalFile.table();
        return Calibration.of(table).stream()
                .map(check -> DynamicTest.dynamicTest(
                        check.aggregate(),
                        () -> assertTrue(
                                check.passed(),
                                check.aggregate() + ": target " + check.target() + " " + check.tolerance() + " ("
                                        + check.source() + "), the file has " + check.measured())));
    }

    @Test
    void readme_showsTheReportOfTheNationalFile() throws IOException {
        SchoolTable table = NationalFile.table();
        String expected = "\n" + Calibration.markdown(Calibration.of(table)) + "\n" + Calibration.profile(table);
        String readme = Files.readString(README, StandardCharsets.UTF_8).replace("\r\n", "\n");
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertTrue(begin >= 0 && end > begin, README + " must hold the report between " + BEGIN + " and " + END);
        assertEquals(
                expected,
                readme.substring(begin + BEGIN.length(), end),
                "The README's calibration report is not the one of the generated file; replace it with the output"
                        + " of: ./alloc generate --out /tmp/schools.csv --force --report");
    }
}

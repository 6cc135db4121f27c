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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.allocation.InputException;
import th.allocation.Problem;

/** A scenario's problems are all reported at once, each at its line, with no echo of another; slips are hinted. */
class ScenarioProblemsTest {
    /** A scenario written from scratch with six mistakes in five sections. */
    private static final String SIX_MISTAKES = String.join(
            "\n",
            "name: From scratch",
            "fiscal_year: 2570",
            "schools: schools.csv",
            "budget: \"15,905,052\"",
            "rule:",
            "  type: weighted",
            "  base_per_pupil: {preprimary: 1836, primary: 2052, lower_secondary: 3780, upper_secondary: -4104}",
            "  weights:",
            "    area_type: {capital: 1.0, municipal: 1.0, district: 1.05, subdistric: 1.1, special: 1.3}",
            "    remote: 0.8",
            "  loadings: {poor: 3000, special_needs: 5000}",
            "  lump_sum: 20000",
            "floors:",
            "  min_per_pupil: -1900",
            "  percent_of_previous: 20000",
            "caps:",
            "  percent_of_previous: 150",
            "");

    private static List<String> described(String text) {
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.parse(text, "s.yaml"));
        assertEquals(e.problems().size(), e.totalProblems());
        return e.problems().stream().map(Problem::describe).toList();
    }

    @Test
    void parse_sixMistakes_reportsAllSixAtOnce_eachAtItsLine() {
        List<String> problems = described(SIX_MISTAKES);

        assertEquals(6, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).startsWith("s.yaml:9:63: rule.weights.area_type.subdistric: Unknown key"));
        assertTrue(problems.get(1).startsWith("s.yaml:4:1: budget: The value is not of the right kind"));
        assertTrue(problems.get(2).startsWith("s.yaml:7:3: rule.base_per_pupil: 'upper_secondary' must be at least"));
        assertTrue(problems.get(3).startsWith("s.yaml:8:3: rule.weights: Weight 'remote' must be"));
        assertTrue(problems.get(4).startsWith("s.yaml:13:1: floors: 'min_per_pupil' must be at least 0"));
        assertTrue(problems.get(5).startsWith("s.yaml:13:1: floors: 'percent_of_previous' (20000) is too large"));
    }

    @Test
    void parse_oneMistake_isReportedAlone_asBefore() {
        String text = SIX_MISTAKES
                .replace("\"15,905,052\"", "15905052")
                .replace("subdistric:", "subdistrict:")
                .replace("-4104", "4104")
                .replace("remote: 0.8", "remote: 1.2")
                .replace("percent_of_previous: 20000", "percent_of_previous: 100");

        assertEquals(
                List.of("s.yaml:13:1: floors: 'min_per_pupil' must be at least 0 baht, in whole satang (-1900)."),
                described(text));
    }

    @Test
    void parse_aSectionThatCannotBeRead_doesNotEchoAsMissingKeys() {
        // A rule type that does not exist leaves the rule unreadable: one problem, not also "needs a rule".
        String text = SIX_MISTAKES
                .replace("type: weighted", "type: weigthed")
                .replace("\"15,905,052\"", "15905052")
                .replace("subdistric:", "subdistrict:")
                .replace("percent_of_previous: 20000", "percent_of_previous: 100");

        List<String> problems = described(text);

        assertEquals(2, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains("rule.type: Unknown rule type 'weigthed'. Did you mean 'weighted'?"));
        assertTrue(problems.get(1).startsWith("s.yaml:13:1: floors: 'min_per_pupil'"), problems.get(1));
    }

    @Test
    void parse_unknownKeysAndBadValues_areReportedTogether() {
        String text = String.join(
                "\n",
                "fiscal_year: 2570",
                "budgte: 100",
                "rule: {type: flat, rates: {preprimary: 1, primary: 1, lower_secondary: 1, upper_secondary: -1}}",
                "");

        List<String> problems = described(text);

        assertEquals(2, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).startsWith("s.yaml:2:1: budgte: Unknown key 'budgte'. Did you mean 'budget'?"));
        assertTrue(problems.get(1).contains("'upper_secondary' must be at least 0"), problems.get(1));
    }

    @Test
    void hints_percentagesWrittenAsFractions_andWeightsAsPercentages_eachAtItsLine(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("s.yaml");
        Files.writeString(
                file,
                SIX_MISTAKES
                        .replace("\"15,905,052\"", "15905052")
                        .replace("subdistric:", "subdistrict:")
                        .replace("-4104", "4104")
                        .replace("remote: 0.8", "remote: 120")
                        .replace("min_per_pupil: -1900", "min_per_pupil: 1900")
                        .replace("percent_of_previous: 20000", "percent_of_previous: 0.95")
                        .replace("percent_of_previous: 150", "percent_of_previous: 1.5"));

        List<String> hints =
                ScenarioReader.hints(file).stream().map(Problem::describe).toList();
        ScenarioReader.WithHints read = ScenarioReader.readWithHints(file);

        assertEquals(ScenarioReader.read(file), read.scenario());
        assertEquals(ScenarioReader.hints(file), read.hints());
        String at = file.toString();
        assertEquals(
                List.of(
                        at + ":17:3: caps.percent_of_previous: 1.5 caps each school at 1.5 % of its previous"
                                + " allocation. Percentages are written in percent: if 150 % was meant, write 150.",
                        at + ":15:3: floors.percent_of_previous: 0.95 keeps each school at least at 0.95 % of its"
                                + " previous allocation. Percentages are written in percent: if 95 % was meant, write"
                                + " 95.",
                        at + ":10:5: rule.weights.remote: A weight of 120 multiplies the base by 120. Weights are"
                                + " factors: if 120 % was meant, write 1.2."),
                hints);
    }

    @Test
    void hints_noneForAnyBundledScenario() throws IOException {
        for (String folder : List.of("small", "thailand")) {
            try (Stream<Path> files = Files.list(Path.of("..", "examples", folder))) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                    assertEquals(List.of(), ScenarioReader.hints(file), file.toString());
                    ScenarioReader.WithHints read = ScenarioReader.readWithHints(file);
                    assertEquals(ScenarioReader.read(file), read.scenario(), file.toString());
                    assertEquals(List.of(), read.hints(), file.toString());
                }
            }
        }
    }
}

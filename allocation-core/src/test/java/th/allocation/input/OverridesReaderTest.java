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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.engine.AllocationEngine;
import th.allocation.model.Enrolment;
import th.allocation.model.School;
import th.allocation.model.SchoolTable;
import th.allocation.scenario.AdminLevel;
import th.allocation.scenario.LocalOverride;
import th.allocation.scenario.Scenario;

/** Units' overrides read from a folder of YAML files or a CSV table, and through a scenario file. */
class OverridesReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static void assertOverride(
            LocalOverride o, String unit, String parameter, String value, String source, long line, long column) {
        assertEquals(unit, o.unit(), o.toString());
        assertEquals(parameter, o.parameter(), o.toString());
        assertEquals(0, new BigDecimal(value).compareTo(o.value()), o.toString());
        assertEquals(source, o.source(), o.toString());
        assertEquals(line, o.line(), o.toString());
        assertEquals(column, o.column(), o.toString());
    }

    private static Problem only(InputException e) {
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    // A folder of YAML files

    @Test
    void read_folder_givesEveryNumberWithItsUnitFileLineAndColumn() throws IOException {
        write(
                "esa/b-korat.yaml",
                String.join(
                        "\n",
                        "# ESA 2 weighs remote schools more.", // line 1
                        "esa: ESA 2", // line 2
                        "rule:", // line 3
                        "  weights:", // line 4
                        "    remote: 1.5", // line 5, the value in column 13
                        "  loadings: {poor: 3000}", // line 6, column 20
                        "targets:", // line 7
                        "  indicators:", // line 8
                        "    reading:", // line 9
                        "      target: 0.65", // line 10, column 15
                        ""));
        write("esa/a-pattani.json", "{\"esa\": \"ESA 3\", \"floors\": {\"min_per_pupil\": 2100}}");
        write("esa/README.md", "Not an override: ignored.");
        List<LocalOverride> read = OverridesReader.read(dir.resolve("esa"), "esa", "esa");
        assertEquals(4, read.size(), read.toString());
        // Files in name order, values in file order.
        assertOverride(read.get(0), "ESA 3", "floors.min_per_pupil", "2100", "esa/a-pattani.json", 1, 46);
        assertOverride(read.get(1), "ESA 2", "rule.weights.remote", "1.5", "esa/b-korat.yaml", 5, 13);
        assertOverride(read.get(2), "ESA 2", "rule.loadings.poor", "3000", "esa/b-korat.yaml", 6, 20);
        assertOverride(read.get(3), "ESA 2", "targets.indicators.reading.target", "0.65", "esa/b-korat.yaml", 10, 15);
    }

    @Test
    void read_folderWithoutUnitFiles_saysSoRatherThanReadingNothing() throws IOException {
        // Issue 11: a folder that gives no unit its values is more likely a wrong path than a wish; the
        // level's 'overrides' key can be removed for "no unit sets its own values yet".
        Files.createDirectories(dir.resolve("esa"));
        write("esa/README.md", "Each ESA's file goes here.");
        write("esa/.DS_Store", "");

        InputException e =
                assertThrows(InputException.class, () -> OverridesReader.read(dir.resolve("esa"), "esa", "esa"));

        assertEquals(
                "esa: The overrides folder holds no .yaml, .yml or .json file, so no unit sets its own values. Add one"
                        + " file per unit that sets its own values, or remove the level's 'overrides' key.",
                e.problems().get(0).describe());
    }

    @Test
    void read_folderWithFilesItDoesNotRead_namesThemAll() throws IOException {
        // Issue 11: chiang-mai-5.yml.txt is a unit's file saved with the wrong extension; skipping it would
        // allocate that unit by the centre's values without a word.
        write("esa/b-korat.yaml", "esa: ESA 2\nrule: {weights: {remote: 1.5}}\n");
        write("esa/chiang-mai-5.yml.txt", "esa: ESA 5\n");
        write("esa/notes.csv", "who,what\n");

        InputException e =
                assertThrows(InputException.class, () -> OverridesReader.read(dir.resolve("esa"), "esa", "esa"));

        assertEquals(1, e.problems().size(), e::getMessage);
        assertTrue(
                e.problems()
                        .get(0)
                        .describe()
                        .startsWith("esa: The overrides folder holds 2 files it does not read: chiang-mai-5.yml.txt,"
                                + " notes.csv."),
                e::getMessage);
    }

    @Test
    void read_folder_listsTheProblemsOfEveryFileAtOnce() throws IOException {
        write(
                "esa/a.yaml",
                String.join(
                        "\n",
                        "esa: ESA 2",
                        "rule:",
                        "  weights:",
                        "    remote: high", // line 4, column 13
                        "    area_type: [1.1, 1.2]", // line 5, column 16
                        "  lump_sum: \"5000\"", // line 6: quoted, so text
                        ""));
        write("esa/b.yaml", "rule:\n  lump_sum: 5000\n");
        write("esa/c.yaml", "esa: ESA 3\nesa: ESA 4\n");
        InputException e =
                assertThrows(InputException.class, () -> OverridesReader.read(dir.resolve("esa"), "esa", "esa"));
        List<Problem> problems = e.problems();
        assertEquals(5, problems.size(), e.getMessage());

        Problem notNumber = problems.get(0);
        assertEquals("esa/a.yaml", notNumber.source());
        assertEquals(4, notNumber.line());
        assertEquals(13, notNumber.column());
        assertEquals("rule.weights.remote", notNumber.field());
        assertEquals("'high' is not a number; units may set numbers only.", notNumber.message());

        Problem list = problems.get(1);
        assertEquals(5, list.line());
        assertEquals(16, list.column());
        assertEquals("rule.weights.area_type", list.field());
        assertEquals("A list cannot be overridden.", list.message());

        Problem quoted = problems.get(2);
        assertEquals(6, quoted.line());
        assertEquals("rule.lump_sum", quoted.field());
        assertTrue(quoted.message().startsWith("'5000' is not a number"), quoted.message());

        Problem noUnit = problems.get(3);
        assertEquals("esa/b.yaml", noUnit.source());
        assertEquals("The file does not say which esa it is for.", noUnit.message());
        assertEquals("Add a line 'esa: <the esa's name, as in the school file>'.", noUnit.advice());

        Problem duplicate = problems.get(4);
        assertEquals("esa/c.yaml", duplicate.source());
        assertEquals(2, duplicate.line());
        assertTrue(duplicate.message().contains("Duplicate field 'esa'"), duplicate.message());
    }

    @Test
    void read_folder_aListOfIndicators_isRejectedWithAdviceToNameThem() throws IOException {
        write("esa/a.yaml", "esa: ESA 2\ntargets:\n  indicators:\n    - {name: reading, target: 0.65}\n");
        Problem p =
                only(assertThrows(InputException.class, () -> OverridesReader.read(dir.resolve("esa"), "esa", "esa")));
        assertEquals("targets.indicators", p.field());
        assertEquals(4, p.line());
        assertTrue(p.advice().contains("{indicators: {reading: {target: 0.65}}}"), p.advice());
    }

    @Test
    void read_folder_aFileNotInUtf8_isAProblem() throws IOException {
        Path file = dir.resolve("esa").resolve("a.yaml");
        Files.createDirectories(file.getParent());
        Files.write(
                file,
                new byte[] {'e', 's', 'a', ':', ' ', (byte) 0xca, (byte) 0xbe, (byte) 0xbb, '\n'}); // "สพป" in TIS-620
        Problem p =
                only(assertThrows(InputException.class, () -> OverridesReader.read(dir.resolve("esa"), "esa", "esa")));
        assertEquals("The file is not valid UTF-8 text.", p.message());
    }

    // A CSV table

    @Test
    void read_csv_withTheLevelsColumnByteOrderMarkCrlfAndExtraColumns() throws IOException {
        Path file = write(
                "esa.csv",
                "\uFEFFesa,parameter,value,decided by\r\n"
                        + "ESA 2,rule.weights.remote,1.5,\"board, 3 May\"\r\n" // line 2
                        + "ESA 3,rule.loadings.poor, 4000 ,\"a note\r\nover two lines\"\r\n" // lines 3-4
                        + "\r\n" // line 5: empty, skipped
                        + "สพป.เชียงใหม่ เขต 5,targets.indicators.reading.target,0.65,\r\n"); // line 6
        List<LocalOverride> read = OverridesReader.read(file, "esa", "esa.csv");
        assertEquals(3, read.size(), read.toString());
        assertOverride(read.get(0), "ESA 2", "rule.weights.remote", "1.5", "esa.csv", 2, 0);
        assertOverride(read.get(1), "ESA 3", "rule.loadings.poor", "4000", "esa.csv", 3, 0);
        assertOverride(
                read.get(2), "สพป.เชียงใหม่ เขต 5", "targets.indicators.reading.target", "0.65", "esa.csv", 6, 0);
    }

    @Test
    void read_csv_withAUnitColumn() throws IOException {
        Path file = write("networks.csv", "parameter,unit,value\nrule.lump_sum,Net A,25000\n");
        List<LocalOverride> read = OverridesReader.read(file, "network", "networks.csv");
        assertOverride(read.get(0), "Net A", "rule.lump_sum", "25000", "networks.csv", 2, 0);
    }

    @Test
    void read_csv_listsEveryBadRowWithItsLine() throws IOException {
        Path file = write(
                "esa.csv",
                String.join(
                        "\n",
                        "unit,parameter,value",
                        "ESA 2,rule.weights.remote,\"1,5\"", // line 2: a decimal comma
                        ",rule.lump_sum,3000", // line 3: no unit
                        "ESA 3,,3000", // line 4: no parameter
                        "ESA 4", // line 5: too few fields
                        "ESA 5,rule.lump_sum,NaN", // line 6
                        "ESA 6,rule.lump_sum,25000", // line 7: fine
                        ""));
        InputException e = assertThrows(InputException.class, () -> OverridesReader.read(file, "esa", "esa.csv"));
        List<Problem> problems = e.problems();
        assertEquals(
                List.of(2L, 3L, 4L, 5L, 6L),
                problems.stream().map(Problem::line).toList(),
                e.getMessage());
        assertEquals("value", problems.get(0).field());
        assertEquals("'1,5' is not a number.", problems.get(0).message());
        assertEquals("unit", problems.get(1).field());
        assertEquals("The unit is empty.", problems.get(1).message());
        assertEquals("The parameter is empty.", problems.get(2).message());
        assertEquals("The row has 1 fields; the header has 3.", problems.get(3).message());
        assertEquals("'NaN' is not a number.", problems.get(4).message());
        assertTrue(problems.stream().allMatch(p -> p.source().equals("esa.csv")));
    }

    @Test
    void read_csv_headerWithoutValueColumn_isAProblemOnLineOne() throws IOException {
        Path file = write("esa.csv", "esa,parameter,amount\nESA 2,rule.lump_sum,1\n");
        Problem p = only(assertThrows(InputException.class, () -> OverridesReader.read(file, "esa", "esa.csv")));
        assertEquals(1, p.line());
        assertEquals("The header (esa,parameter,amount) lacks value.", p.message());
    }

    @Test
    void read_csv_anUnclosedQuote_isAProblemAtTheRowItOpens() throws IOException {
        Path file =
                write("esa.csv", "esa,parameter,value\nESA 2,rule.lump_sum,1\n\"ESA 3,rule.lump_sum,2\nESA 4,x,3\n");
        Problem p = only(assertThrows(InputException.class, () -> OverridesReader.read(file, "esa", "esa.csv")));
        assertEquals("esa.csv", p.source());
        assertEquals(3, p.line());
        assertTrue(p.message().startsWith("The file is not well-formed CSV"), p.message());
    }

    @Test
    void read_csv_emptyFile_isAProblem() throws IOException {
        Path file = write("esa.csv", "");
        Problem p = only(assertThrows(InputException.class, () -> OverridesReader.read(file, "esa", "esa.csv")));
        assertEquals("The file is empty.", p.message());
    }

    @Test
    void read_neitherFolderNorCsv_orMissing_isAProblem() throws IOException {
        Path yaml = write("esa.yaml", "esa: ESA 2\nrule: {lump_sum: 1}\n");
        Problem neither = only(assertThrows(InputException.class, () -> OverridesReader.read(yaml, "esa", "esa.yaml")));
        assertTrue(neither.message().contains("neither"), neither.message());
        Problem missing = only(assertThrows(
                InputException.class, () -> OverridesReader.read(dir.resolve("nowhere"), "esa", "nowhere")));
        assertEquals("nowhere", missing.source());
        assertEquals("The overrides file or folder does not exist.", missing.message());
    }

    @Test
    void read_unknownUnit_isReadAndReportedWhenAllocating_atItsLine() throws IOException {
        Path file = write("esa.csv", "esa,parameter,value\nESA 2,rule.lump_sum,1000\nESA 100,rule.lump_sum,2000\n");
        List<LocalOverride> read = OverridesReader.read(file, "esa", "esa.csv");
        assertEquals(2, read.size(), "the reader does not know the schools");
        Scenario scenario = ScenarioReader.parse(
                String.join(
                        "\n",
                        "fiscal_year: 2570",
                        "budget: 1000000",
                        "rule: {type: weighted, base_per_pupil: {preprimary: 1000, primary: 1000, lower_secondary: 1000,"
                                + " upper_secondary: 1000}}",
                        "levels:",
                        "  - by: esa",
                        "    may_override: {rule.lump_sum: {min: 0, max: 5000}}",
                        ""),
                "s.yaml");
        Scenario withOverrides =
                scenario.withLevels(List.of(scenario.levels().get(0).withLocal(read)));
        SchoolTable schools = SchoolTable.of(List.of(
                School.of("1", "a").withHierarchy("C1", "ESA 2", "").withPupils(new Enrolment(0, 10, 0, 0), 0, 0),
                School.of("2", "b").withHierarchy("C1", "ESA 10", "").withPupils(new Enrolment(0, 20, 0, 0), 0, 0)));
        Problem p = only(assertThrows(InputException.class, () -> AllocationEngine.allocate(withOverrides, schools)));
        assertEquals("esa.csv", p.source());
        assertEquals(3, p.line());
        assertEquals("No school of the school table is in the esa 'ESA 100'.", p.message());
        assertEquals("Did you mean 'ESA 10'?", p.advice());
    }

    // Through a scenario file

    private static final String SCENARIO = String.join(
            "\n",
            "fiscal_year: 2570",
            "schools: schools.csv",
            "budget: 1000000",
            "rule: {type: flat, rates: {preprimary: 1000, primary: 1000, lower_secondary: 1000, upper_secondary: 1000}}",
            "levels:",
            "  - by: cluster",
            "  - by: esa",
            "    rule:",
            "      type: weighted",
            "      base_per_pupil: {preprimary: 1000, primary: 1000, lower_secondary: 1000, upper_secondary: 1000}",
            "      weights: {remote: 1.2}",
            "    may_override:",
            "      rule.weights.remote: {min: 1.0, max: 1.6}",
            "      rule.loadings.poor: {max: 5000}",
            "    overrides: OVERRIDES",
            "");

    @Test
    void scenarioRead_readsEachLevelsOverridesFromItsFolder() throws IOException {
        Path scenarioFile = write("decentralised.yaml", SCENARIO.replace("OVERRIDES", "esa-overrides"));
        write("esa-overrides/korat.yaml", "esa: ESA 2\nrule:\n  weights:\n    remote: 1.5\n");
        write("esa-overrides/pattani.yaml", "esa: ESA 3\nrule:\n  loadings:\n    poor: 5000\n");
        Scenario scenario = ScenarioReader.read(scenarioFile);
        assertEquals(List.of(), scenario.levels().get(0).local(), "the cluster level has none");
        AdminLevel esa = scenario.levels().get(1);
        assertEquals("esa-overrides", esa.overrides());
        assertEquals(2, esa.local().size(), esa.local().toString());
        String source = dir.resolve("esa-overrides").resolve("korat.yaml").toString();
        assertOverride(esa.local().get(0), "ESA 2", "rule.weights.remote", "1.5", source, 4, 13);
        assertOverride(
                esa.local().get(1),
                "ESA 3",
                "rule.loadings.poor",
                "5000",
                dir.resolve("esa-overrides").resolve("pattani.yaml").toString(),
                4,
                11);
        assertEquals(Map.of(), scenario.columns());
    }

    @Test
    void engineLoad_anOverrideOutsideTheBounds_isReportedAtItsLineWithTheBounds() throws IOException {
        Path scenarioFile = write("decentralised.yaml", SCENARIO.replace("OVERRIDES", "esa.csv"));
        write(
                "esa.csv",
                "esa,parameter,value\nESA 2,rule.weights.remote,1.5\nESA 3,rule.weights.remote,1.7\n"
                        + "ESA 4,rule.loadings.poor,6000\n");
        InputException e = assertThrows(InputException.class, () -> AllocationEngine.load(scenarioFile));
        assertEquals(2, e.problems().size(), e.getMessage());
        Problem remote = e.problems().get(0);
        assertEquals(dir.resolve("esa.csv").toString(), remote.source());
        assertEquals(3, remote.line());
        assertEquals("rule.weights.remote", remote.field());
        assertEquals(
                "esa 'ESA 3' sets rule.weights.remote to 1.7, outside the centre's bounds: between 1.0 and 1.6.",
                remote.message());
        assertEquals(4, e.problems().get(1).line());
        assertTrue(
                e.problems().get(1).message().endsWith("outside the centre's bounds: at most 5000."),
                e.problems().get(1).message());
    }

    @Test
    void scenarioRead_overridesThatDoNotExist_areAProblem() throws IOException {
        Path scenarioFile = write("decentralised.yaml", SCENARIO.replace("OVERRIDES", "esa-overides"));
        Problem p = only(assertThrows(InputException.class, () -> ScenarioReader.read(scenarioFile)));
        assertEquals(dir.resolve("esa-overides").toString(), p.source());
        assertEquals("The overrides file or folder does not exist.", p.message());
    }

    @Test
    void engineLoad_mayOverrideAParameterTheLevelsRuleLacks_namesTheScenarioFile() throws IOException {
        Path scenarioFile = write(
                "decentralised.yaml",
                SCENARIO.replace("OVERRIDES", "esa.csv")
                        .replace("rule.loadings.poor: {max: 5000}", "rule.rates.primary: {max: 5000}"));
        write("esa.csv", "esa,parameter,value\n");
        Problem p = only(assertThrows(InputException.class, () -> AllocationEngine.load(scenarioFile)));
        assertEquals(scenarioFile.toString(), p.source());
        assertEquals("levels.1.may_override.rule.rates.primary", p.field());
        assertTrue(p.message().contains("(rule type weighted) do not have"), p.message());
    }
}

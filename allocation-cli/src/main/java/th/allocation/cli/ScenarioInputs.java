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

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.input.ScenarioReader;
import th.allocation.input.SchoolCsvReader;
import th.allocation.model.SchoolTable;
import th.allocation.output.InputFile;
import th.allocation.scenario.Scenario;

/** The inputs every scenario command takes: the scenario file and, optionally, another school file. */
final class ScenarioInputs {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (YAML or JSON).")
    Path scenarioFile;

    @Option(
            names = "--schools",
            paramLabel = "FILE",
            description = "The school file (CSV); overrides the one the scenario names.")
    Path schoolsFile;

    /** The scenario, read strictly. */
    Scenario scenario() {
        return ScenarioReader.read(scenarioFile);
    }

    /** The school file: the one given with --schools, or the scenario's, relative to the scenario's folder. */
    Path schoolsPath(Scenario scenario) {
        return schoolsPath(scenarioFile, schoolsFile, scenario);
    }

    /**
     * The school file of {@code scenario}, read from {@code scenarioFile}: {@code override} if given,
     * else the one the scenario names, relative to its folder (shown relative to the working folder
     * when it lies below it).
     */
    static Path schoolsPath(Path scenarioFile, Path override, Scenario scenario) {
        if (override != null) {
            return override;
        }
        if (scenario.schools().isEmpty()) {
            throw new InputException(new Problem(
                    scenarioFile.toString(),
                    0,
                    0,
                    "schools",
                    "",
                    "The scenario names no school file.",
                    "Add 'schools: FILE' to the scenario, or give --schools FILE."));
        }
        Path resolved = scenario.schoolsPath(scenarioFile);
        Path relative = Path.of("").toAbsolutePath().relativize(resolved);
        return relative.toString().startsWith("..") ? resolved : relative;
    }

    /** The schools of the scenario. */
    SchoolTable schools(Scenario scenario) {
        Set<String> indicators =
                scenario.targets() == null ? Set.of() : scenario.targets().columns();
        return SchoolCsvReader.read(schoolsPath(scenario), scenario.columns(), indicators);
    }

    /** The files of the run, hashed for the manifest. */
    List<InputFile> files(Scenario scenario) {
        return List.of(InputFile.of("scenario", scenarioFile), InputFile.of("schools", schoolsPath(scenario)));
    }
}

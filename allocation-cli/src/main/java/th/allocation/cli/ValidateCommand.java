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

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import th.allocation.engine.AllocationEngine;
import th.allocation.model.SchoolTable;

/** {@code alloc validate}: checks a scenario and its school file, and that the scenario is feasible. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = AllocCommand.Version.class,
        description = {
            "Checks the scenario and its school file and lists every problem found, with its location: every"
                    + " problem of the scenario at once, then every problem of the school file.",
            "Warns of likely unit slips, such as caps.percent_of_previous: 1.5 where 150 (%) was meant.",
            "Also checks that the scenario is feasible (floors within the budget, caps able to reach it).",
            "Writes nothing."
        })
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ScenarioInputs inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AllocationEngine engine = inputs.engine();
        ScenarioInputs.warn(engine, spec.commandLine().getErr());
        engine.allocate();
        SchoolTable schools = engine.schools();
        long pupils = 0;
        for (int i = 0; i < schools.size(); i++) {
            pupils += schools.totalPupils(i);
        }
        spec.commandLine()
                .getOut()
                .printf(
                        java.util.Locale.ROOT,
                        "OK: %s is valid and feasible; %s has %,d schools with %,d pupils.%n",
                        inputs.scenarioFile,
                        engine.schoolsFile().orElseThrow(),
                        schools.size(),
                        pupils);
        return 0;
    }
}

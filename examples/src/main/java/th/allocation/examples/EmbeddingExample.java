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
package th.allocation.examples;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import th.allocation.AllocationEngine;
import th.allocation.input.ScenarioReader;
import th.allocation.input.SchoolCsvReader;
import th.allocation.model.Baht;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.scenario.Scenario;

/**
 * How another system embeds the engine, using only its public API: read a scenario and its school
 * file, allocate, and read the result. Run it with
 *
 * <pre>java -cp examples/target/classes:allocation-core/target/... th.allocation.examples.EmbeddingExample
 *     examples/small/needs-weighted.yaml</pre>
 *
 * or through the test that keeps it working ({@code EmbeddingExampleTest}).
 */
public final class EmbeddingExample {
    private EmbeddingExample() {}

    /** Prints each school's allocation and the total for the scenario file given as the argument. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: EmbeddingExample SCENARIO_FILE");
            System.exit(2);
        }
        report(Path.of(args[0])).forEach(System.out::println);
    }

    /** One line per school ("id<TAB>allocation<TAB>bound") and a last line with the total. */
    public static List<String> report(Path scenarioFile) {
        Scenario scenario = ScenarioReader.read(scenarioFile);
        SchoolTable schools = SchoolCsvReader.read(scenario.schoolsPath(scenarioFile), scenario.columns(), Set.of());

        // A what-if an embedding system might ask: the same rule with 5% more money.
        if (scenario.budget() != null) {
            scenario = scenario.withBudget(
                    scenario.budget().multiply(new BigDecimal("1.05")).setScale(0, java.math.RoundingMode.DOWN));
        }
        AllocationResult result = AllocationEngine.allocate(scenario, schools);

        List<String> lines = new ArrayList<>();
        for (int i = 0; i < schools.size(); i++) {
            lines.add(schools.id(i) + "\t" + Baht.format(result.allocation(i)) + "\t"
                    + result.bound(i).key());
        }
        lines.add("total\t" + Baht.format(result.total()));
        return lines;
    }
}

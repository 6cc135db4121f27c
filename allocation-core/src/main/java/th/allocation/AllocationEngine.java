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
package th.allocation;

import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.scenario.Scenario;
import th.allocation.solve.FormulaAllocator;

/**
 * The library's entry point: allocates a scenario to a table of schools.
 *
 * <pre>{@code
 * SchoolTable schools = SchoolCsvReader.read(Path.of("schools.csv"), Map.of(), Set.of());
 * Scenario scenario = ScenarioReader.read(Path.of("needs-weighted.yaml"));
 * AllocationResult result = AllocationEngine.allocate(scenario, schools);
 * long satang = result.allocation(schools.indexOf("1010001"));
 * }</pre>
 *
 * <p>Stateless and thread-safe: no global state, no console output.
 */
public final class AllocationEngine {
    private AllocationEngine() {}

    /**
     * Allocates {@code scenario} to {@code schools}: in one step, or through the scenario's levels of
     * administration (a {@code DecentralisedResult}).
     *
     * @throws InputException if the scenario needs data the school table lacks
     * @throws InfeasibleException if the scenario's constraints cannot all hold, with the numbers
     */
    public static AllocationResult allocate(Scenario scenario, SchoolTable schools) {
        if (scenario.isDecentralised()) {
            return th.allocation.decentralise.DecentralisedAllocator.allocate(scenario, schools);
        }
        return scenario.targets() != null
                ? th.allocation.optimise.TargetAllocator.allocate(scenario, schools)
                : FormulaAllocator.allocate(scenario, schools);
    }

    /** The engine's version, e.g. {@code 0.1.0}. */
    public static String version() {
        return EngineVersion.VALUE;
    }
}

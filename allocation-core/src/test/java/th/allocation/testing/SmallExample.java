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
package th.allocation.testing;

import java.nio.file.Path;
import java.util.Set;
import th.allocation.engine.AllocationEngine;
import th.allocation.input.ScenarioReader;
import th.allocation.input.SchoolCsvReader;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.scenario.Scenario;

/**
 * The thirteen schools of {@code examples/small}, whose allocations under both scenarios are worked
 * by hand in {@code examples/small/README.md}: read from the project, not copied, so the tests and
 * the README cannot drift apart. Paths are relative to a module folder, where Maven runs tests.
 */
public final class SmallExample {
    /** The example's folder. */
    public static final Path FOLDER = Path.of("..", "examples", "small");
    /** Flat per head, no budget: total 15,905,052 THB. */
    public static final String STATUS_QUO = "status-quo.yaml";
    /** The same total shared by need, within floors and caps. */
    public static final String NEEDS_WEIGHTED = "needs-weighted.yaml";

    private SmallExample() {}

    /** The scenario {@code name} of the example, read as a user's file would be. */
    public static Scenario scenario(String name) {
        return ScenarioReader.read(FOLDER.resolve(name));
    }

    /** The example's schools. */
    public static SchoolTable schools() {
        Path file = FOLDER.resolve(STATUS_QUO);
        return SchoolCsvReader.read(scenario(STATUS_QUO).schoolsPath(file), java.util.Map.of(), Set.of());
    }

    /** The allocation of scenario {@code name} to {@code schools}. */
    public static AllocationResult allocate(String name, SchoolTable schools) {
        return AllocationEngine.allocate(scenario(name), schools);
    }
}

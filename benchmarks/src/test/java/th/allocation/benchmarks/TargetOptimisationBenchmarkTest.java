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
package th.allocation.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import th.allocation.result.AllocationResult;
import th.allocation.result.TargetResult;
import th.allocation.scenario.Objective;

/** The optimisation benchmark measures a correct, complete allocation for every objective. */
class TargetOptimisationBenchmarkTest {
    @Test
    void everyObjective_atASmallSize_spendsTheBudgetExactlyWithTheStructuredSolver() {
        for (Objective objective : Objective.values()) {
            TargetOptimisationBenchmark benchmark = new TargetOptimisationBenchmark();
            benchmark.schools = 3_000;
            benchmark.objective = objective;
            benchmark.setUp();
            AllocationResult result = benchmark.optimise();
            assertEquals(result.scenario().budgetSatang().getAsLong(), result.total(), objective.name());
            TargetResult targets = (TargetResult) result;
            assertEquals("structured", targets.solver());
            assertTrue(targets.weightedShortfall() > 0, "money is scarce at this budget");
        }
    }
}

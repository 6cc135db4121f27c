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
import th.allocation.result.Bound;

/** The benchmark measures what it says: each method gives a correct allocation. */
class FormulaAllocationBenchmarkTest {
    @Test
    void benchmarks_atASmallSize_giveExactFeasibleAllocations() {
        FormulaAllocationBenchmark benchmark = new FormulaAllocationBenchmark();
        benchmark.schools = 2_000;
        benchmark.setUp();
        AllocationResult weighted = benchmark.weightedWithBudget();
        assertEquals(weighted.scenario().budgetSatang().getAsLong(), weighted.total());
        boolean someBound = false;
        for (int i = 0; i < weighted.schools().size(); i++) {
            someBound |= weighted.bound(i) != Bound.NONE;
        }
        assertTrue(someBound, "the national scenario's floors and caps bind somewhere");
        AllocationResult flat = benchmark.flatBaseline();
        assertEquals(1.0, flat.scale());
        assertTrue(flat.total() > 0);
    }
}

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

/** The composed-formula benchmark measures what it says: each method gives an exact allocation of the same budget. */
class FormulaComponentsBenchmarkTest {
    @Test
    void benchmarks_atASmallSize_spendTheSameBudgetExactly_andTheComposedWeightedFormulaHasTheSameNeeds() {
        FormulaComponentsBenchmark benchmark = new FormulaComponentsBenchmark();
        benchmark.schools = 2_000;
        benchmark.setUp();
        AllocationResult weighted = benchmark.weightedRule();
        AllocationResult composed = benchmark.weightedAsComponents();
        AllocationResult nff = benchmark.nffStyleComponents();
        long budget = weighted.scenario().budgetSatang().getAsLong();
        assertEquals(budget, weighted.total());
        assertEquals(budget, composed.total());
        assertEquals(budget, nff.total());
        assertEquals(budget, benchmark.weightedRuleProtected().total());
        assertEquals(
                nff.scenario().budgetSatang().getAsLong(),
                benchmark.nffStyleProtected().total());
        assertEquals(null, nff.scenario().protections());
        assertTrue(benchmark.nffStyleProtected().scenario().protections() != null);
        assertEquals(weighted.components().size(), composed.components().size() + 3, "3 base levels become 1 base");
        for (int i = 0; i < weighted.schools().size(); i++) {
            // Each of the three uplifts is rounded after the one before it: a satang or so apart.
            assertTrue(
                    Math.abs(weighted.need(i) - composed.need(i)) <= 3,
                    weighted.schools().id(i) + ": " + weighted.need(i) + " vs " + composed.need(i));
        }
    }
}

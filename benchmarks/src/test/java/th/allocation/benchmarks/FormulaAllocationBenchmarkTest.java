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

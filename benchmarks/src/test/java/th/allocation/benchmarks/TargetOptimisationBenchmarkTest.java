package th.allocation.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import th.allocation.optimise.TargetAllocationResult;
import th.allocation.result.AllocationResult;
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
            TargetAllocationResult targets = (TargetAllocationResult) result;
            assertEquals("structured", targets.solver());
            assertTrue(targets.solution().weightedShortfall() > 0, "money is scarce at this budget");
        }
    }
}

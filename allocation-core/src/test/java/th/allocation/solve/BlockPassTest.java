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
package th.allocation.solve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import th.allocation.AllocationException;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.testing.RandomCases;

/**
 * The passes over the schools that a large table runs in parallel blocks ({@link Blocks}: the
 * solver's first pass, the needs in units, the rounding with the bounds) against the same passes on
 * one thread: the same scale, amounts and allocation to the bit, or the same failure. The tests
 * lower the threshold so that small tables run in uneven blocks; and the scale found from the rough
 * hint (the budget over the needs' sum) is the one found without a hint.
 */
class BlockPassTest {
    @Test
    void formulaAllocation_inBlocks_sameAsOnePass() {
        AtomicInteger allocated = new AtomicInteger();
        qt().withFixedSeed(20261202)
                .withExamples(300)
                .forAll(RandomCases.cases(1, 400))
                .checkAssert(c -> {
                    SchoolTable schools = SchoolTable.of(c.schools());
                    Supplier<AllocationResult> allocate = () -> FormulaAllocator.allocate(c.scenario(), schools);
                    AllocationResult one;
                    try {
                        one = inOnePass(allocate);
                    } catch (AllocationException e) {
                        AllocationException same = assertThrows(AllocationException.class, () -> inBlocks(allocate));
                        assertEquals(e.getMessage(), same.getMessage());
                        return;
                    }
                    AllocationResult blocks = inBlocks(allocate);
                    assertEquals(
                            Double.doubleToLongBits(one.scale()), Double.doubleToLongBits(blocks.scale()), "scale");
                    assertEquals(one.total(), blocks.total(), "total");
                    for (int i = 0; i < schools.size(); i++) {
                        assertEquals(one.allocation(i), blocks.allocation(i), "allocation of school " + i);
                        assertEquals(one.bound(i), blocks.bound(i), "bound of school " + i);
                        assertEquals(one.rounding(i), blocks.rounding(i), "rounding of school " + i);
                    }
                    allocated.incrementAndGet();
                });
        assertTrue(allocated.get() >= 150, allocated + " of 300 cases were allocated");
    }

    @Test
    void scaleSolver_inBlocksAndFromAnyHint_sameAsOnePassWithoutAHint() {
        Random random = new Random(20261203);
        int solved = 0;
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(trial < 50 ? 64 : 3000);
            double[] need = new double[n];
            long[] lower = new long[n];
            long[] upper = new long[n];
            long floors = 0;
            long capacity = 0;
            double needSum = 0;
            for (int i = 0; i < n; i++) {
                long previous = 10_000 + random.nextInt(5_000_000);
                int kind = random.nextInt(20);
                need[i] = kind == 0 ? 0 : kind == 1 ? previous : Math.floor(previous * (0.5 + random.nextDouble()));
                lower[i] = random.nextInt(4) == 0 ? 0 : previous * (70 + random.nextInt(31)) / 100;
                upper[i] = Math.max(lower[i], previous * (100 + random.nextInt(100)) / 100);
                floors += lower[i];
                capacity += need[i] > 0 ? upper[i] : lower[i];
                needSum += need[i];
            }
            if (capacity <= floors + 1) {
                continue;
            }
            long budget = floors + 1 + (long) (random.nextDouble() * (capacity - floors - 1));
            ScaleSolver.Solution plain = inOnePass(() -> solve(need, lower, upper, budget, Double.NaN, false));
            double[] hints = {budget / needSum, plain.scale(), plain.scale() * 1.003, plain.scale() * 0.5, Double.NaN};
            for (double hint : hints) {
                for (boolean rough : new boolean[] {false, true}) {
                    String at = "trial " + trial + ", " + n + " schools, hint " + hint + (rough ? " (rough)" : "");
                    ScaleSolver.Solution one = inOnePass(() -> solve(need, lower, upper, budget, hint, rough));
                    ScaleSolver.Solution blocks = inBlocks(() -> solve(need, lower, upper, budget, hint, rough));
                    assertEquals(Double.doubleToLongBits(plain.scale()), Double.doubleToLongBits(one.scale()), at);
                    assertEquals(Double.doubleToLongBits(plain.scale()), Double.doubleToLongBits(blocks.scale()), at);
                    assertArrayEquals(plain.amounts(), one.amounts(), 0.0, at);
                    assertArrayEquals(plain.amounts(), blocks.amounts(), 0.0, at);
                }
            }
            solved++;
        }
        assertTrue(solved >= 150, solved + " of 200 tables were solved");
    }

    private static ScaleSolver.Solution solve(
            double[] need, long[] lower, long[] upper, long budget, double hint, boolean rough) {
        ScaleSolver.Solution solution = ScaleSolver.solve(
                need,
                null,
                lower,
                upper,
                budget,
                1,
                hint,
                rough ? ScaleSearch.ROUGH_PROBES : ScaleSearch.HINT_PROBES,
                new ScaleSolver.Work(need.length),
                true);
        return new ScaleSolver.Solution(solution.scale(), solution.amounts().clone());
    }

    private static <T> T inOnePass(Supplier<T> pass) {
        int before = Blocks.parallelFrom(Integer.MAX_VALUE);
        try {
            return pass.get();
        } finally {
            Blocks.parallelFrom(before);
        }
    }

    private static <T> T inBlocks(Supplier<T> pass) {
        int before = Blocks.parallelFrom(2);
        try {
            return pass.get();
        } finally {
            Blocks.parallelFrom(before);
        }
    }
}

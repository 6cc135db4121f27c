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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * The scale solver with free parts paid on top of the bounded ones (QuickTheories, fixed seeds): the
 * amounts meet the budget, the bounded parts keep their bounds, T is non-decreasing, and without
 * free parts the solution is the one without, to the bit.
 */
class ScaleSolverFreeTest {
    /** need, free, lower, upper, budget. */
    record Case(double[] need, double[] free, long[] lower, long[] upper, long budget) {
        @Override
        public String toString() {
            return "Case[need=" + java.util.Arrays.toString(need) + ", free=" + java.util.Arrays.toString(free)
                    + ", lower=" + java.util.Arrays.toString(lower) + ", upper=" + java.util.Arrays.toString(upper)
                    + ", budget=" + budget + "]";
        }
    }

    private static final Gen<Case> CASES = in -> {
        int n = (int) in.next(Constraint.between(1, 300));
        double[] need = new double[n];
        double[] free = new double[n];
        long[] lower = new long[n];
        long[] upper = new long[n];
        long floors = 0;
        for (int i = 0; i < n; i++) {
            need[i] = in.next(Constraint.between(0, 5)) == 0 ? 0 : in.next(Constraint.between(1, 10_000_000)) / 100.0;
            free[i] = in.next(Constraint.between(0, 2)) == 0 ? 0 : in.next(Constraint.between(1, 3_000_000)) / 100.0;
            lower[i] = in.next(Constraint.between(0, 2)) == 0 ? 0 : in.next(Constraint.between(0, 80_000));
            upper[i] = in.next(Constraint.between(0, 2)) == 0
                    ? SchoolBounds.UNCAPPED
                    : lower[i] + in.next(Constraint.between(0, 120_000));
            floors += lower[i];
        }
        long budget = floors + 1 + in.next(Constraint.between(0, 200_000L * n));
        free[0] = Math.max(free[0], 1); // some free part, so no cap makes the budget unreachable
        return new Case(need, free, lower, upper, budget);
    };

    @Test
    void solve_withFreeParts_meetsTheBudgetWithinTheBounds() {
        qt().withFixedSeed(71).withExamples(400).forAll(CASES).checkAssert(c -> {
            ScaleSolver.Solution solution =
                    ScaleSolver.solve(c.need(), c.free(), c.lower(), c.upper(), c.budget(), 1, Double.NaN);
            double scale = solution.scale();
            double sum = 0;
            for (int i = 0; i < c.need().length; i++) {
                double bounded = solution.amounts()[i] - scale * c.free()[i];
                assertTrue(bounded >= c.lower()[i] - 1e-6 && bounded <= c.upper()[i] + 1e-6, "school " + i);
                sum += solution.amounts()[i];
            }
            assertEquals(c.budget(), sum, c.budget() * 1e-9);
            // Rounding within the rounding bounds FormulaAllocator gives: floor + floor(free), cap + ceil(free).
            long[] low = new long[c.need().length];
            long[] high = new long[c.need().length];
            for (int i = 0; i < low.length; i++) {
                double free = scale * c.free()[i];
                low[i] = c.lower()[i] + (long) Math.floor(free);
                high[i] = c.upper()[i] == SchoolBounds.UNCAPPED
                        ? SchoolBounds.UNCAPPED
                        : c.upper()[i] + (long) Math.ceil(free);
            }
            long[] units = LargestRemainder.round(solution.amounts(), low, high, c.budget());
            long total = 0;
            for (int i = 0; i < units.length; i++) {
                assertTrue(units[i] >= low[i] && units[i] <= high[i], "rounded school " + i);
                total += units[i];
            }
            assertEquals(c.budget(), total);
        });
    }

    @Test
    void total_withFreeParts_isNonDecreasingInTheScale() {
        qt().withFixedSeed(72).withExamples(200).forAll(CASES).checkAssert(c -> {
            double previous = Double.NEGATIVE_INFINITY;
            for (double scale = 0; scale < 4; scale += 0.0625) {
                double total = ScaleSolver.total(scale, c.need(), c.free(), c.lower(), c.upper());
                assertTrue(total >= previous, "T(" + scale + ") = " + total + " < " + previous);
                previous = total;
            }
        });
    }

    @Test
    void solve_withoutFreeParts_isTheSolutionWithout_toTheBit() {
        qt().withFixedSeed(73).withExamples(200).forAll(CASES).checkAssert(c -> {
            double[] zero = new double[c.need().length];
            long capacity = 0;
            boolean unbounded = false;
            for (int i = 0; i < zero.length; i++) {
                unbounded |= c.need()[i] > 0 && c.upper()[i] == SchoolBounds.UNCAPPED;
                capacity += c.need()[i] > 0 && c.upper()[i] != SchoolBounds.UNCAPPED ? c.upper()[i] : c.lower()[i];
            }
            if (!unbounded && capacity < c.budget()) {
                return; // caps allow less than the budget: refused either way
            }
            boolean anyNeed = false;
            for (double need : c.need()) {
                anyNeed |= need > 0;
            }
            if (!anyNeed) {
                return;
            }
            ScaleSolver.Solution plain = ScaleSolver.solve(c.need(), c.lower(), c.upper(), c.budget(), 1, Double.NaN);
            ScaleSolver.Solution zeros =
                    ScaleSolver.solve(c.need(), zero, c.lower(), c.upper(), c.budget(), 1, Double.NaN);
            assertEquals(Double.doubleToRawLongBits(plain.scale()), Double.doubleToRawLongBits(zeros.scale()));
            assertArrayEquals(plain.amounts(), zeros.amounts(), 0.0);
        });
    }

    @Test
    void solve_freePartsOnly_scaleTheirSumToTheBudget() {
        // T(s) = s * (1 + 1) + clamp(s * 1, 0, 5): at s = 10, 20 + 5 = 25... budget 35 gives s = 15.
        ScaleSolver.Solution solution = ScaleSolver.solve(
                new double[] {1, 0}, new double[] {1, 1}, new long[] {0, 0}, new long[] {5, 0}, 35, 1, Double.NaN);
        assertEquals(15.0, solution.scale(), 1e-12);
        assertArrayEquals(new double[] {20, 15}, solution.amounts(), 1e-9);
    }
}

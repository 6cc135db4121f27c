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

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The segment search of {@link ScaleSolver} against a plain baseline: every breakpoint sorted, and
 * a binary search over them with a full pass ({@link ScaleSolver#total}) per probe, the method the
 * solver used before its O(n) search. The two must find the same segment to the bit, since the
 * solution is computed from it.
 */
class ScaleSolverTest {
    /** The smallest sorted breakpoint whose full pass reaches the budget, and the one before it. */
    private static double[] plainSegment(Case c) {
        double[] keys = new double[2 * c.need.length];
        int count = 0;
        for (int i = 0; i < c.need.length; i++) {
            if (c.need[i] > 0) {
                keys[count++] = c.lowKey[i];
                if (c.highKey[i] != Double.POSITIVE_INFINITY) {
                    keys[count++] = c.highKey[i];
                }
            }
        }
        Arrays.sort(keys, 0, count);
        int low = 0;
        int high = count;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ScaleSolver.total(keys[mid], c.need, c.lower, c.upper) >= c.budget) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return new double[] {low == 0 ? 0 : keys[low - 1], low == count ? Double.POSITIVE_INFINITY : keys[low]};
    }

    private record Case(double[] need, long[] lower, long[] upper, double[] lowKey, double[] highKey, long budget) {
        static Case of(double[] need, long[] lower, long[] upper, long budget) {
            int n = need.length;
            double[] lowKey = new double[n];
            double[] highKey = new double[n];
            for (int i = 0; i < n; i++) {
                if (need[i] > 0) {
                    lowKey[i] = lower[i] / need[i];
                    highKey[i] = upper[i] == SchoolBounds.UNCAPPED ? Double.POSITIVE_INFINITY : upper[i] / need[i];
                }
            }
            return new Case(need, lower, upper, lowKey, highKey, budget);
        }

        double[] segment() {
            return ScaleSearch.segment(need, lower, upper, lowKey, highKey, budget);
        }
    }

    /** Schools like a national table: needs over three orders of magnitude, floors, caps, some uncapped or without need. */
    private static Case randomCase(Random random, int n) {
        double[] need = new double[n];
        long[] lower = new long[n];
        long[] upper = new long[n];
        long floors = 0;
        long capacity = 0;
        boolean unbounded = false;
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(20);
            long previous = 10_000 + random.nextInt(5_000_000);
            need[i] = kind == 0 ? 0 : kind == 1 ? previous : Math.floor(previous * (0.5 + random.nextDouble()));
            lower[i] = random.nextInt(4) == 0 ? 0 : previous * (70 + random.nextInt(31)) / 100;
            upper[i] = kind == 2
                    ? SchoolBounds.UNCAPPED
                    : Math.max(lower[i], previous * (100 + random.nextInt(100)) / 100);
            floors += lower[i];
            if (need[i] > 0) {
                unbounded |= upper[i] == SchoolBounds.UNCAPPED;
                capacity += upper[i] == SchoolBounds.UNCAPPED ? 0 : upper[i];
            } else {
                capacity += lower[i];
            }
        }
        long top = unbounded ? 3 * capacity + 1 : capacity;
        long budget = floors + 1 + (long) (random.nextDouble() * Math.max(0, top - floors - 1));
        return Case.of(need, lower, upper, Math.min(Math.max(budget, floors + 1), Math.max(top, floors + 1)));
    }

    @Test
    void segment_randomTables_isTheSegmentOfTheFullPassSearch() {
        Random random = new Random(20261121);
        for (int trial = 0; trial < 300; trial++) {
            int n = trial < 50 ? 1 + random.nextInt(64) : 65 + random.nextInt(4000);
            Case c = randomCase(random, n);
            if (ScaleSolver.total(0, c.need, c.lower, c.upper) >= c.budget) {
                continue; // the solver handles a budget its floors meet before searching
            }
            assertArrayEquals(plainSegment(c), c.segment(), 0.0, "trial " + trial + ", " + n + " schools");
        }
    }

    @Test
    void segment_anyHint_isTheSegmentWithoutOne() {
        // Hints near the scale (a sweep's previous variant), far from it, at a breakpoint, and absurd.
        Random random = new Random(20261202);
        for (int trial = 0; trial < 200; trial++) {
            int n = trial < 40 ? 1 + random.nextInt(64) : 65 + random.nextInt(4000);
            Case c = randomCase(random, n);
            if (ScaleSolver.total(0, c.need, c.lower, c.upper) >= c.budget) {
                continue;
            }
            double[] plain = plainSegment(c);
            double near = plain[1] == Double.POSITIVE_INFINITY ? plain[0] : (plain[0] + plain[1]) / 2;
            double[] hints = {
                near,
                near * (1 + 1e-5),
                near * (1 - 3e-3),
                plain[0],
                plain[1],
                near * (0.5 + random.nextDouble()),
                near * 1e6,
                Double.MIN_VALUE,
                0,
                -1,
                Double.NaN,
                Double.POSITIVE_INFINITY
            };
            for (double hint : hints) {
                assertArrayEquals(
                        plain,
                        ScaleSearch.segment(c.need, c.lower, c.upper, c.lowKey, c.highKey, c.budget, hint),
                        0.0,
                        "trial " + trial + ", " + n + " schools, hint " + hint);
            }
        }
    }

    @Test
    void segment_budgetExactlyAtABreakpoint_decidesTheTieAsAFullPassDoes() {
        // 200 schools of need 50 and floor 100 (breakpoint 2.0) and 200 of need 30 and floor 90
        // (breakpoint 3.0), caps far away: at scale 2 every amount is a whole number, T(2) = 200 * 100 +
        // 200 * 90 = 38,000 exactly, so a budget of 38,000 lies on the breakpoint, inside the tie band.
        int n = 400;
        double[] need = new double[n];
        long[] lower = new long[n];
        long[] upper = new long[n];
        for (int i = 0; i < n; i++) {
            need[i] = i < 200 ? 50 : 30;
            lower[i] = i < 200 ? 100 : 90;
            upper[i] = 1_000_000;
        }
        Case c = Case.of(need, lower, upper, 38_000);

        assertArrayEquals(plainSegment(c), c.segment(), 0.0);
        // The full pass reaches 38,000 at the breakpoint 2.0 itself, so the segment ends there.
        assertEquals(2.0, c.segment()[1], 0.0);
    }
}

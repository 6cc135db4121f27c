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
package th.allocation.lp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import th.allocation.optimise.TargetProblem;
import th.allocation.optimise.TargetSolution;

/**
 * Every constraint of a {@link TargetProblem}, checked on a solution from any solver, and the
 * solution's objective values recomputed from its item spending.
 */
final class Invariants {
    private Invariants() {}

    private static boolean sameRate(TargetProblem p, int a, int b) {
        double rateA = p.itemCost(a) / p.itemReduction(a);
        double rateB = p.itemCost(b) / p.itemReduction(b);
        return Math.abs(rateA - rateB) <= 1e-12 * Math.max(rateA, rateB);
    }

    /** The first constraint {@code solution} breaks, if any (see {@link #check}). */
    static Optional<String> violation(TargetProblem p, TargetSolution solution, double tolerance) {
        try {
            check(p, solution, tolerance);
            return Optional.empty();
        } catch (AssertionError e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Checks {@code solution} against {@code problem}.
     *
     * @param tolerance baht an amount may miss its bound by (plus 1e-9 of the budget, for sums)
     */
    static void check(TargetProblem p, TargetSolution solution, double tolerance) {
        int n = p.schools();
        int m = p.indicators();
        double[] spend = solution.itemSpend();
        double[] extra = solution.extra();
        assertEquals(p.items(), spend.length, "one spend per item");
        assertEquals(n, extra.length, "one extra per school");
        double budget = p.available();
        for (int s = 0; s < n; s++) {
            budget += p.base(s);
        }
        double tol = tolerance * 100;
        double sumTol = tol + 1e-9 * Math.abs(budget);
        double[] bought = new double[n];
        double[] reduced = new double[n * m];
        for (int j = 0; j < p.items(); j++) {
            assertTrue(
                    spend[j] >= -tol && spend[j] <= p.itemCost(j) + tol,
                    "item " + j + " spends " + spend[j] + " of its cost " + p.itemCost(j));
            // Pieces in order: a piece is funded only when the previous piece of its pair is full. Pieces
            // at the same cost per unit of shortfall are one straight stretch of the curve, in any order.
            if (j > 0
                    && p.itemSchool(j - 1) == p.itemSchool(j)
                    && p.itemIndicator(j - 1) == p.itemIndicator(j)
                    && spend[j] > tol
                    && !sameRate(p, j - 1, j)) {
                assertTrue(
                        spend[j - 1] >= p.itemCost(j - 1) - tol,
                        "item " + j + " is funded (" + spend[j] + ") before item " + (j - 1) + " is full ("
                                + spend[j - 1] + " of " + p.itemCost(j - 1) + ")");
            }
            bought[p.itemSchool(j)] += spend[j];
            reduced[p.itemSchool(j) * m + p.itemIndicator(j)] +=
                    p.itemReduction(j) * Math.min(1, spend[j] / p.itemCost(j));
        }
        double total = 0;
        for (int s = 0; s < n; s++) {
            total += extra[s];
            assertTrue(
                    extra[s] >= bought[s] - tol,
                    "school " + p.schoolId(s) + ": extra " + extra[s] + " is less than its items " + bought[s]);
            assertTrue(
                    extra[s] >= p.required(s) - tol,
                    "school " + p.schoolId(s) + ": extra " + extra[s] + " below its floor's " + p.required(s));
            assertTrue(
                    extra[s] <= p.room(s) + tol,
                    "school " + p.schoolId(s) + ": extra " + extra[s] + " above its cap's " + p.room(s));
        }
        if (p.spendExactly()) {
            assertEquals(p.available(), total, sumTol, "the extras add up to the money available");
        } else {
            assertTrue(total <= p.available() + sumTol, "the extras " + total + " stay within " + p.available());
        }
        for (int e = 0; e < p.envelopes(); e++) {
            double[] groupMoney = new double[p.envelopeGroups(e)];
            for (int s = 0; s < n; s++) {
                int g = p.envelopeGroup(e, s);
                if (g >= 0) {
                    groupMoney[g] += p.base(s) + extra[s];
                }
            }
            for (int g = 0; g < groupMoney.length; g++) {
                assertTrue(
                        groupMoney[g] >= p.envelopeLower(e, g) - sumTol,
                        "envelope " + e + " group " + p.envelopeLabel(e, g) + ": " + groupMoney[g] + " below "
                                + p.envelopeLower(e, g));
                assertTrue(
                        groupMoney[g] <= p.envelopeUpper(e, g) + sumTol,
                        "envelope " + e + " group " + p.envelopeLabel(e, g) + ": " + groupMoney[g] + " above "
                                + p.envelopeUpper(e, g));
            }
        }
        double worst = 0;
        double weighted = 0;
        for (int s = 0; s < n; s++) {
            for (int k = 0; k < m; k++) {
                double remaining = Math.max(0, p.shortfall(s, k) - reduced[s * m + k]);
                worst = Math.max(worst, p.priority(k) * remaining);
                weighted += p.priority(k) * p.pairWeight(s, k) * remaining;
            }
        }
        assertEquals(worst, solution.maxShortfall(), 1e-9 * Math.max(1, worst), "maxShortfall as reported");
        assertEquals(
                weighted, solution.weightedShortfall(), 1e-9 * Math.max(1, weighted), "weightedShortfall as reported");
    }
}

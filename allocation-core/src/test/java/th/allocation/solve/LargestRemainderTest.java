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

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The largest-remainder rounding, which selects the threshold among the candidates' fractions by
 * bucket and reuses its arrays from one rounding to the next, against the plain rounding it replaced
 * (a quickselect over every school, kept below as the reference): the same units, school by school,
 * or the same failure, whatever the fractions (ties, fractions of 0, several rounds of hand-outs, a
 * surplus taken back, schools at their floors and caps).
 */
class LargestRemainderTest {
    @Test
    void round_randomAmounts_sameAsThePlainRounding() {
        Random random = new Random(20261202);
        LargestRemainder.Work work = new LargestRemainder.Work();
        for (int trial = 0; trial < 3000; trial++) {
            int n = 1 + random.nextInt(trial < 2000 ? 60 : 5000);
            double[] amounts = new double[n];
            long[] lower = new long[n];
            long[] upper = new long[n];
            int kind = random.nextInt(5);
            double sum = 0;
            for (int i = 0; i < n; i++) {
                lower[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(1000);
                upper[i] = random.nextInt(5) == 0 ? lower[i] : lower[i] + random.nextInt(50);
                if (random.nextInt(7) == 0) {
                    upper[i] = SchoolBounds.UNCAPPED;
                }
                double span = upper[i] == SchoolBounds.UNCAPPED ? 60 : upper[i] - lower[i];
                double amount = switch (kind) {
                    case 0 -> lower[i] + random.nextDouble() * span;
                    // few distinct fractions: many ties
                    case 1 ->
                        Math.min(
                                lower[i] + Math.floor(random.nextDouble() * span) + random.nextInt(4) / 4.0,
                                lower[i] + span);
                    // most schools at a bound, fraction 0
                    case 2 -> random.nextInt(3) == 0 ? lower[i] + random.nextDouble() * span : lower[i];
                    // fractions close together
                    case 3 ->
                        Math.min(
                                lower[i] + Math.floor(random.nextDouble() * span) + 0.5 + random.nextInt(3) * 1e-12,
                                lower[i] + span);
                    default -> random.nextBoolean() ? lower[i] : lower[i] + span;
                };
                amounts[i] = amount;
                sum += amount;
            }
            // The total near the amounts' sum, sometimes a unit or a few away either way.
            long total = Math.round(sum) + (random.nextInt(3) == 0 ? random.nextInt(7) - 3 : 0);
            long[] expected;
            try {
                expected = Plain.round(amounts.clone(), lower, upper, total);
            } catch (RuntimeException e) {
                RuntimeException same = assertThrows(
                        RuntimeException.class, () -> work.round(amounts, lower, upper, total, new long[n]));
                assertEquals(e.getClass(), same.getClass(), "trial " + trial);
                assertEquals(e.getMessage(), same.getMessage(), "trial " + trial);
                continue;
            }
            assertArrayEquals(expected, work.round(amounts, lower, upper, total, new long[n]), "trial " + trial);
            assertArrayEquals(expected, LargestRemainder.round(amounts, lower, upper, total), "trial " + trial);
        }
    }

    /** The rounding as it was: a quickselect over every school's fraction, each round. */
    private static final class Plain {
        static long[] round(double[] amounts, long[] lower, long[] upper, long total) {
            int n = amounts.length;
            long[] rounded = new long[n];
            double[] fraction = new double[n];
            long sum = 0;
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(amounts[i])) {
                    throw new IllegalArgumentException("Amount " + i + " is not a finite number (" + amounts[i] + ").");
                }
                long whole = (long) Math.floor(amounts[i]);
                whole = Math.min(Math.max(whole, lower[i]), upper[i]);
                rounded[i] = whole;
                fraction[i] = amounts[i] - whole;
                sum = Math.addExact(sum, whole);
            }
            long missing = total - sum;
            if (Math.abs(missing) > n + 1) {
                // Amounts within floating-point error of the total miss it by less than a unit each.
                throw new IllegalArgumentException(
                        "The amounts add up to " + sum + " whole units but must be rounded to " + total + ".");
            }
            while (missing > 0) {
                long given = handOut(rounded, fraction, upper, missing);
                if (given == 0) {
                    throw new IllegalStateException(
                            "Rounding made no progress towards the total (" + missing + " units missing).");
                }
                missing -= given;
            }
            while (missing < 0) {
                long taken = takeBack(rounded, fraction, lower, -missing);
                if (taken == 0) {
                    throw new IllegalStateException(
                            "Rounding made no progress towards the total (" + -missing + " units too many).");
                }
                missing += taken;
            }
            return rounded;
        }

        /** Gives one unit to each of up to {@code count} schools with the largest fractions; returns how many. */
        private static long handOut(long[] rounded, double[] fraction, long[] upper, long count) {
            int n = rounded.length;
            double[] eligible = new double[n];
            int candidates = 0;
            for (int i = 0; i < n; i++) {
                eligible[i] = rounded[i] < upper[i] ? fraction[i] : Double.NEGATIVE_INFINITY;
                if (rounded[i] < upper[i]) {
                    candidates++;
                }
            }
            if (candidates == 0) {
                throw new IllegalStateException("Rounding cannot reach the total: every school is at its cap.");
            }
            long wanted = Math.min(count, candidates);
            double threshold = th.allocation.internal.Selections.select(eligible.clone(), 0, n, (int) (n - wanted));
            long given = 0;
            for (int i = 0; i < n && given < wanted; i++) {
                if (eligible[i] > threshold) {
                    rounded[i]++;
                    fraction[i] -= 1;
                    given++;
                }
            }
            for (int i = 0; i < n && given < wanted; i++) {
                if (eligible[i] == threshold) {
                    rounded[i]++;
                    fraction[i] -= 1;
                    given++;
                }
            }
            return given;
        }

        /** Takes one unit from each of up to {@code count} schools with the smallest fractions; returns how many. */
        private static long takeBack(long[] rounded, double[] fraction, long[] lower, long count) {
            int n = rounded.length;
            double[] eligible = new double[n];
            int candidates = 0;
            for (int i = 0; i < n; i++) {
                eligible[i] = rounded[i] > lower[i] ? fraction[i] : Double.POSITIVE_INFINITY;
                if (rounded[i] > lower[i]) {
                    candidates++;
                }
            }
            if (candidates == 0) {
                throw new IllegalStateException("Rounding cannot reach the total: every school is at its floor.");
            }
            long wanted = Math.min(count, candidates);
            double threshold = th.allocation.internal.Selections.select(eligible.clone(), 0, n, (int) (wanted - 1));
            long taken = 0;
            for (int i = 0; i < n && taken < wanted; i++) {
                if (eligible[i] < threshold) {
                    rounded[i]--;
                    fraction[i] += 1;
                    taken++;
                }
            }
            for (int i = n - 1; i >= 0 && taken < wanted; i--) {
                if (eligible[i] == threshold) {
                    rounded[i]--;
                    fraction[i] += 1;
                    taken++;
                }
            }
            return taken;
        }
    }
}

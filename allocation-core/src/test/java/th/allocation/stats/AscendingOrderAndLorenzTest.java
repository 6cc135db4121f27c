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
package th.allocation.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;
import th.allocation.internal.AscendingOrder;

/** The radix order against a comparator sort, and the Lorenz curve's interpolation and chart points. */
class AscendingOrderAndLorenzTest {

    /** Non-negative doubles of every magnitude, with ties, zeros and negative zeros. */
    private static final Gen<double[]> VALUES = in -> {
        int n = (int) in.next(Constraint.between(0, 300));
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = switch ((int) in.next(Constraint.between(0, 4))) {
                case 0 -> 0.0;
                case 1 -> -0.0;
                case 2 -> in.next(Constraint.between(0, 5)) * 1000.0;
                case 3 -> in.next(Constraint.between(0, Long.MAX_VALUE / 2)) * Math.scalb(1.0, -40);
                default -> Double.longBitsToDouble(in.next(Constraint.between(0, 0x7FEFFFFFFFFFFFFFL)));
            };
        }
        return values;
    };

    @Test
    void ascendingOrder_isTheStableSortByValue() {
        qt().withFixedSeed(21).withExamples(500).forAll(VALUES).checkAssert(values -> {
            // Reference model: a comparator sort of boxed indices (Arrays.sort on objects is stable).
            Integer[] expected = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
            Arrays.sort(expected, Comparator.comparingDouble(i -> values[i] + 0.0));
            int[] actual = AscendingOrder.of(values);
            assertArrayEquals(
                    Arrays.stream(expected).mapToInt(Integer::intValue).toArray(), actual);
        });
    }

    @Test
    void lorenzCurve_twoSchools_interpolatesLinearly() {
        // Hand: 1 pupil at 1, 3 pupils at 3: money 1 + 9 = 10; points (0, 0), (0.25, 0.1), (1, 1).
        LorenzCurve curve =
                EquitySample.of(new double[] {3, 1}, new long[] {3, 1}).lorenzCurve();
        assertEquals(3, curve.size());
        assertEquals(0.25, curve.pupilShare(1), 0);
        assertEquals(0.1, curve.moneyShare(1), 0);
        assertEquals(0.05, curve.moneyShareAt(0.125), 1e-15);
        // Hand: halfway along the second segment: 0.1 + 0.5 * 0.9 = 0.55 at pupil share 0.625.
        assertEquals(0.55, curve.moneyShareAt(0.625), 1e-15);
        assertEquals(1, curve.moneyShareAt(1), 0);
        assertEquals(0, curve.moneyShareAt(0), 0);
        List<LorenzCurve.Point> points = curve.points(4);
        // Hand: along the second segment the money share rises 0.9 over 0.75 of the pupils.
        double[] expected = {0, 0.1, 0.1 + 0.9 / 3, 0.1 + 0.9 * 2 / 3, 1};
        assertEquals(5, points.size());
        for (int j = 0; j < 5; j++) {
            assertEquals(j / 4.0, points.get(j).pupilShare(), 0);
            assertEquals(expected[j], points.get(j).moneyShare(), 1e-15, "point " + j);
        }
        assertThrows(IllegalArgumentException.class, () -> curve.points(0));
        assertThrows(IllegalArgumentException.class, () -> curve.moneyShareAt(1.5));
    }
}

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
package th.allocation.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * A statistic's CSV cell, computed in long arithmetic, is the text the {@code BigDecimal} rounding
 * to 12 significant digits (halves to even) gives, for every double: random magnitudes and bit
 * patterns, exact ties at the 13th digit, powers of ten and their neighbours (QuickTheories, fixed
 * seeds). The reference is the formatting the fast path replaced, written out here.
 */
class NumbersTest {
    /** The cell as it was computed before the fast path. */
    private static String reference(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        BigDecimal rounded = new BigDecimal(value)
                .round(new MathContext(12, RoundingMode.HALF_EVEN))
                .stripTrailingZeros();
        return (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString();
    }

    private static void check(double value) {
        assertEquals(
                reference(value), Numbers.cell(value), () -> "value " + value + " (" + new BigDecimal(value) + ")");
    }

    @Test
    void cell_isTheBigDecimalText_atTheEdges() {
        double[] edges = {
            0.0,
            -0.0,
            1,
            -1,
            0.5,
            0.1,
            1e-7,
            1e-8,
            1e11,
            1e12,
            1e13,
            999_999_999_999.5,
            999_999_999_998.5,
            99_999_999_999.95,
            9.999_999_999_995,
            123_456_789_012.5,
            123_456_789_013.5,
            1_234_567_890.125,
            1_234_567_890.375,
            0.123_456_789_012_5,
            Double.MIN_VALUE,
            Double.MIN_NORMAL,
            Double.MAX_VALUE,
            Math.PI,
            Math.E,
            1.0 / 3,
            2.0 / 3,
            337_705_677,
            2842.71,
            0.0305,
            1e300,
            1e-300,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY
        };
        for (double edge : edges) {
            check(edge);
            check(-edge);
            check(Math.nextUp(edge));
            check(Math.nextDown(edge));
        }
        for (int power = -9; power <= 13; power++) {
            double ten = Math.pow(10, power);
            check(ten);
            check(Math.nextUp(ten));
            check(Math.nextDown(ten));
        }
        // The fast path covers the statistics' usual range (it must not fall back there).
        assertNotNull(Numbers.rounded(0.13883));
        assertNotNull(Numbers.rounded(3541.09));
        assertNotNull(Numbers.rounded(6_625_398));
    }

    /** Doubles log-uniform from 1e-9 to 1e14, either sign, and a third of them random bit patterns. */
    private static Gen<Double> doubles() {
        return in -> {
            if (in.next(Constraint.between(0, 2)) == 0) {
                return Double.longBitsToDouble(in.next(Constraint.between(Long.MIN_VALUE, Long.MAX_VALUE)));
            }
            double u = in.next(Constraint.between(0, 1L << 52)) / (double) (1L << 52);
            double magnitude = Math.pow(10, -9 + 23 * u);
            return in.next(Constraint.between(0, 1)) == 0 ? magnitude : -magnitude;
        };
    }

    @Test
    void cell_isTheBigDecimalText_forAnyDouble() {
        qt().withFixedSeed(601).withExamples(200_000).forAll(doubles()).checkAssert(NumbersTest::check);
    }

    /**
     * Exact ties: {@code d * 10^-j} with {@code d} a 13-digit odd multiple of {@code 5^j} (so its
     * last digit is 5), which a double holds exactly ({@code r / 2^j} for {@code d = 5^j r}): rounding
     * it to 12 digits is a tie that halves-to-even decides.
     */
    @Test
    void cell_roundsExactTiesToEven() {
        Gen<long[]> ties = in -> {
            int j = (int) in.next(Constraint.between(1, 8));
            long five = (long) Math.pow(5, j);
            long low = (1_000_000_000_000L + five - 1) / five;
            long high = 9_999_999_999_999L / five;
            long r = in.next(Constraint.between(low, high));
            if (r % 2 == 0) {
                r = r < high ? r + 1 : r - 1;
            }
            return new long[] {five * r, j};
        };
        qt().withFixedSeed(602).withExamples(50_000).forAll(ties).checkAssert(tie -> {
            double value = tie[0] / Math.pow(10, tie[1]);
            assertEquals(BigDecimal.valueOf(tie[0], (int) tie[1]), new BigDecimal(value), "an exact tie");
            check(value);
            check(-value);
        });
    }
}

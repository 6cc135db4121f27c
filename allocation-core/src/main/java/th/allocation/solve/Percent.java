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

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** A percentage applied exactly to satang amounts, rounding up (for floors) or down (for caps). */
final class Percent {
    private static final BigInteger HUNDRED = BigInteger.valueOf(100);
    private final long numerator;
    private final long denominator;
    private final BigDecimal percent;

    Percent(BigDecimal percent) {
        this.percent = percent;
        BigDecimal stripped = percent.stripTrailingZeros();
        int scale = Math.max(0, stripped.scale());
        long num;
        long den;
        try {
            num = stripped.setScale(scale).unscaledValue().longValueExact();
            den = BigInteger.TEN.pow(scale).multiply(HUNDRED).longValueExact();
        } catch (ArithmeticException e) {
            num = -1;
            den = -1;
        }
        numerator = num;
        denominator = den;
    }

    /** {@code ceil(satang * percent / 100)}. */
    long ceilOf(long satang) {
        return apply(satang, true);
    }

    /** {@code floor(satang * percent / 100)}. */
    long floorOf(long satang) {
        return apply(satang, false);
    }

    /** {@code amount * percent / 100 / divisor}, rounded up or down to a whole number, exactly. */
    long of(BigInteger amount, long divisor, boolean up) {
        return new BigDecimal(amount)
                .multiply(percent)
                .divide(
                        BigDecimal.valueOf(divisor).multiply(BigDecimal.valueOf(100)),
                        0,
                        up ? RoundingMode.CEILING : RoundingMode.FLOOR)
                .longValueExact();
    }

    private long apply(long satang, boolean up) {
        if (numerator >= 0) {
            long high = Math.multiplyHigh(satang, numerator);
            long product = satang * numerator;
            if ((high == 0 && product >= 0) || (high == -1 && product < 0)) {
                if (denominator == 100) {
                    // A whole percentage: division by a constant, which the compiler makes a multiplication.
                    return up ? -Math.floorDiv(-product, 100) : Math.floorDiv(product, 100);
                }
                return up ? -Math.floorDiv(-product, denominator) : Math.floorDiv(product, denominator);
            }
        }
        BigDecimal exact = BigDecimal.valueOf(satang).multiply(percent).movePointLeft(2);
        return exact.setScale(0, up ? RoundingMode.CEILING : RoundingMode.FLOOR).longValueExact();
    }
}

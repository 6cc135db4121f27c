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

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How statistics (doubles) appear in output files: rounded to {@value #DIGITS} significant digits,
 * halves to even, without exponent in CSV, so that files are short, stable and read the same in
 * Excel, R and pandas. The measures are accurate to about that many digits (they are compensated
 * sums of up to millions of terms), so nothing of substance is lost. A value that is not finite
 * (NaN: no pupils or no money; infinity: a ratio over zero) has no number: an empty CSV cell, a
 * JSON {@code null}.
 */
final class Numbers {
    /** Significant digits written. */
    static final int DIGITS = 12;

    private static final MathContext CONTEXT = new MathContext(DIGITS, RoundingMode.HALF_EVEN);

    private Numbers() {}

    /** The value rounded to {@value #DIGITS} significant digits, trailing zeros dropped; {@code null} if not finite. */
    static BigDecimal decimal(double value) {
        if (!Double.isFinite(value)) {
            return null;
        }
        BigDecimal rounded = new BigDecimal(value).round(CONTEXT).stripTrailingZeros();
        // 1E+3 would be written with an exponent; keep whole numbers whole.
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    /** The value as a CSV cell: plain digits, or empty if not finite. */
    static String cell(double value) {
        BigDecimal decimal = decimal(value);
        return decimal == null ? "" : decimal.toPlainString();
    }
}

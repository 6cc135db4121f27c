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

    /**
     * The value as a CSV cell: plain digits, or empty if not finite. The same text as
     * {@code decimal(value).toPlainString()}, computed in long arithmetic for values from
     * {@code 1e-7} to {@code 1e12} (every statistic of a table, in practice), which spares a large
     * table the cost of a {@code BigDecimal} per cell; other values go through {@link #decimal}.
     */
    static String cell(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        String fast = rounded(value);
        return fast != null ? fast : decimal(value).toPlainString();
    }

    /** Powers of ten that fit a long. */
    private static final long[] POWERS = new long[19];

    static {
        POWERS[0] = 1;
        for (int k = 1; k < POWERS.length; k++) {
            POWERS[k] = POWERS[k - 1] * 10;
        }
    }

    private static final long SMALLEST = POWERS[DIGITS - 1];
    private static final long LARGEST = POWERS[DIGITS];

    /**
     * The value rounded to {@value #DIGITS} significant digits, halves to even, as plain text with
     * trailing zeros dropped; {@code null} where this exact fast path does not apply (subnormal
     * numbers, values below {@code 1e-7} or from {@code 1e12}).
     *
     * <p>With {@code |value| = m * 2^-k} exactly ({@code m} the 53-bit significand) and {@code p} the
     * decimal exponent, the rounded digits are {@code N = round(m * 10^s / 2^k)} for
     * {@code s = 11 - p}; {@code m * 10^s} is below {@code 2^113} and held exactly in two longs, so
     * the quotient and the remainder (compared with half of {@code 2^k} for ties) are exact, as
     * {@code new BigDecimal(value).round(...)} computes them.
     */
    static String rounded(double value) {
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        int exponent = Math.getExponent(magnitude);
        if (exponent < Double.MIN_EXPONENT) {
            return null; // subnormal
        }
        long significand = (Double.doubleToRawLongBits(magnitude) & 0x000F_FFFF_FFFF_FFFFL) | 0x0010_0000_0000_0000L;
        int shift = 52 - exponent; // magnitude = significand / 2^shift
        int power = (int) Math.floor(Math.log10(magnitude)); // may be one off near a power of ten
        for (int attempt = 0; attempt < 3; attempt++) {
            int scale = DIGITS - 1 - power;
            if (scale < 0 || scale >= POWERS.length || shift <= 0 || shift >= 127) {
                return null;
            }
            long factor = POWERS[scale];
            long low = significand * factor;
            long high = Math.multiplyHigh(significand, factor);
            long digits;
            int versusHalf; // the remainder against half the divisor: -1, 0, 1
            if (shift < 64) {
                digits = (high >>> (shift - 1)) != 0
                        ? Long.MAX_VALUE // 2^63 or more, far above LARGEST: the power was underestimated
                        : (high << (64 - shift)) | (low >>> shift);
                long remainder = low & ((1L << shift) - 1);
                versusHalf = Long.compareUnsigned(remainder, 1L << (shift - 1));
            } else if (shift == 64) {
                digits = high;
                versusHalf = Long.compareUnsigned(low, Long.MIN_VALUE);
            } else {
                digits = high >>> (shift - 64);
                long remainderHigh = high & ((1L << (shift - 64)) - 1);
                long halfHigh = 1L << (shift - 65);
                versusHalf = remainderHigh != halfHigh ? Long.compare(remainderHigh, halfHigh) : (low == 0 ? 0 : 1);
            }
            if (digits >= LARGEST) {
                power++;
                continue;
            }
            if (digits < SMALLEST) {
                power--;
                continue;
            }
            if (versusHalf > 0 || (versusHalf == 0 && (digits & 1) == 1)) {
                digits++;
            }
            if (digits == LARGEST) {
                digits = SMALLEST; // 999999999999.5 rounds to 1.00000000000 times ten
                power++;
            }
            return plain(value < 0, digits, DIGITS - 1 - power);
        }
        return null;
    }

    /** {@code digits * 10^-scale} as BigDecimal's plain text, trailing zeros dropped (no exponent). */
    private static String plain(boolean negative, long digits, int scale) {
        while (digits % 10 == 0 && scale > 0) {
            digits /= 10;
            scale--;
        }
        String text = Long.toString(digits);
        StringBuilder out = new StringBuilder(text.length() + 12);
        if (negative) {
            out.append('-');
        }
        if (scale <= 0) {
            out.append(text);
            for (int k = 0; k < -scale; k++) {
                out.append('0');
            }
        } else if (text.length() > scale) {
            out.append(text, 0, text.length() - scale).append('.').append(text, text.length() - scale, text.length());
        } else {
            out.append("0.");
            for (int k = text.length(); k < scale; k++) {
                out.append('0');
            }
            out.append(text);
        }
        return out.toString();
    }
}

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
package th.allocation.input;

/**
 * Numbers of a school file in their plain, common form, parsed from UTF-8 bytes with no String and
 * no {@code BigDecimal}: each method reads only a form whose value it can give exactly as the full
 * reader's checks ({@link SchoolRows}) would, and says "not plain" for anything else (a sign, an
 * exponent, more digits), which then goes through those checks.
 */
final class PlainNumbers {
    /** Powers of ten that are exact doubles. */
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
    };

    private PlainNumbers() {}

    /** A count of one to six digits, as {@link SchoolRows#plainCount}; -1 if not in that form. */
    static int count(byte[] b, int from, int to) {
        int length = to - from;
        if (length == 0 || length > 6) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = b[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /**
     * An amount in baht of one to thirteen digits (below the limit of 10^13 baht), with one or two
     * decimals or none, as satang; -1 if not in that form.
     */
    static long satang(byte[] b, int from, int to) {
        long baht = 0;
        int i = from;
        for (; i < to && b[i] != '.'; i++) {
            int digit = b[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            baht = baht * 10 + digit;
        }
        int digits = i - from;
        if (digits == 0 || digits > 13) {
            return -1;
        }
        if (i == to) {
            return baht * 100;
        }
        int decimals = to - i - 1;
        if (decimals < 1 || decimals > 2) {
            return -1;
        }
        long satang = 0;
        for (int k = i + 1; k < to; k++) {
            int digit = b[k] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            satang = satang * 10 + digit;
        }
        return baht * 100 + (decimals == 1 ? satang * 10 : satang);
    }

    /**
     * An indicator value: an optional minus, one to nine digits, and optionally a point and more
     * digits, fifteen digits in all at most; NaN if not in that form. Such a value is below the limit
     * of 10^9, and its significand and its power of ten are exact doubles, so one division gives the
     * correctly rounded double, as {@code new BigDecimal(text).doubleValue()} does.
     */
    static double indicator(byte[] b, int from, int to) {
        int i = from;
        boolean negative = i < to && b[i] == '-';
        if (negative) {
            i++;
        }
        long significand = 0;
        int whole = 0;
        for (; i < to && b[i] != '.'; i++, whole++) {
            int digit = b[i] - '0';
            if (digit < 0 || digit > 9) {
                return Double.NaN;
            }
            significand = significand * 10 + digit;
        }
        if (whole == 0 || whole > 9) {
            return Double.NaN;
        }
        int scale = 0;
        if (i < to) {
            i++; // the point
            if (i == to) {
                return Double.NaN;
            }
            for (; i < to; i++, scale++) {
                int digit = b[i] - '0';
                if (digit < 0 || digit > 9) {
                    return Double.NaN;
                }
                significand = significand * 10 + digit;
            }
        }
        if (whole + scale > 15) {
            return Double.NaN;
        }
        double value = (double) (negative ? -significand : significand);
        return scale == 0 ? value : value / POWERS_OF_TEN[scale];
    }
}

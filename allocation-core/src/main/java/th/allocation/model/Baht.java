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
package th.allocation.model;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Exact money. Amounts are held as {@code long} satang (1 baht = 100 satang), without loss for
 * every amount the engine reads ({@link Limits}: budgets up to 10^13 baht, with room for its sums);
 * these helpers convert at the edges.
 */
public final class Baht {
    /** Satang in one baht. */
    public static final long SATANG_PER_BAHT = 100;

    private Baht() {}

    /**
     * Converts a baht amount to satang exactly.
     *
     * @throws ArithmeticException if the amount has fractions of a satang or does not fit a long
     */
    public static long toSatang(BigDecimal baht) {
        return baht.movePointRight(2).longValueExact();
    }

    /** The satang amount as baht, exactly (scale 2). */
    public static BigDecimal toBaht(long satang) {
        return BigDecimal.valueOf(satang, 2);
    }

    /**
     * Formats satang as plain baht with two decimals and no grouping, e.g. {@code 1234.50} or
     * {@code -0.25}, the form spreadsheets and statistics tools read without locale trouble.
     */
    public static String format(long satang) {
        // Written out by hand: BigDecimal.toPlainString is a large part of writing a national table.
        StringBuilder text = new StringBuilder(24);
        if (satang < 0) {
            if (satang == Long.MIN_VALUE) {
                return toBaht(satang).toPlainString();
            }
            text.append('-');
            satang = -satang;
        }
        long fraction = satang % SATANG_PER_BAHT;
        text.append(satang / SATANG_PER_BAHT).append('.');
        if (fraction < 10) {
            text.append('0');
        }
        return text.append(fraction).toString();
    }

    /**
     * Baht per pupil, to the satang (halves up), or empty when there are no pupils.
     *
     * @param satang an amount in satang
     * @param pupils how many pupils share it
     */
    public static java.util.Optional<BigDecimal> perPupil(long satang, long pupils) {
        if (pupils <= 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(
                toBaht(satang).divide(BigDecimal.valueOf(pupils), 2, java.math.RoundingMode.HALF_UP));
    }

    /**
     * Formats satang as baht with grouped thousands and two decimals, e.g. {@code 1,234.50} or
     * {@code -0.25}: the form tables for people show.
     */
    public static String grouped(long satang) {
        return String.format(Locale.ROOT, "%,.2f", toBaht(satang));
    }

    /**
     * Formats satang for people: grouped thousands and "THB", decimals only when there are satang,
     * e.g. {@code 13,200,000,000 THB} or {@code 1,234.50 THB}.
     */
    public static String display(long satang) {
        String pattern = satang % SATANG_PER_BAHT == 0 ? "%,.0f THB" : "%,.2f THB";
        return String.format(Locale.ROOT, pattern, toBaht(satang));
    }

    /**
     * Rounds a real number of baht to the nearest satang, halves up. Amounts computed in floating
     * point from rates with at most two decimals land within far less than half a satang of their
     * exact value, so this recovers the exact amount.
     *
     * @throws ArithmeticException if the amount is not finite or does not fit a long
     */
    public static long roundToSatang(double baht) {
        double satang = baht * SATANG_PER_BAHT;
        if (!(Math.abs(satang) < 9.0e18)) {
            throw new ArithmeticException("Amount (" + baht + " THB) is not a finite amount of money.");
        }
        return Math.round(satang);
    }
}

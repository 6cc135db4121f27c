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
package th.allocation.explain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How an explanation writes numbers: amounts in satang with grouped thousands and two decimals, whole
 * numbers grouped, weights and percentages as the scenario states them. Every method is exact (no
 * floating point is formatted except the scale factor and weights, which are written once, here), so
 * that another renderer of the same explanation, such as the report's page, writes the same digits:
 * it formats integers the same way and takes the other texts from these methods.
 */
public final class ExplainNumbers {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ExplainNumbers() {}

    /** An amount of satang in baht, e.g. {@code 1,190,850.00} or {@code -0.25}. */
    public static String money(long satang) {
        StringBuilder text = new StringBuilder(24);
        BigInteger magnitude = BigInteger.valueOf(satang).abs();
        BigInteger[] baht = magnitude.divideAndRemainder(BigInteger.valueOf(100));
        if (satang < 0) {
            text.append('-');
        }
        text.append(grouped(baht[0].toString())).append('.');
        int fraction = baht[1].intValue();
        return text.append(fraction < 10 ? "0" : "").append(fraction).toString();
    }

    /** An amount with its sign, e.g. {@code +3,760.03}, {@code -12.00}; zero is {@code 0.00}. */
    public static String signedMoney(long satang) {
        return (satang > 0 ? "+" : "") + money(satang);
    }

    /**
     * An amount as a scenario states it (a rate, a lump sum): whole baht without decimals, e.g.
     * {@code 20,000}, otherwise as {@link #money(long)}.
     */
    public static String amount(long satang) {
        return satang % 100 == 0 ? count(satang / 100) : money(satang);
    }

    /** A whole number with grouped thousands, e.g. {@code 29,449}. */
    public static String count(long value) {
        String digits = grouped(BigInteger.valueOf(value).abs().toString());
        return value < 0 ? "-" + digits : digits;
    }

    /** A weight as written in a scenario: the shortest decimal that reads back as it, e.g. {@code 1.05}, {@code 2}. */
    public static String weight(double weight) {
        return BigDecimal.valueOf(weight).stripTrailingZeros().toPlainString();
    }

    /** A percentage as written in a scenario, e.g. {@code 100} or {@code 97.5}. */
    public static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString();
    }

    /** A scale factor with six decimals, e.g. {@code 0.666572}. */
    public static String scale(double scale) {
        return String.format(Locale.ROOT, "%.6f", scale);
    }

    /**
     * An amount per pupil in satang, halves up, or -1 when there are no pupils: {@code satang} is at
     * least 0.
     */
    public static long perPupil(long satang, long pupils) {
        if (pupils <= 0) {
            return -1;
        }
        return BigInteger.valueOf(satang)
                .multiply(BigInteger.TWO)
                .add(BigInteger.valueOf(pupils))
                .divide(BigInteger.valueOf(pupils).multiply(BigInteger.TWO))
                .longValueExact();
    }

    /**
     * A change as a percentage of {@code base} (greater than 0) with one decimal, halves away from
     * zero, signed, e.g. {@code +10.3%}, {@code -0.5%}, {@code 0.0%}.
     */
    public static String changePercent(long change, long base) {
        BigDecimal percent =
                BigDecimal.valueOf(change).multiply(HUNDRED).divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP);
        return (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + "%";
    }

    /**
     * An indicator value as {@code allocations.csv} writes it: up to six decimals, halves up, no
     * trailing zeros; a dash when missing (NaN).
     */
    public static String indicator(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return BigDecimal.valueOf(value)
                .setScale(6, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static String grouped(String digits) {
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        int head = digits.length() % 3;
        out.append(digits, 0, head);
        for (int k = head; k < digits.length(); k += 3) {
            if (k > 0) {
                out.append(',');
            }
            out.append(digits, k, k + 3);
        }
        return out.toString();
    }
}

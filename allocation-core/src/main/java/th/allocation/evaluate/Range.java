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
package th.allocation.evaluate;

/**
 * The values an indicator can take, both ends included; realised values outside it are input
 * errors.
 *
 * @param min the smallest value, or negative infinity
 * @param max the largest value, or positive infinity
 * @param basis why these ends, in words, for messages (e.g. "a share: every baseline value and the
 *     target lie in [0, 1]")
 */
public record Range(double min, double max, String basis) {
    /** Any finite value. */
    public static final Range ANY = new Range(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "any number");

    /** Validates the ends. */
    public Range {
        if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
            throw new IllegalArgumentException(
                    "A range needs min <= max (" + min + ", " + max + ").\nMaybe swap the two ends.");
        }
        basis = basis == null ? "" : basis;
    }

    /** Whether {@code value} lies in the range. */
    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    /** The range as people read it, e.g. {@code 0 to 1}, {@code at least 0}. */
    public String describe() {
        if (min == Double.NEGATIVE_INFINITY && max == Double.POSITIVE_INFINITY) {
            return "any number";
        }
        if (max == Double.POSITIVE_INFINITY) {
            return "at least " + plain(min);
        }
        if (min == Double.NEGATIVE_INFINITY) {
            return "at most " + plain(max);
        }
        return plain(min) + " to " + plain(max);
    }

    static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}

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
package th.allocation.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The numbers of the calibration report as text, the same on every JDK: whole numbers with
 * thousands separators, decimals from their exact binary value, percentages, and "n/a" where a
 * ratio has nothing to divide by.
 */
final class CalibrationNumbers {
    private CalibrationNumbers() {}

    static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }

    static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A number with {@code scale} decimals, from its exact binary value (the same text on every JDK). */
    static String decimal(double value, int scale) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "n/a";
        }
        return new BigDecimal(value).setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : decimal(100 * share, 1) + "%";
    }
}

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
package th.allocation.rule;

import java.math.BigDecimal;
import th.allocation.model.Baht;

/** Checks of money parameters shared by the rule records. */
final class Money {
    private Money() {}

    /** Requires a non-null amount of at least 0 with no fraction of a satang; returns it in satang. */
    static long requireAmount(BigDecimal baht, String name) {
        if (baht == null) {
            throw new IllegalArgumentException("'" + name + "' is missing; give an amount in baht.");
        }
        if (baht.signum() < 0) {
            throw new IllegalArgumentException("'" + name + "' must be at least 0 (" + baht.toPlainString() + ").");
        }
        try {
            return Baht.toSatang(baht);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "'" + name + "' must be whole satang, at most 2 decimals (" + baht.toPlainString() + ").", e);
        }
    }

    /** Requires a finite weight of at least {@code min}. */
    static double requireWeight(Double weight, String name, double min) {
        if (weight == null) {
            return 1.0;
        }
        if (!(weight >= min) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException(
                    "Weight '" + name + "' must be a finite number of at least " + min + " (" + weight + ").");
        }
        return weight;
    }
}

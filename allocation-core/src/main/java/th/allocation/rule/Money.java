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
import th.allocation.model.Limits;

/** Checks of money parameters shared by the rule records, against the engine's {@link Limits}. */
final class Money {
    private Money() {}

    /**
     * Requires a non-null amount per pupil of at least 0, at most {@link Limits#MAX_PER_PUPIL_BAHT},
     * with no fraction of a satang; returns it in satang.
     */
    static long requirePerPupil(BigDecimal baht, String name) {
        return require(baht, name, Limits.MAX_PER_PUPIL_BAHT, " per pupil");
    }

    /**
     * Requires a non-null amount per school of at least 0, at most {@link Limits#MAX_PER_SCHOOL_BAHT},
     * with no fraction of a satang; returns it in satang.
     */
    static long requirePerSchool(BigDecimal baht, String name) {
        return require(baht, name, Limits.MAX_PER_SCHOOL_BAHT, " per school");
    }

    private static long require(BigDecimal baht, String name, BigDecimal max, String per) {
        if (baht == null) {
            throw new IllegalArgumentException("'" + name + "' is missing; give an amount in baht.");
        }
        return Baht.toSatang(Limits.requireAmount(baht, name, max, per));
    }

    /** Requires a finite weight of at least {@code min} and at most {@link Limits#MAX_WEIGHT}. */
    static double requireWeight(Double weight, String name, double min) {
        if (weight == null) {
            return 1.0;
        }
        if (!(weight >= min) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("Weight '" + name + "' must be a finite number "
                    + (min == Double.MIN_VALUE ? "greater than 0" : "of at least " + min) + " (" + weight + ").");
        }
        if (weight > Limits.MAX_WEIGHT) {
            throw new IllegalArgumentException("Weight '" + name + "' (" + weight + ") is too large: the engine handles"
                    + " weights of at most " + (long) Limits.MAX_WEIGHT + ".");
        }
        return weight;
    }
}

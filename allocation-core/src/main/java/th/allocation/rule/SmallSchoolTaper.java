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

/**
 * A school-level amount for small schools that tapers with enrolment, like the sparsity factor of
 * England's National Funding Formula: the full amount up to {@code fullUpTo} pupils, nothing from
 * {@code zeroFrom} pupils on, and a straight line in between:
 *
 * <pre>amount(p) = full                                   if 1 &lt;= p &lt;= fullUpTo
 *           = full * (zeroFrom - p) / (zeroFrom - fullUpTo) if fullUpTo &lt; p &lt; zeroFrom
 *           = 0                                      if p &gt;= zeroFrom or p = 0</pre>
 *
 * A school with no pupils gets nothing.
 *
 * @param amount the full amount in baht
 * @param fullUpTo the largest enrolment that gets the full amount, at least 0
 * @param zeroFrom the smallest enrolment that gets nothing, greater than {@code fullUpTo}
 */
public record SmallSchoolTaper(BigDecimal amount, Integer fullUpTo, Integer zeroFrom) {
    /** No small-school amount. */
    public static final SmallSchoolTaper NONE = new SmallSchoolTaper(BigDecimal.ZERO, 0, 1);

    /** Validates the amount and that the thresholds are ordered. */
    public SmallSchoolTaper {
        Money.requirePerSchool(amount, "amount");
        if (fullUpTo == null || zeroFrom == null) {
            throw new IllegalArgumentException(
                    "A small-school taper needs both 'full_up_to' and 'zero_from' (pupils).");
        }
        if (fullUpTo < 0 || zeroFrom <= fullUpTo) {
            throw new IllegalArgumentException("A small-school taper needs 0 <= full_up_to < zero_from (full_up_to "
                    + fullUpTo + ", zero_from " + zeroFrom + ").");
        }
    }

    /** The amount in baht (before rounding to the satang) for a school of {@code pupils}. */
    public double amountFor(long pupils) {
        if (pupils <= 0 || pupils >= zeroFrom) {
            return 0;
        }
        double full = amount.doubleValue();
        if (pupils <= fullUpTo) {
            return full;
        }
        return full * (zeroFrom - pupils) / (zeroFrom - fullUpTo);
    }

    /** How much the amount falls per extra pupil on the taper, in baht. */
    public double slope() {
        return amount.doubleValue() / (zeroFrom - fullUpTo);
    }
}

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
package th.allocation.scenario;

import java.math.BigDecimal;
import java.util.Objects;
import th.allocation.model.Limits;

/**
 * The cost of closing one unit of an indicator's gap, in baht, per pupil or per school.
 *
 * @param per what the amount is counted per
 * @param amount baht per unit of gap (per pupil or per school), greater than 0
 */
public record Cost(CostBasis per, BigDecimal amount) {
    /** Validates that the basis is given and the amount is positive. */
    public Cost {
        Objects.requireNonNull(per, "A cost needs 'per': pupil or school.");
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("A cost needs an 'amount' in baht greater than 0 (" + amount + ").");
        }
        if (per == CostBasis.PUPIL) {
            Limits.requireAtMost(amount, "amount", Limits.MAX_PER_PUPIL_BAHT, " THB per pupil");
        } else {
            Limits.requireAtMost(amount, "amount", Limits.MAX_PER_SCHOOL_BAHT, " THB per school");
        }
    }
}

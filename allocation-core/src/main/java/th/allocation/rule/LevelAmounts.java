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
import th.allocation.model.Level;

/**
 * An amount in baht per pupil for each level, e.g. the per-head teaching subsidy.
 *
 * @param preprimary baht per pre-primary pupil
 * @param primary baht per primary pupil
 * @param lowerSecondary baht per lower-secondary pupil
 * @param upperSecondary baht per upper-secondary pupil
 */
public record LevelAmounts(
        BigDecimal preprimary, BigDecimal primary, BigDecimal lowerSecondary, BigDecimal upperSecondary) {

    /**
     * The per-head teaching subsidy for fiscal year B.E. 2567 (1,836; 2,052; 3,780; 4,104 baht),
     * the original free-education rates times 1.08 (OBEC announcement; docs/formulas.md, Thai facts).
     */
    public static final LevelAmounts FY2567 = of(1836, 2052, 3780, 4104);

    /** Validates that every amount is given, at least 0 and exact to the satang. */
    public LevelAmounts {
        for (Level level : Level.values()) {
            BigDecimal amount = switch (level) {
                case PREPRIMARY -> preprimary;
                case PRIMARY -> primary;
                case LOWER_SECONDARY -> lowerSecondary;
                case UPPER_SECONDARY -> upperSecondary;
            };
            Money.requirePerPupil(amount, level.key());
        }
    }

    /** Amounts in whole baht. */
    public static LevelAmounts of(long preprimary, long primary, long lowerSecondary, long upperSecondary) {
        return new LevelAmounts(
                BigDecimal.valueOf(preprimary),
                BigDecimal.valueOf(primary),
                BigDecimal.valueOf(lowerSecondary),
                BigDecimal.valueOf(upperSecondary));
    }

    /** The amount for one level, in baht. */
    public BigDecimal of(Level level) {
        return switch (level) {
            case PREPRIMARY -> preprimary;
            case PRIMARY -> primary;
            case LOWER_SECONDARY -> lowerSecondary;
            case UPPER_SECONDARY -> upperSecondary;
        };
    }
}

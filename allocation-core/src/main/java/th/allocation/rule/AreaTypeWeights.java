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

import th.allocation.model.AreaType;

/**
 * A multiplicative weight on the base per-pupil amount for each area type; a weight left out is 1.
 *
 * @param capital weight for schools in the capital
 * @param municipal weight for schools in municipal areas
 * @param district weight for schools in district areas
 * @param subdistrict weight for schools in subdistrict areas
 * @param special weight for schools in special areas
 */
public record AreaTypeWeights(Double capital, Double municipal, Double district, Double subdistrict, Double special) {
    /** Every area type weighted 1. */
    public static final AreaTypeWeights NONE = new AreaTypeWeights(1.0, 1.0, 1.0, 1.0, 1.0);

    /** Validates every weight (finite, greater than 0) and sets the missing ones to 1. */
    public AreaTypeWeights {
        capital = Money.requireWeight(capital, "capital", Double.MIN_VALUE);
        municipal = Money.requireWeight(municipal, "municipal", Double.MIN_VALUE);
        district = Money.requireWeight(district, "district", Double.MIN_VALUE);
        subdistrict = Money.requireWeight(subdistrict, "subdistrict", Double.MIN_VALUE);
        special = Money.requireWeight(special, "special", Double.MIN_VALUE);
    }

    /** The weight of an area type. */
    public double of(AreaType type) {
        return switch (type) {
            case CAPITAL -> capital;
            case MUNICIPAL -> municipal;
            case DISTRICT -> district;
            case SUBDISTRICT -> subdistrict;
            case SPECIAL -> special;
        };
    }
}

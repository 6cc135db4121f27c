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

import th.allocation.model.SchoolKind;

/**
 * A multiplicative weight on the base per-pupil amount for each kind of school; a weight left out is 1.
 *
 * @param primary weight for primary schools
 * @param secondary weight for secondary schools
 * @param combined weight for combined primary-secondary schools
 * @param specialEducation weight for special-education schools
 */
public record SchoolKindWeights(Double primary, Double secondary, Double combined, Double specialEducation) {
    /** Every kind weighted 1. */
    public static final SchoolKindWeights NONE = new SchoolKindWeights(1.0, 1.0, 1.0, 1.0);

    /** Validates every weight (finite, greater than 0) and sets the missing ones to 1. */
    public SchoolKindWeights {
        primary = Money.requireWeight(primary, "primary", Double.MIN_VALUE);
        secondary = Money.requireWeight(secondary, "secondary", Double.MIN_VALUE);
        combined = Money.requireWeight(combined, "combined", Double.MIN_VALUE);
        specialEducation = Money.requireWeight(specialEducation, "special_education", Double.MIN_VALUE);
    }

    /** The weight of a kind of school. */
    public double of(SchoolKind kind) {
        return switch (kind) {
            case PRIMARY -> primary;
            case SECONDARY -> secondary;
            case COMBINED -> combined;
            case SPECIAL_EDUCATION -> specialEducation;
        };
    }
}

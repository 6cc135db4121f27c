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
package th.allocation.model;

/**
 * Pupils of a school by level, as counted on the yearly census day (10 June).
 *
 * @param preprimary pre-primary pupils, at least 0
 * @param primary primary pupils, at least 0
 * @param lowerSecondary lower-secondary pupils, at least 0
 * @param upperSecondary upper-secondary pupils, at least 0
 */
public record Enrolment(int preprimary, int primary, int lowerSecondary, int upperSecondary) {

    /** No pupils at any level. */
    public static final Enrolment NONE = new Enrolment(0, 0, 0, 0);

    /** Validates that every count is at least 0. */
    public Enrolment {
        if (preprimary < 0 || primary < 0 || lowerSecondary < 0 || upperSecondary < 0) {
            throw new IllegalArgumentException("Pupil counts must be at least 0 (" + preprimary + ", " + primary + ", "
                    + lowerSecondary + ", " + upperSecondary + ").");
        }
    }

    /** Pupils at one level. */
    public int of(Level level) {
        return switch (level) {
            case PREPRIMARY -> preprimary;
            case PRIMARY -> primary;
            case LOWER_SECONDARY -> lowerSecondary;
            case UPPER_SECONDARY -> upperSecondary;
        };
    }

    /** The same enrolment with {@code pupils} at {@code level}. */
    public Enrolment with(Level level, int pupils) {
        return new Enrolment(
                level == Level.PREPRIMARY ? pupils : preprimary,
                level == Level.PRIMARY ? pupils : primary,
                level == Level.LOWER_SECONDARY ? pupils : lowerSecondary,
                level == Level.UPPER_SECONDARY ? pupils : upperSecondary);
    }

    /** All pupils, every level. */
    public long total() {
        return (long) preprimary + primary + lowerSecondary + upperSecondary;
    }
}

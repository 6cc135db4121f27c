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
 * The trend of one unit's indicator over the years of a history: the least-squares slope through
 * the points (first fiscal year, its baseline) and (each year's results year, that year's
 * achieved mean), and which way it goes.
 *
 * @param level the level
 * @param unit the unit's name
 * @param indicator the indicator's name
 * @param points how many points the slope is fitted through
 * @param firstYear the year of the first point
 * @param lastYear the year of the last point
 * @param first the value at the first point
 * @param last the value at the last point
 * @param slopePerYear the change per year, in the indicator's unit (signed as the values are); NaN with fewer than two points
 * @param way which way the indicator goes
 */
public record Trend(
        Level level,
        String unit,
        String indicator,
        int points,
        int firstYear,
        int lastYear,
        double first,
        double last,
        double slopePerYear,
        Way way) {

    /**
     * Which way an indicator goes: improving or worsening when the slope, in the better direction, is
     * more than {@value #STEADY_SHARE} of the central target's size per year; steady otherwise.
     */
    public enum Way {
        /** Getting better by more than the steady band a year. */
        IMPROVING("improving"),
        /** Within the steady band. */
        STEADY("steady"),
        /** Getting worse by more than the steady band a year. */
        WORSENING("worsening"),
        /** Fewer than two points. */
        TOO_FEW_POINTS("too_few_points");

        private final String key;

        Way(String key) {
            this.key = key;
        }

        /** The name in output files. */
        public String key() {
            return key;
        }
    }

    /** The steady band: a change per year of at most this share of the central target's size. */
    public static final double STEADY_SHARE = 0.001;
}

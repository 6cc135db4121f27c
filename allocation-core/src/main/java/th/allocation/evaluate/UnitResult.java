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

import th.allocation.scenario.Indicator;

/**
 * One unit's evaluation on one indicator: the centre, a cluster, an ESA, a network or an area type.
 *
 * <p>The figures are means over the unit's schools with a realised value, weighted by pupils when the
 * indicator's cost is per pupil (every pupil counts the same) and one per school when per school
 * ({@link #pupilWeighted()} says which); the target is the one in force for the unit (see {@link
 * Evaluation}); the status is judged on these means by the rules of {@link Status}.
 *
 * @param level the level
 * @param unit the unit's name ({@code all} for the centre)
 * @param parent the unit one level up: an ESA's cluster, a network's ESA; empty otherwise
 * @param indicator the indicator
 * @param schools the unit's schools
 * @param pupils the unit's pupils
 * @param figures the unit's means and its target
 * @param money all money put against the indicator in the unit, in satang
 * @param spending the money and gap closed of its funded schools with a realised value
 * @param status the status of the unit's means
 * @param schoolStatuses how many of its schools have each status
 */
public record UnitResult(
        Level level,
        String unit,
        String parent,
        Indicator indicator,
        int schools,
        long pupils,
        Figures figures,
        long money,
        Spending spending,
        Status status,
        StatusCounts schoolStatuses) {

    /** Whether the means are weighted by pupils (the indicator's cost is per pupil) rather than one per school. */
    public boolean pupilWeighted() {
        return Evaluation.pupilWeighted(indicator);
    }
}

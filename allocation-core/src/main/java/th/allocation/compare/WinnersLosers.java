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
package th.allocation.compare;

import th.allocation.model.Baht;

/**
 * Who gains and who loses under a scenario against the baseline, school by school: a school gains
 * if its allocation is larger by at least one satang, loses if it is smaller, and is unchanged if
 * it is exactly the same.
 *
 * @param grouping the grouping's key ({@code area_type}, {@code cluster}...), or {@link Comparison#ALL}
 * @param group the group, or {@link Comparison#ALL}
 * @param schools the group's schools: {@code gaining + losing + unchanged}
 * @param gaining schools that get more than under the baseline
 * @param losing schools that get less
 * @param unchanged schools that get exactly the same
 * @param gained the money the gaining schools gain together, in satang (at least 0)
 * @param lost the money the losing schools lose together, in satang (at least 0)
 */
public record WinnersLosers(
        String grouping,
        String group,
        long schools,
        long gaining,
        long losing,
        long unchanged,
        long gained,
        long lost) {

    /** Checks that the counts add up and the amounts are not negative. */
    public WinnersLosers {
        if (gaining < 0 || losing < 0 || unchanged < 0 || gaining + losing + unchanged != schools) {
            throw new IllegalArgumentException("Gaining (" + gaining + "), losing (" + losing + ") and unchanged ("
                    + unchanged + ") schools must add up to the schools (" + schools + ").");
        }
        if (gained < 0 || lost < 0) {
            throw new IllegalArgumentException("Money gained (" + Baht.format(gained) + ") and lost ("
                    + Baht.format(lost) + ") are amounts, at least 0.");
        }
    }

    /** What the group gains in all, {@code gained - lost}, in satang; negative if it loses. */
    public long net() {
        return gained - lost;
    }
}

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
 * One unit's year on one indicator, in a history of several years.
 *
 * @param level the level
 * @param unit the unit's name
 * @param parent the unit one level up, or empty
 * @param indicator the indicator's name
 * @param fiscalYear the fiscal year (B.E.) of the allocation
 * @param resultsYear the year its results were measured in
 * @param money the money put against the indicator in the unit, in satang
 * @param target the target in force for the unit that year
 * @param baseline the unit's mean value before the money
 * @param projected the mean the allocation projected
 * @param achieved the mean achieved
 * @param status the unit's status that year
 */
public record HistoryRow(
        Level level,
        String unit,
        String parent,
        String indicator,
        int fiscalYear,
        int resultsYear,
        long money,
        double target,
        double baseline,
        double projected,
        double achieved,
        Status status) {}

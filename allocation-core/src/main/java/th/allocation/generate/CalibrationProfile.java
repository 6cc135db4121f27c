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
package th.allocation.generate;

import static th.allocation.generate.CalibrationNumbers.decimal;
import static th.allocation.generate.CalibrationNumbers.grouped;
import static th.allocation.generate.CalibrationNumbers.percent;
import static th.allocation.generate.CalibrationNumbers.ratio;

import th.allocation.model.AreaType;
import th.allocation.model.Level;
import th.allocation.model.SchoolKind;
import th.allocation.model.SchoolTable;

/** What a school table holds by area type, by kind of school and by level: {@link Calibration#profile}. */
final class CalibrationProfile {
    private CalibrationProfile() {}

    static String of(SchoolTable schools) {
        StringBuilder out = new StringBuilder();
        out.append("| area_type | schools | pupils | mean pupils | remote | poor / K-M3 pupils |\n");
        out.append("|---|---:|---:|---:|---:|---:|\n");
        for (AreaType type : AreaType.values()) {
            long count = 0;
            long pupils = 0;
            long remote = 0;
            long poor = 0;
            long eligible = 0;
            for (int i = 0; i < schools.size(); i++) {
                if (schools.areaType(i) == type) {
                    count++;
                    pupils += schools.totalPupils(i);
                    remote += schools.remote(i) ? 1 : 0;
                    poor += schools.poor(i);
                    eligible += CalibrationMeasures.eligible(schools, i);
                }
            }
            out.append("| ")
                    .append(type.key())
                    .append(" | ")
                    .append(grouped(count))
                    .append(" | ")
                    .append(grouped(pupils))
                    .append(" | ")
                    .append(decimal(ratio(pupils, count), 0))
                    .append(" | ")
                    .append(percent(ratio(remote, count)))
                    .append(" | ")
                    .append(percent(ratio(poor, eligible)))
                    .append(" |\n");
        }
        out.append("\n| school_kind | schools | pupils | mean pupils |\n");
        out.append("|---|---:|---:|---:|\n");
        for (SchoolKind kind : SchoolKind.values()) {
            long count = 0;
            long pupils = 0;
            for (int i = 0; i < schools.size(); i++) {
                if (schools.kind(i) == kind) {
                    count++;
                    pupils += schools.totalPupils(i);
                }
            }
            out.append("| ")
                    .append(kind.key())
                    .append(" | ")
                    .append(grouped(count))
                    .append(" | ")
                    .append(grouped(pupils))
                    .append(" | ")
                    .append(decimal(ratio(pupils, count), 0))
                    .append(" |\n");
        }
        out.append("\n| level | pupils | original rate THB | previous allocation THB |\n");
        out.append("|---|---:|---:|---:|\n");
        long allPupils = 0;
        long allMoney = 0;
        for (Level level : Level.values()) {
            long pupils = 0;
            for (int i = 0; i < schools.size(); i++) {
                pupils += schools.pupils(level, i);
            }
            long rate = Model.ORIGINAL_RATES.of(level).longValueExact();
            allPupils += pupils;
            allMoney += rate * pupils;
            out.append("| ")
                    .append(level.key())
                    .append(" | ")
                    .append(grouped(pupils))
                    .append(" | ")
                    .append(grouped(rate))
                    .append(" | ")
                    .append(grouped(rate * pupils))
                    .append(" |\n");
        }
        out.append("| all | ")
                .append(grouped(allPupils))
                .append(" |  | ")
                .append(grouped(allMoney))
                .append(" |\n");
        return out.toString();
    }
}

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

import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import th.allocation.model.AreaType;
import th.allocation.model.Baht;
import th.allocation.model.Enrolment;
import th.allocation.model.School;
import th.allocation.model.SchoolKind;

/**
 * One generated school as it is written. Decimal values are held as whole numbers of their last
 * decimal (e.g. a benchmark share of 0.734 as 734 thousandths), so that the file's text never
 * depends on how a JDK prints a {@code double}.
 */
record GeneratedSchool(
        String id,
        String name,
        String cluster,
        String esa,
        String network,
        String province,
        String district,
        String subdistrict,
        AreaType areaType,
        boolean remote,
        SchoolKind kind,
        Enrolment pupils,
        int specialNeeds,
        int poor,
        long previousAllocationBaht,
        int teachers,
        long distanceTenthsKm,
        long benchmarkThousandths,
        long pupilsPerTeacherHundredths,
        long pupilsPerComputerHundredths,
        long buildingConditionTenths,
        long incidentsPer1000Hundredths) {

    /** The same school with its id and network, known once its ESA's schools are placed. */
    GeneratedSchool withPlace(String id, String network) {
        return new GeneratedSchool(
                id,
                name,
                cluster,
                esa,
                network,
                province,
                district,
                subdistrict,
                areaType,
                remote,
                kind,
                pupils,
                specialNeeds,
                poor,
                previousAllocationBaht,
                teachers,
                distanceTenthsKm,
                benchmarkThousandths,
                pupilsPerTeacherHundredths,
                pupilsPerComputerHundredths,
                buildingConditionTenths,
                incidentsPer1000Hundredths);
    }

    /** The row's cells, in the order of {@link GeneratedColumns#HEADER}. */
    String[] cells() {
        return new String[] {
            id,
            name,
            cluster,
            esa,
            network,
            province,
            district,
            subdistrict,
            areaType.key(),
            remote ? "true" : "false",
            kind.key(),
            Integer.toString(pupils.preprimary()),
            Integer.toString(pupils.primary()),
            Integer.toString(pupils.lowerSecondary()),
            Integer.toString(pupils.upperSecondary()),
            Integer.toString(specialNeeds),
            Integer.toString(poor),
            Long.toString(previousAllocationBaht),
            Integer.toString(teachers),
            fixed(distanceTenthsKm, 1),
            fixed(benchmarkThousandths, 3),
            fixed(pupilsPerTeacherHundredths, 2),
            fixed(pupilsPerComputerHundredths, 2),
            fixed(buildingConditionTenths, 1),
            fixed(incidentsPer1000Hundredths, 2)
        };
    }

    /** The school as the library's value, with the extra columns as indicators. */
    School toSchool() {
        Map<String, Double> indicators = new TreeMap<>();
        indicators.put(GeneratedColumns.TEACHERS, (double) teachers);
        indicators.put(GeneratedColumns.DISTANCE_TO_ESA_KM, distanceTenthsKm / 10.0);
        indicators.put(GeneratedColumns.TEST_BENCHMARK_SHARE, benchmarkThousandths / 1000.0);
        indicators.put(GeneratedColumns.PUPILS_PER_TEACHER, pupilsPerTeacherHundredths / 100.0);
        indicators.put(GeneratedColumns.PUPILS_PER_COMPUTER, pupilsPerComputerHundredths / 100.0);
        indicators.put(GeneratedColumns.BUILDING_CONDITION, buildingConditionTenths / 10.0);
        indicators.put(GeneratedColumns.SAFETY_INCIDENTS_PER_1000, incidentsPer1000Hundredths / 100.0);
        return new School(
                id,
                name,
                cluster,
                esa,
                network,
                province,
                district,
                subdistrict,
                areaType,
                remote,
                kind,
                pupils,
                specialNeeds,
                poor,
                OptionalLong.of(previousAllocationBaht * Baht.SATANG_PER_BAHT),
                indicators);
    }

    /** A non-negative whole number of {@code 10^-decimals} written as a decimal, e.g. (734, 3) as {@code 0.734}. */
    static String fixed(long scaled, int decimals) {
        if (scaled < 0) {
            throw new IllegalArgumentException("Generated values are not negative (" + scaled + ").");
        }
        if (decimals == 0) {
            return Long.toString(scaled);
        }
        StringBuilder digits = new StringBuilder(Long.toString(scaled));
        while (digits.length() <= decimals) {
            digits.insert(0, '0');
        }
        digits.insert(digits.length() - decimals, '.');
        return digits.toString();
    }
}

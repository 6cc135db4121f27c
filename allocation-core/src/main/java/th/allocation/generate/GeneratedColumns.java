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

import java.util.ArrayList;
import java.util.List;
import th.allocation.input.SchoolColumns;
import th.allocation.model.Level;

/**
 * The columns of a generated school file: the canonical school table of docs/model.md (data contract) in its
 * documented order, then context and indicator columns for the four goals. Indicator values are
 * numbers with a fixed number of decimals; name them in a scenario to use them.
 */
public final class GeneratedColumns {
    /** Teachers at the school (whole number); with the pupils it gives {@link #PUPILS_PER_TEACHER}. */
    public static final String TEACHERS = "teachers";
    /** Road distance from the school to its ESA office in km, one decimal; a remoteness measure. */
    public static final String DISTANCE_TO_ESA_KM = "distance_to_esa_km";
    /**
     * Quality: the share of pupils at or above a national-test benchmark, 0 to 1, three decimals;
     * higher is better.
     */
    public static final String TEST_BENCHMARK_SHARE = "test_benchmark_share";
    /**
     * Efficiency: pupils per teacher, two decimals. Not "higher is better" either way: small schools
     * have low ratios because every class needs a teacher.
     */
    public static final String PUPILS_PER_TEACHER = "pupils_per_teacher";
    /** Opportunity (ICT): pupils per computer for learning, two decimals; lower is better. */
    public static final String PUPILS_PER_COMPUTER = "pupils_per_computer";
    /** Safety: the condition of the school's buildings, a score from 1 (unsafe) to 5 (good), one decimal. */
    public static final String BUILDING_CONDITION = "building_condition";
    /** Safety: incidents (accidents, violence) per 1,000 pupils in the last year, two decimals; lower is better. */
    public static final String SAFETY_INCIDENTS_PER_1000 = "safety_incidents_per_1000";

    /** The numeric columns beyond the canonical table, in file order. */
    public static final List<String> EXTRA = List.of(
            TEACHERS,
            DISTANCE_TO_ESA_KM,
            TEST_BENCHMARK_SHARE,
            PUPILS_PER_TEACHER,
            PUPILS_PER_COMPUTER,
            BUILDING_CONDITION,
            SAFETY_INCIDENTS_PER_1000);

    /** The header of a generated file: the canonical columns in the order of docs/model.md, then {@link #EXTRA}. */
    public static final List<String> HEADER = header();

    private GeneratedColumns() {}

    private static List<String> header() {
        List<String> columns = new ArrayList<>(List.of(
                SchoolColumns.SCHOOL_ID,
                SchoolColumns.NAME,
                SchoolColumns.CLUSTER,
                SchoolColumns.ESA,
                SchoolColumns.NETWORK,
                SchoolColumns.PROVINCE,
                SchoolColumns.DISTRICT,
                SchoolColumns.SUBDISTRICT,
                SchoolColumns.AREA_TYPE,
                SchoolColumns.REMOTE,
                SchoolColumns.SCHOOL_KIND));
        for (Level level : Level.values()) {
            columns.add(level.column());
        }
        columns.addAll(List.of(
                SchoolColumns.PUPILS_SPECIAL_NEEDS, SchoolColumns.PUPILS_POOR, SchoolColumns.PREVIOUS_ALLOCATION));
        columns.addAll(EXTRA);
        return List.copyOf(columns);
    }
}

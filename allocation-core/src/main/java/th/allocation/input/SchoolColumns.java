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
package th.allocation.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import th.allocation.model.Level;

/** The canonical column names of the school table (docs/model.md, data contract). */
public final class SchoolColumns {
    /** The unique school code. */
    public static final String SCHOOL_ID = "school_id";
    /** The school's name. */
    public static final String NAME = "name";
    /** The inspection-region cluster. */
    public static final String CLUSTER = "cluster";
    /** The Educational Service Area office. */
    public static final String ESA = "esa";
    /** The school network (optional). */
    public static final String NETWORK = "network";
    /** The province (optional). */
    public static final String PROVINCE = "province";
    /** The district (optional). */
    public static final String DISTRICT = "district";
    /** The subdistrict (optional). */
    public static final String SUBDISTRICT = "subdistrict";
    /** capital, municipal, district, subdistrict or special. */
    public static final String AREA_TYPE = "area_type";
    /** true/false, 1/0, yes/no. */
    public static final String REMOTE = "remote";
    /** primary, secondary, combined or special_education. */
    public static final String SCHOOL_KIND = "school_kind";
    /** Pupils with special needs, a subset of all pupils. */
    public static final String PUPILS_SPECIAL_NEEDS = "pupils_special_needs";
    /** Poor pupils, a subset of all pupils. */
    public static final String PUPILS_POOR = "pupils_poor";
    /** Last year's allocation in baht (optional; empty for a new school). */
    public static final String PREVIOUS_ALLOCATION = "previous_allocation";
    /**
     * Last year's pupils, all levels (optional; a school without them is taken to have had this
     * year's pupils): the per-pupil protections compare per-pupil amounts with last year's.
     */
    public static final String PREVIOUS_PUPILS = "previous_pupils";

    /** Columns every school file must have. */
    public static final List<String> REQUIRED = required();

    /** Canonical columns a school file may leave out. */
    public static final List<String> OPTIONAL =
            List.of(NETWORK, PROVINCE, DISTRICT, SUBDISTRICT, PREVIOUS_ALLOCATION, PREVIOUS_PUPILS);

    /** Every canonical column, required ones first. */
    public static final List<String> ALL = all();

    private SchoolColumns() {}

    /** Whether {@code name} is a canonical column. */
    public static boolean isCanonical(String name) {
        return Set.copyOf(ALL).contains(name);
    }

    private static List<String> required() {
        List<String> columns = new ArrayList<>(List.of(SCHOOL_ID, NAME, CLUSTER, ESA, AREA_TYPE, REMOTE, SCHOOL_KIND));
        for (Level level : Level.values()) {
            columns.add(level.column());
        }
        columns.add(PUPILS_SPECIAL_NEEDS);
        columns.add(PUPILS_POOR);
        return List.copyOf(columns);
    }

    private static List<String> all() {
        List<String> columns = new ArrayList<>(REQUIRED);
        columns.addAll(OPTIONAL);
        return List.copyOf(columns);
    }
}

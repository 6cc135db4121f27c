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
package th.allocation.result;

import th.allocation.internal.NaturalOrder;
import th.allocation.model.AreaType;
import th.allocation.model.CategoryColumn;
import th.allocation.model.SchoolKind;
import th.allocation.model.SchoolTable;

/** A way to group schools for summaries: by a hierarchy or geography column, area type or kind. */
public enum Grouping {
    /** By inspection-region cluster. */
    CLUSTER("cluster"),
    /** By Educational Service Area. */
    ESA("esa"),
    /** By school network. */
    NETWORK("network"),
    /** By province. */
    PROVINCE("province"),
    /** By area type. */
    AREA_TYPE("area_type"),
    /** By kind of school. */
    SCHOOL_KIND("school_kind");

    private final String key;

    Grouping(String key) {
        this.key = key;
    }

    /** The grouping's name in output files, the same as the school-table column. */
    public String key() {
        return key;
    }

    /** The grouping whose {@link #key()} is {@code key}, if any. */
    public static java.util.Optional<Grouping> byKey(String key) {
        for (Grouping grouping : values()) {
            if (grouping.key.equals(key)) {
                return java.util.Optional.of(grouping);
            }
        }
        return java.util.Optional.empty();
    }

    /** The group of school {@code i}. */
    public String groupOf(SchoolTable schools, int i) {
        return switch (this) {
            case AREA_TYPE -> schools.areaType(i).key();
            case SCHOOL_KIND -> schools.kind(i).key();
            default -> column(schools).value(i);
        };
    }

    /**
     * The order of groups in summaries: declaration order for area types and kinds; otherwise by name,
     * numbers inside names compared as numbers (region 2 before region 10).
     */
    public java.util.Comparator<String> order() {
        return switch (this) {
            case AREA_TYPE ->
                java.util.Comparator.comparingInt(key -> AreaType.keys().indexOf(key));
            case SCHOOL_KIND ->
                java.util.Comparator.comparingInt(key -> SchoolKind.keys().indexOf(key));
            default -> NaturalOrder.INSTANCE;
        };
    }

    private CategoryColumn column(SchoolTable schools) {
        return switch (this) {
            case CLUSTER -> schools.cluster();
            case ESA -> schools.esa();
            case NETWORK -> schools.network();
            case PROVINCE -> schools.province();
            default -> throw new IllegalStateException(key + " is not a text column.");
        };
    }
}

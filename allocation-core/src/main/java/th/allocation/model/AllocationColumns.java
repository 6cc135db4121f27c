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

import java.util.List;

/**
 * The fixed columns of {@code allocations.csv}, before and after the rule's own component columns:
 * the writer puts them there, and a composed formula may not name a component after one of them.
 */
public final class AllocationColumns {
    /** Before the components: the school, its pupils, its allocation and the bound that held it. */
    public static final List<String> BEFORE_COMPONENTS = List.of(
            "school_id",
            "name",
            "cluster",
            "esa",
            "network",
            "province",
            "area_type",
            "remote",
            "school_kind",
            "pupils",
            "pupils_poor",
            "pupils_special_needs",
            "allocation",
            "per_pupil",
            "bound");

    /** After the components: what the bound and the rounding changed, and what the amounts came from. */
    public static final List<String> AFTER_COMPONENTS =
            List.of("bound_adjustment", "rounding", "need", "floor", "cap", "previous_allocation");

    private AllocationColumns() {}
}

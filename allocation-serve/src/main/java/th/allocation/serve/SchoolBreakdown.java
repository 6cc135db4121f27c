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
package th.allocation.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import th.allocation.model.Baht;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.rule.Component;

/**
 * One school's allocation as the result explains it, exactly: its components after scaling, what a
 * floor or cap added or took away, and rounding, which add up to its allocation to the satang (the
 * columns of its row of {@code allocations.csv}); with its need, floor and cap, and its allocation in
 * the baseline.
 */
final class SchoolBreakdown {
    private SchoolBreakdown() {}

    static ObjectNode of(AllocationResult result, int i, long baselineAllocation) {
        SchoolTable schools = result.schools();
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("school_id", schools.id(i))
                .put("name", schools.name(i))
                .put("province", schools.province().value(i))
                .put("cluster", schools.cluster().value(i))
                .put("area_type", schools.areaType(i).key())
                .put("remote", schools.remote(i))
                .put("school_kind", schools.kind(i).key())
                .put("pupils", schools.totalPupils(i))
                .put("allocation", Figures.baht(result.allocation(i)))
                .put(
                        "per_pupil",
                        Baht.perPupil(result.allocation(i), schools.totalPupils(i))
                                .map(BigDecimal::toPlainString)
                                .orElse(null))
                .put("bound", result.bound(i).key())
                .put("baseline", Figures.baht(baselineAllocation))
                .put("change", Figures.baht(result.allocation(i) - baselineAllocation));
        ArrayNode parts = node.putArray("parts");
        for (int c = 0; c < result.components().size(); c++) {
            Component component = result.components().get(c);
            parts.addObject()
                    .put("part", component.key())
                    .put("description", component.description())
                    .put("amount", Figures.baht(result.component(c, i)));
        }
        parts.addObject().put("part", "bound_adjustment").put("amount", Figures.baht(result.boundAdjustment(i)));
        parts.addObject().put("part", "rounding").put("amount", Figures.baht(result.rounding(i)));
        node.put("need", Figures.baht(result.need(i)));
        node.put("floor", Figures.baht(result.floor(i)));
        if (result.cap(i) == AllocationResult.NO_CAP) {
            node.putNull("cap");
        } else {
            node.put("cap", Figures.baht(result.cap(i)));
        }
        return node;
    }
}

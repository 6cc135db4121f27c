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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.allocation.engine.AllocationEngine;
import th.allocation.input.ScenarioReader;
import th.allocation.model.Baht;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.GroupSummary;
import th.allocation.result.Grouping;
import th.allocation.scenario.Scenario;

/** The bundled national example: its two scenarios run on the generated national file as the README says. */
class ThailandExampleTest {
    static final Path EXAMPLE = Path.of("..", "examples", "thailand");

    @Test
    void statusQuo_allocatesOnePointZeroEightTimesLastYearsTotal() {
        SchoolTable schools = NationalFile.table();
        AllocationResult result = AllocationEngine.allocate(scenario("status-quo.yaml"), schools);
        long previous = 0;
        for (int i = 0; i < schools.size(); i++) {
            previous += schools.previousAllocation(i);
        }
        // FY2567 rates are the original rates x 1.08 exactly (1,836 = 1,700 x 1.08 and so on;
        // docs/formulas.md, Thai facts), so the status quo is 1.08 x last year's total, to the satang.
        assertEquals(previous * 108 / 100, result.total());
        assertEquals(0, previous * 108 % 100);
    }

    @Test
    void needsWeighted_hasTheStatusQuoTotalAsItsBudget_andIsFeasible() {
        SchoolTable schools = NationalFile.table();
        long statusQuo =
                AllocationEngine.allocate(scenario("status-quo.yaml"), schools).total();
        Scenario needsWeighted = scenario("needs-weighted.yaml");
        assertEquals(
                Baht.display(statusQuo),
                Baht.display(needsWeighted.budgetSatang().getAsLong()),
                "needs-weighted.yaml's budget must be what status-quo.yaml allocates to the national file");
        AllocationResult result = AllocationEngine.allocate(needsWeighted, schools);
        assertEquals(statusQuo, result.total());
    }

    @Test
    void needsWeighted_movesMoneyFromTownsToSpecialAndSubdistrictAreas() {
        SchoolTable schools = NationalFile.table();
        List<GroupSummary> before =
                GroupSummary.of(AllocationEngine.allocate(scenario("status-quo.yaml"), schools), Grouping.AREA_TYPE);
        List<GroupSummary> after = GroupSummary.of(
                AllocationEngine.allocate(scenario("needs-weighted.yaml"), schools), Grouping.AREA_TYPE);
        for (int g = 0; g < before.size(); g++) {
            String area = before.get(g).group();
            long change = after.get(g).allocation() - before.get(g).allocation();
            switch (area) {
                case "capital", "municipal" -> assertTrue(change < 0, area + " " + change);
                case "subdistrict", "special" -> assertTrue(change > 0, area + " " + change);
                default -> {
                    // district areas may gain or lose, depending on the weights
                }
            }
        }
    }

    private static Scenario scenario(String file) {
        return ScenarioReader.read(EXAMPLE.resolve(file));
    }
}

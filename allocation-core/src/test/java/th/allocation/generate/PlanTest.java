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

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanTest {

    @Test
    void national_hasTheNationalEsas() {
        Plan plan = Plan.of(SchoolGenerator.NATIONAL_SCHOOLS, SchoolGenerator.DEFAULT_SEED);
        assertEquals(1, plan.multiplier());
        // docs/formulas.md, Thai facts: 183 primary + 62 secondary ESAs.
        assertEquals(183, esas(plan, false));
        assertEquals(62, esas(plan, true));
        assertEquals(SchoolGenerator.NATIONAL_SCHOOLS, schools(plan));
    }

    @Test
    void onePointFiveMillion_keepsTheShape_withFiftyOneTimesTheEsas() {
        // 1,500,000 / 29,449 = 50.94, rounded to 51.
        Plan plan = Plan.of(1_500_000, SchoolGenerator.DEFAULT_SEED);
        assertEquals(51, plan.multiplier());
        assertEquals(183 * 51, esas(plan, false));
        assertEquals(62 * 51, esas(plan, true));
        assertEquals(1_500_000, schools(plan));
        for (Plan.Unit unit : plan.units()) {
            assertTrue(unit.schools() <= Plan.MAX_SCHOOLS_PER_UNIT, unit.esa());
            assertTrue(unit.esaIndex() < (unit.secondaryEsa() ? 1000 : Plan.SECONDARY_ESA_BASE), unit.esa());
        }
    }

    @Test
    void largestSize_fitsTheIds() {
        Plan plan = Plan.of(SchoolGenerator.MAX_SCHOOLS, 1);
        assertEquals(SchoolGenerator.MAX_SCHOOLS, schools(plan));
        for (Plan.Unit unit : plan.units()) {
            assertTrue(unit.esaIndex() < (unit.secondaryEsa() ? 1000 : Plan.SECONDARY_ESA_BASE), unit.esa());
        }
    }

    @Test
    void split_addsUpExactly_inProportion() {
        // 10 in proportion 1:2:3 is 1.67, 3.33, 5: largest remainders give 2, 3, 5.
        int[] parts = Plan.split(10, new long[] {1, 2, 3});
        assertEquals(2, parts[0]);
        assertEquals(3, parts[1]);
        assertEquals(5, parts[2]);
        assertEquals(0, Plan.split(0, new long[] {1, 2})[1]);
    }

    private static int esas(Plan plan, boolean secondary) {
        Set<String> names = new HashSet<>();
        for (Plan.Unit unit : plan.units()) {
            if (unit.secondaryEsa() == secondary) {
                names.add(unit.esa());
            }
        }
        return names.size();
    }

    private static int schools(Plan plan) {
        return plan.units().stream().mapToInt(Plan.Unit::schools).sum();
    }
}

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
package th.allocation.solve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.allocation.InfeasibleException;
import th.allocation.InputException;
import th.allocation.model.Enrolment;
import th.allocation.model.School;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.Bound;
import th.allocation.rule.FlatPerHead;
import th.allocation.rule.LevelAmounts;
import th.allocation.scenario.Caps;
import th.allocation.scenario.Floors;
import th.allocation.scenario.Scenario;

class FormulaAllocatorTest {
    private static final FlatPerHead THOUSAND = new FlatPerHead(LevelAmounts.of(1000, 1000, 1000, 1000));

    private static School school(String id, int pupils) {
        return School.of(id, id).withPupils(new Enrolment(0, pupils, 0, 0), 0, 0);
    }

    private static Scenario scenario(String budget, String unit) {
        return new Scenario(
                "t",
                2570,
                "",
                budget == null ? null : new BigDecimal(budget),
                unit == null ? null : new BigDecimal(unit),
                Map.of(),
                THOUSAND,
                null,
                null);
    }

    private static long[] allocations(AllocationResult result) {
        long[] values = new long[result.schools().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = result.allocation(i);
        }
        return values;
    }

    @Test
    void allocate_noBudget_givesEachSchoolItsNeed() {
        SchoolTable schools = SchoolTable.of(List.of(school("a", 3), school("b", 7)));
        AllocationResult result = FormulaAllocator.allocate(scenario(null, null), schools);
        assertArrayEquals(new long[] {300_000, 700_000}, allocations(result));
        assertEquals(1.0, result.scale());
    }

    @Test
    void allocate_budgetSplitsInThirds_largestRemainderGivesTheExtraBahtToTheLowestId() {
        // Three equal needs, 100 THB: 33.33... each; the one baht left goes to the lowest id, "a".
        SchoolTable schools = SchoolTable.of(List.of(school("c", 1), school("a", 1), school("b", 1)));
        AllocationResult result = FormulaAllocator.allocate(scenario("100", "1"), schools);
        assertArrayEquals(new long[] {3_400, 3_300, 3_300}, allocations(result));
        assertEquals(10_000, result.total());
    }

    @Test
    void allocate_largestRemainder_favoursTheLargestFraction() {
        // Needs 1:2 with 10 THB: exact shares 3.33 and 6.67; the fractions .33 and .67 give the baht to "b".
        SchoolTable schools = SchoolTable.of(List.of(school("a", 1), school("b", 2)));
        AllocationResult result = FormulaAllocator.allocate(scenario("10", "1"), schools);
        assertArrayEquals(new long[] {300, 700}, allocations(result));
    }

    @Test
    void allocate_zeroBudget_givesZeroToEverySchool() {
        SchoolTable schools = SchoolTable.of(List.of(school("a", 10), school("b", 0), school("c", 3)));
        AllocationResult result = FormulaAllocator.allocate(scenario("0", "1"), schools);
        assertArrayEquals(new long[] {0, 0, 0}, allocations(result));
    }

    @Test
    void allocate_oneSchool_getsTheWholeBudget() {
        SchoolTable schools = SchoolTable.of(List.of(school("only", 17)));
        AllocationResult result = FormulaAllocator.allocate(scenario("1234567", "1"), schools);
        assertArrayEquals(new long[] {123_456_700}, allocations(result));
    }

    @Test
    void allocate_allZeroPupilsWithABudget_isInfeasibleWithAReason() {
        SchoolTable schools = SchoolTable.of(List.of(school("a", 0), school("b", 0)));
        InfeasibleException e = assertThrows(
                InfeasibleException.class, () -> FormulaAllocator.allocate(scenario("1000", "1"), schools));
        assertTrue(e.getMessage().contains("need of 0"), e.getMessage());
        assertArrayEquals(new long[] {0, 0}, allocations(FormulaAllocator.allocate(scenario(null, "1"), schools)));
    }

    @Test
    void allocate_floorsAboveTheBudget_sayByHowMuch() {
        // Floors 2,000 THB per pupil x 100 pupils = 200,000 THB against a budget of 150,000.
        SchoolTable schools = SchoolTable.of(List.of(school("a", 60), school("b", 40)));
        Scenario scenario = scenario("150000", "1").withBounds(new Floors(BigDecimal.valueOf(2000), null), null);
        InfeasibleException e =
                assertThrows(InfeasibleException.class, () -> FormulaAllocator.allocate(scenario, schools));
        assertEquals(
                "Floors add up to 200,000 THB but the budget is 150,000 THB. Raise the budget by at least"
                        + " 50,000 THB, or lower the floors (floors.min_per_pupil, floors.percent_of_previous).",
                e.getMessage());
    }

    @Test
    void allocate_capsBelowTheBudget_sayByHowMuch() {
        List<School> list = new ArrayList<>();
        list.add(school("a", 10).withPreviousAllocation(1_000_000));
        list.add(school("b", 10).withPreviousAllocation(2_000_000));
        Scenario scenario = scenario("40000", "1").withBounds(null, new Caps(BigDecimal.valueOf(110)));
        InfeasibleException e = assertThrows(
                InfeasibleException.class, () -> FormulaAllocator.allocate(scenario, SchoolTable.of(list)));
        // Caps: 110% of 10,000 + 110% of 20,000 = 33,000 THB.
        assertTrue(
                e.getMessage()
                        .startsWith("Caps allow at most 33,000 THB in all but the budget is 40,000 THB."
                                + " Lower the budget by at least 7,000 THB"),
                e.getMessage());
    }

    @Test
    void allocate_floorsAndCaps_bindAndAreExplained() {
        // Needs 10, 30 and 60 pupils x 1,000; budget 100,000: unbounded shares 10,000 / 30,000 / 60,000.
        // a is held harmless at 100% of 15,000; c is capped at 110% of 50,000 = 55,000; b, a new school
        // with neither floor nor cap, takes the rest: 30,000.
        List<School> list = List.of(
                school("a", 10).withPreviousAllocation(1_500_000),
                school("b", 30),
                school("c", 60).withPreviousAllocation(5_000_000));
        Scenario scenario = scenario("100000", "1")
                .withBounds(new Floors(null, BigDecimal.valueOf(100)), new Caps(BigDecimal.valueOf(110)));
        AllocationResult result = FormulaAllocator.allocate(scenario, SchoolTable.of(list));
        assertArrayEquals(new long[] {1_500_000, 3_000_000, 5_500_000}, allocations(result));
        assertEquals(Bound.HOLD_HARMLESS, result.bound(0));
        assertEquals(Bound.NONE, result.bound(1));
        assertEquals(Bound.CAP, result.bound(2));
        // b is free: 30,000 = scale x 30,000, so the scale is exactly 1.
        assertEquals(1.0, result.scale(), 1e-12);
        assertEquals(500_000, result.boundAdjustment(0));
        assertEquals(-500_000, result.boundAdjustment(2));
    }

    @Test
    void allocate_floorAboveCap_theFloorWins() {
        // 10 pupils x min 2,000 = 20,000 floor; cap 100% of 5,000 = 5,000: the floor wins.
        List<School> list = List.of(school("a", 10).withPreviousAllocation(500_000), school("b", 10));
        Scenario scenario = scenario("50000", "1")
                .withBounds(new Floors(BigDecimal.valueOf(2000), null), new Caps(BigDecimal.valueOf(100)));
        AllocationResult result = FormulaAllocator.allocate(scenario, SchoolTable.of(list));
        assertEquals(2_000_000, result.allocation(0));
        assertEquals(3_000_000, result.allocation(1));
    }

    @Test
    void allocate_roundingUnitOfAThousand_keepsEveryAmountAMultiple() {
        SchoolTable schools = SchoolTable.of(List.of(school("a", 1), school("b", 1), school("c", 1)));
        AllocationResult result = FormulaAllocator.allocate(scenario("10000", "1000"), schools);
        assertArrayEquals(new long[] {400_000, 300_000, 300_000}, allocations(result));
    }

    @Test
    void allocate_holdHarmlessWithoutAnyPreviousAllocation_isAnInputError() {
        Scenario scenario = scenario(null, null).withBounds(new Floors(null, BigDecimal.valueOf(95)), null);
        InputException e = assertThrows(
                InputException.class,
                () -> FormulaAllocator.allocate(scenario, SchoolTable.of(List.of(school("a", 1)))));
        assertTrue(e.getMessage().contains("previous_allocation"), e.getMessage());
    }
}

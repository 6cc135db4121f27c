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
package th.allocation.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import th.allocation.result.AllocationResult;
import th.allocation.scenario.Targets;

/**
 * The laws every allocation result keeps, checked in one place for every law test (in the spirit of
 * Caffeine's validation listener): each school's row identity, whole rounding units, floors and caps,
 * and conservation of the total and the budget.
 */
public final class ResultLaws {
    private ResultLaws() {}

    /**
     * Checks every law on {@code result}.
     *
     * <ul>
     *   <li>Row identity: {@code allocation(i) = sum of components + boundAdjustment(i) + rounding(i)},
     *       to the satang, and {@code boundAdjustment(i, sum of components)} is {@code
     *       boundAdjustment(i)}.
     *   <li>Each allocation is a whole number of the scenario's rounding units, and not negative.
     *   <li>Each allocation is at least the school's floor, and at most its cap unless the floor is
     *       above the cap (the floor wins).
     *   <li>Conservation: the allocations add up to {@code total()}, which is the budget exactly when the
     *       scenario has one and spends it exactly (every scenario but targets with {@code spend:
     *       at_most}, which may spend less).
     * </ul>
     */
    public static void check(AllocationResult result) {
        long unit = result.scenario().roundingUnitSatang();
        long sum = 0;
        for (int i = 0; i < result.schools().size(); i++) {
            String school = "school " + result.schools().id(i) + " (row " + i + ")";
            long allocation = result.allocation(i);
            long stated = 0;
            for (int c = 0; c < result.components().size(); c++) {
                stated += result.component(c, i);
            }
            long explained = stated + result.boundAdjustment(i) + result.rounding(i);
            assertEquals(allocation, explained, "explanation of " + school);
            assertEquals(
                    result.boundAdjustment(i),
                    result.boundAdjustment(i, stated),
                    "the bound adjustment of " + school + " given its components' sum");
            assertEquals(0, allocation % unit, school + " gets whole rounding units: " + allocation);
            assertTrue(allocation >= 0, school + " gets no negative amount: " + allocation);
            assertTrue(
                    allocation >= result.floor(i), school + " keeps its floor " + result.floor(i) + ": " + allocation);
            assertTrue(
                    allocation <= result.cap(i) || result.floor(i) > result.cap(i),
                    school + " keeps within its cap " + result.cap(i) + ": " + allocation);
            sum += allocation;
        }
        assertEquals(result.total(), sum, "the schools add up to the total");
        Targets targets = result.scenario().targets();
        boolean exact = targets == null || targets.spend() != Targets.Spend.AT_MOST;
        if (exact && result.scenario().budgetSatang().isPresent()) {
            assertEquals(result.scenario().budgetSatang().getAsLong(), result.total(), "the budget is spent exactly");
        }
    }

    /**
     * Checks every law, and that rounding moved no school by more than {@code maxRounding} satang.
     */
    public static void check(AllocationResult result, long maxRounding) {
        check(result);
        for (int i = 0; i < result.schools().size(); i++) {
            assertTrue(
                    Math.abs(result.rounding(i)) <= maxRounding,
                    "rounding of school " + result.schools().id(i) + " stays within " + maxRounding + " satang: "
                            + result.rounding(i));
        }
    }
}

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
package th.allocation.transition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.allocation.InfeasibleException;
import th.allocation.InputException;
import th.allocation.engine.AllocationEngine;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.scenario.Caps;
import th.allocation.scenario.Floors;
import th.allocation.scenario.Scenario;
import th.allocation.scenario.Transition;
import th.allocation.testing.ResultLaws;
import th.allocation.testing.SmallExample;

/** Transitions on the thirteen schools of examples/small: examples and edge cases. */
class TransitionAllocatorTest {
    private static final SchoolTable SCHOOLS = SmallExample.schools();

    /** needs-weighted.yaml's rule and budget, without its bounds against last year. */
    private static Scenario target() {
        return SmallExample.scenario(SmallExample.NEEDS_WEIGHTED).withBounds(Floors.NONE, Caps.NONE);
    }

    private static Transition transition(int years, List<BigDecimal> budgets, List<BigDecimal> shares, String floor) {
        return new Transition(null, years, budgets, null, shares, floor == null ? null : new BigDecimal(floor), null);
    }

    private static List<BigDecimal> numbers(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void oneYear_withNoBoundBinding_isTheTargetAllocation() {
        Scenario scenario = target().withTransition(transition(1, null, null, null));

        TransitionResult result = TransitionAllocator.allocate(scenario, SCHOOLS, null);

        AllocationResult expected = AllocationEngine.allocate(target(), SCHOOLS);
        AllocationResult year = result.last().result();
        for (int i = 0; i < SCHOOLS.size(); i++) {
            assertEquals(expected.allocation(i), year.allocation(i), SCHOOLS.id(i));
            assertEquals(0, result.gap(i), SCHOOLS.id(i));
        }
        assertEquals(1, result.last().share().intValueExact());
        ResultLaws.check(year);
    }

    @Test
    void sharesPath_zeroKeepsTheBaseline_oneReachesTheTarget() {
        // The baseline is the previous allocation (whole baht); at its own total, w = 0 gives it back.
        long previousTotal = 0;
        for (int i = 0; i < SCHOOLS.size(); i++) {
            previousTotal += SCHOOLS.previousAllocation(i);
        }
        BigDecimal budget = BigDecimal.valueOf(previousTotal, 2);
        Scenario satang = new Scenario(
                "", 2570, "", budget, new BigDecimal("0.01"), java.util.Map.of(), target().rule(), null, null);
        Scenario scenario = satang.withTransition(transition(2, List.of(budget, budget), numbers("0", "1"), null));

        TransitionResult result = TransitionAllocator.allocate(scenario, SCHOOLS, null);

        // The budget's exact scaling works in floating point, so a need scaled by 1 may still round a
        // satang the other way: each school within one rounding unit (0.01 THB) of its baseline.
        for (int i = 0; i < SCHOOLS.size(); i++) {
            long difference = result.years().get(0).result().allocation(i) - SCHOOLS.previousAllocation(i);
            assertTrue(Math.abs(difference) <= 1, SCHOOLS.id(i) + ": " + difference);
        }
        AllocationResult atTarget = AllocationEngine.allocate(satang, SCHOOLS);
        for (int i = 0; i < SCHOOLS.size(); i++) {
            assertEquals(atTarget.allocation(i), result.last().result().allocation(i), SCHOOLS.id(i));
        }
        assertEquals(
                List.of(2570, 2571),
                result.years().stream().map(TransitionYear::fiscalYear).toList());
    }

    @Test
    void linearPath_weighsTheRuleByYearOverYears() {
        Scenario scenario = target().withTransition(transition(4, null, null, "-2"));

        TransitionResult result = TransitionAllocator.allocate(scenario, SCHOOLS, null);

        assertEquals(
                numbers("0.25", "0.5", "0.75", "1"),
                result.years().stream().map(TransitionYear::share).toList());
        for (TransitionYear year : result.years()) {
            ResultLaws.check(year.result());
            assertEquals(scenario.budgetSatang().getAsLong(), year.result().total());
        }
    }

    @Test
    void eachYear_readsTheYearBeforeAsPreviousAllocation_andHoldsTheFloorPerPupil() {
        Scenario scenario = target().withTransition(transition(3, null, null, "-2"));

        TransitionResult result = TransitionAllocator.allocate(scenario, SCHOOLS, null);

        for (int k = 1; k < result.years().size(); k++) {
            AllocationResult before = result.years().get(k - 1).result();
            AllocationResult year = result.years().get(k).result();
            for (int i = 0; i < SCHOOLS.size(); i++) {
                assertEquals(before.allocation(i), year.schools().previousAllocation(i));
                // 98% of the year before, per pupil: pupils are the same, so on the totals, exactly.
                assertTrue(
                        year.allocation(i) * 100 >= before.allocation(i) * 98,
                        SCHOOLS.id(i) + " fell more than 2%: " + before.allocation(i) + " -> " + year.allocation(i));
            }
        }
    }

    @Test
    void floor_againstAFallingBudget_isInfeasible_namingTheYear() {
        BigDecimal budget = target().budget();
        Scenario scenario = target().withTransition(
                        transition(2, List.of(budget, budget.divide(BigDecimal.valueOf(2))), null, "-2"));

        InfeasibleException e =
                assertThrows(InfeasibleException.class, () -> TransitionAllocator.allocate(scenario, SCHOOLS, null));

        assertTrue(e.getMessage().startsWith("Year 2571 (2 of 2) of the transition: "), e.getMessage());
        assertTrue(e.getMessage().contains("per_pupil_floor_percent"), e.getMessage());
    }

    @Test
    void fromPrevious_withoutAnyPreviousAllocation_isAnInputError() {
        SchoolTable none = SchoolTable.of(SCHOOLS.schools().stream()
                .map(s -> new th.allocation.model.School(
                        s.id(),
                        s.name(),
                        s.cluster(),
                        s.esa(),
                        s.network(),
                        s.province(),
                        s.district(),
                        s.subdistrict(),
                        s.areaType(),
                        s.remote(),
                        s.kind(),
                        s.pupils(),
                        s.specialNeeds(),
                        s.poor(),
                        java.util.OptionalLong.empty(),
                        s.indicators()))
                .toList());
        Scenario scenario = target().withTransition(transition(2, null, null, "-2"));

        InputException e = assertThrows(InputException.class, () -> TransitionAllocator.allocate(scenario, none, null));

        assertTrue(e.getMessage().contains("no school has a previous_allocation"), e.getMessage());
    }

    @Test
    void fromAScenarioFile_startsFromItsAllocation(@TempDir Path work) throws IOException {
        for (String name : List.of("schools.csv", SmallExample.STATUS_QUO)) {
            Files.copy(SmallExample.FOLDER.resolve(name), work.resolve(name));
        }
        String weighted = Files.readString(SmallExample.FOLDER.resolve(SmallExample.NEEDS_WEIGHTED));
        String withoutBounds = weighted.substring(0, weighted.indexOf("floors:"));
        Files.writeString(
                work.resolve("transition.yaml"),
                withoutBounds + "transition:\n  from: status-quo.yaml\n  years: 3\n  per_pupil_floor_percent: -2\n");

        TransitionResult result = TransitionAllocator.allocate(AllocationEngine.load(work.resolve("transition.yaml")));

        AllocationResult statusQuo =
                AllocationEngine.load(work.resolve(SmallExample.STATUS_QUO)).allocate();
        for (int i = 0; i < SCHOOLS.size(); i++) {
            assertEquals(statusQuo.allocation(i), result.baseline(i), SCHOOLS.id(i));
            assertEquals(
                    statusQuo.allocation(i),
                    result.years().get(0).result().schools().previousAllocation(i));
        }
        assertEquals(3, result.years().size());
    }

    @Test
    void scenarioFile_withAnUnknownTransitionKey_isRefusedAtItsLine(@TempDir Path work) throws IOException {
        String weighted = Files.readString(SmallExample.FOLDER.resolve(SmallExample.NEEDS_WEIGHTED));
        Files.writeString(work.resolve("t.yaml"), weighted + "transition:\n  years: 2\n  per_pupil_floor: -2\n");

        InputException e = assertThrows(InputException.class, () -> AllocationEngine.load(work.resolve("t.yaml")));

        assertTrue(e.getMessage().contains("per_pupil_floor"), e.getMessage());
        assertTrue(e.getMessage().contains("t.yaml:"), e.getMessage());
    }

    @Test
    void transition_withOneBudgetTooFew_isRefused() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> transition(3, numbers("100", "100"), null, null));

        assertEquals("'transition.budgets' needs one budget per year: 3 years, 2 budgets.", e.getMessage());
    }

    @Test
    void transition_withTargets_isRefused() {
        Scenario targets = SmallExample.scenario("targets.yaml");

        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> targets.withTransition(transition(2, null, null, null)));

        assertTrue(e.getMessage().contains("remove its 'targets' and 'levels'"), e.getMessage());
    }

    @Test
    void transition_withProtections_isRefused_notRunWithoutThem() {
        Scenario protectedScenario = target().withProtections(
                        new th.allocation.scenario.Protections(null, new BigDecimal("50000"), null, null, List.of()));

        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> protectedScenario.withTransition(transition(2, null, null, null)));

        assertTrue(e.getMessage().contains("'protections' and 'transition' cannot be combined yet"), e.getMessage());
    }

    @Test
    void budgetGrowth_compoundsAndRoundsDownToTheUnit() {
        Scenario scenario = target().withBudget(new BigDecimal("1000"))
                .withTransition(new Transition(null, 3, null, new BigDecimal("2.5"), null, null, null));

        // 1000, 1000 x 1.025 = 1025, 1000 x 1.025^2 = 1050.625 -> 1050 (unit 1 THB)
        assertEquals(100_000, TransitionAllocator.budget(scenario, scenario.transition(), 1));
        assertEquals(102_500, TransitionAllocator.budget(scenario, scenario.transition(), 2));
        assertEquals(105_000, TransitionAllocator.budget(scenario, scenario.transition(), 3));
    }
}

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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.allocation.InfeasibleException;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.codec.ScenarioCodec;
import th.allocation.input.ScenarioReader;
import th.allocation.model.Enrolment;
import th.allocation.model.School;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.Bound;
import th.allocation.rule.ComponentFormula;
import th.allocation.rule.FlatPerHead;
import th.allocation.rule.FormulaComponent;
import th.allocation.rule.LevelAmounts;
import th.allocation.rule.Rule;
import th.allocation.scenario.Protections;
import th.allocation.scenario.Scenario;
import th.allocation.testing.ResultLaws;

/** Each protection binding, on schools small enough to work out by hand (amounts in THB). */
class ProtectionsTest {
    private static final FlatPerHead THOUSAND = new FlatPerHead(LevelAmounts.of(1000, 1000, 1000, 1000));

    /** 1,000 THB per pupil and a lump sum of 10,000 THB per school. */
    private static final ComponentFormula WITH_LUMP_SUM = new ComponentFormula(List.of(
            new FormulaComponent(
                    "base",
                    null,
                    null,
                    null,
                    LevelAmounts.of(1000, 1000, 1000, 1000),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null),
            new FormulaComponent(
                    "lump_sum", null, null, null, null, new BigDecimal(10_000), null, null, null, null, null)));

    private static School school(String id, int pupils) {
        return School.of(id, id).withPupils(new Enrolment(0, pupils, 0, 0), 0, 0);
    }

    private static Scenario scenario(Rule rule, String budget, Protections protections) {
        return new Scenario(
                        "t",
                        2570,
                        "",
                        budget == null ? null : new BigDecimal(budget),
                        BigDecimal.ONE,
                        Map.of(),
                        rule,
                        null,
                        null)
                .withProtections(protections);
    }

    private static Protections guarantee(String percent, List<String> excluded) {
        return new Protections(null, null, new BigDecimal(percent), null, excluded);
    }

    private static long[] baht(AllocationResult result) {
        long[] values = new long[result.schools().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = result.allocation(i) / 100;
        }
        return values;
    }

    private static AllocationResult allocate(Scenario scenario, School... schools) {
        AllocationResult result = FormulaAllocator.allocate(scenario, SchoolTable.of(List.of(schools)));
        ResultLaws.check(result);
        return result;
    }

    @Test
    void minPerSchool_raisesTheSmallSchool_andTheOthersShareTheRest() {
        Protections protections = new Protections(null, new BigDecimal(10_000), null, null, List.of());
        AllocationResult result =
                allocate(scenario(THOUSAND, "100000", protections), school("a", 1), school("b", 99), school("c", 0));
        // a: 1 pupil, raised to 10,000; b takes the other 90,000; c has no pupils and no minimum.
        assertArrayEquals(new long[] {10_000, 90_000, 0}, baht(result));
        assertEquals(Bound.MIN_PER_SCHOOL, result.bound(0));
        assertEquals(Bound.NONE, result.bound(1));
        assertEquals(Bound.NONE, result.bound(2));
    }

    @Test
    void minPerPupilByLevel_raisesTheSchoolOfThatLevel() {
        Protections protections = new Protections(LevelAmounts.of(1500, 0, 0, 0), null, null, null, List.of());
        School a = School.of("a", "a").withPupils(new Enrolment(10, 0, 0, 0), 0, 0);
        AllocationResult result = allocate(scenario(THOUSAND, "100000", protections), a, school("b", 90));
        // a: 10 pre-primary pupils x 1,500 = 15,000 against a scaled need of about 10,000.
        assertArrayEquals(new long[] {15_000, 85_000}, baht(result));
        assertEquals(Bound.MIN_PER_PUPIL, result.bound(0));
    }

    @Test
    void fundingGuarantee_keepsLastYearsPerPupilAmountLessTwoPercent() {
        // a had 20,000 THB for 10 pupils, 2,000 per pupil: at least 10 x 2,000 x 0.98 = 19,600 now.
        School a = school("a", 10).withPreviousAllocation(2_000_000).withPreviousPupils(10);
        School b = school("b", 90);
        AllocationResult result = allocate(scenario(THOUSAND, "100000", guarantee("-2", List.of())), a, b);
        assertArrayEquals(new long[] {19_600, 80_400}, baht(result));
        assertEquals(Bound.FUNDING_GUARANTEE, result.bound(0));
        assertEquals(1_960_000, result.floor(0));
    }

    @Test
    void fundingGuarantee_isPerPupil_soASchoolThatLostPupilsIsGuaranteedLess() {
        // a had 20,000 THB for 20 pupils last year, 1,000 per pupil: 10 x 1,000 x 0.98 = 9,800 now, below
        // its scaled need of 10,000: the guarantee does not bind.
        School a = school("a", 10).withPreviousAllocation(2_000_000).withPreviousPupils(20);
        School b = school("b", 90);
        AllocationResult result = allocate(scenario(THOUSAND, "100000", guarantee("-2", List.of())), a, b);
        assertArrayEquals(new long[] {10_000, 90_000}, baht(result));
        assertEquals(Bound.NONE, result.bound(0));
        assertEquals(980_000, result.floor(0));
    }

    @Test
    void fundingGuarantee_withoutPreviousPupils_takesLastYearsPupilsToBeThisYears() {
        School a = school("a", 10).withPreviousAllocation(2_000_000);
        School b = school("b", 90);
        AllocationResult result = allocate(scenario(THOUSAND, "100000", guarantee("-2", List.of())), a, b);
        assertArrayEquals(new long[] {19_600, 80_400}, baht(result));
    }

    @Test
    void gainsCap_holdsThePerPupilGain() {
        // a had 5,000 THB for 10 pupils: at most 10 x 500 x 1.10 = 5,500 now; b has no previous allocation.
        School a = school("a", 10).withPreviousAllocation(500_000).withPreviousPupils(10);
        Protections protections = new Protections(null, null, null, new BigDecimal(10), List.of());
        AllocationResult result = allocate(scenario(THOUSAND, "100000", protections), a, school("b", 90));
        assertArrayEquals(new long[] {5_500, 94_500}, baht(result));
        assertEquals(Bound.GAINS_CAP, result.bound(0));
        assertEquals(550_000, result.cap(0));
        assertEquals(AllocationResult.NO_CAP, result.cap(1));
    }

    @Test
    void excludedLumpSum_isPaidOnTopOfTheGuaranteedProtectedPart() {
        // Last year a had 30,000 THB for 10 pupils; less this year's lump sum of 10,000, its protected
        // amount was 20,000, 2,000 per pupil: its protected part is at least 20,000 (g = 0). Needs: a
        // 10,000 + 10,000, b 90,000 + 10,000. The lump sums are scaled with the rest: scale s solves
        // s x 10,000 + 20,000 + s x 100,000 = 120,000, s = 10/11; a = 9,090.91 + 20,000, b = 90,909.09.
        School a = school("a", 10).withPreviousAllocation(3_000_000).withPreviousPupils(10);
        Scenario scenario = scenario(WITH_LUMP_SUM, "120000", guarantee("0", List.of("lump_sum")));
        AllocationResult result = FormulaAllocator.allocate(scenario, SchoolTable.of(List.of(a, school("b", 90))));
        assertArrayEquals(new long[] {29_091, 90_909}, baht(result));
        assertEquals(Bound.FUNDING_GUARANTEE, result.bound(0));
        assertEquals(2_000_000, result.floor(0));
        assertEquals(10.0 / 11, result.scale(), 1e-12);
        // The row: base 9,090.91 + lump sum 9,090.91 + adjustment 10,909.09 (the floor less the base)
        // + rounding 0.09 = 29,091.
        assertEquals(909_091, result.component(1, 0));
        assertEquals(2_000_000 - 909_091, result.boundAdjustment(0));
        assertEquals(
                result.allocation(0),
                result.component(0, 0) + result.component(1, 0) + result.boundAdjustment(0) + result.rounding(0));
        assertTrue(result.allocation(0) - result.component(1, 0) >= result.floor(0));
    }

    @Test
    void guaranteeWithoutExclusions_boundsTheWholeAllocation() {
        // The same schools with nothing excluded: last year's 3,000 per pupil, so at least 30,000.
        School a = school("a", 10).withPreviousAllocation(3_000_000).withPreviousPupils(10);
        AllocationResult result =
                allocate(scenario(WITH_LUMP_SUM, "120000", guarantee("0", List.of())), a, school("b", 90));
        assertArrayEquals(new long[] {30_000, 90_000}, baht(result));
    }

    @Test
    void excludedComponents_withoutBudget_arePaidOnTop() {
        School a = school("a", 10).withPreviousAllocation(3_000_000).withPreviousPupils(10);
        AllocationResult result = FormulaAllocator.allocate(
                scenario(WITH_LUMP_SUM, null, guarantee("0", List.of("lump_sum"))),
                SchoolTable.of(List.of(a, school("b", 90))));
        // a: protected part max(10,000, 20,000) + lump sum 10,000; b: its need.
        assertArrayEquals(new long[] {30_000, 100_000}, baht(result));
    }

    @Test
    void guaranteeWithoutAnyPreviousAllocation_isAnInputError() {
        InputException e = assertThrows(
                InputException.class,
                () -> FormulaAllocator.allocate(
                        scenario(THOUSAND, "100000", guarantee("-2", List.of())),
                        SchoolTable.of(List.of(school("a", 10)))));
        assertTrue(e.problems().get(0).message().contains("previous_allocation"), e.getMessage());
    }

    @Test
    void aSchoolWithoutPreviousAllocation_hasNoGuarantee() {
        School a = school("a", 10).withPreviousAllocation(5_000_000);
        AllocationResult result = allocate(scenario(THOUSAND, "100000", guarantee("0", List.of())), a, school("b", 90));
        assertEquals(5_000_000, result.floor(0));
        assertEquals(0, result.floor(1));
    }

    @Test
    void floorsAboveTheBudget_sayProtectionsAreFloorsToo() {
        Protections protections = new Protections(null, new BigDecimal(60_000), null, null, List.of());
        InfeasibleException e = assertThrows(
                InfeasibleException.class,
                () -> FormulaAllocator.allocate(
                        scenario(THOUSAND, "100000", protections),
                        SchoolTable.of(List.of(school("a", 1), school("b", 1)))));
        assertTrue(e.getMessage().contains("Floors add up to 120,000"), e.getMessage());
        assertTrue(e.getMessage().contains("min_per_school"), e.getMessage());
    }

    @Test
    void excludedComponent_withAFlatRule_isRefused() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> scenario(THOUSAND, "100000", guarantee("0", List.of("lump_sum"))));
        assertTrue(e.getMessage().contains("type: components"), e.getMessage());
    }

    @Test
    void unknownExcludedComponent_isALocatedErrorWithTheClosestName() {
        String yaml = String.join(
                "\n",
                "fiscal_year: 2570",
                "rule:",
                "  type: components",
                "  components:",
                "    - {name: base, per_pupil: 1000}",
                "    - {name: lump_sum, per_school: 10000}",
                "protections:",
                "  funding_guarantee: -0.5",
                "  excluded:",
                "    - base",
                "    - lump_sun",
                "");
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.parse(yaml, "nff.yaml"));
        Problem problem = e.problems().get(0);
        assertEquals(11, problem.line(), problem.toString());
        assertEquals("protections.excluded[1]", problem.field());
        assertTrue(problem.message().contains("'lump_sun'"), problem.message());
        assertTrue(problem.message().contains("Did you mean 'lump_sum'?"), problem.message());
    }

    @Test
    void unknownProtectionKey_isRefusedWithTheClosestKey() {
        String yaml =
                "fiscal_year: 2570\nrule: {type: flat, rates: {preprimary: 1, primary: 1, lower_secondary: 1, upper_secondary: 1}}\nprotections:\n  funding_guarantees: -0.5\n";
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.parse(yaml, "s.yaml"));
        assertTrue(e.problems().get(0).advice().contains("funding_guarantee"), e.getMessage());
        assertEquals(4, e.problems().get(0).line());
    }

    @Test
    void protections_readFromYaml_andWrittenBackOnlyWhenGiven() {
        String yaml = String.join(
                "\n",
                "fiscal_year: 2570",
                "rule: {type: flat, rates: {preprimary: 1, primary: 1, lower_secondary: 1, upper_secondary: 1}}",
                "protections:",
                "  min_per_pupil_by_level: {preprimary: 1, primary: 2, lower_secondary: 3, upper_secondary: 4}",
                "  min_per_school: 2400",
                "  funding_guarantee: -0.5",
                "  gains_cap: 0.5",
                "");
        Scenario scenario = ScenarioReader.parse(yaml, "s.yaml");
        Protections protections = scenario.protections();
        assertEquals(new BigDecimal("-0.5"), protections.fundingGuarantee());
        assertEquals(new BigDecimal("0.5"), protections.gainsCap());
        assertEquals(new BigDecimal("2400"), protections.minPerSchool());
        assertEquals(new BigDecimal("3"), protections.minPerPupilByLevel().lowerSecondary());
        assertTrue(ScenarioCodec.toJson(scenario).contains("\"funding_guarantee\" : -0.5"));
        assertFalse(ScenarioCodec.toJson(scenario.withProtections(null)).contains("protections"));
        assertFalse(
                ScenarioCodec.toJson(scenario.withProtections(Protections.NONE)).contains("protections"));
    }

    @Test
    void guaranteeBelowMinusHundred_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> guarantee("-100.5", List.of()));
    }
}

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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;
import th.allocation.InfeasibleException;
import th.allocation.model.Level;
import th.allocation.model.School;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.rule.ComponentFormula;
import th.allocation.rule.FormulaComponent;
import th.allocation.rule.LevelAmounts;
import th.allocation.rule.Rule;
import th.allocation.scenario.Protections;
import th.allocation.scenario.Scenario;
import th.allocation.testing.RandomCases;
import th.allocation.testing.RandomCases.Case;

/**
 * The laws of a formula allocation hold with protections (QuickTheories, fixed seeds): the budget is
 * conserved to the unit, every row adds up, every floor, cap and protection holds after rounding (on
 * the protected part, within one rounding unit where components are excluded and paid on top), the
 * order of the schools changes nothing, and a rerun gives the same allocation to the satang.
 */
class ProtectionsLawsTest {
    /** The random cases of the other law tests, with last year's pupils and random protections. */
    private static final Gen<Case> CASES = in -> {
        Case c = RandomCases.cases(1, 50).generate(in);
        List<School> schools = new ArrayList<>();
        for (School school : c.schools()) {
            schools.add(
                    in.next(Constraint.between(0, 3)) == 0
                            ? school // last year's pupils taken to be this year's
                            : school.withPreviousPupils(
                                    (int) in.next(Constraint.between(0, 2 * school.totalPupils() + 5))));
        }
        boolean composed = in.next(Constraint.between(0, 1)) == 0;
        Rule rule = composed ? composed(in) : c.scenario().rule();
        Protections protections = protections(in, composed);
        Scenario scenario = c.scenario().withRule(rule).withProtections(protections);
        return new Case(schools, scenario);
    };

    /** A composed formula with a per-pupil base, a per-school lump sum and a per-pupil loading. */
    private static ComponentFormula composed(RandomnessSource in) {
        return new ComponentFormula(List.of(
                new FormulaComponent(
                        "base",
                        null,
                        null,
                        null,
                        LevelAmounts.of(
                                in.next(Constraint.between(0, 4000)), 2052, 3780, in.next(Constraint.between(0, 5000))),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                new FormulaComponent(
                        "lump_sum", null, null, null, null, money(in, 0, 300_000), null, null, null, null, null),
                new FormulaComponent(
                        "poor", null, money(in, 0, 3000), "pupils_poor", null, null, null, null, null, null, null)));
    }

    private static Protections protections(RandomnessSource in, boolean composed) {
        boolean byLevel = chance(in);
        boolean perSchool = chance(in);
        boolean guarantee = chance(in);
        boolean gains = chance(in);
        BigDecimal g = BigDecimal.valueOf(in.next(Constraint.between(-500, 300)), 2);
        BigDecimal c = BigDecimal.valueOf(in.next(Constraint.between(-200, 1000)), 2);
        List<String> excluded = !composed
                ? List.of()
                : List.<List<String>>of(List.of(), List.of("lump_sum"), List.of("lump_sum", "poor"))
                        .get((int) in.next(Constraint.between(0, 2)));
        return new Protections(
                byLevel ? LevelAmounts.of(in.next(Constraint.between(0, 3000)), 1500, 2500, 2500) : null,
                perSchool ? money(in, 0, 500_000) : null,
                guarantee ? g : null,
                gains ? c : null,
                excluded);
    }

    private static boolean chance(RandomnessSource in) {
        return in.next(Constraint.between(0, 1)) == 0;
    }

    private static BigDecimal money(RandomnessSource in, long min, long max) {
        return BigDecimal.valueOf(in.next(Constraint.between(min * 100, max * 100)), 2);
    }

    private static AllocationResult allocate(Scenario scenario, List<School> schools) {
        try {
            return FormulaAllocator.allocate(scenario, SchoolTable.of(schools));
        } catch (InfeasibleException | th.allocation.InputException e) {
            return null;
        }
    }

    /** The stated (scaled, as in its row) amounts of the excluded components of school {@code i}. */
    private static long excludedStated(AllocationResult result, int i) {
        List<String> excluded = Protections.of(result.scenario()).excluded();
        long sum = 0;
        for (int c = 0; c < result.components().size(); c++) {
            if (excluded.contains(result.components().get(c).key())) {
                sum += result.component(c, i);
            }
        }
        return sum;
    }

    /** The unscaled amounts of the excluded components of school {@code i}: last year's protected base is net of them. */
    private static long excludedNeed(Scenario scenario, SchoolTable schools, int i) {
        List<String> excluded = Protections.of(scenario).excluded();
        var needs = scenario.rule().evaluate(schools);
        long sum = 0;
        for (int c = 0; c < needs.components().size(); c++) {
            if (excluded.contains(needs.components().get(c).key())) {
                sum += needs.amount(c, i);
            }
        }
        return sum;
    }

    /** The laws, with each protection's bound computed here from its definition. */
    private static void checkLaws(AllocationResult result) {
        Scenario scenario = result.scenario();
        Protections protections = Protections.of(scenario);
        SchoolTable schools = result.schools();
        long unit = scenario.roundingUnitSatang();
        int excludedCount = protections.excluded().size();
        long sum = 0;
        for (int i = 0; i < schools.size(); i++) {
            String school = "school " + schools.id(i);
            long allocation = result.allocation(i);
            long explained = result.boundAdjustment(i) + result.rounding(i);
            for (int c = 0; c < result.components().size(); c++) {
                explained += result.component(c, i);
            }
            assertEquals(allocation, explained, "row identity of " + school);
            assertEquals(0, allocation % unit, school + " gets whole units");
            long protectedPart = allocation - excludedStated(result, i);
            // Within one unit (and half a satang per excluded component) where components are excluded;
            // exactly otherwise.
            long slack = excludedCount == 0 ? 0 : unit + excludedCount;
            assertTrue(protectedPart >= result.floor(i) - slack, school + " keeps its floor " + result.floor(i));
            if (result.cap(i) != AllocationResult.NO_CAP && result.cap(i) >= result.floor(i)) {
                assertTrue(protectedPart <= result.cap(i) + slack, school + " keeps its cap " + result.cap(i));
            }
            // Each protection is at most the floor, or at least the cap, it is part of.
            long pupils = schools.totalPupils(i);
            if (protections.minPerSchool() != null && pupils > 0) {
                assertTrue(
                        result.floor(i)
                                >= protections.minPerSchool().movePointRight(2).longValueExact(),
                        school);
            }
            if (protections.minPerPupilByLevel() != null) {
                long byLevel = 0;
                for (Level level : Level.values()) {
                    byLevel += protections
                                    .minPerPupilByLevel()
                                    .of(level)
                                    .movePointRight(2)
                                    .longValueExact()
                            * schools.pupils(level, i);
                }
                assertTrue(result.floor(i) >= byLevel, school + " minimum per pupil by level");
            }
            long previous = schools.previousAllocation(i);
            long previousPupils = schools.previousPupilsOrTotal(i);
            if (previous != SchoolTable.NO_PREVIOUS && previousPupils > 0) {
                BigDecimal lastYear = BigDecimal.valueOf(Math.max(previous - excludedNeed(scenario, schools, i), 0))
                        .multiply(BigDecimal.valueOf(pupils));
                BigDecimal over = BigDecimal.valueOf(100 * previousPupils);
                if (protections.fundingGuarantee() != null) {
                    long guaranteed = lastYear.multiply(BigDecimal.valueOf(100).add(protections.fundingGuarantee()))
                            .divide(over, 0, RoundingMode.CEILING)
                            .longValueExact();
                    assertTrue(result.floor(i) >= guaranteed, school + " funding guarantee " + guaranteed);
                }
                if (protections.gainsCap() != null && result.cap(i) > result.floor(i)) {
                    long capped = lastYear.multiply(BigDecimal.valueOf(100).add(protections.gainsCap()))
                            .divide(over, 0, RoundingMode.FLOOR)
                            .longValueExact();
                    assertTrue(result.cap(i) <= capped, school + " gains cap " + capped);
                }
            }
            sum += allocation;
        }
        assertEquals(result.total(), sum, "the schools add up to the total");
        if (scenario.budgetSatang().isPresent()) {
            assertEquals(scenario.budgetSatang().getAsLong(), result.total(), "the budget is spent to the unit");
        }
    }

    private static long[] allocations(AllocationResult result) {
        long[] values = new long[result.schools().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = result.allocation(i);
        }
        return values;
    }

    @Test
    void allocate_withProtections_keepsEveryLaw() {
        int[] feasible = {0};
        qt().withFixedSeed(131).withExamples(400).forAll(CASES).checkAssert(c -> {
            AllocationResult result = allocate(c.scenario(), c.schools());
            if (result != null) {
                feasible[0]++;
                checkLaws(result);
            }
        });
        assertTrue(feasible[0] > 100, "most cases are feasible: " + feasible[0]);
    }

    @Test
    void allocate_withProtections_doesNotDependOnTheOrderOfTheSchools() {
        qt().withFixedSeed(132).withExamples(150).forAll(CASES).checkAssert(c -> {
            AllocationResult result = allocate(c.scenario(), c.schools());
            List<School> shuffled = new ArrayList<>(c.schools());
            Collections.shuffle(shuffled, new Random(c.schools().size()));
            AllocationResult again = allocate(c.scenario(), shuffled);
            if (result == null) {
                assertEquals(null, again);
                return;
            }
            for (int i = 0; i < result.schools().size(); i++) {
                int j = again.schools().indexOf(result.schools().id(i));
                assertEquals(
                        result.allocation(i),
                        again.allocation(j),
                        result.schools().id(i));
                assertEquals(result.bound(i), again.bound(j), result.schools().id(i));
                assertEquals(
                        result.boundAdjustment(i),
                        again.boundAdjustment(j),
                        result.schools().id(i));
            }
        });
    }

    @Test
    void allocate_withProtections_rerunGivesTheSameAllocation() {
        qt().withFixedSeed(133).withExamples(100).forAll(CASES).checkAssert(c -> {
            AllocationResult result = allocate(c.scenario(), c.schools());
            AllocationResult again = allocate(c.scenario(), c.schools());
            if (result == null) {
                assertEquals(null, again);
                return;
            }
            assertArrayEquals(allocations(result), allocations(again));
            assertEquals(Double.doubleToRawLongBits(result.scale()), Double.doubleToRawLongBits(again.scale()));
        });
    }

    @Test
    void allocate_emptyProtections_isTheAllocationWithout() {
        qt().withFixedSeed(134)
                .withExamples(150)
                .forAll(RandomCases.cases(1, 50))
                .checkAssert(c -> {
                    AllocationResult without = allocate(c.scenario(), c.schools());
                    AllocationResult with = allocate(c.scenario().withProtections(Protections.NONE), c.schools());
                    if (without == null) {
                        assertEquals(null, with);
                        return;
                    }
                    assertArrayEquals(allocations(without), allocations(with));
                    assertEquals(Double.doubleToRawLongBits(without.scale()), Double.doubleToRawLongBits(with.scale()));
                });
    }
}

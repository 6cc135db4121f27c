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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;
import th.allocation.InfeasibleException;
import th.allocation.model.School;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.scenario.Scenario;
import th.allocation.scenario.Transition;
import th.allocation.testing.RandomCases;
import th.allocation.testing.ResultLaws;

/**
 * The laws of a transition, on random schools, rules, units, bounds, budgets and paths (QuickTheories,
 * fixed seeds): every year conserves its budget to the unit, every school stays within its per-pupil
 * floor and cap against the year before after rounding, every row adds up, the order of the schools
 * changes nothing, and a rerun gives the same allocations. Cases whose floors cannot meet a year's
 * budget are infeasible by design and skipped; a test below checks that most cases are not.
 */
class TransitionLawsTest {
    /** A random case: schools, and a scenario with a transition. */
    record Case(List<School> schools, Scenario scenario) {}

    static Gen<Case> cases() {
        Gen<RandomCases.Case> base = RandomCases.cases(1, 40);
        return in -> {
            RandomCases.Case c = base.generate(in);
            Scenario scenario = c.scenario();
            // A budget from 95% to 150% of last year's total, so that most floors can be met.
            long previous = 0;
            for (School school : c.schools()) {
                previous += school.previousAllocation().orElse(0);
            }
            long unit = scenario.roundingUnitSatang();
            long units = Math.max(1, previous * in.next(Constraint.between(95, 150)) / 100 / unit);
            scenario = scenario.withBudget(scenario.roundingUnit().multiply(BigDecimal.valueOf(units)));
            int years = (int) in.next(Constraint.between(1, 4));
            BigDecimal floor = in.next(Constraint.between(0, 3)) == 0
                    ? null
                    : BigDecimal.valueOf(-in.next(Constraint.between(0, 100)), 1);
            BigDecimal cap = in.next(Constraint.between(0, 2)) == 0
                    ? BigDecimal.valueOf(in.next(Constraint.between(0, 300)), 1)
                    : null;
            BigDecimal growth = BigDecimal.valueOf(in.next(Constraint.between(-20, 50)), 1);
            List<BigDecimal> shares = null;
            if (in.next(Constraint.between(0, 2)) == 0) {
                shares = new ArrayList<>();
                for (int k = 0; k < years; k++) {
                    shares.add(BigDecimal.valueOf(in.next(Constraint.between(0, 100)), 2));
                }
            }
            boolean anyPrevious =
                    c.schools().stream().anyMatch(s -> s.previousAllocation().isPresent());
            List<School> schools = c.schools();
            if (!anyPrevious) {
                schools = new ArrayList<>(schools);
                schools.set(0, schools.get(0).withPreviousAllocation(100_000));
            }
            Transition transition = new Transition(null, years, null, growth, shares, floor, cap);
            return new Case(schools, scenario.withTransition(transition));
        };
    }

    /** The transition, or {@code null} where a year is infeasible (floors above the budget). */
    static TransitionResult allocate(Case c, List<School> order) {
        try {
            return TransitionAllocator.allocate(c.scenario(), SchoolTable.of(order), null);
        } catch (InfeasibleException e) {
            assertTrue(e.getMessage().startsWith("Year "), e.getMessage());
            return null;
        } catch (th.allocation.InputException e) {
            // a baseline or a rule that gives nobody anything: a clear input error, not a law
            assertTrue(
                    e.getMessage().contains("gives no school anything")
                            || e.getMessage().contains("gives every school a need of 0"),
                    e.getMessage());
            return null;
        }
    }

    @Test
    void everyYear_conservesItsBudget_andEveryRowAddsUp() {
        qt().withFixedSeed(21).withExamples(200).forAll(cases()).checkAssert(c -> {
            TransitionResult result = allocate(c, c.schools());
            if (result == null) {
                return;
            }
            for (TransitionYear year : result.years()) {
                ResultLaws.check(year.result());
                assertEquals(year.budget(), year.result().total(), "FY " + year.fiscalYear());
                assertEquals(0, year.budget() % c.scenario().roundingUnitSatang());
            }
        });
    }

    @Test
    void everySchool_staysWithinItsPerPupilFloorAndCap_afterRounding() {
        qt().withFixedSeed(22).withExamples(200).forAll(cases()).checkAssert(c -> {
            TransitionResult result = allocate(c, c.schools());
            if (result == null) {
                return;
            }
            Transition t = c.scenario().transition();
            SchoolTable schools = result.schools();
            for (TransitionYear year : result.years()) {
                AllocationResult now = year.result();
                for (int i = 0; i < schools.size(); i++) {
                    long before = year.year() == 1
                            ? result.baseline(i)
                            : result.years().get(year.year() - 2).result().allocation(i);
                    if (before == SchoolTable.NO_PREVIOUS) {
                        continue; // a new school has no year before in year 1
                    }
                    long pupils = Math.max(1, schools.totalPupils(i));
                    // now / pupils >= (1 + floor / 100) x before / pupils, in exact integers
                    BigInteger perPupilNow =
                            BigInteger.valueOf(now.allocation(i)).multiply(BigInteger.valueOf(100));
                    if (t.perPupilFloorPercent() != null) {
                        BigDecimal least = BigDecimal.valueOf(before)
                                .multiply(BigDecimal.valueOf(100).add(t.perPupilFloorPercent()));
                        assertTrue(
                                new BigDecimal(perPupilNow).compareTo(least) >= 0,
                                schools.id(i) + " FY " + year.fiscalYear() + ": " + before + " -> " + now.allocation(i)
                                        + " (" + pupils + " pupils)");
                    }
                    // Where a floor is above the cap (a coarse unit on a small amount, or the minimum per
                    // pupil), the floor wins and the school sits at it: documented, so not a breach.
                    if (t.perPupilCapPercent() != null && now.allocation(i) > now.floor(i)) {
                        BigDecimal most = BigDecimal.valueOf(before)
                                .multiply(BigDecimal.valueOf(100).add(t.perPupilCapPercent()));
                        assertTrue(
                                new BigDecimal(perPupilNow).compareTo(most) <= 0,
                                schools.id(i) + " FY " + year.fiscalYear() + ": " + before + " -> "
                                        + now.allocation(i));
                    }
                }
            }
        });
    }

    @Test
    void reorderingTheSchools_andRerunning_changeNothing() {
        qt().withFixedSeed(23).withExamples(100).forAll(cases()).checkAssert(c -> {
            TransitionResult first = allocate(c, c.schools());
            List<School> reversed = new ArrayList<>(c.schools());
            Collections.reverse(reversed);
            TransitionResult again = allocate(c, reversed);
            TransitionResult rerun = allocate(c, c.schools());
            if (first == null) {
                assertEquals(null, again);
                return;
            }
            for (int k = 0; k < first.years().size(); k++) {
                long[] a = allocations(first.years().get(k).result());
                assertArrayEquals(a, allocations(again.years().get(k).result()), "reversed, year " + (k + 1));
                assertArrayEquals(a, allocations(rerun.years().get(k).result()), "rerun, year " + (k + 1));
            }
        });
    }

    @Test
    void mostRandomCases_areFeasible() {
        int[] feasible = new int[2];
        qt().withFixedSeed(21).withExamples(200).forAll(cases()).checkAssert(c -> {
            feasible[allocate(c, c.schools()) == null ? 0 : 1]++;
        });
        assertTrue(feasible[1] > feasible[0], "feasible " + feasible[1] + ", infeasible " + feasible[0]);
    }

    private static long[] allocations(AllocationResult result) {
        long[] out = new long[result.schools().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = result.allocation(i);
        }
        return out;
    }
}

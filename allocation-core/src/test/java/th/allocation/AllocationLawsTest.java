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
package th.allocation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;
import th.allocation.engine.AllocationEngine;
import th.allocation.model.Enrolment;
import th.allocation.model.Level;
import th.allocation.model.School;
import th.allocation.model.SchoolTable;
import th.allocation.output.AllocationWriter;
import th.allocation.result.AllocationResult;
import th.allocation.testing.RandomCases;
import th.allocation.testing.RandomCases.Case;
import th.allocation.testing.ReferenceModel;
import th.allocation.testing.ResultLaws;

/**
 * The laws every formula allocation obeys, checked on random schools and scenarios (QuickTheories,
 * fixed seeds so that a failure is reproducible; it shrinks a failing case to a small one).
 */
class AllocationLawsTest {
    private static final Gen<Case> CASES = RandomCases.cases(1, 60);

    /** Allocates, or returns null where the scenario is infeasible (checked separately). */
    private static AllocationResult tryAllocate(Case c) {
        try {
            return AllocationEngine.allocate(c.scenario(), SchoolTable.of(c.schools()));
        } catch (InfeasibleException | InputException e) {
            return null;
        }
    }

    @Test
    void allocate_withBudget_conservesItExactlyInWholeUnits() {
        qt().withFixedSeed(1).withExamples(400).forAll(CASES).checkAssert(c -> {
            AllocationResult result = tryAllocate(c);
            if (result == null || c.scenario().budget() == null) {
                return;
            }
            assertEquals(c.scenario().budgetSatang().getAsLong(), result.total());
            long sum = 0;
            long unit = c.scenario().roundingUnitSatang();
            for (int i = 0; i < result.schools().size(); i++) {
                sum += result.allocation(i);
                assertEquals(0, result.allocation(i) % unit, "allocation is a whole number of units");
            }
            assertEquals(result.total(), sum);
        });
    }

    @Test
    void allocate_floorsAndCapsHold_asTheReferenceModelComputesThem() {
        qt().withFixedSeed(2).withExamples(400).forAll(CASES).checkAssert(c -> {
            AllocationResult result = tryAllocate(c);
            if (result == null) {
                return;
            }
            SchoolTable schools = result.schools();
            for (int i = 0; i < schools.size(); i++) {
                long floor = ReferenceModel.floor(c.scenario(), schools, i);
                long cap = ReferenceModel.cap(c.scenario(), schools, i);
                assertEquals(floor, result.floor(i), "floor of " + schools.id(i));
                assertEquals(cap == Long.MAX_VALUE ? AllocationResult.NO_CAP : cap, result.cap(i));
                assertTrue(result.allocation(i) >= floor, "floor holds for " + schools.id(i));
                assertTrue(result.allocation(i) <= cap, "cap holds for " + schools.id(i));
            }
        });
    }

    @Test
    void allocate_isInfeasibleExactlyWhenFloorsExceedTheBudgetOrCapsCannotReachIt() {
        qt().withFixedSeed(3).withExamples(400).forAll(CASES).checkAssert(c -> {
            if (c.scenario().budget() == null) {
                return;
            }
            SchoolTable schools = SchoolTable.of(c.schools());
            boolean usesPrevious =
                    c.scenario().floors().usesPrevious() || c.scenario().caps().usesPrevious();
            if (usesPrevious && !schools.hasAnyPreviousAllocation()) {
                assertThrows(InputException.class, () -> AllocationEngine.allocate(c.scenario(), schools));
                return;
            }
            long[] needs = new long[schools.size()];
            var evaluated = c.scenario().rule().evaluate(schools);
            for (int i = 0; i < needs.length; i++) {
                needs[i] = evaluated.total(i);
            }
            boolean feasible = ReferenceModel.feasible(c.scenario(), schools, needs);
            if (feasible) {
                AllocationEngine.allocate(c.scenario(), schools);
            } else {
                InfeasibleException e =
                        assertThrows(InfeasibleException.class, () -> AllocationEngine.allocate(c.scenario(), schools));
                assertTrue(e.getMessage().contains("THB"), "the message gives the amounts: " + e.getMessage());
            }
        });
    }

    @Test
    void allocate_matchesTheReferenceScaleWithinOneUnit() {
        qt().withFixedSeed(4).withExamples(300).forAll(CASES).checkAssert(c -> {
            AllocationResult result = tryAllocate(c);
            if (result == null || c.scenario().budget() == null) {
                return;
            }
            int n = result.schools().size();
            long[] needs = new long[n];
            long[] floors = new long[n];
            long[] caps = new long[n];
            for (int i = 0; i < n; i++) {
                needs[i] = result.need(i);
                floors[i] = result.floor(i);
                caps[i] = result.cap(i);
            }
            double scale = ReferenceModel.scale(result.total(), needs, floors, caps);
            long unit = c.scenario().roundingUnitSatang();
            for (int i = 0; i < n; i++) {
                double expected = ReferenceModel.clamped(scale, needs[i], floors[i], caps[i]);
                // Largest remainder moves each school by less than one unit from its exact share.
                assertTrue(
                        Math.abs(result.allocation(i) - expected) <= unit * (1 + 1e-9) + 1e-6 * expected,
                        "school " + result.schools().id(i) + ": " + result.allocation(i) + " vs " + expected);
            }
        });
    }

    @Test
    void explanation_addsUpToEveryAllocationToTheSatang() {
        qt().withFixedSeed(5).withExamples(300).forAll(CASES).checkAssert(c -> {
            AllocationResult result = tryAllocate(c);
            if (result == null) {
                return;
            }
            // Rounding stays within a unit (plus a satang per component).
            ResultLaws.check(
                    result,
                    c.scenario().roundingUnitSatang() + result.components().size());
        });
    }

    @Test
    void allocate_shufflingTheSchools_changesNothing() {
        qt().withFixedSeed(6).withExamples(200).forAll(CASES, longsForShuffle()).checkAssert((c, seed) -> {
            AllocationResult result = tryAllocate(c);
            if (result == null) {
                return;
            }
            List<School> shuffled = new ArrayList<>(c.schools());
            Collections.shuffle(shuffled, new Random(seed));
            AllocationResult again = AllocationEngine.allocate(c.scenario(), SchoolTable.of(shuffled));
            assertArrayEquals(allocations(result), allocations(again));
        });
    }

    @Test
    void allocate_moreOfAPupilNeverGivesLess_beyondOneRoundingUnit() {
        Gen<Integer> picks = in -> (int) in.next(Constraint.between(0, 10_000));
        qt().withFixedSeed(7).withExamples(300).forAll(CASES, picks).checkAssert((c, pick) -> {
            AllocationResult before = tryAllocate(c);
            if (before == null) {
                return;
            }
            int k = pick % c.schools().size();
            School school = c.schools().get(k);
            Level level = Level.values()[pick % Level.values().length];
            Enrolment more = school.pupils().with(level, school.pupils().of(level) + 1);
            List<School> changed = new ArrayList<>(c.schools());
            changed.set(k, school.withPupils(more, school.specialNeeds(), school.poor()));
            assertMonotone(c, before, changed, school.id());
        });
    }

    @Test
    void allocate_aPoorPupilOrRemotenessNeverGivesLess_beyondOneRoundingUnit() {
        Gen<Integer> picks = in -> (int) in.next(Constraint.between(0, 10_000));
        qt().withFixedSeed(8).withExamples(300).forAll(CASES, picks).checkAssert((c, pick) -> {
            AllocationResult before = tryAllocate(c);
            if (before == null) {
                return;
            }
            int k = pick % c.schools().size();
            School school = c.schools().get(k);
            School needier = school.withContext(school.areaType(), true, school.kind());
            if (school.poor() < school.totalPupils()) {
                needier = needier.withPupils(school.pupils(), school.specialNeeds(), school.poor() + 1);
            }
            List<School> changed = new ArrayList<>(c.schools());
            changed.set(k, needier);
            assertMonotone(c, before, changed, school.id());
        });
    }

    private static void assertMonotone(Case c, AllocationResult before, List<School> changed, String id) {
        AllocationResult after;
        try {
            after = AllocationEngine.allocate(c.scenario(), SchoolTable.of(changed));
        } catch (InfeasibleException e) {
            return; // a higher floor can make the budget too small; that is reported, not a loss
        }
        int i = before.schools().indexOf(id);
        assertTrue(after.need(i) >= before.need(i), "need never falls");
        // Exact without a budget; with one, largest remainder can move a school by one unit either way.
        long slack = c.scenario().budget() == null ? 0 : c.scenario().roundingUnitSatang();
        assertTrue(
                after.allocation(i) >= before.allocation(i) - slack,
                "school " + id + " went from " + before.allocation(i) + " to " + after.allocation(i));
    }

    @Test
    void write_sameInputTwice_givesByteIdenticalFiles(@TempDir Path dir) {
        qt().withFixedSeed(9).withExamples(40).forAll(CASES).checkAssert(c -> {
            AllocationResult first = tryAllocate(c);
            if (first == null) {
                return;
            }
            AllocationResult second = AllocationEngine.allocate(c.scenario(), SchoolTable.of(c.schools()));
            Path a = dir.resolve("a");
            Path b = dir.resolve("b");
            AllocationWriter.write(first, List.of(), a);
            AllocationWriter.write(second, List.of(), b);
            for (String file : List.of(AllocationWriter.ALLOCATIONS, AllocationWriter.SUMMARY)) {
                assertArrayEquals(read(a.resolve(file)), read(b.resolve(file)), file);
            }
        });
    }

    private static Gen<Long> longsForShuffle() {
        return in -> in.next(Constraint.between(0, Long.MAX_VALUE / 2));
    }

    private static long[] allocations(AllocationResult result) {
        long[] values = new long[result.schools().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = result.allocation(i);
        }
        return values;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

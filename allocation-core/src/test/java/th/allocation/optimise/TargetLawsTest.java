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
package th.allocation.optimise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import th.allocation.InfeasibleException;
import th.allocation.InputException;
import th.allocation.engine.AllocationEngine;
import th.allocation.model.School;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.scenario.Envelope;
import th.allocation.scenario.Targets;
import th.allocation.testing.RandomCases;
import th.allocation.testing.RandomCases.Case;
import th.allocation.testing.ReferenceModel;
import th.allocation.testing.ResultLaws;

/** The laws of a target-driven allocation, after rounding, on random schools, indicators and scenarios. */
class TargetLawsTest {
    private static final Gen<Case> CASES = RandomCases.targetCases(1, 40);

    private static AllocationResult tryAllocate(Case c) {
        try {
            return AllocationEngine.allocate(c.scenario(), SchoolTable.of(c.schools()));
        } catch (InfeasibleException e) {
            assertTrue(e.getMessage().contains("THB"), "the reason gives amounts: " + e.getMessage());
            return null;
        } catch (InputException e) {
            return null; // hold-harmless without any previous allocation
        }
    }

    @Test
    void allocate_spendsTheBudgetExactlyOrAtMostIt_inWholeUnits() {
        qt().withFixedSeed(11).withExamples(300).forAll(CASES).checkAssert(c -> {
            AllocationResult result = tryAllocate(c);
            if (result == null) {
                return;
            }
            long budget = c.scenario().budgetSatang().getAsLong();
            if (c.scenario().targets().spend() == Targets.Spend.EXACT) {
                assertEquals(budget, result.total());
            } else {
                assertTrue(result.total() <= budget);
            }
            long unit = c.scenario().roundingUnitSatang();
            for (int i = 0; i < result.schools().size(); i++) {
                assertEquals(0, result.allocation(i) % unit);
            }
        });
    }

    @Test
    void allocate_keepsBaseFloorsAndCaps() {
        qt().withFixedSeed(12).withExamples(300).forAll(CASES).checkAssert(c -> {
            AllocationResult result = tryAllocate(c);
            if (result == null) {
                return;
            }
            SchoolTable schools = result.schools();
            long unit = c.scenario().roundingUnitSatang();
            for (int i = 0; i < schools.size(); i++) {
                long base = result.need(i);
                long floor =
                        Math.max(ReferenceModel.floor(c.scenario(), schools, i), -Math.floorDiv(-base, unit) * unit);
                long cap = Math.max(ReferenceModel.cap(c.scenario(), schools, i), floor);
                assertTrue(result.allocation(i) >= floor, schools.id(i) + " keeps its base and floor");
                assertTrue(result.allocation(i) <= cap, schools.id(i) + " stays within its cap");
            }
        });
    }

    @Test
    void allocate_keepsEveryEnvelopeAfterRounding() {
        qt().withFixedSeed(13).withExamples(300).forAll(CASES).checkAssert(c -> {
            AllocationResult result = tryAllocate(c);
            if (result == null) {
                return;
            }
            double budget = c.scenario().budgetSatang().getAsLong();
            for (Envelope envelope : c.scenario().targets().envelopes()) {
                long sum = 0;
                for (int i = 0; i < result.schools().size(); i++) {
                    if (result.schools().areaType(i).key().equals(envelope.value())) {
                        sum += result.allocation(i);
                    }
                }
                double least = budget * envelope.atLeastPercent().doubleValue() / 100;
                assertTrue(sum >= least - 1e-6, "envelope " + envelope + ": " + sum + " < " + least);
            }
        });
    }

    @Test
    void explanation_addsUpToEveryAllocation() {
        qt().withFixedSeed(14).withExamples(300).forAll(CASES).checkAssert(c -> {
            AllocationResult result = tryAllocate(c);
            if (result == null) {
                return;
            }
            ResultLaws.check(
                    result,
                    c.scenario().roundingUnitSatang() + result.components().size() + 1);
        });
    }

    @Test
    void allocate_shufflingTheSchools_changesNothing() {
        qt().withFixedSeed(15).withExamples(150).forAll(CASES).checkAssert(c -> {
            AllocationResult result = tryAllocate(c);
            if (result == null) {
                return;
            }
            List<School> shuffled = new ArrayList<>(c.schools());
            Collections.shuffle(shuffled, new Random(c.schools().size()));
            AllocationResult again = AllocationEngine.allocate(c.scenario(), SchoolTable.of(shuffled));
            long[] a = new long[result.schools().size()];
            long[] b = new long[a.length];
            for (int i = 0; i < a.length; i++) {
                a[i] = result.allocation(i);
                b[i] = again.allocation(i);
            }
            assertArrayEquals(a, b);
        });
    }
}

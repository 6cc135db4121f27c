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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import th.allocation.generate.SchoolGenerator;
import th.allocation.input.ScenarioReader;
import th.allocation.model.School;
import th.allocation.model.SchoolTable;
import th.allocation.scenario.Objective;
import th.allocation.scenario.Scenario;
import th.allocation.scenario.Targets;
import th.allocation.testing.RandomCases;

/**
 * The min-max search with its walks over schools in parallel blocks ({@link Blocks}), from one school
 * on, against the reference binary search with a full pass per probe ({@link
 * ReferenceMinMaxLevelSearch}): the same money on every item, the same top-ups and the same shadow
 * price, to the bit, whatever the threads; and the blocks themselves, which must cover every school
 * exactly once.
 */
class ParallelPassesTest {
    /** Every walk in parallel: with the usual narrowing, and with narrowing to fewer schools. */
    private static final List<SpendingBracket.Tuning> PARALLEL = List.of(
            new SpendingBracket.Tuning(SpendingBracket.FEW, SpendingBracket.SAMPLED, SpendingBracket.TIE, 1),
            new SpendingBracket.Tuning(1, 8, SpendingBracket.TIE, 1));

    @Test
    void blocks_coverEverySchoolOnce() {
        for (int n : new int[] {0, 1, 2, 3, 17, 4_096, 50_001}) {
            int[] visits = new int[n];
            Set<Thread> threads = ConcurrentHashMap.newKeySet();
            AtomicInteger blocks = new AtomicInteger();
            Blocks.run(n, 1, (from, to) -> {
                blocks.incrementAndGet();
                threads.add(Thread.currentThread());
                for (int s = from; s < to; s++) {
                    visits[s]++;
                }
            });
            for (int s = 0; s < n; s++) {
                assertEquals(1, visits[s], "visits of school " + s + " of " + n);
            }
            boolean parallel = Runtime.getRuntime().availableProcessors() > 1;
            assertTrue(blocks.get() >= (n >= 2 && parallel ? 2 : 1), blocks + " blocks for " + n + " schools");
        }
    }

    @Test
    void blocks_belowTheThreshold_runOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        AtomicInteger blocks = new AtomicInteger();
        Blocks.run(1_000, 1_001, (from, to) -> {
            blocks.incrementAndGet();
            assertEquals(caller, Thread.currentThread());
            assertEquals(0, from);
            assertEquals(1_000, to);
        });
        assertEquals(1, blocks.get());
    }

    @Test
    void randomProblems_inParallel_fundedAsByFullPasses() {
        AtomicInteger solved = new AtomicInteger();
        qt().withFixedSeed(1214)
                .withExamples(150)
                .forAll(RandomCases.targetCases(1, 150))
                .checkAssert(c -> {
                    if (MinMaxLevelSearchTest.agree(
                            TargetProblem.of(c.scenario(), SchoolTable.of(c.schools())), PARALLEL)) {
                        solved.incrementAndGet();
                    }
                });
        assertTrue(solved.get() >= 75, solved + " of 150 problems were feasible");
    }

    @Test
    void generatedCountry_inParallel_fundedAsByFullPasses() {
        SchoolTable.Builder builder = SchoolTable.builder("generated");
        SchoolGenerator.national().withSchools(6000).forEach(builder::add);
        SchoolTable schools = builder.build();
        Scenario bundled = ScenarioReader.read(Path.of("..", "examples", "thailand", "targets.yaml"));
        long base = bundled.rule().evaluate(schools).grandTotal();
        int feasible = 0;
        for (int extraPercent : new int[] {2, 8, 30}) {
            BigDecimal budget =
                    BigDecimal.valueOf(base + base * extraPercent / 100, 2).setScale(0, RoundingMode.DOWN);
            Targets t = bundled.targets();
            Scenario scenario = bundled.withBudget(budget)
                    .withTargets(new Targets(Objective.MIN_MAX, t.spend(), t.solver(), t.indicators(), t.envelopes()));
            if (MinMaxLevelSearchTest.agree(TargetProblem.of(scenario, schools), PARALLEL)) {
                feasible++;
            }
        }
        assertEquals(3, feasible, "feasible generated problems");
    }

    /**
     * A problem large enough to be built in parallel blocks has, for some of its schools, the same
     * pairs and items, to the bit, as the problem of those schools alone, built in one block: each
     * school's items depend on that school alone.
     */
    @Test
    void largeProblem_itemsAsBuiltInOneBlock() {
        List<School> generated = new ArrayList<>();
        SchoolGenerator.national().withSchools(Blocks.PARALLEL_FROM + 3_000).forEach(generated::add);
        int few = 2_000;
        Scenario bundled = ScenarioReader.read(Path.of("..", "examples", "thailand", "targets.yaml"));
        // A school of the cluster whose target the scenario overrides first, so that the few have one.
        String overridden =
                bundled.targets().indicators().get(0).overrides().get(0).cluster();
        for (int i = 0; i < generated.size(); i++) {
            if (generated.get(i).cluster().equals(overridden)) {
                generated.add(0, generated.remove(i));
                break;
            }
        }
        TargetProblem large = TargetProblem.of(bundled, SchoolTable.of(generated));
        TargetProblem small = TargetProblem.of(bundled, SchoolTable.of(generated.subList(0, few)));
        Map<String, Integer> inLarge = new HashMap<>();
        for (int s = 0; s < large.schools(); s++) {
            inLarge.put(large.schoolId(s), s);
        }
        int m = large.indicators();
        int items = 0;
        for (int s = 0; s < few; s++) {
            int t = inLarge.get(small.schoolId(s));
            assertEquals(small.pupils[s], large.pupils[t], "pupils of " + small.schoolId(s));
            for (int k = 0; k < m; k++) {
                String pair = small.schoolId(s) + ", indicator " + k;
                assertEquals(small.shortfall(s, k), large.shortfall(t, k), "shortfall of " + pair);
                int j = small.pairStart[s * m + k];
                int i = large.pairStart[t * m + k];
                int count = small.pairStart[s * m + k + 1] - j;
                assertEquals(count, large.pairStart[t * m + k + 1] - i, "items of " + pair);
                for (int c = 0; c < count; c++, i++, j++) {
                    assertEquals(small.itemCost(j), large.itemCost(i), "cost of an item of " + pair);
                    assertEquals(small.itemReduction(j), large.itemReduction(i), "reduction of an item of " + pair);
                    assertEquals(t, large.itemSchool(i), "school of an item of " + pair);
                    assertEquals(k, large.itemIndicator(i), "indicator of an item of " + pair);
                    items++;
                }
            }
        }
        assertTrue(items > few, items + " items compared");
    }
}

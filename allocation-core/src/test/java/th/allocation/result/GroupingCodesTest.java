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
package th.allocation.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;
import th.allocation.InfeasibleException;
import th.allocation.InputException;
import th.allocation.compare.Comparison;
import th.allocation.compare.GroupTotals;
import th.allocation.compare.WinnersLosers;
import th.allocation.engine.AllocationEngine;
import th.allocation.model.School;
import th.allocation.model.SchoolTable;
import th.allocation.rule.FlatPerHead;
import th.allocation.rule.LevelAmounts;
import th.allocation.scenario.Scenario;
import th.allocation.stats.EquitySample;
import th.allocation.stats.TheilDecomposition;
import th.allocation.testing.RandomCases;
import th.allocation.testing.RandomCases.Case;

/**
 * Groups found by category code ({@link Grouping#groups}) are the groups a map ordered by
 * {@link Grouping#order()} found from each school's text, and the summaries and equity samples
 * built on them are those the map-based code built: that code is kept here as the reference, run
 * on random tables whose labels need the digit-aware order ("เขต 2" before "เขต 10", "R 02" and
 * "R 2" distinct) and on tables where some area types and kinds have no school.
 */
class GroupingCodesTest {
    private static final String[] LABELS = {"เขต 2", "เขต 10", "เขต 1", "R 02", "R 2", "R 10a", "R 10", "", "-x", "B"};

    /** Random allocations whose schools carry labels from {@link #LABELS} in every text column. */
    private static Gen<AllocationResult> results() {
        Gen<Case> cases = RandomCases.cases(0, 40);
        return in -> {
            Case c = cases.generate(in);
            int labels = (int) in.next(Constraint.between(1, LABELS.length));
            List<School> relabelled = new ArrayList<>();
            for (School s : c.schools()) {
                relabelled.add(s.withHierarchy(
                                LABELS[(int) in.next(Constraint.between(0, labels - 1))],
                                LABELS[(int) in.next(Constraint.between(0, labels - 1))],
                                LABELS[(int) in.next(Constraint.between(0, labels - 1))])
                        .withGeography(LABELS[(int) in.next(Constraint.between(0, labels - 1))], "", ""));
            }
            try {
                return AllocationEngine.allocate(c.scenario(), SchoolTable.of(relabelled));
            } catch (InfeasibleException | InputException e) {
                // Infeasible floors and caps: the rule alone, without budget, floors or caps.
                Scenario plain = new Scenario(
                        "plain", 2570, "", null, null, Map.of(), c.scenario().rule(), null, null);
                return AllocationEngine.allocate(plain, SchoolTable.of(relabelled));
            }
        };
    }

    @Test
    void groups_areTheGroupsOfAnOrderedMapOfEachSchoolsText() {
        qt().withFixedSeed(401).withExamples(300).forAll(results()).checkAssert(result -> {
            SchoolTable schools = result.schools();
            for (Grouping grouping : Grouping.values()) {
                Map<String, Integer> reference = new TreeMap<>(grouping.order());
                for (int i = 0; i < schools.size(); i++) {
                    reference.merge(grouping.groupOf(schools, i), 1, Integer::sum);
                }
                Grouping.Groups groups = grouping.groups(schools);
                assertEquals(List.copyOf(reference.keySet()), groups.labels(), grouping.key());
                for (int i = 0; i < schools.size(); i++) {
                    assertEquals(grouping.groupOf(schools, i), groups.labels().get(groups.code(i)));
                }
            }
        });
    }

    @Test
    void groupSummaries_areThoseOfTheMapBasedSummary() {
        qt().withFixedSeed(402).withExamples(300).forAll(results()).checkAssert(result -> {
            for (Grouping grouping : Grouping.values()) {
                assertEquals(referenceSummaries(result, grouping), GroupSummary.of(result, grouping), grouping.key());
            }
        });
    }

    @Test
    void groupedSamples_fromOneSort_haveTheStatisticsOfASampleSortedPerGrouping() {
        qt().withFixedSeed(403).withExamples(200).forAll(results()).checkAssert(result -> {
            PerPupilSample sorted = PerPupilSample.sorted(result);
            for (Grouping grouping : Grouping.values()) {
                EquitySample reference = referenceSample(result, grouping);
                EquitySample shared = sorted.by(grouping);
                assertEquals(reference.groups(), shared.groups(), grouping.key());
                if (reference.groups().isEmpty()) {
                    continue; // no schools: no groups, and no statistics by group (both refuse)
                }
                // Records of doubles: equal means every statistic is the same double (NaN included).
                assertEquals(reference.statisticsByGroup(1), shared.statisticsByGroup(1), grouping.key());
                assertEquals(reference.statisticsByGroup(2.5), shared.statisticsByGroup(2.5), grouping.key());
                if (reference.schools() > 0) {
                    assertEquals(TheilDecomposition.of(reference), TheilDecomposition.of(shared), grouping.key());
                }
                assertEquals(reference.statistics(1), sorted.all().statistics(1));
            }
        });
    }

    @Test
    void comparisonGroupsAndWinners_areThoseOfTheMapBasedCode() {
        qt().withFixedSeed(404).withExamples(150).forAll(results()).checkAssert(result -> {
            AllocationResult flat = AllocationEngine.allocate(
                    new Scenario(
                            "flat", 2570, "", null, null, Map.of(), new FlatPerHead(LevelAmounts.FY2567), null, null),
                    result.schools());
            Comparison comparison = Comparison.of(List.of("a", "b"), List.of(result, flat));
            SchoolTable schools = result.schools();
            for (Grouping grouping : Grouping.values()) {
                Map<String, long[]> reference = new TreeMap<>(grouping.order());
                for (int i = 0; i < schools.size(); i++) {
                    long[] sums = reference.computeIfAbsent(grouping.groupOf(schools, i), g -> new long[5]);
                    long difference = flat.allocation(i) - result.allocation(i);
                    sums[0]++;
                    sums[1] += result.allocation(i);
                    sums[2] += flat.allocation(i);
                    sums[3] += difference > 0 ? 1 : 0;
                    sums[4] += difference < 0 ? 1 : 0;
                }
                List<GroupTotals> groups = comparison.groups(grouping);
                List<WinnersLosers> winners = comparison.winnersLosers(1, grouping);
                assertEquals(
                        List.copyOf(reference.keySet()),
                        groups.stream().map(GroupTotals::group).toList());
                assertEquals(
                        List.copyOf(reference.keySet()),
                        winners.stream().map(WinnersLosers::group).toList());
                int g = 0;
                for (long[] sums : reference.values()) {
                    assertEquals(sums[0], groups.get(g).schools());
                    assertEquals(List.of(sums[1], sums[2]), groups.get(g).allocations());
                    assertEquals(sums[3], winners.get(g).gaining());
                    assertEquals(sums[4], winners.get(g).losing());
                    g++;
                }
            }
        });
    }

    /** {@code GroupSummary.of} as it was: a map ordered by the grouping's order, keyed by each school's text. */
    private static List<GroupSummary> referenceSummaries(AllocationResult result, Grouping grouping) {
        SchoolTable schools = result.schools();
        Map<String, long[]> totals = new TreeMap<>(grouping.order());
        for (int i = 0; i < schools.size(); i++) {
            long[] sums = totals.computeIfAbsent(grouping.groupOf(schools, i), g -> new long[3]);
            sums[0]++;
            sums[1] += schools.totalPupils(i);
            sums[2] += result.allocation(i);
        }
        List<GroupSummary> summaries = new ArrayList<>();
        totals.forEach((group, sums) -> summaries.add(new GroupSummary(grouping, group, sums[0], sums[1], sums[2])));
        return summaries;
    }

    /** {@code PerPupilSample.of(result, grouping)} as it was: codes from each school's text, a sort per call. */
    private static EquitySample referenceSample(AllocationResult result, Grouping grouping) {
        SchoolTable schools = result.schools();
        int n = schools.size();
        double[] values = new double[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            long pupils = schools.totalPupils(i);
            weights[i] = pupils;
            values[i] = pupils > 0 ? result.allocation(i) / (100.0 * pupils) : Double.NaN;
        }
        Map<String, Integer> seen = new HashMap<>();
        int[] provisional = new int[n];
        for (int i = 0; i < n; i++) {
            provisional[i] = seen.computeIfAbsent(grouping.groupOf(schools, i), g -> seen.size());
        }
        List<String> labels = new ArrayList<>(seen.keySet());
        labels.sort(grouping.order());
        int[] codeOf = new int[labels.size()];
        for (int code = 0; code < labels.size(); code++) {
            codeOf[seen.get(labels.get(code))] = code;
        }
        int[] codes = new int[n];
        for (int i = 0; i < n; i++) {
            codes[i] = codeOf[provisional[i]];
        }
        return EquitySample.of(values, weights, codes, labels);
    }

    /**
     * A table's groups are made once and given to every caller, on any thread; another table of the
     * same schools gets groups of its own, equal to them.
     */
    @Test
    void groups_ofOneTable_areMadeOnceForEveryCallerOnAnyThread() {
        qt().withFixedSeed(31).withExamples(40).forAll(results()).checkAssert(result -> {
            SchoolTable schools = result.schools();
            for (Grouping grouping : Grouping.values()) {
                Grouping.Groups[] seen = new Grouping.Groups[4];
                List<Thread> threads = new ArrayList<>();
                for (int t = 0; t < seen.length; t++) {
                    int slot = t;
                    threads.add(new Thread(() -> seen[slot] = grouping.groups(schools)));
                }
                threads.forEach(Thread::start);
                for (Thread thread : threads) {
                    try {
                        thread.join();
                    } catch (InterruptedException e) {
                        throw new AssertionError(e);
                    }
                }
                for (Grouping.Groups groups : seen) {
                    assertSame(seen[0], groups, grouping.key());
                }
                assertSame(seen[0], grouping.groups(schools), grouping.key());

                SchoolTable copy = SchoolTable.of(schools.schools());
                Grouping.Groups own = grouping.groups(copy);
                assertNotSame(seen[0], own, grouping.key());
                assertEquals(seen[0].labels(), own.labels(), grouping.key());
                for (int i = 0; i < schools.size(); i++) {
                    assertEquals(seen[0].code(i), own.code(i), grouping.key());
                }
            }
        });
    }
}

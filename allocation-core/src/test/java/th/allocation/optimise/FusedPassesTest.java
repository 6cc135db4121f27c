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

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import th.allocation.InfeasibleException;
import th.allocation.model.SchoolTable;
import th.allocation.testing.RandomCases;

/**
 * The shortcuts that save a pass over every pair give what the passes they replace give, to the
 * bit, on random problems (with floors, caps, envelopes and schools without pupils among them): the
 * largest shortfall taken while min-max funds, the spending at a level divided once per indicator,
 * and each item's school and indicator made on first use.
 */
class FusedPassesTest {
    private static final List<SpendingBracket.Tuning> TUNINGS = List.of(
            SpendingBracket.Tuning.DEFAULT,
            new SpendingBracket.Tuning(1, 8, SpendingBracket.TIE, 1),
            new SpendingBracket.Tuning(SpendingBracket.FEW, SpendingBracket.SAMPLED, SpendingBracket.TIE, 1));

    @Test
    void randomProblems_largestShortfallWhileFunding_asByAPassOfItsOwn() {
        AtomicInteger solved = new AtomicInteger();
        qt().withFixedSeed(1231)
                .withExamples(200)
                .forAll(RandomCases.targetCases(1, 120))
                .checkAssert(c -> {
                    TargetProblem problem = TargetProblem.of(c.scenario(), SchoolTable.of(c.schools()));
                    try {
                        Feasibility.check(problem);
                        for (SpendingBracket.Tuning tuning : TUNINGS) {
                            Funding priced = new Funding(problem, EnvelopeGroups.ofFirstColumn(problem));
                            new MinMaxLevelSearch(priced, tuning).fund();
                            Funding funding = new Funding(problem, EnvelopeGroups.ofFirstColumn(problem));
                            double largest = new MinMaxLevelSearch(funding, tuning).fundWithoutPrice();
                            assertEquals(
                                    Double.doubleToLongBits(funding.largestShortfall()),
                                    Double.doubleToLongBits(largest),
                                    "largest shortfall, " + tuning);
                            assertArrayEquals(priced.spend, funding.spend, "item spending, " + tuning);
                            assertArrayEquals(priced.topUp, funding.topUp, "top-ups, " + tuning);
                        }
                        solved.incrementAndGet();
                    } catch (InfeasibleException e) {
                        // nothing to fund
                    }
                });
        assertTrue(solved.get() >= 100, solved + " of 200 problems were feasible");
    }

    @Test
    void randomProblems_spendingGivenLevelOverPriority_asSpendingAtTheLevel() {
        qt().withFixedSeed(1232)
                .withExamples(200)
                .forAll(RandomCases.targetCases(1, 60))
                .checkAssert(c -> {
                    TargetProblem problem = TargetProblem.of(c.scenario(), SchoolTable.of(c.schools()));
                    PairCurves curves = problem.curves;
                    int m = problem.indicators();
                    double[] kinks = new double[curves.mostKinks];
                    for (int pair = 0; pair < problem.schools() * m; pair++) {
                        int count = curves.kinks(pair, kinks, 0);
                        double first = count == 0 ? 1 : kinks[0];
                        double[] levels = {0, first / 3, first * 0.999, first, first * 2, count > 1 ? kinks[1] : 0.5};
                        double[] before = new double[problem.items()];
                        double[] after = new double[problem.items()];
                        for (double z : levels) {
                            double expected = spendAtLevel(problem, pair, z, before);
                            double actual = curves.spendOver(pair, curves.levelOverPriority(z)[pair % m], after);
                            assertEquals(
                                    Double.doubleToLongBits(expected),
                                    Double.doubleToLongBits(actual),
                                    "spending of pair " + pair + " at " + z);
                            assertArrayEquals(before, after, "items of pair " + pair + " at " + z);
                            assertEquals(
                                    Double.doubleToLongBits(curves.cost(pair, z)),
                                    Double.doubleToLongBits(actual),
                                    "cost of pair " + pair + " at " + z);
                        }
                    }
                });
    }

    /** The spending of the pair at level {@code z} as it was written before: the level divided per pair. */
    private static double spendAtLevel(TargetProblem problem, int pair, double z, double[] itemSpend) {
        int m = problem.indicators();
        double need = Math.max(0, problem.shortfall[pair] - z / problem.priority[pair % m]);
        double total = 0;
        for (int j = problem.pairStart[pair]; j < problem.pairStart[pair + 1]; j++) {
            double take = Math.min(problem.itemReduction[j], need);
            double spent = take <= 0 ? 0 : problem.itemCost[j] * (take / problem.itemReduction[j]);
            itemSpend[j] = Math.max(itemSpend[j], spent);
            total += spent;
            need -= take;
        }
        return total;
    }

    @Test
    void randomProblems_itemsSchoolsAndIndicators_followThePairs() {
        qt().withFixedSeed(1233)
                .withExamples(100)
                .forAll(RandomCases.targetCases(1, 60))
                .checkAssert(c -> {
                    TargetProblem problem = TargetProblem.of(c.scenario(), SchoolTable.of(c.schools()));
                    int m = problem.indicators();
                    int seen = 0;
                    for (int pair = 0; pair < problem.schools() * m; pair++) {
                        for (int j = problem.pairStart[pair]; j < problem.pairStart[pair + 1]; j++, seen++) {
                            assertEquals(pair / m, problem.itemSchool(j), "school of item " + j);
                            assertEquals(pair % m, problem.itemIndicator(j), "indicator of item " + j);
                        }
                    }
                    assertEquals(problem.items(), seen, "items");
                    assertEquals(problem.items(), problem.itemSchools().length, "schools of items");
                    assertEquals(problem.items(), problem.itemIndicators().length, "indicators of items");
                });
    }
}

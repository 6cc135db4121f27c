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

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import th.allocation.generate.SchoolGenerator;
import th.allocation.input.ScenarioReader;
import th.allocation.model.SchoolTable;
import th.allocation.scenario.Objective;
import th.allocation.scenario.Scenario;
import th.allocation.scenario.Targets;

/**
 * The first narrowing of the min-max bracket, from an estimate on a sample of the schools with its
 * two probes {@link SpendingBracket#FIRST_SPREAD} either side of it: on a generated country the
 * bracket it leaves contains the level that full passes find (above the money at its low end, at
 * most the money at its high end) and has both ends, so that most schools are settled.
 */
class FirstProbesTest {
    @Test
    void generatedCountry_firstNarrowing_bracketsTheLevel() {
        SchoolTable.Builder builder = SchoolTable.builder("generated");
        SchoolGenerator.national().withSchools(12_000).forEach(builder::add);
        SchoolTable schools = builder.build();
        Scenario bundled = ScenarioReader.read(Path.of("..", "examples", "thailand", "targets.yaml"));
        long base = bundled.rule().evaluate(schools).grandTotal();
        for (int extraPercent : new int[] {4, 8, 16}) {
            BigDecimal budget =
                    BigDecimal.valueOf(base + base * extraPercent / 100, 2).setScale(0, RoundingMode.DOWN);
            Targets t = bundled.targets();
            Scenario scenario = bundled.withBudget(budget)
                    .withTargets(new Targets(Objective.MIN_MAX, t.spend(), t.solver(), t.indicators(), t.envelopes()));
            TargetProblem problem = TargetProblem.of(scenario, schools);
            Funding funding = new Funding(problem, EnvelopeGroups.ofFirstColumn(problem));
            int n = problem.schools();
            int[] every = new int[n];
            double[] topKink = new double[n];
            double[] zeroCostAbove = new double[n];
            double top = 0;
            for (int s = 0; s < n; s++) {
                every[s] = s;
                topKink[s] = funding.curves.topKink(s);
                zeroCostAbove[s] = PairCurves.zeroCostAbove(topKink[s]);
                top = Math.max(top, topKink[s]);
            }
            FullPasses passes = new FullPasses(funding, zeroCostAbove, Blocks.PARALLEL_FROM);
            double money = problem.available();
            SpendingBracket bracket = new SpendingBracket(
                    funding, every, funding.group, topKink, top, money, passes::total, SpendingBracket.Tuning.DEFAULT);
            bracket.narrow();
            String where = extraPercent + "% more: bracket (" + bracket.below() + ", " + bracket.high() + ")";
            assertTrue(bracket.below() > 0, where + " has no low end");
            assertTrue(passes.total(bracket.below()) > money, where + ": its low end spends no more than the money");
            assertTrue(passes.total(bracket.high()) <= money, where + ": its high end spends more than the money");
            assertTrue(
                    bracket.sums().inQuestion() < n / 4,
                    where + ": " + bracket.sums().inQuestion() + " in question");
        }
    }
}

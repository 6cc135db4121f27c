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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;
import th.allocation.InfeasibleException;
import th.allocation.generate.SchoolGenerator;
import th.allocation.input.ScenarioReader;
import th.allocation.model.SchoolTable;
import th.allocation.scenario.Envelope;
import th.allocation.scenario.Objective;
import th.allocation.scenario.Scenario;
import th.allocation.scenario.Targets;
import th.allocation.testing.RandomCases;
import th.allocation.testing.RandomCases.Case;

/**
 * The min-max search against the binary search with a full pass per probe that it replaces ({@link
 * ReferenceMinMaxLevelSearch}, the previous code kept as the reference): the same money on every
 * item, the same top-ups and the same shadow price, to the bit. Each problem is solved with the
 * usual tuning of the brackets and with others ({@link #TUNINGS}), so that the estimates on samples,
 * the secant steps, the settling of schools, the searches among the remaining kinks and the full
 * passes of ties all run on small problems too.
 */
class MinMaxLevelSearchTest {
    /**
     * The usual tuning; narrowing to fewer schools, with and without estimates on samples; a tie band
     * so wide that many, or all, decisions fall to the full pass.
     */
    private static final List<SpendingBracket.Tuning> TUNINGS = List.of(
            SpendingBracket.Tuning.DEFAULT,
            new SpendingBracket.Tuning(0, 1_000_000, SpendingBracket.TIE),
            new SpendingBracket.Tuning(1, 8, SpendingBracket.TIE),
            new SpendingBracket.Tuning(3, 30, SpendingBracket.TIE),
            new SpendingBracket.Tuning(0, 20, 1e-3),
            new SpendingBracket.Tuning(2, 1_000_000, 10));

    @Test
    void randomProblems_fundedAsByFullPasses() {
        AtomicInteger solved = new AtomicInteger();
        AtomicInteger all = new AtomicInteger();
        qt().withFixedSeed(1212).withExamples(300).forAll(cases()).checkAssert(c -> {
            all.incrementAndGet();
            if (agree(TargetProblem.of(c.scenario(), SchoolTable.of(c.schools())), TUNINGS)) {
                solved.incrementAndGet();
            }
        });
        assertTrue(solved.get() * 10 >= all.get() * 6, solved + " of " + all + " problems were feasible");
    }

    @Test
    void generatedCountry_fundedAsByFullPasses() {
        SchoolTable.Builder builder = SchoolTable.builder("generated");
        SchoolGenerator.national().withSchools(6000).forEach(builder::add);
        SchoolTable schools = builder.build();
        Scenario bundled = ScenarioReader.read(Path.of("..", "examples", "thailand", "targets.yaml"));
        long base = bundled.rule().evaluate(schools).grandTotal();
        List<List<Envelope>> envelopes = List.of(
                bundled.targets().envelopes(),
                List.of(new Envelope("area_type", "special", null, null, null, new BigDecimal("5.2"))),
                List.of(new Envelope("area_type", null, null, null, new BigDecimal("1.5"), new BigDecimal("50"))));
        int feasible = 0;
        for (List<Envelope> envelope : envelopes) {
            for (int extraPercent : new int[] {2, 8, 30}) {
                BigDecimal budget =
                        BigDecimal.valueOf(base + base * extraPercent / 100, 2).setScale(0, RoundingMode.DOWN);
                Targets t = bundled.targets();
                Scenario scenario = bundled.withBudget(budget)
                        .withTargets(new Targets(Objective.MIN_MAX, t.spend(), t.solver(), t.indicators(), envelope));
                if (agree(TargetProblem.of(scenario, schools), TUNINGS)) {
                    feasible++;
                }
            }
        }
        assertEquals(9, feasible, "feasible generated problems");
    }

    /**
     * Whether the problem is feasible; if it is, asserts that the search with each of {@code tunings}
     * funds it as the reference does, to the bit.
     */
    static boolean agree(TargetProblem problem, List<SpendingBracket.Tuning> tunings) {
        try {
            Feasibility.check(problem);
        } catch (InfeasibleException e) {
            return false;
        }
        Funding reference = new Funding(problem, EnvelopeGroups.ofFirstColumn(problem));
        double referencePrice;
        try {
            referencePrice = new ReferenceMinMaxLevelSearch(reference).fund();
        } catch (InfeasibleException e) {
            return false;
        }
        for (SpendingBracket.Tuning tuning : tunings) {
            Funding funding = new Funding(problem, EnvelopeGroups.ofFirstColumn(problem));
            double price = new MinMaxLevelSearch(funding, tuning).fund();
            String settings = ", " + tuning;
            assertEquals(Double.doubleToLongBits(referencePrice), Double.doubleToLongBits(price), "price" + settings);
            assertArrayEquals(reference.spend, funding.spend, "item spending" + settings);
            assertArrayEquals(reference.topUp, funding.topUp, "top-ups" + settings);
        }
        return true;
    }

    /**
     * allocation-core's random target cases, up to 150 schools, with the envelope (when there is one)
     * as a minimum, a maximum or both, in fixed amounts, on one area type or on every one.
     */
    private static Gen<Case> cases() {
        Gen<Case> random = RandomCases.targetCases(1, 150);
        return in -> {
            Case c = random.generate(in);
            Scenario s = c.scenario();
            Targets targets = s.targets();
            long kind = in.next(Constraint.between(0, 3));
            List<Envelope> envelopes = new ArrayList<>();
            for (Envelope e : targets.envelopes()) {
                BigDecimal amount = s.budget()
                        .multiply(e.atLeastPercent())
                        .divide(BigDecimal.valueOf(100))
                        .setScale(2, RoundingMode.HALF_UP);
                BigDecimal wider = amount.multiply(new BigDecimal("1.5")).setScale(2, RoundingMode.HALF_UP);
                String value = in.next(Constraint.between(0, 2)) == 0 ? null : e.value();
                envelopes.add(
                        switch ((int) kind) {
                            case 0 -> new Envelope(e.column(), value, amount, null, null, null);
                            case 1 -> new Envelope(e.column(), value, null, amount, null, null);
                            case 2 -> new Envelope(e.column(), value, amount, wider, null, null);
                            default -> e;
                        });
            }
            Targets minMax = new Targets(Objective.MIN_MAX, targets.spend(), null, targets.indicators(), envelopes);
            return new Case(c.schools(), s.withTargets(minMax));
        };
    }
}

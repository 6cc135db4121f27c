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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;
import th.allocation.InfeasibleException;
import th.allocation.InputException;
import th.allocation.model.School;
import th.allocation.model.SchoolTable;
import th.allocation.scenario.Envelope;
import th.allocation.scenario.Objective;
import th.allocation.scenario.Scenario;
import th.allocation.scenario.Targets;
import th.allocation.testing.RandomCases;
import th.allocation.testing.RandomCases.Case;

/**
 * The min-max budget shadow price against a finite difference of the structured solver's own
 * continuous solutions (issue 12): with {@code delta} more budget the largest shortfall falls by
 * {@code price x delta}, wherever the problem stays on one linear segment over {@code [B, B + 2
 * delta]}. The cases are allocation-core's {@link RandomCases#targetCases} with the objective set to
 * min-max, a rounding unit of one satang (so that any budget is allowed; the unit only rounds floors
 * and caps, the same at every budget), and the envelope's percentage turned into a fixed amount (a
 * percentage of the budget would move with it), half of the time as an envelope maximum. They have
 * capped schools, schools without pupils (whose shortfall no money lowers) and envelopes at either
 * bound, so the largest shortfall is often held above the common level, and the price 0.
 */
class MinMaxShadowPriceTest {
    /** The budget step, as a share of the money to share out (small, yet far above rounding). */
    private static final double STEP = 1e-4;

    /**
     * Relative tolerance between the price and the finite difference. Both come from levels solved
     * exactly up to rounding (about 10^-16 of the money, against a step 10^-4 of it): agreement is to
     * about 10^-12; the tolerance leaves room.
     */
    private static final double RELATIVE = 1e-6;

    @Test
    void minMaxPrice_isTheFallOfTheLargestShortfallPerBahtMore() {
        AtomicInteger all = new AtomicInteger();
        AtomicInteger compared = new AtomicInteger();
        AtomicInteger held = new AtomicInteger();
        qt().withFixedSeed(12).withExamples(400).forAll(cases()).checkAssert(c -> {
            all.incrementAndGet();
            TargetSolution before = solve(c, 0);
            if (before == null || !(before.maxShortfall() > 0)) {
                return; // infeasible, or every gap closed (then the price is 0 and stays 0)
            }
            double available =
                    TargetProblem.of(c.scenario(), SchoolTable.of(c.schools())).available();
            long step = Math.max(1, Math.round(available * STEP)); // satang
            TargetSolution after = solve(c, step);
            TargetSolution further = solve(c, 2 * step);
            if (after == null || further == null) {
                return; // infeasible with more money (spending it exactly breaks caps or an envelope maximum)
            }
            double perBaht = 100.0 / step;
            double fall = (before.maxShortfall() - after.maxShortfall()) * perBaht;
            double nextFall = (after.maxShortfall() - further.maxShortfall()) * perBaht;
            // Rounding of the levels, per baht of the step.
            double noise = 1e-12 * before.maxShortfall() * perBaht;
            if (Math.abs(fall - nextFall) > RELATIVE * Math.max(fall, nextFall) + noise) {
                return; // a kink within the two steps: the finite difference is no derivative
            }
            compared.incrementAndGet();
            if (before.budgetShadowPrice() == 0) {
                held.incrementAndGet();
            }
            double price = before.budgetShadowPrice();
            assertEquals(
                    price,
                    fall,
                    RELATIVE * Math.max(price, fall) + noise,
                    "price " + price + " per baht, but " + step + " satang more lowered the largest shortfall from "
                            + before.maxShortfall() + " to " + after.maxShortfall());
        });
        // The property is worth something only if most cases are compared, and some of them have the
        // largest shortfall held above the common level (price 0).
        assertTrue(compared.get() * 10 >= all.get() * 5, compared + " of " + all + " cases were compared");
        assertTrue(held.get() * 10 >= compared.get(), held + " of " + compared + " compared cases were held");
        assertTrue(held.get() * 10 <= compared.get() * 9, held + " of " + compared + " compared cases were held");
    }

    /** The structured solution with {@code more} satang of budget, or null where that is infeasible. */
    private static TargetSolution solve(Case c, long more) {
        BigDecimal budget = c.scenario().budget().add(BigDecimal.valueOf(more, 2));
        try {
            TargetProblem problem = TargetProblem.of(c.scenario().withBudget(budget), SchoolTable.of(c.schools()));
            return new StructuredSolver().solve(problem);
        } catch (InfeasibleException | InputException e) {
            return null;
        }
    }

    private static Gen<Case> cases() {
        Gen<Case> random = RandomCases.targetCases(1, 40);
        return in -> {
            Case c = random.generate(in);
            Scenario s = c.scenario();
            Targets targets = s.targets();
            boolean atMost = in.next(Constraint.between(0, 1)) == 0;
            List<Envelope> envelopes = new ArrayList<>();
            for (Envelope e : targets.envelopes()) {
                BigDecimal amount = s.budget()
                        .multiply(e.atLeastPercent())
                        .divide(BigDecimal.valueOf(100))
                        .setScale(2, java.math.RoundingMode.HALF_UP);
                envelopes.add(new Envelope(
                        e.column(), e.value(), atMost ? null : amount, atMost ? amount : null, null, null));
            }
            Scenario minMax = new Scenario(
                    s.name(),
                    s.fiscalYear(),
                    s.schools(),
                    s.budget(),
                    new BigDecimal("0.01"),
                    s.columns(),
                    s.rule(),
                    s.floors(),
                    s.caps(),
                    new Targets(Objective.MIN_MAX, targets.spend(), null, targets.indicators(), envelopes));
            return new Case(List.<School>copyOf(c.schools()), minMax);
        };
    }
}

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
package th.allocation.rule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;
import th.allocation.InputException;
import th.allocation.model.School;
import th.allocation.model.SchoolTable;
import th.allocation.testing.RandomCases;

/**
 * {@link Needs#of} along a series of weighted formulas, each reusing the needs of the last one that
 * evaluated (as a sweep's worker does), against the rule evaluated afresh: the same amount of every
 * component and school, the same totals, or the same failure. The weights and amounts go from the
 * ordinary to the engine's limits, so that the totals are updated column by column (every amount
 * small), added up again (some amount past 2^58 satang) or refused (past the need limit).
 */
class NeedsSeriesTest {
    record Series(List<School> schools, List<WeightedFormula> rules) {}

    @Test
    void everyRule_sameAsEvaluatedAfresh() {
        AtomicInteger evaluated = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        qt().withFixedSeed(20261202).withExamples(300).forAll(series()).checkAssert(s -> {
            SchoolTable schools = SchoolTable.of(s.schools());
            Rule previousRule = null;
            Needs previous = null;
            for (WeightedFormula rule : s.rules()) {
                Needs cold;
                try {
                    cold = rule.evaluate(schools);
                } catch (InputException e) {
                    Rule before = previousRule;
                    Needs last = previous;
                    InputException same =
                            assertThrows(InputException.class, () -> Needs.of(rule, schools, before, last));
                    assertEquals(e.getMessage(), same.getMessage());
                    refused.incrementAndGet();
                    continue;
                }
                Needs warm = Needs.of(rule, schools, previousRule, previous);
                assertEquals(cold.components(), warm.components());
                assertEquals(cold.grandTotal(), warm.grandTotal(), "grand total");
                for (int i = 0; i < schools.size(); i++) {
                    assertEquals(cold.total(i), warm.total(i), "total of school " + i);
                    for (int c = 0; c < cold.components().size(); c++) {
                        assertEquals(cold.amount(c, i), warm.amount(c, i), "component " + c + " of school " + i);
                    }
                }
                previousRule = rule;
                previous = warm;
                evaluated.incrementAndGet();
            }
        });
        assertTrue(refused.get() > 20, refused + " rules refused");
        assertTrue(evaluated.get() > 10 * refused.get(), evaluated + " rules evaluated");
    }

    @Test
    void withTheNeedsBeforeAsSpare_sameAsEvaluatedAfresh_andThePreviousLeftAlone() {
        AtomicInteger reused = new AtomicInteger();
        qt().withFixedSeed(20261203).withExamples(300).forAll(series()).checkAssert(s -> {
            SchoolTable schools = SchoolTable.of(s.schools());
            Rule previousRule = null;
            Needs previous = null;
            Needs spare = null;
            for (WeightedFormula rule : s.rules()) {
                Needs cold;
                try {
                    cold = rule.evaluate(schools);
                } catch (InputException e) {
                    Rule before = previousRule;
                    Needs last = previous;
                    Needs older = spare;
                    InputException same =
                            assertThrows(InputException.class, () -> Needs.of(rule, schools, before, last, older));
                    assertEquals(e.getMessage(), same.getMessage());
                    continue;
                }
                long[][] previousBefore = previous == null ? null : snapshot(previous);
                Needs warm = Needs.of(rule, schools, previousRule, previous, spare);
                assertEqual(cold, warm, schools.size());
                if (previous != null) {
                    assertArrayEquals(previousBefore, snapshot(previous), "the previous needs were written over");
                }
                if (spare != null && warm != previous && fromSpare(warm, spare, previous)) {
                    reused.incrementAndGet();
                }
                if (warm != previous) {
                    spare = previous;
                }
                previousRule = rule;
                previous = warm;
            }
        });
        assertTrue(reused.get() > 100, reused + " needs written into a spare's arrays");
    }

    /** Whether {@code needs} holds an array of {@code spare}'s that {@code previous} does not. */
    private static boolean fromSpare(Needs needs, Needs spare, Needs previous) {
        return needs.arrays().stream()
                .anyMatch(a -> spare.arrays().stream().anyMatch(b -> a == b)
                        && previous.arrays().stream().noneMatch(b -> a == b));
    }

    private static long[][] snapshot(Needs needs) {
        int n = needs.size();
        int columns = needs.components().size();
        long[][] copy = new long[columns + 1][n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < columns; c++) {
                copy[c][i] = needs.amount(c, i);
            }
            copy[columns][i] = needs.total(i);
        }
        return copy;
    }

    private static void assertEqual(Needs cold, Needs warm, int n) {
        assertEquals(cold.components(), warm.components());
        assertEquals(cold.grandTotal(), warm.grandTotal(), "grand total");
        for (int i = 0; i < n; i++) {
            assertEquals(cold.total(i), warm.total(i), "total of school " + i);
            for (int c = 0; c < cold.components().size(); c++) {
                assertEquals(cold.amount(c, i), warm.amount(c, i), "component " + c + " of school " + i);
            }
        }
    }

    private static Gen<Series> series() {
        Gen<List<School>> schools = RandomCases.schools(1, 60);
        return in -> {
            List<School> table = schools.generate(in);
            List<WeightedFormula> rules = new ArrayList<>();
            Rule first = RandomCases.rule(in);
            WeightedFormula rule = first instanceof WeightedFormula w
                    ? w
                    : new WeightedFormula(
                            ((FlatPerHead) first).rates(), ContextWeights.NONE, Loadings.NONE, BigDecimal.ZERO, null);
            if (in.next(Constraint.between(0, 2)) == 0) {
                // A base near the per-pupil limit, so that a weight or two at theirs pass 2^58 satang or the need
                // limit.
                long rate = in.next(Constraint.between(100_000, 1_000_000));
                rule = new WeightedFormula(
                        LevelAmounts.of(rate, rate, rate, rate),
                        rule.weights(),
                        rule.loadings(),
                        rule.lumpSum(),
                        rule.smallSchool());
            }
            rules.add(rule);
            int count = (int) in.next(Constraint.between(2, 10));
            for (int v = 0; v < count; v++) {
                rule = vary(in, rule);
                rules.add(rule);
            }
            return new Series(table, rules);
        };
    }

    /** The next rule: one parameter changed, now and then to a huge value. */
    private static WeightedFormula vary(RandomnessSource in, WeightedFormula w) {
        boolean huge = in.next(Constraint.between(0, 2)) == 0;
        ContextWeights weights = w.weights();
        Loadings loadings = w.loadings();
        BigDecimal lumpSum = w.lumpSum();
        SmallSchoolTaper small = w.smallSchool();
        double weight =
                huge ? 500 + in.next(Constraint.between(0, 500)) : 0.8 + in.next(Constraint.between(0, 120)) / 100.0;
        BigDecimal perPupil = BigDecimal.valueOf(
                huge ? in.next(Constraint.between(100_000, 1_000_000)) : in.next(Constraint.between(0, 9000)));
        BigDecimal perSchool = BigDecimal.valueOf(
                huge ? in.next(Constraint.between(1_000_000, 100_000_000)) : in.next(Constraint.between(0, 90_000)));
        switch ((int) in.next(Constraint.between(0, 8))) {
            case 0 -> weights = new ContextWeights(weights.areaType(), Math.max(weight, 1.0), weights.schoolKind());
            case 1 ->
                weights = new ContextWeights(
                        new AreaTypeWeights(
                                weight,
                                weight,
                                weights.areaType().district(),
                                weight,
                                weights.areaType().special()),
                        weights.remote(),
                        weights.schoolKind());
            case 2 ->
                weights = new ContextWeights(
                        weights.areaType(), weights.remote(), new SchoolKindWeights(weight, weight, weight, weight));
            case 3 -> loadings = new Loadings(perPupil, loadings.specialNeeds());
            case 4 -> loadings = new Loadings(loadings.poor(), perPupil);
            case 5 -> lumpSum = perSchool;
            case 6 -> small = new SmallSchoolTaper(BigDecimal.valueOf(in.next(Constraint.between(0, 12_000))), 20, 60);
            case 7 -> {
                // every weight at once: with a large base, past 2^58 satang or the need limit
                double each = huge ? 100 + in.next(Constraint.between(0, 900)) : weight;
                weights = new ContextWeights(
                        new AreaTypeWeights(each, each, each, each, each),
                        Math.max(each, 1.0),
                        new SchoolKindWeights(each, each, each, each));
            }
            default -> {
                // the same rule again
            }
        }
        return new WeightedFormula(w.basePerPupil(), weights, loadings, lumpSum, small);
    }
}

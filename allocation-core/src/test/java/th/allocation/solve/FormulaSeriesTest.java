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
package th.allocation.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;
import th.allocation.AllocationException;
import th.allocation.input.ScenarioReader;
import th.allocation.model.School;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.PerPupilSample;
import th.allocation.rule.AreaTypeWeights;
import th.allocation.rule.ContextWeights;
import th.allocation.rule.Rule;
import th.allocation.rule.WeightedFormula;
import th.allocation.scenario.Caps;
import th.allocation.scenario.Floors;
import th.allocation.scenario.Protections;
import th.allocation.scenario.Scenario;
import th.allocation.testing.RandomCases;

/**
 * A series of formula allocations, each reusing what it shares with the one before (needs, bounds,
 * the scale as a start), against a cold {@link FormulaAllocator#allocate} of every variant: the same
 * result to the bit, or the same failure; and the equity statistics of each result through a {@link
 * PerPupilSample.Series} (sorted from the last result's order), the same as a cold sample's. The variants, generated as a sweep would make them, move
 * the weights a little or a lot, and now and then the budget (by a few percent or a unit or two),
 * the floors, the caps, the loadings, the lump sum, the rounding unit or the protections; some are
 * infeasible. The series reuses needs, bounds, its working arrays and the scale's last steps from
 * one variant to the next, so every kind of change follows every other.
 */
class FormulaSeriesTest {
    /** A base case and the changes that make its variants, applied one after another. */
    record Series(List<School> schools, List<Scenario> variants) {}

    @Test
    void everyVariant_sameAsAColdAllocation() {
        AtomicInteger allocated = new AtomicInteger();
        AtomicInteger all = new AtomicInteger();
        qt().withFixedSeed(4242).withExamples(250).forAll(series()).checkAssert(s -> {
            SchoolTable schools = SchoolTable.of(s.schools());
            FormulaSeries series = new FormulaSeries(schools);
            PerPupilSample.Series equity = new PerPupilSample.Series(schools);
            for (Scenario variant : s.variants()) {
                all.incrementAndGet();
                AllocationResult cold;
                try {
                    cold = FormulaAllocator.allocate(variant, schools);
                } catch (AllocationException e) {
                    AllocationException same = assertThrows(AllocationException.class, () -> series.allocate(variant));
                    assertEquals(e.getClass(), same.getClass());
                    assertEquals(e.getMessage(), same.getMessage());
                    continue;
                }
                AllocationResult warm = series.allocate(variant);
                assertSame(cold, warm);
                // The equity statistics as a sweep computes them (sorted from the last variant's order):
                // record equality compares each double with Double.compare, to the bit.
                assertEquals(
                        PerPupilSample.of(cold).statistics(1.0), equity.statistics(warm, 1.0), "equity statistics");
                allocated.incrementAndGet();
            }
        });
        assertTrue(allocated.get() * 10 >= all.get() * 6, allocated + " of " + all + " variants were allocated");
    }

    @Test
    void everyVariantInPlace_sameAsAColdAllocation_untilTheNext() {
        AtomicInteger allocated = new AtomicInteger();
        qt().withFixedSeed(4243).withExamples(250).forAll(series()).checkAssert(s -> {
            SchoolTable schools = SchoolTable.of(s.schools());
            FormulaSeries series = new FormulaSeries(schools);
            PerPupilSample.Series equity = new PerPupilSample.Series(schools);
            AllocationResult kept = null;
            AllocationResult keptCold = null;
            int v = 0;
            for (Scenario variant : s.variants()) {
                v++;
                AllocationResult cold;
                try {
                    cold = FormulaAllocator.allocate(variant, schools);
                } catch (AllocationException e) {
                    AllocationException same =
                            assertThrows(AllocationException.class, () -> series.allocateInPlace(variant));
                    assertEquals(e.getClass(), same.getClass());
                    assertEquals(e.getMessage(), same.getMessage());
                    continue;
                }
                // Now and then a result to keep, among the ones made in place: it must stay as it was.
                AllocationResult warm = v % 3 == 0 ? series.allocate(variant) : series.allocateInPlace(variant);
                assertSame(cold, warm);
                assertEquals(
                        PerPupilSample.of(cold).statistics(1.0), equity.statistics(warm, 1.0), "equity statistics");
                if (v % 3 == 0) {
                    kept = warm;
                    keptCold = cold;
                }
                if (kept != null) {
                    assertSame(keptCold, kept);
                }
                allocated.incrementAndGet();
            }
        });
        assertTrue(allocated.get() > 500, allocated + " variants allocated");
    }

    @Test
    void scenarioWithTargets_isRefused() {
        Scenario scenario = ScenarioReader.read(Path.of("..", "examples", "small", "targets.yaml"));
        assertThrows(
                IllegalArgumentException.class, () -> new FormulaSeries(SchoolTable.of(List.of())).allocate(scenario));
    }

    /** Every number a result reports, school by school, equal to the bit. */
    private static void assertSame(AllocationResult cold, AllocationResult warm) {
        assertEquals(Double.doubleToLongBits(cold.scale()), Double.doubleToLongBits(warm.scale()), "scale");
        assertEquals(cold.total(), warm.total(), "total");
        assertEquals(cold.components(), warm.components(), "components");
        int n = cold.schools().size();
        for (int i = 0; i < n; i++) {
            String at = "school " + i;
            assertEquals(cold.allocation(i), warm.allocation(i), "allocation, " + at);
            assertEquals(cold.bound(i), warm.bound(i), "bound, " + at);
            assertEquals(cold.need(i), warm.need(i), "need, " + at);
            assertEquals(cold.floor(i), warm.floor(i), "floor, " + at);
            assertEquals(cold.cap(i), warm.cap(i), "cap, " + at);
            assertEquals(cold.boundAdjustment(i), warm.boundAdjustment(i), "bound adjustment, " + at);
            assertEquals(cold.rounding(i), warm.rounding(i), "rounding, " + at);
            for (int c = 0; c < cold.components().size(); c++) {
                assertEquals(cold.component(c, i), warm.component(c, i), "component " + c + ", " + at);
            }
        }
    }

    private static Gen<Series> series() {
        Gen<RandomCases.Case> cases = RandomCases.cases(1, 300);
        return in -> {
            RandomCases.Case c = cases.generate(in);
            List<Scenario> variants = new ArrayList<>();
            Scenario scenario = c.scenario();
            variants.add(scenario);
            int count = (int) in.next(Constraint.between(2, 8));
            for (int v = 0; v < count; v++) {
                scenario = vary(in, scenario);
                variants.add(scenario);
            }
            return new Series(c.schools(), variants);
        };
    }

    /** The next variant: mostly a small change of one weight, sometimes another parameter. */
    private static Scenario vary(RandomnessSource in, Scenario s) {
        int what = (int) in.next(Constraint.between(0, 13));
        Rule rule = s.rule();
        switch (what) {
            case 0, 1, 2, 3 -> {
                if (rule instanceof WeightedFormula w) {
                    ContextWeights weights = w.weights();
                    double step = in.next(Constraint.between(0, 1)) == 0
                            ? in.next(Constraint.between(1, 5)) / 10_000.0
                            : in.next(Constraint.between(1, 50)) / 100.0;
                    ContextWeights changed = switch (what) {
                        case 0, 1 ->
                            new ContextWeights(weights.areaType(), weights.remote() + step, weights.schoolKind());
                        case 2 ->
                            new ContextWeights(
                                    new AreaTypeWeights(
                                            weights.areaType().capital(),
                                            weights.areaType().municipal(),
                                            weights.areaType().district() + step,
                                            weights.areaType().subdistrict(),
                                            weights.areaType().special()),
                                    weights.remote(),
                                    weights.schoolKind());
                        default ->
                            new ContextWeights(
                                    weights.areaType(),
                                    weights.remote(),
                                    new th.allocation.rule.SchoolKindWeights(
                                            weights.schoolKind().primary() + step,
                                            weights.schoolKind().secondary(),
                                            weights.schoolKind().combined(),
                                            weights.schoolKind().specialEducation()));
                    };
                    return s.withRule(
                            new WeightedFormula(w.basePerPupil(), changed, w.loadings(), w.lumpSum(), w.smallSchool()));
                }
                return s;
            }
            case 4 -> {
                if (rule instanceof WeightedFormula w) {
                    boolean poor = in.next(Constraint.between(0, 1)) == 0;
                    BigDecimal more = BigDecimal.valueOf(in.next(Constraint.between(1, 500)));
                    return s.withRule(new WeightedFormula(
                            w.basePerPupil(),
                            w.weights(),
                            new th.allocation.rule.Loadings(
                                    poor
                                            ? w.loadings().poor().add(more)
                                            : w.loadings().poor(),
                                    poor
                                            ? w.loadings().specialNeeds()
                                            : w.loadings().specialNeeds().add(more)),
                            w.lumpSum(),
                            w.smallSchool()));
                }
                return s;
            }
            case 8 -> {
                if (rule instanceof WeightedFormula w) {
                    return s.withRule(new WeightedFormula(
                            w.basePerPupil(),
                            w.weights(),
                            w.loadings(),
                            w.lumpSum().add(BigDecimal.valueOf(in.next(Constraint.between(1, 50_000)))),
                            w.smallSchool()));
                }
                return s;
            }
            case 5 -> {
                if (s.budget() == null) {
                    return s;
                }
                BigDecimal factor = BigDecimal.valueOf(in.next(Constraint.between(95, 105)), 2);
                BigDecimal unit = s.roundingUnit();
                BigDecimal budget = s.budget()
                        .multiply(factor)
                        .divide(unit, 0, RoundingMode.DOWN)
                        .multiply(unit);
                return s.withBudget(budget);
            }
            case 6 -> {
                return s.withBounds(
                        new Floors(
                                BigDecimal.valueOf(in.next(Constraint.between(0, 2000))),
                                s.floors().percentOfPrevious()),
                        s.caps());
            }
            case 7 -> {
                return s.withBounds(
                        s.floors(),
                        in.next(Constraint.between(0, 1)) == 0
                                ? Caps.NONE
                                : new Caps(BigDecimal.valueOf(100 + in.next(Constraint.between(0, 100)))));
            }
            case 9 -> {
                // Another rounding unit, the budget rounded down to it.
                BigDecimal unit = RandomCases.unit(in);
                BigDecimal budget = s.budget() == null
                        ? null
                        : s.budget().divide(unit, 0, RoundingMode.DOWN).multiply(unit);
                return new Scenario(
                        s.name(),
                        s.fiscalYear(),
                        s.schools(),
                        budget,
                        unit,
                        s.columns(),
                        s.rule(),
                        s.floors(),
                        s.caps(),
                        s.targets(),
                        s.levels(),
                        s.protections(),
                        s.transition());
            }
            case 10 -> {
                // Protections on or off: a minimum per school, a funding guarantee, a gains cap.
                if (s.protections() != null) {
                    return s.withProtections(null);
                }
                return s.withProtections(new Protections(
                        null,
                        in.next(Constraint.between(0, 1)) == 0
                                ? null
                                : BigDecimal.valueOf(in.next(Constraint.between(0, 500_000))),
                        in.next(Constraint.between(0, 1)) == 0
                                ? null
                                : BigDecimal.valueOf(in.next(Constraint.between(-30, 20)), 1),
                        in.next(Constraint.between(0, 1)) == 0
                                ? null
                                : BigDecimal.valueOf(in.next(Constraint.between(0, 200)), 1),
                        List.of()));
            }
            case 11 -> {
                // The budget moved by a unit or two only: the same segment or the next.
                if (s.budget() == null) {
                    return s;
                }
                BigDecimal units = BigDecimal.valueOf(in.next(Constraint.between(-2, 2)));
                return s.withBudget(
                        s.budget().add(s.roundingUnit().multiply(units)).max(BigDecimal.ZERO));
            }
            default -> {
                return s;
            }
        }
    }
}

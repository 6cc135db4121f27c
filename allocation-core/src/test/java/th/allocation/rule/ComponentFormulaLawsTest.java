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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;
import th.allocation.InfeasibleException;
import th.allocation.model.School;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.solve.FormulaAllocator;
import th.allocation.testing.RandomCases;
import th.allocation.testing.RandomCases.Case;
import th.allocation.testing.ResultLaws;

/**
 * The laws of a formula allocation hold for composed formulas too (QuickTheories, fixed seeds): the
 * budget is conserved to the unit, floors and caps hold after rounding, every row adds up, and the
 * order of the schools changes nothing.
 */
class ComponentFormulaLawsTest {
    private static final Gen<Case> CASES = in -> {
        Case c = RandomCases.cases(1, 60).generate(in);
        return new Case(c.schools(), c.scenario().withRule(formula(in)));
    };

    /** A random composed formula using every form, multiplier and condition kind. */
    static ComponentFormula formula(RandomnessSource in) {
        List<FormulaComponent> parts = new ArrayList<>();
        parts.add(component("base", money(in, 500, 5000), null, null, null, null, null, List.of(), List.of()));
        parts.add(new FormulaComponent(
                "by_level",
                null,
                null,
                null,
                LevelAmounts.of(in.next(Constraint.between(0, 900)), 100, 200, in.next(Constraint.between(0, 900))),
                null,
                null,
                null,
                null,
                List.of(new Multiplier(
                        "school_kind", Map.of("special_education", weight(in), "secondary", weight(in)), null, null)),
                List.of()));
        parts.add(component(
                "poor",
                money(in, 0, 4000),
                "pupils_poor",
                null,
                null,
                null,
                null,
                List.of(new Multiplier(
                        "share_poor", null, List.of(List.of(0.2, weight(in)), List.of(0.6, weight(in))), null)),
                List.of()));
        parts.add(component(
                "area",
                null,
                null,
                null,
                null,
                null,
                List.of("base", "by_level"),
                List.of(new Multiplier("area_type", Map.of("special", 1 + weight(in), "district", 1.05), null, null)),
                List.of()));
        parts.add(component(
                "extra",
                null,
                null,
                null,
                List.of("base"),
                BigDecimal.valueOf(in.next(Constraint.between(0, 50))),
                null,
                List.of(),
                List.of(new Condition("remote", null, null, List.of("true")))));
        parts.add(component(
                "lump",
                null,
                null,
                money(in, 0, 100_000),
                null,
                null,
                null,
                List.of(new Multiplier(
                        "pupils_per_year_group",
                        null,
                        null,
                        List.of(List.of(0.0, 1.0), List.of(20.0, weight(in)), List.of(60.0, 0.0)))),
                List.of(new Condition("pupils", 1.0, null, null))));
        return new ComponentFormula(parts);
    }

    private static FormulaComponent component(
            String name,
            BigDecimal perPupil,
            String count,
            BigDecimal perSchool,
            List<String> percentOf,
            BigDecimal percent,
            List<String> upliftOf,
            List<Multiplier> multipliers,
            List<Condition> when) {
        return new FormulaComponent(
                name, null, perPupil, count, null, perSchool, percentOf, percent, upliftOf, multipliers, when);
    }

    private static double weight(RandomnessSource in) {
        return in.next(Constraint.between(0, 200)) / 100.0;
    }

    private static BigDecimal money(RandomnessSource in, long min, long max) {
        return BigDecimal.valueOf(in.next(Constraint.between(min * 100, max * 100)), 2);
    }

    private static AllocationResult allocate(Case c, List<School> schools) {
        try {
            return FormulaAllocator.allocate(c.scenario(), SchoolTable.of(schools));
        } catch (InfeasibleException | th.allocation.InputException e) {
            return null;
        }
    }

    @Test
    void allocate_composedFormula_keepsEveryLaw() {
        qt().withFixedSeed(13).withExamples(300).forAll(CASES).checkAssert(c -> {
            AllocationResult result = allocate(c, c.schools());
            if (result != null) {
                ResultLaws.check(result);
            }
        });
    }

    @Test
    void allocate_composedFormula_doesNotDependOnTheOrderOfTheSchools() {
        qt().withFixedSeed(14).withExamples(100).forAll(CASES).checkAssert(c -> {
            AllocationResult result = allocate(c, c.schools());
            List<School> reversed = new ArrayList<>(c.schools());
            Collections.reverse(reversed);
            AllocationResult again = allocate(c, reversed);
            if (result == null) {
                assertEquals(null, again);
                return;
            }
            for (int i = 0; i < result.schools().size(); i++) {
                int j = again.schools().indexOf(result.schools().id(i));
                assertEquals(
                        result.allocation(i),
                        again.allocation(j),
                        result.schools().id(i));
                for (int k = 0; k < result.components().size(); k++) {
                    assertEquals(result.component(k, i), again.component(k, j));
                }
            }
        });
    }

    @Test
    void evaluate_flatPerHeadAsComponents_givesTheFlatRulesNeeds() {
        qt().withFixedSeed(15)
                .withExamples(100)
                .forAll(RandomCases.schools(1, 40))
                .checkAssert(schools -> {
                    SchoolTable table = SchoolTable.of(schools);
                    Needs flat = new FlatPerHead(LevelAmounts.FY2567).evaluate(table);
                    Needs composed = new ComponentFormula(List.of(new FormulaComponent(
                                    "base", null, null, null, LevelAmounts.FY2567, null, null, null, null, null, null)))
                            .evaluate(table);
                    for (int i = 0; i < table.size(); i++) {
                        assertEquals(flat.total(i), composed.total(i), table.id(i));
                    }
                });
    }
}

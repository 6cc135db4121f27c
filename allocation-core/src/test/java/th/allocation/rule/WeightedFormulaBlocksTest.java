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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import th.allocation.InputException;
import th.allocation.model.AreaType;
import th.allocation.model.Enrolment;
import th.allocation.model.School;
import th.allocation.model.SchoolKind;
import th.allocation.model.SchoolTable;
import th.allocation.testing.RandomCases;

/**
 * A large table's needs are worked out in blocks side by side ({@link WeightedFormula#evaluate}): the
 * same amounts to the bit as one pass, and the same failure.
 */
class WeightedFormulaBlocksTest {
    /** A weighted rule and schools. */
    private record Case(WeightedFormula rule, List<School> schools) {}

    private static Gen<Case> cases() {
        Gen<List<School>> schools = RandomCases.schools(0, 300);
        return in -> {
            Rule rule;
            do {
                rule = RandomCases.rule(in);
            } while (!(rule instanceof WeightedFormula));
            return new Case((WeightedFormula) rule, schools.generate(in));
        };
    }

    @Test
    void evaluate_inBlocks_givesEveryAmountOfOnePassToTheBit() {
        qt().withFixedSeed(12).withExamples(200).forAll(cases()).checkAssert(c -> {
            SchoolTable table = SchoolTable.of(c.schools());
            Needs onePass = c.rule().evaluate(table, Integer.MAX_VALUE, 1);
            Needs inBlocks = c.rule().evaluate(table, 2, 1);

            assertEquals(onePass.components(), inBlocks.components());
            for (int k = 0; k < onePass.components().size(); k++) {
                for (int i = 0; i < table.size(); i++) {
                    assertEquals(onePass.amount(k, i), inBlocks.amount(k, i), "component " + k + ", school " + i);
                }
            }
            assertEquals(onePass.grandTotal(), inBlocks.grandTotal());
        });
    }

    @Test
    void evaluate_defaultOnALargeTable_equalsOnePass() {
        // Above the threshold, so the public method runs in blocks (on a machine with more than one core).
        List<School> schools = new ArrayList<>();
        for (int i = 0; i < WeightedFormula.PARALLEL_SCHOOLS + 7; i++) {
            schools.add(School.of(String.format("S%07d", i), "x")
                    .withContext(AreaType.values()[i % 5], i % 3 == 0, SchoolKind.values()[i % 4])
                    .withPupils(new Enrolment(i % 11, 7 + i % 97, i % 41, i % 13), i % 5, i % 7));
        }
        SchoolTable table = SchoolTable.of(schools);
        WeightedFormula rule = new WeightedFormula(
                LevelAmounts.FY2567,
                new ContextWeights(new AreaTypeWeights(1.0, 1.03, 1.07, 1.1, 1.3), 1.2, null),
                new Loadings(new java.math.BigDecimal("3000"), new java.math.BigDecimal("5000")),
                new java.math.BigDecimal("20000"),
                new SmallSchoolTaper(new java.math.BigDecimal("100000"), 40, 120));

        Needs blocks = rule.evaluate(table);
        Needs onePass = rule.evaluate(table, Integer.MAX_VALUE, 1);

        for (int k = 0; k < onePass.components().size(); k++) {
            for (int i = 0; i < table.size(); i++) {
                if (onePass.amount(k, i) != blocks.amount(k, i)) {
                    assertEquals(onePass.amount(k, i), blocks.amount(k, i), "component " + k + ", school " + i);
                }
            }
        }
    }

    @Test
    void evaluate_inBlocksWithTooLargeNeedsInSeveralBlocks_namesTheFirstSchoolAsOnePassDoes() {
        // Schools S0003 and S0007 ask for more than the engine counts; in blocks of 2, they are in the
        // second and fourth block, which may finish in any order.
        AreaTypeWeights area = new AreaTypeWeights(1000.0, 1000.0, 1000.0, 1000.0, 1000.0);
        WeightedFormula rule = new WeightedFormula(
                LevelAmounts.of(1_000_000, 1_000_000, 1_000_000, 1_000_000),
                new ContextWeights(area, 1000.0, new SchoolKindWeights(1000.0, 1000.0, 1000.0, 1000.0)),
                null,
                null,
                null);
        List<School> schools = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            boolean huge = i == 3 || i == 7;
            schools.add(School.of(String.format("S%04d", i), "x")
                    .withContext(AreaType.CAPITAL, huge, SchoolKind.PRIMARY)
                    .withPupils(new Enrolment(0, huge ? 100 : 1, 0, 0), 0, 0));
        }
        SchoolTable table = SchoolTable.of(schools);

        for (int run = 0; run < 20; run++) {
            InputException e = assertThrows(InputException.class, () -> rule.evaluate(table, 2, 2));
            InputException serial =
                    assertThrows(InputException.class, () -> rule.evaluate(table, Integer.MAX_VALUE, 1));
            assertEquals(
                    serial.problems().get(0).describe(), e.problems().get(0).describe());
            assertEquals(true, e.problems().get(0).describe().contains("school S0003"));
        }
    }
}

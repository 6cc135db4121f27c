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

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.allocation.InputException;
import th.allocation.model.AreaType;
import th.allocation.model.Enrolment;
import th.allocation.model.School;
import th.allocation.model.SchoolKind;
import th.allocation.model.SchoolTable;

/**
 * Issue 11: weights multiply, so parameters each within its limit can together ask for more than
 * a {@code long} counts in satang. The rule refuses such a need, naming a school, instead of
 * rounding it silently to {@code Long.MAX_VALUE} or failing with "long overflow".
 */
class NeedsLimitTest {
    @Test
    void evaluate_weightsAtTheirLimitOnAHugeRate_isAnInputErrorNamingTheSchool() {
        // 1,000 x 1,000 x 1,000 (every weight at Limits.MAX_WEIGHT) x 1,000,000 THB (MAX_PER_PUPIL) x 100 pupils
        // = 10^17 THB = 10^19 satang, more than MAX_NEED_SATANG (4 x 10^18).
        AreaTypeWeights area = new AreaTypeWeights(1000.0, 1000.0, 1000.0, 1000.0, 1000.0);
        WeightedFormula formula = new WeightedFormula(
                LevelAmounts.of(1_000_000, 1_000_000, 1_000_000, 1_000_000),
                new ContextWeights(area, 1000.0, new SchoolKindWeights(1000.0, 1000.0, 1000.0, 1000.0)),
                null,
                null,
                null);
        School school = School.of("S1", "x")
                .withContext(AreaType.CAPITAL, true, SchoolKind.PRIMARY)
                .withPupils(new Enrolment(0, 100, 0, 0), 0, 0);

        InputException e = assertThrows(InputException.class, () -> formula.evaluate(SchoolTable.of(List.of(school))));

        assertEquals(
                "rule: The rule asks for more than 40,000,000,000,000,000 THB in all (reached at school S1), more than"
                        + " the engine can count. Its weights and amounts multiply; lower the largest of them (each"
                        + " is within its own limit, but not together).",
                e.problems().get(0).describe());
    }

    @Test
    void weightsAndAmounts_pastTheirOwnLimits_areRefusedWithTheLimit() {
        IllegalArgumentException weight =
                assertThrows(IllegalArgumentException.class, () -> new ContextWeights(null, 1e300, null));
        IllegalArgumentException lumpSum = assertThrows(
                IllegalArgumentException.class,
                () -> new WeightedFormula(LevelAmounts.FY2567, null, null, new BigDecimal("1e17"), null));

        assertEquals(
                "Weight 'remote' (1.0E300) is too large: the engine handles weights of at most 1000.",
                weight.getMessage());
        assertEquals(
                "'lump_sum' (100000000000000000) is too large: the engine handles at most 100,000,000 THB per school.",
                lumpSum.getMessage());
    }
}

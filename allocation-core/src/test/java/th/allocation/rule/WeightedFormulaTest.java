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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.allocation.model.AreaType;
import th.allocation.model.Enrolment;
import th.allocation.model.School;
import th.allocation.model.SchoolKind;
import th.allocation.model.SchoolTable;

class WeightedFormulaTest {
    private static final WeightedFormula FORMULA = new WeightedFormula(
            LevelAmounts.FY2567,
            new ContextWeights(
                    new AreaTypeWeights(1.0, 1.0, 1.05, 1.1, 1.3), 1.2, new SchoolKindWeights(null, null, null, 2.0)),
            new Loadings(BigDecimal.valueOf(3000), BigDecimal.valueOf(5000)),
            BigDecimal.valueOf(20_000),
            new SmallSchoolTaper(BigDecimal.valueOf(100_000), 40, 120));

    private static long component(Needs needs, String key, int i) {
        for (int c = 0; c < needs.components().size(); c++) {
            if (needs.components().get(c).key().equals(key)) {
                return needs.amount(c, i);
            }
        }
        throw new AssertionError("no component " + key);
    }

    @Test
    void evaluate_remoteTinySchool_matchesTheHandCalculation() {
        // School 20006 of examples/small: 5 pre-primary + 25 primary, subdistrict, remote, 18 poor, 1 special needs.
        School school = School.of("20006", "x")
                .withContext(AreaType.SUBDISTRICT, true, SchoolKind.PRIMARY)
                .withPupils(new Enrolment(5, 25, 0, 0), 1, 18);
        Needs needs = FORMULA.evaluate(SchoolTable.of(List.of(school)));
        // By hand: base 5 x 1,836 + 25 x 2,052 = 9,180 + 51,300 = 60,480 THB.
        assertEquals(918_000, component(needs, "base_preprimary", 0));
        assertEquals(5_130_000, component(needs, "base_primary", 0));
        // area uplift 60,480 x 0.1 = 6,048; remote uplift 60,480 x 1.1 x 0.2 = 13,305.60; kind weight 1: 0.
        assertEquals(604_800, component(needs, "area_type_uplift", 0));
        assertEquals(1_330_560, component(needs, "remote_uplift", 0));
        assertEquals(0, component(needs, "school_kind_uplift", 0));
        // 18 x 3,000 = 54,000; 1 x 5,000; lump sum 20,000; 30 pupils <= 40: the full 100,000.
        assertEquals(5_400_000, component(needs, "poor_loading", 0));
        assertEquals(500_000, component(needs, "special_needs_loading", 0));
        assertEquals(2_000_000, component(needs, "lump_sum", 0));
        assertEquals(10_000_000, component(needs, "small_school", 0));
        assertEquals(25_883_360, needs.total(0), "258,833.60 THB in all");
    }

    @Test
    void evaluate_specialEducationSchoolOnTheTaper_matchesTheHandCalculation() {
        // 80 primary pupils, municipal (weight 1), special education (weight 2): base 164,160; kind uplift 164,160.
        // Taper: 100,000 x (120 - 80) / (120 - 40) = 50,000.
        School school = School.of("1", "x")
                .withContext(AreaType.MUNICIPAL, false, SchoolKind.SPECIAL_EDUCATION)
                .withPupils(new Enrolment(0, 80, 0, 0), 80, 0);
        Needs needs = FORMULA.evaluate(SchoolTable.of(List.of(school)));
        assertEquals(16_416_000, component(needs, "school_kind_uplift", 0));
        assertEquals(5_000_000, component(needs, "small_school", 0));
        assertEquals(40_000_000, component(needs, "special_needs_loading", 0));
        assertEquals(16_416_000 * 2 + 40_000_000 + 2_000_000 + 5_000_000, needs.total(0));
    }

    @Test
    void evaluate_schoolWithoutPupils_needsNothing() {
        Needs needs = FORMULA.evaluate(SchoolTable.of(List.of(School.of("1", "closed"))));
        assertEquals(0, needs.total(0), "no lump sum or small-school amount without pupils");
    }

    @Test
    void taper_isFullUpToTheThresholdAndZeroFromTheOther() {
        SmallSchoolTaper taper = new SmallSchoolTaper(BigDecimal.valueOf(100_000), 40, 120);
        assertEquals(100_000, taper.amountFor(1));
        assertEquals(100_000, taper.amountFor(40));
        assertEquals(98_750, taper.amountFor(41), 1e-9);
        assertEquals(1_250, taper.amountFor(119), 1e-9);
        assertEquals(0, taper.amountFor(120));
        assertEquals(0, taper.amountFor(0));
    }

    @Test
    void constructor_rejectsATaperThatMakesAPupilCostTheSchoolMoney() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new WeightedFormula(
                        LevelAmounts.of(1000, 1000, 1000, 1000),
                        null,
                        null,
                        null,
                        new SmallSchoolTaper(BigDecimal.valueOf(100_000), 40, 120)));
        // 100,000 / 80 = 1,250 THB per pupil > the cheapest pupil's 1,000 THB.
        assertTrue(e.getMessage().contains("1250.00 THB per extra pupil"), e.getMessage());
    }

    @Test
    void flat_isRateTimesPupilsExactly() {
        School school = School.of("1", "x").withPupils(new Enrolment(10, 100, 50, 40), 0, 0);
        Needs needs = new FlatPerHead(LevelAmounts.FY2567).evaluate(SchoolTable.of(List.of(school)));
        // 10 x 1,836 + 100 x 2,052 + 50 x 3,780 + 40 x 4,104 = 18,360 + 205,200 + 189,000 + 164,160 = 576,720.
        assertEquals(57_672_000, needs.total(0));
    }
}

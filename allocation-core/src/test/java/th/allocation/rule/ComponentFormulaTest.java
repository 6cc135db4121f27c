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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.codec.ScenarioCodec;
import th.allocation.input.ScenarioReader;
import th.allocation.model.AreaType;
import th.allocation.model.Enrolment;
import th.allocation.model.School;
import th.allocation.model.SchoolKind;
import th.allocation.model.SchoolTable;
import th.allocation.scenario.Scenario;

class ComponentFormulaTest {
    private static final String HEAD = "fiscal_year: 2570\nschools: schools.csv\nrule:\n  type: components\n";

    private static ComponentFormula parse(String components) {
        Scenario scenario = ScenarioReader.parse(HEAD + components, "s.yaml");
        return assertInstanceOf(ComponentFormula.class, scenario.rule());
    }

    private static Problem problem(String components) {
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.parse(HEAD + components, "s.yaml"));
        return e.problems().get(0);
    }

    private static long amount(Needs needs, String key, int i) {
        for (int c = 0; c < needs.components().size(); c++) {
            if (needs.components().get(c).key().equals(key)) {
                return needs.amount(c, i);
            }
        }
        throw new AssertionError("no component " + key);
    }

    private static final ComponentFormula EVERY_FORM = parse(String.join(
            "\n",
            "  components:",
            "    - name: base",
            "      per_pupil_by_level: {preprimary: 1836, primary: 2052, lower_secondary: 3780, upper_secondary: 4104}",
            "    - name: area_cost",
            "      uplift_of: [base]",
            "      multipliers: [{of: area_type, values: {special: 1.3, subdistrict: 1.1}}]",
            "    - name: at_risk",
            "      per_pupil: 2000",
            "      count: pupils_poor",
            "      multipliers: [{of: share_poor, taper: [[0.2, 0.47], [0.6, 0.57]]}]",
            "    - name: special_needs",
            "      percent_of: [base]",
            "      percent: 10",
            "      when: [{of: pupils_special_needs, at_least: 1}]",
            "    - name: lump_sum",
            "      per_school: 20000",
            "      when: [{of: pupils, at_least: 1}]",
            "    - name: size_band",
            "      per_school: 100000",
            "      multipliers: [{of: pupils, steps: [[0, 1], [61, 0.5], [121, 0]]}]",
            "      when: [{of: remote, in: ['true']}]",
            ""));

    @Test
    void evaluate_everyForm_matchesTheHandCalculation() {
        // 5 pre-primary + 25 primary, subdistrict, remote, 18 poor of 30, 1 special needs.
        School school = School.of("20006", "x")
                .withContext(AreaType.SUBDISTRICT, true, SchoolKind.PRIMARY)
                .withPupils(new Enrolment(5, 25, 0, 0), 1, 18);
        Needs needs = EVERY_FORM.evaluate(SchoolTable.of(List.of(school)));
        // base: 5 x 1,836 + 25 x 2,052 = 60,480 THB.
        assertEquals(6_048_000, amount(needs, "base", 0));
        // area cost: 60,480 x (1.1 - 1) = 6,048 THB.
        assertEquals(604_800, amount(needs, "area_cost", 0));
        // share poor 18/30 = 0.6: weight 0.57 at the top of the taper; 18 x 2,000 x 0.57 = 20,520 THB.
        assertEquals(2_052_000, amount(needs, "at_risk", 0));
        // 10% of the base: 6,048 THB, the school has a special-needs pupil.
        assertEquals(604_800, amount(needs, "special_needs", 0));
        assertEquals(2_000_000, amount(needs, "lump_sum", 0));
        // 30 pupils, remote: first band, 100,000 THB.
        assertEquals(10_000_000, amount(needs, "size_band", 0));
        assertEquals(6_048_000 + 604_800 + 2_052_000 + 604_800 + 2_000_000 + 10_000_000, needs.total(0));
    }

    @Test
    void evaluate_taperBetweenItsPoints_interpolatesLinearly() {
        // 100 primary pupils, 40 poor: share 0.4, weight 0.47 + 0.10 x (0.4 - 0.2) / 0.4 = 0.52;
        // 40 x 2,000 x 0.52 = 41,600 THB. 100 pupils: second band, 50,000 THB; not special-needs: 0.
        School school = School.of("1", "x")
                .withContext(AreaType.CAPITAL, true, SchoolKind.PRIMARY)
                .withPupils(new Enrolment(0, 100, 0, 0), 0, 40);
        School notRemote = School.of("2", "y")
                .withContext(AreaType.CAPITAL, false, SchoolKind.PRIMARY)
                .withPupils(new Enrolment(0, 130, 0, 0), 0, 0);
        Needs needs = EVERY_FORM.evaluate(SchoolTable.of(List.of(school, notRemote)));
        assertEquals(4_160_000, amount(needs, "at_risk", 0));
        assertEquals(5_000_000, amount(needs, "size_band", 0));
        assertEquals(0, amount(needs, "special_needs", 0));
        assertEquals(0, amount(needs, "area_cost", 0), "capital has no factor: 1");
        assertEquals(0, amount(needs, "size_band", 1), "not remote: not eligible");
        assertEquals(0, amount(needs, "at_risk", 1), "no poor pupils");
    }

    @Test
    void evaluate_derivedQuantitiesAndExtraColumns_areRead() {
        // Sparsity-like: 50,000 THB tapered by distance (0 at 8 km, 1 at 10 km) and by pupils per year group
        // (1 up to 10, 0 from 20). 5 pre-primary + 55 primary: 9 year groups, 60/9 = 6.67 per group: factor 1;
        // distance 9 km: factor 0.5; 25,000 THB.
        ComponentFormula formula = parse(String.join(
                "\n",
                "  components:",
                "    - name: sparsity",
                "      per_school: 50000",
                "      multipliers:",
                "        - {of: distance_km, taper: [[8, 0], [10, 1]]}",
                "        - {of: pupils_per_year_group, taper: [[10, 1], [20, 0]]}",
                ""));
        assertEquals(Set.of("distance_km"), formula.columns());
        School school = School.of("1", "x")
                .withContext(AreaType.SPECIAL, true, SchoolKind.PRIMARY)
                .withPupils(new Enrolment(5, 55, 0, 0), 0, 0)
                .withIndicators(Map.of("distance_km", 9.0));
        SchoolTable table = SchoolTable.of(List.of(school));
        assertEquals(9, SchoolQuantities.yearGroups(table, 0));
        assertEquals(2_500_000, formula.evaluate(table).total(0));
        InputException missing = assertThrows(
                InputException.class, () -> formula.evaluate(SchoolTable.of(List.of(school.withIndicators(Map.of())))));
        assertTrue(missing.getMessage().contains("distance_km"), missing.getMessage());
    }

    @Test
    void parse_referenceToALaterComponent_isLocatedAndNamed() {
        Problem problem = problem(String.join(
                "\n",
                "  components:",
                "    - name: extra",
                "      percent_of: [base]",
                "      percent: 10",
                "    - name: base",
                "      per_pupil: 1000",
                ""));
        assertTrue(
                problem.message().contains("'extra'") && problem.message().contains("Move it after 'base'"),
                problem.message());
        assertTrue(problem.line() > 0, "located: " + problem);
    }

    @Test
    void parse_componentWithTwoForms_pointsAtTheComponentsLine() {
        Problem problem = problem(String.join(
                "\n",
                "  components:",
                "    - name: base",
                "      per_pupil: 1000",
                "    - name: lump",
                "      per_pupil: 1000",
                "      per_school: 5000",
                ""));
        assertTrue(problem.message().contains("'lump'"), problem.message());
        assertEquals(8, problem.line(), problem.toString());
    }

    @Test
    void parse_badNamesAndFactors_areRefused() {
        assertTrue(problem("  components:\n    - name: allocation\n      per_pupil: 1\n")
                .message()
                .contains("another column"));
        assertTrue(problem("  components:\n    - {name: a, per_pupil: 1}\n    - {name: a, per_pupil: 2}\n")
                .message()
                .contains("Two components"));
        assertTrue(problem(
                        "  components:\n    - {name: a, per_pupil: 1, multipliers: [{of: area_type, values: {specal: 2}}]}\n")
                .message()
                .contains("Did you mean 'special'"));
        assertTrue(problem(
                        "  components:\n    - {name: a, per_pupil: 1, multipliers: [{of: pupils, taper: [[5, 1], [2, 0]]}]}\n")
                .message()
                .contains("strictly increasing"));
        assertTrue(problem(
                        "  components:\n    - {name: a, per_pupil: 1}\n    - {name: b, uplift_of: [a], multipliers: [{of: area_type, values: {capital: 0.9}}]}\n")
                .message()
                .contains("below 1"));
    }

    @Test
    void codec_writesAndReadsTheSameRule() {
        Scenario scenario = ScenarioReader.parse(
                HEAD
                        + "  components:\n    - {name: a, per_pupil: 1, multipliers: [{of: pupils, taper: [[0, 1], [9, 2]]}]}\n",
                "s.yaml");
        String json = ScenarioCodec.toJson(scenario);
        assertTrue(json.contains("\"components\""), json);
        assertEquals(scenario, ScenarioReader.parse(json, "s.json"));
    }
}

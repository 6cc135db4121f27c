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
package th.allocation.parameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.allocation.InputException;
import th.allocation.codec.ScenarioCodec;
import th.allocation.input.ScenarioReader;
import th.allocation.rule.ComponentFormula;
import th.allocation.rule.WeightedFormula;
import th.allocation.scenario.Scenario;
import th.allocation.testing.SmallExample;

class ScenarioParametersTest {
    private final Scenario needsWeighted = SmallExample.scenario(SmallExample.NEEDS_WEIGHTED);
    private final Scenario statusQuo = SmallExample.scenario(SmallExample.STATUS_QUO);

    @Test
    void of_listsEveryNumberOfTheRuleType_withItsKind() {
        assertTrue(ScenarioParameters.of(needsWeighted)
                .contains(new ScenarioParameters.Parameter("rule.weights.remote", ScenarioParameters.Kind.REAL)));
        assertTrue(ScenarioParameters.of(needsWeighted)
                .contains(new ScenarioParameters.Parameter(
                        "rule.small_school.full_up_to", ScenarioParameters.Kind.WHOLE_NUMBER)));
        assertTrue(ScenarioParameters.of(statusQuo)
                .contains(new ScenarioParameters.Parameter("rule.rates.primary", ScenarioParameters.Kind.DECIMAL)));
        assertTrue(
                ScenarioParameters.of(statusQuo).stream()
                        .noneMatch(p -> p.path().startsWith("rule.weights")),
                "a flat rule has no weights");
    }

    private static final Scenario COMPOSED = ScenarioReader.parse("""
            name: Composed
            fiscal_year: 2570
            budget: 1000000
            rule:
              type: components
              components:
                - {name: base, per_pupil_by_level: {preprimary: 0, primary: 2000, lower_secondary: 3000, upper_secondary: 0}}
                - {name: lump, per_school: 10000, when: [{of: pupils, at_least: 1}]}
                - {name: uplift, percent_of: [base], percent: 10}
            """, "composed.yaml");

    @Test
    void of_composedFormula_namesEachComponentsNumbersByItsName() {
        List<String> paths = ScenarioParameters.of(COMPOSED).stream()
                .map(ScenarioParameters.Parameter::path)
                .filter(p -> p.startsWith("rule."))
                .toList();

        assertEquals(
                List.of(
                        "rule.components.base.per_pupil_by_level.preprimary",
                        "rule.components.base.per_pupil_by_level.primary",
                        "rule.components.base.per_pupil_by_level.lower_secondary",
                        "rule.components.base.per_pupil_by_level.upper_secondary",
                        "rule.components.lump.per_school",
                        "rule.components.uplift.percent"),
                paths);
    }

    @Test
    void with_composedFormula_setsTheNamedComponentsNumberOnly() {
        Scenario variant = ScenarioParameters.with(
                COMPOSED,
                Map.of(
                        "rule.components.lump.per_school",
                        new BigDecimal("12500"),
                        "rule.components.uplift.percent",
                        new BigDecimal("15")),
                "variant 1");

        ComponentFormula rule = (ComponentFormula) variant.rule();
        assertEquals(0, new BigDecimal("12500").compareTo(rule.parts().get(1).perSchool()));
        assertEquals(0, new BigDecimal("15").compareTo(rule.parts().get(2).percent()));
        assertEquals(
                ((ComponentFormula) COMPOSED.rule()).parts().get(0),
                rule.parts().get(0));
    }

    @Test
    void find_composedFormula_aNumberTheComponentDoesNotHave_suggestsOneItHas() {
        InputException e = assertThrows(
                InputException.class, () -> ScenarioParameters.find(COMPOSED, "rule.components.lump.per_pupil"));

        assertTrue(e.getMessage().contains("Did you mean 'rule.components.lump.per_school'?"), e.getMessage());
    }

    @Test
    void with_changesOnlyTheGivenKeys() {
        Scenario variant = ScenarioParameters.with(
                needsWeighted,
                Map.of(
                        "rule.weights.remote",
                        new BigDecimal("1.5"),
                        "rule.small_school.full_up_to",
                        new BigDecimal("30")),
                "test");

        WeightedFormula rule = (WeightedFormula) variant.rule();
        assertEquals(1.5, rule.weights().remote());
        assertEquals(30, rule.smallSchool().fullUpTo());
        // Compared as trees: a variant's amounts may be written 1.9E+3 where the file had 1900, the same number.
        assertEquals(
                ScenarioCodec.toTree(needsWeighted.withRule(rule)),
                ScenarioCodec.toTree(variant),
                "everything else as before");
    }

    @Test
    void with_canSetAKeyTheFileLeftOut() {
        assertNull(statusQuo.budget());

        Scenario variant = ScenarioParameters.with(statusQuo, Map.of("budget", new BigDecimal("15000000")), "test");

        assertEquals(0, new BigDecimal("15000000").compareTo(variant.budget()));
    }

    @Test
    void with_invalidValue_isAnInputErrorNamingTheVariantAndKey() {
        InputException e = assertThrows(
                InputException.class,
                () -> ScenarioParameters.with(
                        needsWeighted, Map.of("rule.loadings.poor", new BigDecimal("10.001")), "variant 3"));

        assertEquals(
                "variant 3: rule.loadings: 'poor' must be whole satang, at most 2 decimals (10.001).",
                e.problems().get(0).describe());
    }

    @Test
    void find_unknownKey_suggestsTheClosest() {
        InputException e = assertThrows(InputException.class, () -> ScenarioParameters.find(needsWeighted, "budgte"));

        assertTrue(
                e.getMessage().startsWith("budgte: Unknown parameter 'budgte'. Did you mean 'budget'?"),
                e.getMessage());
    }
}

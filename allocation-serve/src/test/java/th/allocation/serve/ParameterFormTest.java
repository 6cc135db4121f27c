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
package th.allocation.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.allocation.input.ScenarioReader;
import th.allocation.parameters.ScenarioParameters;
import th.allocation.scenario.Scenario;

/** The form: one field per numeric key path of the scenario, with its value, and sliders where ranges make sense. */
class ParameterFormTest {
    private static final Scenario SMALL = ScenarioReader.read(WorkbenchTest.SCENARIO);

    private static JsonNode field(ParameterForm form, String path) {
        for (JsonNode field : form.fields()) {
            if (field.path("path").asText().equals(path)) {
                return field;
            }
        }
        throw new AssertionError("No field " + path);
    }

    @Test
    void everyNumericParameter_isAField_inKeyOrder() {
        ParameterForm form = ParameterForm.of(SMALL);
        var paths = ScenarioParameters.of(SMALL).stream()
                .map(ScenarioParameters.Parameter::path)
                .toList();
        assertEquals(paths.size(), form.fields().size());
        for (int k = 0; k < paths.size(); k++) {
            assertEquals(paths.get(k), form.fields().get(k).path("path").asText());
        }
    }

    @Test
    void sliders_coverTheValue_inRoundSteps() {
        ParameterForm form = ParameterForm.of(SMALL);
        assertEquals(Map.of("min", "1", "max", "3", "step", "0.01"), slider(field(form, "rule.weights.remote")));
        assertEquals(
                Map.of("min", "0.5", "max", "3", "step", "0.01"),
                slider(field(form, "rule.weights.area_type.special")));
        assertEquals(Map.of("min", "0", "max", "6000", "step", "20"), slider(field(form, "rule.loadings.poor")));
        assertEquals(Map.of("min", "0", "max", "300", "step", "1"), slider(field(form, "caps.percent_of_previous")));
        assertEquals(
                Map.of("min", "0", "max", "200", "step", "1"), slider(field(form, "rule.small_school.full_up_to")));
        // budget 15,905,052: half to one and a half, by about a thousandth (10,000).
        assertEquals(Map.of("min", "7950000", "max", "23850000", "step", "10000"), slider(field(form, "budget")));
        assertTrue(field(form, "fiscal_year").path("slider").isMissingNode());
        assertTrue(field(form, "rounding_unit").path("slider").isMissingNode());
        for (JsonNode field : form.fields()) {
            JsonNode slider = field.path("slider");
            if (!slider.isMissingNode()) {
                BigDecimal value = new BigDecimal(field.path("value").asText());
                assertTrue(
                        value.compareTo(new BigDecimal(slider.path("min").asText())) >= 0
                                && value.compareTo(new BigDecimal(
                                                slider.path("max").asText()))
                                        <= 0,
                        field::toString);
            }
        }
    }

    @Test
    void aParameterTheScenarioLeavesOut_hasNoValueAndNoSlider() {
        Scenario noCap = ScenarioReader.parse(
                "fiscal_year: 2570\nschools: s.csv\nrule: {type: flat, rates: {preprimary: 1, primary: 1,"
                        + " lower_secondary: 1, upper_secondary: 1}}\n",
                "flat.yaml");
        ParameterForm form = ParameterForm.of(noCap);
        JsonNode cap = field(form, "caps.percent_of_previous");
        assertTrue(cap.path("value").isNull());
        assertTrue(cap.path("slider").isMissingNode());
        assertFalse(form.values(noCap).containsKey("budget"));
    }

    @Test
    void roundSteps_areOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(new BigDecimal("1"), ParameterForm.roundStep(new BigDecimal("0.3"), 0));
        assertEquals(new BigDecimal("0.01"), ParameterForm.roundStep(new BigDecimal("0.001"), 2));
        assertEquals(0, new BigDecimal("20").compareTo(ParameterForm.roundStep(new BigDecimal("30"), 0)));
        assertEquals(0, new BigDecimal("50").compareTo(ParameterForm.roundStep(new BigDecimal("50"), 0)));
        assertEquals(0, new BigDecimal("10000").compareTo(ParameterForm.roundStep(new BigDecimal("15905.052"), 0)));
        assertEquals(0, new BigDecimal("0.005").compareTo(ParameterForm.roundStep(new BigDecimal("0.005"), 6)));
    }

    private static Map<String, String> slider(JsonNode field) {
        JsonNode slider = field.path("slider");
        return Map.of(
                "min", slider.path("min").asText(),
                "max", slider.path("max").asText(),
                "step", slider.path("step").asText());
    }
}

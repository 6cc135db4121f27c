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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.allocation.codec.ScenarioCodec;
import th.allocation.parameters.ScenarioParameters;
import th.allocation.parameters.ScenarioParameters.Kind;
import th.allocation.parameters.ScenarioParameters.Parameter;
import th.allocation.scenario.Scenario;

/**
 * The page's form, generated from the scenario's own parameters ({@link ScenarioParameters#of}): one
 * field per numeric key path of the scenario's format, in key order, with a slider where a range makes
 * sense. The ranges are the workbench's choice, not limits: a value typed into the field may lie
 * outside them and is checked as a scenario file would be.
 *
 * <ul>
 *   <li>weights: from 1 (0.5 for area-type and school-kind weights, which may lower a need) to twice
 *       the value or 3, by 0.01;
 *   <li>amounts in baht (rates, loadings, lump sum, small-school amount, minimum per pupil, costs):
 *       from 0 to twice the value or 1,000, by a round step of about a two-hundredth;
 *   <li>percentages of last year: 0 to 300 by 1; small-school sizes: 0 to twice the value or 200,
 *       by 1; priorities: 0 to twice the value or 5, by 0.1; indicator targets: 0 to twice the value;
 *   <li>the budget: from half to one and a half times the budget as loaded;
 *   <li>no slider for the fiscal year, the rounding unit, or a parameter the scenario leaves out.
 * </ul>
 */
final class ParameterForm {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final List<Parameter> parameters;
    private final Map<String, Parameter> byPath = new LinkedHashMap<>();
    private final ArrayNode fields;
    private final Map<String, String> initial;

    private ParameterForm(List<Parameter> parameters, ArrayNode fields, Map<String, String> initial) {
        this.parameters = parameters;
        parameters.forEach(p -> byPath.put(p.path(), p));
        this.fields = fields;
        this.initial = Map.copyOf(initial);
    }

    /** The form of {@code scenario}'s parameters, with its values as the sliders' centres. */
    static ParameterForm of(Scenario scenario) {
        List<Parameter> parameters = ScenarioParameters.of(scenario);
        Map<String, String> values = values(scenario, parameters);
        ArrayNode fields = NODES.arrayNode();
        for (Parameter parameter : parameters) {
            String value = values.get(parameter.path());
            ObjectNode field = fields.addObject()
                    .put("path", parameter.path())
                    .put("kind", parameter.kind().key())
                    .put("section", parameter.path().split("\\.")[0]);
            if (value == null) {
                field.putNull("value");
            } else {
                field.put("value", value);
                slider(parameter, new BigDecimal(value)).ifPresent(range -> field.set("slider", range));
            }
        }
        return new ParameterForm(List.copyOf(parameters), fields, values);
    }

    /** The fields, for the page: path, kind, section, the value as loaded and the slider's range. */
    ArrayNode fields() {
        return fields.deepCopy();
    }

    /** The value of the parameter at {@code path} in the scenario as loaded; null if it has none. */
    String initial(String path) {
        return initial.get(path);
    }

    /** The parameter at {@code path}, if the scenario has one there. */
    Optional<Parameter> parameter(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /**
     * The value of every parameter of the form in {@code scenario}, as plain decimal text; a parameter
     * the scenario leaves out has none.
     */
    Map<String, String> values(Scenario scenario) {
        return values(scenario, parameters);
    }

    private static Map<String, String> values(Scenario scenario, List<Parameter> parameters) {
        JsonNode tree = ScenarioCodec.toTree(scenario);
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter parameter : parameters) {
            JsonNode node = at(tree, parameter.path());
            if (node != null && node.isNumber()) {
                values.put(parameter.path(), plain(node.decimalValue()));
            }
        }
        return values;
    }

    /** The node at a key path; a list of named elements (indicators) is entered by the element's name. */
    private static JsonNode at(JsonNode tree, String path) {
        String[] keys = path.split("\\.");
        JsonNode node = tree;
        for (int k = 0; k < keys.length && node != null; k++) {
            if (node.isArray()) {
                JsonNode named = null;
                for (JsonNode element : node) {
                    if (keys[k].equals(element.path("name").asText(null))) {
                        named = element;
                    }
                }
                node = named;
            } else {
                node = node.get(keys[k]);
            }
        }
        return node;
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static Optional<ObjectNode> slider(Parameter parameter, BigDecimal value) {
        String path = parameter.path();
        String last = path.substring(path.lastIndexOf('.') + 1);
        if (path.equals("fiscal_year") || path.equals("rounding_unit") || value.signum() < 0) {
            return Optional.empty();
        }
        if (path.equals("budget")) {
            if (value.signum() == 0) {
                return Optional.empty();
            }
            BigDecimal step = roundStep(value.divide(BigDecimal.valueOf(1000), 10, RoundingMode.HALF_UP), 0);
            return range(
                    floorTo(value.multiply(new BigDecimal("0.5")), step), value.multiply(new BigDecimal("1.5")), step);
        }
        if (path.startsWith("rule.weights.")) {
            BigDecimal min = last.equals("remote") ? BigDecimal.ONE : new BigDecimal("0.5");
            return range(min, value.multiply(TWO).max(BigDecimal.valueOf(3)), new BigDecimal("0.01"));
        }
        if (last.equals("percent_of_previous")) {
            return range(BigDecimal.ZERO, value.multiply(TWO).max(BigDecimal.valueOf(300)), BigDecimal.ONE);
        }
        if (last.equals("priority")) {
            return range(BigDecimal.ZERO, value.multiply(TWO).max(BigDecimal.valueOf(5)), new BigDecimal("0.1"));
        }
        if (parameter.kind() == Kind.WHOLE_NUMBER) {
            return range(BigDecimal.ZERO, value.multiply(TWO).max(BigDecimal.valueOf(200)), BigDecimal.ONE);
        }
        if (last.equals("target")) {
            if (value.signum() == 0) {
                return Optional.empty();
            }
            BigDecimal max = value.multiply(TWO);
            return range(
                    BigDecimal.ZERO, max, roundStep(max.divide(BigDecimal.valueOf(200), 10, RoundingMode.HALF_UP), 6));
        }
        if (parameter.kind() == Kind.DECIMAL) {
            BigDecimal max = value.multiply(TWO).max(BigDecimal.valueOf(1000));
            return range(
                    BigDecimal.ZERO, max, roundStep(max.divide(BigDecimal.valueOf(200), 10, RoundingMode.HALF_UP), 0));
        }
        return Optional.empty();
    }

    private static Optional<ObjectNode> range(BigDecimal min, BigDecimal max, BigDecimal step) {
        BigDecimal top = floorTo(max, step);
        return Optional.of(
                NODES.objectNode().put("min", plain(min)).put("max", plain(top)).put("step", plain(step)));
    }

    /** The largest multiple of {@code step} at most {@code value}. */
    private static BigDecimal floorTo(BigDecimal value, BigDecimal step) {
        return value.divide(step, 0, RoundingMode.FLOOR).multiply(step);
    }

    /**
     * A round step near {@code approximate}: 1, 2 or 5 times a power of ten, at least {@code
     * 10^-decimals}.
     */
    static BigDecimal roundStep(BigDecimal approximate, int decimals) {
        BigDecimal smallest = BigDecimal.ONE.movePointLeft(decimals);
        if (approximate.compareTo(smallest) <= 0) {
            return smallest;
        }
        int exponent = approximate.precision() - approximate.scale() - 1; // approximate = m x 10^exponent, 1 <= m < 10
        BigDecimal power = BigDecimal.ONE.movePointRight(exponent);
        BigDecimal mantissa = approximate.divide(power, 10, RoundingMode.HALF_UP);
        BigDecimal factor = mantissa.compareTo(BigDecimal.valueOf(2)) < 0
                ? BigDecimal.ONE
                : mantissa.compareTo(BigDecimal.valueOf(5)) < 0 ? BigDecimal.valueOf(2) : BigDecimal.valueOf(5);
        return factor.multiply(power).max(smallest);
    }
}

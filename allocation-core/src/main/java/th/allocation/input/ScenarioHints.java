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
package th.allocation.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import th.allocation.Problem;

/**
 * Hints for likely unit slips in a valid scenario: values the engine accepts but a person rarely
 * means, each at its line and column with what was probably meant. Not errors: a scenario may mean
 * them, and is allocated as written; the command shows them as warnings, and with the message of an
 * infeasible scenario, which they often explain.
 *
 * <ul>
 *   <li>a percentage written as a fraction: {@code caps.percent_of_previous: 1.5} caps every school
 *       at 1.5 % of its previous allocation, where 150 % was likely meant (at most 5); the same for
 *       {@code floors.percent_of_previous} (at most 1: 0.95 for 95 %) and an envelope's
 *       {@code at_least_percent} or {@code at_most_percent} (below 1);
 *   <li>a weight written as a percentage: {@code remote: 120} multiplies the base by 120, where 1.2
 *       was likely meant (10 or more).
 * </ul>
 *
 * <p>The top of the scenario and each level's own rules are checked.
 */
final class ScenarioHints {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ObjectMapper mapper;
    private final String source;
    private final String text;
    private final List<Problem> hints = new ArrayList<>();

    private ScenarioHints(ObjectMapper mapper, String source, String text) {
        this.mapper = mapper;
        this.source = source;
        this.text = text;
    }

    /** The hints for the scenario document {@code tree}, read from {@code text}. */
    static List<Problem> of(ObjectMapper mapper, JsonNode tree, String source, String text) {
        ScenarioHints hints = new ScenarioHints(mapper, source, text);
        hints.rules(tree, List.of());
        JsonNode levels = tree.path("levels");
        for (int k = 0; k < levels.size(); k++) {
            hints.rules(levels.get(k), List.of("levels", "[" + k + "]"));
        }
        return hints.hints;
    }

    /** The checks of one set of rules: the scenario's own, or a level's. */
    private void rules(JsonNode node, List<String> at) {
        percent(node, at, List.of("caps", "percent_of_previous"), new BigDecimal("5"), "caps each school at");
        percent(node, at, List.of("floors", "percent_of_previous"), BigDecimal.ONE, "keeps each school at least at");
        JsonNode envelopes = node.path("targets").path("envelopes");
        for (int e = 0; e < envelopes.size(); e++) {
            for (String key : List.of("at_least_percent", "at_most_percent")) {
                List<String> path = List.of("targets", "envelopes", "[" + e + "]", key);
                JsonNode value = envelopes.get(e).path(key);
                if (value.isNumber()
                        && value.decimalValue().signum() > 0
                        && value.decimalValue().compareTo(BigDecimal.ONE) < 0) {
                    BigDecimal written = value.decimalValue();
                    add(
                            at,
                            path,
                            "The envelope is " + plain(written) + " % of the budget.",
                            "Percentages are written in percent: if " + plain(written.multiply(HUNDRED))
                                    + " % was meant, write " + plain(written.multiply(HUNDRED)) + ".");
                }
            }
        }
        JsonNode weights = node.path("rule").path("weights");
        weight(weights.path("remote"), at, List.of("rule", "weights", "remote"));
        for (String group : List.of("area_type", "school_kind")) {
            for (Map.Entry<String, JsonNode> entry : weights.path(group).properties()) {
                weight(entry.getValue(), at, List.of("rule", "weights", group, entry.getKey()));
            }
        }
    }

    private void percent(JsonNode node, List<String> at, List<String> path, BigDecimal atMost, String what) {
        JsonNode value = node.path(path.get(0)).path(path.get(1));
        if (!value.isNumber()) {
            return;
        }
        BigDecimal written = value.decimalValue();
        if (written.signum() > 0 && written.compareTo(atMost) <= 0) {
            BigDecimal meant = written.multiply(HUNDRED);
            add(
                    at,
                    path,
                    plain(written) + " " + what + " " + plain(written) + " % of its previous allocation.",
                    "Percentages are written in percent: if " + plain(meant) + " % was meant, write " + plain(meant)
                            + ".");
        }
    }

    private void weight(JsonNode value, List<String> at, List<String> path) {
        if (value.isNumber() && value.decimalValue().compareTo(BigDecimal.TEN) >= 0) {
            BigDecimal written = value.decimalValue();
            BigDecimal meant = written.divide(HUNDRED);
            add(
                    at,
                    path,
                    "A weight of " + plain(written) + " multiplies the base by " + plain(written) + ".",
                    "Weights are factors: if " + plain(written) + " % was meant, write " + plain(meant) + ".");
        }
    }

    private void add(List<String> at, List<String> path, String message, String advice) {
        List<String> full = new ArrayList<>(at);
        full.addAll(path);
        var location = KeyLocator.locate(mapper, text, full);
        hints.add(new Problem(
                source,
                location.map(l -> (long) l.getLineNr()).orElse(0L),
                location.map(l -> (long) l.getColumnNr()).orElse(0L),
                KeyChecker.dotted(full),
                "",
                message,
                advice));
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}

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
package th.allocation.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import th.allocation.explain.ExplainNumbers;
import th.allocation.model.AreaType;
import th.allocation.model.Baht;
import th.allocation.model.Level;
import th.allocation.model.SchoolKind;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.TargetResult;
import th.allocation.rule.FlatPerHead;
import th.allocation.rule.LevelAmounts;
import th.allocation.rule.Needs;
import th.allocation.rule.Rule;
import th.allocation.rule.WeightedFormula;
import th.allocation.scenario.Indicator;
import th.allocation.scenario.Protections;
import th.allocation.scenario.Scenario;
import th.allocation.solve.SchoolBounds;

/**
 * The rules of the report's scenarios (and of every unit's split, in a decentralised one) as data
 * for the page's explanations: rates and amounts in satang, percentages as exact fractions, and the
 * weights and scale factors the rule multiplies by as the hexadecimal IEEE 754 bits of the very
 * doubles the engine used, so that the page's arithmetic is the engine's, to the satang. Each
 * distinct rule is written once and referred to by its index.
 */
final class ReportRules {
    private final ArrayNode list = Json.COMPACT.createArrayNode();
    private final Map<String, Integer> index = new HashMap<>();
    private final SchoolTable schools;

    /** @param schools every school of the report, in the order of its data */
    ReportRules(SchoolTable schools) {
        this.schools = schools;
    }

    /** The distinct rules, in order of first use. */
    ArrayNode list() {
        return list;
    }

    /**
     * What the page needs to explain a school of {@code result}, an allocation by {@code scenario}'s
     * rules: the rule (an index), the kind, the scale factor, the rule's total need, the budget.
     *
     * @param label the unit whose envelope {@code result} shares, or {@code null} for the budget
     */
    ObjectNode split(Scenario scenario, AllocationResult result, String label) {
        ObjectNode node = Json.COMPACT.createObjectNode();
        node.put("rule", rule(scenario));
        node.put("kind", result.kind().name().toLowerCase(Locale.ROOT));
        if (label != null) {
            node.put("label", label);
        }
        node.put("scale", bits(result.scale()));
        node.put("scaleText", Double.isFinite(result.scale()) ? ExplainNumbers.scale(result.scale()) : "");
        long totalNeed = 0;
        for (int i = 0; i < result.schools().size(); i++) {
            totalNeed += result.need(i);
        }
        node.put("totalNeed", totalNeed);
        node.put("schools", result.schools().size());
        if (scenario.budget() == null) {
            node.putNull("budget");
        } else {
            node.put("budget", scenario.budgetSatang().getAsLong());
        }
        node.put("unit", scenario.roundingUnitSatang());
        if (result instanceof TargetResult solved) {
            node.put("objective", scenario.targets().objective().name().toLowerCase(Locale.ROOT));
            node.put("solver", solved.solver());
        }
        if (scenario.targets() != null) {
            ArrayNode indicators = node.putArray("indicators");
            for (Indicator indicator : scenario.targets().indicators()) {
                indicators
                        .addObject()
                        .put("name", indicator.name())
                        .put("goal", indicator.goal().name().toLowerCase(Locale.ROOT))
                        .put("direction", indicator.direction().name().toLowerCase(Locale.ROOT))
                        .put("central", ExplainNumbers.indicator(indicator.target()));
            }
        }
        return node;
    }

    private int rule(Scenario scenario) {
        ObjectNode node = Json.COMPACT.createObjectNode();
        Rule rule = scenario.rule();
        node.put("type", rule.type());
        ArrayNode components = node.putArray("components");
        rule.components().forEach(c -> components.add(c.key()));
        LevelAmounts rates = rule instanceof FlatPerHead flat
                ? flat.rates()
                : rule instanceof WeightedFormula weighted ? weighted.basePerPupil() : LevelAmounts.of(0, 0, 0, 0);
        ArrayNode rateList = node.putArray("rates");
        for (Level level : Level.values()) {
            rateList.add(Baht.toSatang(rates.of(level)));
        }
        if (rule instanceof WeightedFormula formula) {
            ArrayNode area = node.putArray("area");
            for (AreaType type : AreaType.values()) {
                area.add(weight(formula.weights().areaType().of(type)));
            }
            node.set("remote", weight(formula.weights().remote()));
            ArrayNode kind = node.putArray("kind");
            for (SchoolKind schoolKind : SchoolKind.values()) {
                kind.add(weight(formula.weights().schoolKind().of(schoolKind)));
            }
            node.put("poor", Baht.toSatang(formula.loadings().poor()));
            node.put("special", Baht.toSatang(formula.loadings().specialNeeds()));
            node.put("lump", Baht.toSatang(formula.lumpSum()));
            node.putObject("small")
                    .put("satang", Baht.toSatang(formula.smallSchool().amount()))
                    .put("bits", bits(formula.smallSchool().amount().doubleValue()))
                    .put("full", formula.smallSchool().fullUpTo())
                    .put("zero", formula.smallSchool().zeroFrom());
        }
        if (!(rule instanceof FlatPerHead) && !(rule instanceof WeightedFormula)) {
            // A rule the page has no arithmetic for (a composed formula): each school's stated amount
            // of each component, as the engine computed it, so the lookup explains it from the figures.
            Needs needs = Needs.of(rule, schools, null, null);
            ArrayNode stated = node.putArray("stated");
            for (int c = 0; c < needs.components().size(); c++) {
                ArrayNode column = stated.addArray();
                for (int i = 0; i < needs.size(); i++) {
                    column.add(needs.amount(c, i));
                }
            }
        }
        if (scenario.protections() != null) {
            protections(node, scenario);
        }
        ObjectNode floors = node.putObject("floors");
        floors.put("min", Baht.toSatang(scenario.floors().minPerPupil()));
        percent(floors, scenario.floors().percentOfPrevious());
        if (scenario.caps().usesPrevious()) {
            percent(node.putObject("caps"), scenario.caps().percentOfPrevious());
        } else {
            node.putNull("caps");
        }
        String key = node.toString();
        Integer known = index.get(key);
        if (known != null) {
            return known;
        }
        list.add(node);
        index.put(key, list.size() - 1);
        return list.size() - 1;
    }

    /**
     * Each school's floor and cap under the scenario's protections, in satang (-1 for no cap), and
     * the indices of the excluded components, for the page's explanation (report-protections.js).
     */
    private void protections(ObjectNode node, Scenario scenario) {
        Protections protections = scenario.protections();
        Needs needs = Needs.of(scenario.rule(), schools, null, null);
        long[] excluded = null;
        ArrayNode indices = Json.COMPACT.createArrayNode();
        for (int c = 0; c < needs.components().size(); c++) {
            if (protections.excluded().contains(needs.components().get(c).key())) {
                indices.add(c);
                if (excluded == null) {
                    excluded = new long[needs.size()];
                }
                for (int i = 0; i < needs.size(); i++) {
                    excluded[i] += needs.amount(c, i);
                }
            }
        }
        long unit = scenario.roundingUnitSatang();
        SchoolBounds bounds = SchoolBounds.of(schools, scenario.floors(), scenario.caps(), protections, excluded, unit);
        ObjectNode data = node.putObject("protections");
        data.set("excluded", indices);
        ArrayNode floor = data.putArray("floor");
        ArrayNode cap = data.putArray("cap");
        for (int i = 0; i < schools.size(); i++) {
            floor.add(bounds.lower(i) * unit);
            cap.add(bounds.upper(i) == SchoolBounds.UNCAPPED ? -1 : bounds.upper(i) * unit);
        }
    }

    /** A weight: its bits, to compute with, and its text, to show. */
    private static ObjectNode weight(double weight) {
        return Json.COMPACT.createObjectNode().put("bits", bits(weight)).put("text", ExplainNumbers.weight(weight));
    }

    /** A percentage as text and as the exact fraction num / den of the amount it applies to. */
    private static void percent(ObjectNode node, BigDecimal percent) {
        BigDecimal stripped = percent.stripTrailingZeros();
        int scale = Math.max(0, stripped.scale());
        node.put("text", ExplainNumbers.percent(percent));
        node.put("num", stripped.setScale(scale).unscaledValue().toString());
        node.put(
                "den",
                BigInteger.TEN.pow(scale).multiply(BigInteger.valueOf(100)).toString());
        node.put("positive", percent.signum() > 0);
    }

    /** The 16 hexadecimal digits of a double's IEEE 754 bits, e.g. {@code 3ff0000000000000} for 1. */
    static String bits(double value) {
        return String.format(Locale.ROOT, "%016x", Double.doubleToRawLongBits(value));
    }
}

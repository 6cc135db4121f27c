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
package th.allocation.decentralise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.Suggestions;
import th.allocation.model.CategoryColumn;
import th.allocation.model.SchoolTable;
import th.allocation.parameters.ScenarioParameters;
import th.allocation.scenario.AdminLevel;
import th.allocation.scenario.LocalOverride;
import th.allocation.scenario.OverrideBounds;
import th.allocation.scenario.Scenario;
import th.allocation.scenario.Targets;

/**
 * The centre's rules for local overrides: a unit may set only the parameters its level's
 * {@code may_override} lists, each within the centre's bounds, each once, and only for a unit the
 * school file has; and the unit's rules are its level's rules with its values set.
 */
public final class OverrideRules {
    /**
     * Numeric keys of a scenario that no unit may set, with the reason: a unit's budget is its
     * envelope, and its allocations must be whole units of the centre's rounding unit for the
     * envelopes below it to add up.
     */
    private static final Map<String, String> CENTRE_ONLY = Map.of(
            "budget", "a unit's budget is the envelope it receives",
            "rounding_unit",
                    "every level allocates in the scenario's rounding unit, so that envelopes are whole"
                            + " units and add up exactly",
            "fiscal_year", "the allocation is for one fiscal year");

    private OverrideRules() {}

    /**
     * Every problem with the levels' {@code may_override} and overrides that can be seen without the
     * schools: a parameter the level's rules do not have or only the centre may set ({@code budget},
     * {@code rounding_unit}, {@code fiscal_year}), a parameter the centre does not let units set, a
     * value outside the centre's bounds, a parameter set twice for one unit; and a level whose targets
     * may leave part of an envelope unspent ({@code spend: at_most}), since units pass on their whole
     * envelope.
     *
     * @param scenarioSource names the scenario file in problems about the levels themselves
     */
    public static List<Problem> check(Scenario scenario, String scenarioSource) {
        List<Problem> problems = new ArrayList<>();
        for (int k = 0; k < scenario.levels().size(); k++) {
            AdminLevel level = scenario.levels().get(k);
            Scenario rules = scenario.rulesOf(level);
            Set<String> known = new TreeSet<>();
            ScenarioParameters.of(rules).forEach(p -> known.add(p.path()));
            String where = "levels[" + k + "] (" + level.by() + ")";
            if (rules.targets() != null && rules.targets().spend() == Targets.Spend.AT_MOST) {
                // A unit that spent less than its envelope would lose the rest: its schools (or the units
                // below it) would no longer add up to what it received, nor the schools to the budget.
                problems.add(new Problem(
                        scenarioSource,
                        0,
                        0,
                        "levels." + k + ".targets.spend",
                        "",
                        where + " allocates against targets with spend: at_most"
                                + (level.targets() != null ? "" : " (inherited from the level above)")
                                + ", so a unit could leave part of its envelope unspent.",
                        "Units split their whole envelope: give the level targets with spend: exact. Only the"
                                + " centre may spend at most the budget."));
            }
            known.removeAll(CENTRE_ONLY.keySet());
            // In key order: the level's map keeps none, and messages must be the same on every run.
            Set<String> mayOverride = new TreeSet<>(level.mayOverride().keySet());
            for (String parameter : mayOverride) {
                if (CENTRE_ONLY.containsKey(parameter)) {
                    problems.add(new Problem(
                            scenarioSource,
                            0,
                            0,
                            "levels." + k + ".may_override." + parameter,
                            "",
                            where + " lets units set '" + parameter + "', which only the centre sets: "
                                    + CENTRE_ONLY.get(parameter) + ".",
                            "Remove it from may_override."));
                } else if (!known.contains(parameter)) {
                    problems.add(new Problem(
                            scenarioSource,
                            0,
                            0,
                            "levels." + k + ".may_override." + parameter,
                            "",
                            where + " lets units set '" + parameter + "', which the level's rules (rule type "
                                    + rules.rule().type() + ") do not have.",
                            Suggestions.closest(parameter, known)
                                            .map(s -> "Did you mean '" + s + "'? ")
                                            .orElse("") + "Numeric parameters: " + String.join(", ", known) + "."));
                }
            }
            Map<String, LocalOverride> seen = new HashMap<>();
            for (LocalOverride override : level.local()) {
                OverrideBounds bounds = level.mayOverride().get(override.parameter());
                String unit = level.by() + " '" + override.unit() + "'";
                if (bounds == null) {
                    String allowed = mayOverride.isEmpty() ? "none" : String.join(", ", mayOverride);
                    problems.add(at(
                            override,
                            unit + " sets '" + override.parameter() + "' to "
                                    + override.value().toPlainString() + ", but the centre does not let units of the "
                                    + level.by() + " level set it.",
                            Suggestions.closest(override.parameter(), mayOverride)
                                            .map(s -> "Did you mean '" + s + "'? ")
                                            .orElse("")
                                    + "Parameters they may set: " + allowed + " (may_override in the scenario)."));
                    continue;
                }
                if (!bounds.contains(override.value())) {
                    problems.add(at(
                            override,
                            unit + " sets " + override.parameter() + " to "
                                    + override.value().toPlainString() + ", outside the centre's bounds: "
                                    + bounds.describe() + ".",
                            "Choose a value " + bounds.describe() + ", or ask the centre to change the bounds"
                                    + " (may_override in the scenario)."));
                }
                LocalOverride first = seen.putIfAbsent(override.unit() + "\u0000" + override.parameter(), override);
                if (first != null) {
                    problems.add(at(
                            override,
                            unit + " sets " + override.parameter() + " twice"
                                    + (first.line() > 0
                                            ? " (first at " + first.source() + ":" + first.line() + ")"
                                            : "")
                                    + ".",
                            "Keep one value per unit and parameter."));
                }
            }
        }
        return problems;
    }

    /**
     * Problems with overrides for units the school file does not have at their level, with the
     * closest name the file has.
     */
    static List<Problem> checkUnits(Scenario scenario, SchoolTable schools) {
        List<Problem> problems = new ArrayList<>();
        for (AdminLevel level : scenario.levels()) {
            CategoryColumn column = Hierarchy.column(schools, level.by());
            Set<String> names = new TreeSet<>();
            for (int code = 0; code < column.labelCount(); code++) {
                names.add(column.label(code));
            }
            for (LocalOverride override : level.local()) {
                if (!names.contains(override.unit())) {
                    problems.add(at(
                            override,
                            "No school of " + (schools.source().isEmpty() ? "the school table" : schools.source())
                                    + " is in the " + level.by() + " '" + override.unit() + "'.",
                            Suggestions.closest(override.unit(), names)
                                    .map(s -> "Did you mean '" + s + "'?")
                                    .orElse("Check the name against the school file's " + level.by() + " column.")));
                }
            }
        }
        return problems;
    }

    /** The overrides of each unit of {@code level}, by unit name, in the order given. */
    static Map<String, List<LocalOverride>> byUnit(AdminLevel level) {
        Map<String, List<LocalOverride>> byUnit = new LinkedHashMap<>();
        for (LocalOverride override : level.local()) {
            byUnit.computeIfAbsent(override.unit(), u -> new ArrayList<>()).add(override);
        }
        return byUnit;
    }

    /**
     * The rules of every unit that sets values of its own, by level and unit name: its level's rules
     * with its values set, checked like a scenario file.
     *
     * @throws InputException listing every unit whose values make its rules invalid (a whole number
     *     with decimals, a weight below 1, a small-school taper steeper than a pupil...), each at the
     *     file, line and column of the value, naming the unit
     */
    static List<Map<String, Scenario>> unitRules(Scenario scenario) {
        List<Map<String, Scenario>> rules = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int k = 0; k < scenario.levels().size(); k++) {
            AdminLevel level = scenario.levels().get(k);
            Scenario levelRules = scenario.rulesOf(level);
            Map<String, Scenario> byName = new HashMap<>();
            for (Map.Entry<String, List<LocalOverride>> unit : byUnit(level).entrySet()) {
                try {
                    byName.put(
                            unit.getKey(), apply(levelRules, unit.getValue(), level.by() + " '" + unit.getKey() + "'"));
                } catch (InputException e) {
                    problems.addAll(e.problems());
                }
            }
            rules.add(byName);
        }
        throwIfAny(problems);
        return rules;
    }

    /**
     * A unit's rules: its level's rules with the unit's values set, checked like a scenario file. A
     * problem is reported where the value it concerns was written, naming the unit: in a CSV table
     * of many units' values, the file alone would not say which row.
     */
    static Scenario apply(Scenario levelRules, List<LocalOverride> overrides, String unit) {
        if (overrides.isEmpty()) {
            return levelRules;
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        overrides.forEach(o -> values.put(o.parameter(), o.value()));
        try {
            return ScenarioParameters.with(levelRules, values, unit);
        } catch (InputException e) {
            List<Problem> located = new ArrayList<>();
            for (Problem problem : e.problems()) {
                // The value the problem is about: its key, or one inside the section it names.
                LocalOverride value = overrides.stream()
                        .filter(o -> o.parameter().equals(problem.field()))
                        .findFirst()
                        .or(() -> overrides.stream()
                                .filter(o -> !problem.field().isEmpty()
                                        && o.parameter().startsWith(problem.field() + "."))
                                .findFirst())
                        .orElse(null);
                String what = value != null
                        ? unit + " sets " + value.parameter() + " to "
                                + value.value().toPlainString()
                        : unit + " with its values ("
                                + String.join(
                                        ", ",
                                        overrides.stream()
                                                .map(o -> o.parameter() + "="
                                                        + o.value().toPlainString())
                                                .toList())
                                + ")";
                LocalOverride at = value != null ? value : overrides.get(0);
                located.add(new Problem(
                        at.source(),
                        at.line(),
                        at.column(),
                        problem.field(),
                        "",
                        what + ": " + problem.message(),
                        problem.advice()));
            }
            throw new InputException(located, e.totalProblems(), e);
        }
    }

    /** Throws the problems, if any, as one input error. */
    static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InputException(problems, problems.size(), null);
        }
    }

    private static Problem at(LocalOverride override, String message, String advice) {
        return new Problem(
                override.source(), override.line(), override.column(), override.parameter(), "", message, advice);
    }
}

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
package th.allocation.scenario;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeMap;
import th.allocation.model.Baht;
import th.allocation.model.Limits;
import th.allocation.rule.Rule;

/**
 * What to allocate and how: the fiscal year, the school file, the budget, the rounding unit, the
 * rule, and the floors and caps. A scenario is an immutable value, usually read from a YAML or JSON
 * file by {@code ScenarioReader}.
 *
 * @param name a short title for tables and reports; may be empty
 * @param fiscalYear the fiscal year in the Buddhist Era, e.g. 2570 (October 2026 to September 2027)
 * @param schools the school file, relative to the scenario file's folder; may be empty if given elsewhere
 * @param budget the budget in baht, or {@code null} for no budget: each school then gets what the
 *     rule says, within its floors and caps, and the total is their sum
 * @param roundingUnit the unit allocations are rounded to, in baht (default 1; e.g. 0.01, 100, 1000)
 * @param columns header names of the school file mapped onto canonical column names
 *     (canonical name to header), for spreadsheet exports with their own headers
 * @param rule the rule that says what each school needs
 * @param floors lower bounds per school
 * @param caps upper bounds per school
 * @param targets target-driven allocation on top of the rule's base entitlement; null for a formula
 *     allocation
 * @param levels the levels of administration below the centre, from the top down, for a
 *     decentralised allocation: the centre splits the budget among the units of the first level by
 *     the scenario's rule, each unit splits its envelope among the units of the next level, and the
 *     last level's units split theirs among their schools; empty (the default) to allocate to schools
 *     in one step
 * @param protections per-pupil and per-school protections on top of the floors and caps (see {@link
 *     Protections}); {@code null} for none
 * @param transition a path over several years from a baseline to this scenario's rule; {@code null}
 *     for a one-year allocation
 */
public record Scenario(
        String name,
        Integer fiscalYear,
        String schools,
        BigDecimal budget,
        BigDecimal roundingUnit,
        Map<String, String> columns,
        Rule rule,
        Floors floors,
        Caps caps,
        Targets targets,
        List<AdminLevel> levels,
        Protections protections,
        Transition transition) {

    /** Validates the scenario and fills in defaults (rounding unit 1 baht, no floors, no caps). */
    public Scenario {
        name = Objects.requireNonNullElse(name, "");
        if (fiscalYear == null || fiscalYear < 2500 || fiscalYear > 2700) {
            throw new IllegalArgumentException("'fiscal_year' must be a Buddhist Era year between 2500 and 2700 ("
                    + fiscalYear + "); for example 2570 is October 2026 to September 2027.");
        }
        schools = Objects.requireNonNullElse(schools, "");
        roundingUnit = roundingUnit == null ? BigDecimal.ONE : roundingUnit;
        if (roundingUnit.signum() <= 0 || !Limits.hasAtMostDecimals(roundingUnit, 2)) {
            throw new IllegalArgumentException("'rounding_unit' must be a positive amount in whole satang, e.g. 1 or"
                    + " 0.01 (" + Limits.show(roundingUnit) + ").");
        }
        if (!Limits.withinMagnitude(roundingUnit, Limits.MAX_AMOUNT_BAHT)) {
            throw new IllegalArgumentException("'rounding_unit' (" + Limits.show(roundingUnit) + ") is too large; the"
                    + " engine handles amounts up to " + Limits.showBaht(Limits.MAX_AMOUNT_BAHT) + " THB.");
        }
        if (budget != null) {
            if (budget.signum() < 0) {
                throw new IllegalArgumentException("'budget' must be at least 0 (" + Limits.show(budget) + ").");
            }
            if (!Limits.withinMagnitude(budget, Limits.MAX_AMOUNT_BAHT)) {
                throw new IllegalArgumentException("'budget' (" + Limits.show(budget) + ") is too large; the engine"
                        + " handles budgets up to " + Limits.showBaht(Limits.MAX_AMOUNT_BAHT) + " THB.");
            }
            BigDecimal units = budget.divide(roundingUnit, java.math.MathContext.DECIMAL128);
            if (units.stripTrailingZeros().scale() > 0) {
                throw new IllegalArgumentException("'budget' (" + Limits.show(budget)
                        + ") is not a whole number of rounding units (" + Limits.show(roundingUnit)
                        + " THB). Maybe round the budget to the unit, or choose a smaller rounding_unit.");
            }
        }
        columns = columns == null ? Map.of() : Map.copyOf(new TreeMap<>(columns));
        if (rule == null) {
            throw new IllegalArgumentException(
                    "'rule' is missing: say how schools are funded (type: flat or weighted).");
        }
        floors = floors == null ? Floors.NONE : floors;
        caps = caps == null ? Caps.NONE : caps;
        if (targets != null && budget == null) {
            throw new IllegalArgumentException("A scenario with 'targets' needs a 'budget': the money to allocate.");
        }
        levels = levels == null ? List.of() : List.copyOf(levels);
        if (!levels.isEmpty() && budget == null) {
            throw new IllegalArgumentException("A scenario with 'levels' needs a 'budget': the money the centre splits"
                    + " among the units of the first level.");
        }
        java.util.Set<String> seen = new HashSet<>();
        int previous = -1;
        for (AdminLevel level : levels) {
            int rank = AdminLevel.COLUMNS.indexOf(level.by());
            if (!seen.add(level.by()) || rank < previous) {
                throw new IllegalArgumentException("'levels' must go down the hierarchy ("
                        + String.join(" -> ", AdminLevel.COLUMNS) + "), each column once; they go "
                        + String.join(
                                " -> ", levels.stream().map(AdminLevel::by).toList()) + ".");
            }
            previous = rank;
        }
        protections = protections == null || protections.none() ? null : protections;
        if (protections != null) {
            if (targets != null) {
                throw new IllegalArgumentException("'protections' apply to formula allocations; a scenario with"
                        + " 'targets' cannot have them yet.");
            }
            protections.checkExcluded(rule);
        }
        if (transition != null) {
            transition.check(budget, roundingUnit, targets != null, !levels.isEmpty());
            if (protections != null) {
                throw new IllegalArgumentException("'protections' and 'transition' cannot be combined yet: a"
                        + " transition bounds each year against the year before with its own"
                        + " per_pupil_floor_percent and per_pupil_cap_percent.");
            }
        }
    }

    /** A scenario without protections or a transition. */
    public Scenario(
            String name,
            Integer fiscalYear,
            String schools,
            BigDecimal budget,
            BigDecimal roundingUnit,
            Map<String, String> columns,
            Rule rule,
            Floors floors,
            Caps caps,
            Targets targets,
            List<AdminLevel> levels) {
        this(name, fiscalYear, schools, budget, roundingUnit, columns, rule, floors, caps, targets, levels, null, null);
    }

    /** The same scenario with other protections ({@code null} for none). */
    public Scenario withProtections(Protections protections) {
        return new Scenario(
                name,
                fiscalYear,
                schools,
                budget,
                roundingUnit,
                columns,
                rule,
                floors,
                caps,
                targets,
                levels,
                protections,
                transition);
    }

    /** The same scenario with another transition ({@code null} for a one-year allocation). */
    public Scenario withTransition(Transition transition) {
        return new Scenario(
                name,
                fiscalYear,
                schools,
                budget,
                roundingUnit,
                columns,
                rule,
                floors,
                caps,
                targets,
                levels,
                protections,
                transition);
    }

    /** A one-step scenario (no levels). */
    public Scenario(
            String name,
            Integer fiscalYear,
            String schools,
            BigDecimal budget,
            BigDecimal roundingUnit,
            Map<String, String> columns,
            Rule rule,
            Floors floors,
            Caps caps,
            Targets targets) {
        this(name, fiscalYear, schools, budget, roundingUnit, columns, rule, floors, caps, targets, List.of());
    }

    /** A formula scenario (no targets). */
    public Scenario(
            String name,
            Integer fiscalYear,
            String schools,
            BigDecimal budget,
            BigDecimal roundingUnit,
            Map<String, String> columns,
            Rule rule,
            Floors floors,
            Caps caps) {
        this(name, fiscalYear, schools, budget, roundingUnit, columns, rule, floors, caps, null);
    }

    /** The budget in satang, if there is one. */
    public OptionalLong budgetSatang() {
        return budget == null ? OptionalLong.empty() : OptionalLong.of(Baht.toSatang(budget));
    }

    /** The rounding unit in satang. */
    public long roundingUnitSatang() {
        return Baht.toSatang(roundingUnit);
    }

    /** The same scenario with another budget in baht ({@code null} for none). */
    public Scenario withBudget(BigDecimal budget) {
        return new Scenario(
                name,
                fiscalYear,
                schools,
                budget,
                roundingUnit,
                columns,
                rule,
                floors,
                caps,
                targets,
                levels,
                protections,
                transition);
    }

    /** The same scenario with another rule. */
    public Scenario withRule(Rule rule) {
        return new Scenario(
                name,
                fiscalYear,
                schools,
                budget,
                roundingUnit,
                columns,
                rule,
                floors,
                caps,
                targets,
                levels,
                protections,
                transition);
    }

    /** The same scenario with other targets ({@code null} for a formula allocation). */
    public Scenario withTargets(Targets targets) {
        return new Scenario(
                name,
                fiscalYear,
                schools,
                budget,
                roundingUnit,
                columns,
                rule,
                floors,
                caps,
                targets,
                levels,
                protections,
                transition);
    }

    /** The same scenario with other floors and caps. */
    public Scenario withBounds(Floors floors, Caps caps) {
        return new Scenario(
                name,
                fiscalYear,
                schools,
                budget,
                roundingUnit,
                columns,
                rule,
                floors,
                caps,
                targets,
                levels,
                protections,
                transition);
    }

    /** The same scenario with other levels of administration (empty for a one-step allocation). */
    public Scenario withLevels(List<AdminLevel> levels) {
        return new Scenario(
                name,
                fiscalYear,
                schools,
                budget,
                roundingUnit,
                columns,
                rule,
                floors,
                caps,
                targets,
                levels,
                protections,
                transition);
    }

    /** Whether the scenario allocates through levels of administration. */
    public boolean isDecentralised() {
        return !levels.isEmpty();
    }

    /**
     * The centre's rules: the scenario without levels, allocating the budget to every school in one
     * step.
     */
    public Scenario centreRules() {
        return rulesDownTo(-1);
    }

    /**
     * The rules the units of {@code level} split their envelopes by (before their own overrides): the
     * scenario without levels whose rule, floors, caps and targets are each the nearest given at or
     * above {@code level}.
     *
     * @throws IllegalArgumentException if {@code level} is not one of this scenario's levels
     */
    public Scenario rulesOf(AdminLevel level) {
        int k = levels.indexOf(level);
        if (k < 0) {
            throw new IllegalArgumentException("Not a level of this scenario: " + level.by());
        }
        return rulesDownTo(k);
    }

    /** The rules in force at level {@code k}, counting from the top; -1 is the centre. */
    private Scenario rulesDownTo(int k) {
        Rule levelRule = rule;
        Floors levelFloors = floors;
        Caps levelCaps = caps;
        Targets levelTargets = targets;
        for (int j = 0; j <= k; j++) {
            AdminLevel level = levels.get(j);
            levelRule = level.rule() != null ? level.rule() : levelRule;
            levelFloors = level.floors() != null ? level.floors() : levelFloors;
            levelCaps = level.caps() != null ? level.caps() : levelCaps;
            levelTargets = level.targets() != null ? level.targets() : levelTargets;
        }
        return new Scenario(
                name,
                fiscalYear,
                schools,
                budget,
                roundingUnit,
                columns,
                levelRule,
                levelFloors,
                levelCaps,
                levelTargets,
                List.of(),
                protections,
                null);
    }

    /** The school file this scenario names, resolved against the folder of {@code scenarioFile}. */
    public Path schoolsPath(Path scenarioFile) {
        Path folder = scenarioFile.toAbsolutePath().getParent();
        return folder.resolve(schools).normalize();
    }
}

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

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import th.allocation.InfeasibleException;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.model.Baht;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.Bound;
import th.allocation.result.DecentralisedResult;
import th.allocation.result.Unit;
import th.allocation.scenario.AdminLevel;
import th.allocation.scenario.LocalOverride;
import th.allocation.scenario.Scenario;

/**
 * Allocates a decentralised scenario top-down, after England's national funding formula (a national
 * formula gives each local authority its block, which the authority shares out by its own local
 * formula within national rules):
 *
 * <ol>
 *   <li>The centre allocates the budget to every school by the scenario's rule (formula or targets,
 *       within its floors and caps); each unit of the first level receives the sum over its schools
 *       as its envelope. This is the rule applied to the unit's aggregated needs, with every school's
 *       floor and cap respected.
 *   <li>Each unit allocates its envelope to its own schools by its level's rules with its own
 *       overrides, and each unit of the next level inside it receives the sum over its schools; and so
 *       on down.
 *   <li>The last level's units allocate their envelopes to their schools: those are the schools'
 *       allocations.
 * </ol>
 *
 * <p>Every split is an exact allocation in whole rounding units, so each unit's children add up to
 * its envelope exactly, and the schools to the budget. A unit's overrides affect only its own split,
 * so they change only its own subtree. Without overrides and with the same rules at every level, a
 * decentralised allocation equals the one-step allocation up to rounding. A unit receives its
 * schools' rounded amounts, that is their continuous amounts plus the rounding of the split above
 * summed over its schools; its split moves every school's amount the same way, by at most that sum.
 * So a school's allocation differs from its one-step one by less than two rounding units plus, for
 * each unit it is in, the rounding the unit received: usually a unit or less per level, but up to
 * one unit per school of the unit (where all its schools took the extra unit above, its largest
 * school gets most of them). Every larger difference is a local choice.
 *
 * <p>Stateless and thread-safe.
 */
public final class DecentralisedAllocator {
    private DecentralisedAllocator() {}

    /**
     * Allocates {@code scenario}, which has levels, to {@code schools}.
     *
     * @throws InputException if an override is not allowed, out of bounds or for a unit the schools do
     *     not have, if units do not nest, or if a unit's rules need data the schools lack
     * @throws InfeasibleException if the centre's or a unit's constraints cannot hold, naming the unit
     */
    public static DecentralisedResult allocate(Scenario scenario, SchoolTable schools, OneStepAllocator oneStep) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(schools, "schools");
        Objects.requireNonNull(oneStep, "oneStep");
        if (!scenario.isDecentralised()) {
            throw new IllegalArgumentException("The scenario has no levels.");
        }
        List<Problem> problems = new ArrayList<>(OverrideRules.check(scenario, ""));
        problems.addAll(OverrideRules.checkUnits(scenario, schools));
        problems.addAll(Hierarchy.nesting(scenario.levels(), schools));
        OverrideRules.throwIfAny(problems);
        return new Run(scenario, schools, OverrideRules.unitRules(scenario), oneStep).run();
    }

    /** One allocation: the state shared by the units' splits. */
    private static final class Run {
        private final Scenario scenario;
        private final SchoolTable schools;
        private final List<AdminLevel> levels;
        private final List<Scenario> levelRules = new ArrayList<>();
        private final List<Map<String, List<LocalOverride>>> overrides = new ArrayList<>();
        /** The rules of the units that set values of their own, by level and name. */
        private final List<Map<String, Scenario>> unitRules;

        private final int[] localRow;
        private final int[] unitOf;
        private final long[] oneStep;
        private final List<AllocationResult> lastResults = new ArrayList<>();
        private final List<List<Unit>> byLevel = new ArrayList<>();
        private final UnitTargets unitTargets;
        private final OneStepAllocator oneStepAllocator;

        Run(Scenario scenario, SchoolTable schools, List<Map<String, Scenario>> unitRules, OneStepAllocator allocator) {
            this.scenario = scenario;
            this.oneStepAllocator = allocator;
            this.unitRules = unitRules;
            this.schools = schools;
            this.levels = scenario.levels();
            this.unitTargets = new UnitTargets(schools);
            for (int k = 0; k < levels.size(); k++) {
                levelRules.add(scenario.rulesOf(levels.get(k)));
                overrides.add(OverrideRules.byUnit(levels.get(k)));
                byLevel.add(new ArrayList<>());
            }
            localRow = new int[schools.size()];
            unitOf = new int[schools.size()];
            oneStep = new long[schools.size()];
        }

        DecentralisedResult run() {
            Scenario centreRules = scenario.centreRules();
            AllocationResult centre = allocate(centreRules, schools, "The centre");
            int n = schools.size();
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
                oneStep[i] = centre.allocation(i);
                localRow[i] = i;
            }
            List<Unit> children = children(0, all, centre, List.of());
            Unit root = new Unit(
                    "centre",
                    "centre",
                    List.of(),
                    centre.total(),
                    centre.total(),
                    n,
                    pupils(all),
                    centreRules,
                    List.of(),
                    centre.scale(),
                    bounds(centre),
                    children);
            List<List<Unit>> levelsOfUnits = new ArrayList<>();
            byLevel.forEach(units -> levelsOfUnits.add(List.copyOf(units)));
            return new DefaultDecentralisedResult(
                    scenario, schools, root, levelsOfUnits, lastResults, unitOf, localRow, oneStep);
        }

        /**
         * The units of level {@code k} inside a unit with the schools at {@code rows} (ascending), whose
         * split is {@code split} (row {@code j} of it is school {@code rows[j]}), each with its subtree.
         */
        private List<Unit> children(int k, int[] rows, AllocationResult split, List<String> path) {
            for (int j = 0; j < rows.length; j++) {
                localRow[rows[j]] = j;
            }
            List<Hierarchy.Group> groups = Hierarchy.split(
                    rows, Hierarchy.column(schools, levels.get(k).by()));
            long[] envelopes = new long[groups.size()];
            for (int g = 0; g < groups.size(); g++) {
                for (int row : groups.get(g).rows()) {
                    envelopes[g] += split.allocation(localRow[row]);
                }
            }
            List<Unit> units = new ArrayList<>(groups.size());
            for (int g = 0; g < groups.size(); g++) {
                units.add(unit(k, groups.get(g), envelopes[g], path));
            }
            return units;
        }

        private Unit unit(int k, Hierarchy.Group group, long envelope, List<String> parentPath) {
            AdminLevel level = levels.get(k);
            List<String> path = new ArrayList<>(parentPath);
            path.add(group.name());
            String label = level.by() + " '" + (group.name().isEmpty() ? "(none)" : group.name()) + "'";
            List<LocalOverride> own = overrides.get(k).getOrDefault(group.name(), List.of());
            Scenario rules = unitRules
                    .get(k)
                    .getOrDefault(group.name(), levelRules.get(k))
                    .withBudget(Baht.toBaht(envelope));
            if (rules.targets() != null) {
                rules = rules.withTargets(unitTargets.within(rules.targets(), group.rows()));
            }
            SchoolTable unitSchools = schools.rows(group.rows());
            String where = label + " (envelope " + Baht.display(envelope)
                    + (parentPath.isEmpty()
                            ? " from the centre"
                            : " from " + levels.get(k - 1).by() + " '" + parentPath.get(parentPath.size() - 1) + "'")
                    + ")" + hint(own);
            AllocationResult split = allocate(rules, unitSchools, where);
            List<Unit> children;
            if (k + 1 < levels.size()) {
                children = children(k + 1, group.rows(), split, path);
            } else {
                int index = lastResults.size();
                lastResults.add(split);
                int[] rows = group.rows();
                for (int j = 0; j < rows.length; j++) {
                    unitOf[rows[j]] = index;
                    localRow[rows[j]] = j;
                }
                children = List.of();
            }
            long oneStepTotal = 0;
            for (int row : group.rows()) {
                oneStepTotal += oneStep[row];
            }
            Unit unit = new Unit(
                    level.by(),
                    group.name(),
                    path,
                    envelope,
                    oneStepTotal,
                    group.rows().length,
                    pupils(group.rows()),
                    rules,
                    own,
                    split.scale(),
                    bounds(split),
                    children);
            byLevel.get(k).add(unit);
            return unit;
        }

        private long pupils(int[] rows) {
            long pupils = 0;
            for (int row : rows) {
                pupils += schools.totalPupils(row);
            }
            return pupils;
        }

        private static String hint(List<LocalOverride> own) {
            if (own.isEmpty()) {
                return "";
            }
            List<String> values = new ArrayList<>();
            for (LocalOverride o : own) {
                values.add(o.parameter() + "=" + o.value().toPlainString()
                        + (o.line() > 0 ? " (" + o.source() + ":" + o.line() + ")" : ""));
            }
            return "; its own values: " + String.join(", ", values);
        }

        /** One split, with errors naming the unit. */
        private AllocationResult allocate(Scenario rules, SchoolTable unitSchools, String where) {
            try {
                return oneStepAllocator.allocate(rules, unitSchools);
            } catch (InfeasibleException e) {
                // The solver's advice speaks of "the budget"; a unit's budget is its envelope, which only the
                // level above decides.
                boolean unit = !where.startsWith("The centre");
                throw new InfeasibleException(where + ": " + e.getMessage()
                        + (unit
                                ? " (Here the budget is the unit's envelope, which the level above decides: the unit can"
                                        + " change its own values; the centre can change the bounds or the rules above.)"
                                : ""));
            } catch (InputException e) {
                List<Problem> named = new ArrayList<>();
                for (Problem p : e.problems()) {
                    named.add(new Problem(
                            p.source(),
                            p.line(),
                            p.column(),
                            p.field(),
                            p.schoolId(),
                            where + ": " + p.message(),
                            p.advice()));
                }
                throw new InputException(named, e.totalProblems(), e);
            }
        }

        private static Map<Bound, Integer> bounds(AllocationResult split) {
            Map<Bound, Integer> counts = new EnumMap<>(Bound.class);
            for (Bound bound : Bound.values()) {
                counts.put(bound, 0);
            }
            for (int i = 0; i < split.schools().size(); i++) {
                counts.merge(split.bound(i), 1, Integer::sum);
            }
            return counts;
        }
    }
}

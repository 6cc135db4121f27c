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
package th.allocation.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;
import th.allocation.model.School;
import th.allocation.rule.Rule;
import th.allocation.scenario.AdminLevel;
import th.allocation.scenario.Caps;
import th.allocation.scenario.Floors;
import th.allocation.scenario.LocalOverride;
import th.allocation.scenario.OverrideBounds;
import th.allocation.scenario.Scenario;

/**
 * Seeded QuickTheories generators of decentralised cases: random schools (from {@link RandomCases})
 * placed in a hierarchy that nests (one to four clusters, ESAs inside clusters, networks inside
 * ESAs, some schools in no network), and scenarios that allocate through a random chain of levels,
 * each with a random rule and floors or its level above's, and overrides within the centre's bounds.
 */
public final class RandomHierarchies {
    private RandomHierarchies() {}

    /**
     * Schools and a decentralised scenario to allocate to them, with a seed to shuffle the schools
     * by.
     */
    public record Tree(List<School> schools, Scenario scenario, long shuffleSeed) {
        /** The hierarchy, the levels and the overrides, so that a failing case can be read. */
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("Tree[budget=" + scenario.budget() + ", unit="
                    + scenario.roundingUnit() + ", centre rule=" + scenario.rule() + ", floors=" + scenario.floors()
                    + ", caps=" + scenario.caps() + "\n");
            for (AdminLevel level : scenario.levels()) {
                text.append("  level ")
                        .append(level.by())
                        .append(": rule=")
                        .append(level.rule())
                        .append(", floors=")
                        .append(level.floors())
                        .append(", may_override=")
                        .append(level.mayOverride())
                        .append(", overrides=")
                        .append(level.local())
                        .append('\n');
            }
            for (School school : schools) {
                text.append("  ").append(school).append('\n');
            }
            return text.append(']').toString();
        }
    }

    /** A parameter units may be allowed to set, with the widest bounds (in hundredths) that keep every rule valid. */
    private record Overridable(String path, long min, long max) {}

    /**
     * Parameters that any value in the range leaves valid: weights only upwards from 1 (so a
     * small-school taper stays below the cheapest pupil), amounts from 0.
     */
    private static final List<Overridable> WEIGHTED = List.of(
            new Overridable("rule.weights.remote", 100, 200),
            new Overridable("rule.weights.area_type.special", 100, 200),
            new Overridable("rule.loadings.poor", 0, 600_000),
            new Overridable("rule.lump_sum", 0, 5_000_000),
            new Overridable("floors.min_per_pupil", 0, 150_000));

    private static final List<Overridable> FLAT = List.of(
            new Overridable("rule.rates.primary", 50_000, 500_000),
            new Overridable("rule.rates.lower_secondary", 50_000, 600_000),
            new Overridable("floors.min_per_pupil", 0, 150_000));

    /** The unit of {@code school} at a level by {@code by}: its cluster, ESA or network. */
    public static String unitOf(School school, String by) {
        return switch (by) {
            case "cluster" -> school.cluster();
            case "esa" -> school.esa();
            case "network" -> school.network();
            default -> throw new IllegalArgumentException(by);
        };
    }

    /** The names of the units of a level by {@code by} that the schools have, in sorted order. */
    public static List<String> unitNames(List<School> schools, String by) {
        TreeSet<String> names = new TreeSet<>();
        schools.forEach(school -> names.add(unitOf(school, by)));
        return List.copyOf(names);
    }

    /**
     * Schools from {@link RandomCases#school} placed in 1-4 clusters ("C1".."C4"), each with 1-3 ESAs
     * ("ESA 1".."ESA 12", numbered across clusters, so that natural order matters), and in half of
     * the tables 0-2 networks per ESA, with some schools in none. At least one school has a
     * previous allocation, so that hold-harmless floors apply.
     */
    public static Gen<List<School>> placedSchools(int minSchools, int maxSchools) {
        return in -> {
            int clusters = (int) in.next(Constraint.between(1, 4));
            List<String> esas = new ArrayList<>();
            List<String> clusterOfEsa = new ArrayList<>();
            for (int c = 1; c <= clusters; c++) {
                long count = in.next(Constraint.between(1, 3));
                for (int e = 0; e < count; e++) {
                    esas.add("ESA " + (esas.size() + 1));
                    clusterOfEsa.add("C" + c);
                }
            }
            boolean networks = in.next(Constraint.between(0, 1)) == 0;
            int n = (int) in.next(Constraint.between(minSchools, maxSchools));
            List<School> schools = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                School school = RandomCases.school(in, String.format("S%03d", i));
                int esa = (int) in.next(Constraint.between(0, esas.size() - 1));
                String network = "";
                if (networks) {
                    long pick = in.next(Constraint.between(0, 2));
                    network = pick == 0 ? "" : "N" + (esa + 1) + "." + pick;
                }
                schools.add(school.withHierarchy(clusterOfEsa.get(esa), esas.get(esa), network));
            }
            if (schools.stream().noneMatch(s -> s.previousAllocation().isPresent())) {
                schools.set(
                        0,
                        schools.get(0)
                                .withPreviousAllocation(
                                        100 * 2_000L * (schools.get(0).totalPupils() + 1)));
            }
            return schools;
        };
    }

    /**
     * Decentralised cases: a random chain of 1-3 levels (a subsequence of cluster, ESA, network),
     * each with its own random rule (flat or weighted) or the level above's, its own floors or the
     * level above's, 0-3 parameters units may set within random bounds, and overrides within those
     * bounds (sometimes exactly at a bound) for random units. The centre has floors, sometimes caps,
     * and a budget between 80% and 150% of what the schools had last year.
     */
    public static Gen<Tree> trees(int minSchools, int maxSchools) {
        return trees(minSchools, maxSchools, false);
    }

    /** Like {@link #trees(int, int)}, with at least one level that lets units set a parameter. */
    public static Gen<Tree> treesWithOverridable(int minSchools, int maxSchools) {
        return trees(minSchools, maxSchools, true);
    }

    private static Gen<Tree> trees(int minSchools, int maxSchools, boolean overridable) {
        Gen<List<School>> placed = placedSchools(minSchools, maxSchools);
        return in -> {
            List<School> schools = placed.generate(in);
            BigDecimal unit = RandomCases.unit(in);
            Rule centreRule = RandomCases.rule(in);
            Floors centreFloors = floors(in);
            Caps caps = in.next(Constraint.between(0, 3)) == 0
                    ? new Caps(BigDecimal.valueOf(120 + in.next(Constraint.between(0, 200))))
                    : Caps.NONE;
            List<String> chain = chain(in);
            int mustAllow = overridable ? (int) in.next(Constraint.between(0, chain.size() - 1)) : -1;
            List<AdminLevel> levels = new ArrayList<>();
            Rule effective = centreRule;
            for (int k = 0; k < chain.size(); k++) {
                String by = chain.get(k);
                Rule rule = in.next(Constraint.between(0, 1)) == 0 ? null : RandomCases.rule(in);
                Floors floors = in.next(Constraint.between(0, 2)) == 0 ? floors(in) : null;
                effective = rule != null ? rule : effective;
                AdminLevel level = new AdminLevel(by, rule, floors, null, null, null, null, null);
                List<Overridable> candidates = new ArrayList<>(effective.type().equals("flat") ? FLAT : WEIGHTED);
                int allowed = (int) in.next(Constraint.between(k == mustAllow ? 1 : 0, 3));
                Map<String, OverrideBounds> bounds = new LinkedHashMap<>();
                for (int a = 0; a < allowed && !candidates.isEmpty(); a++) {
                    Overridable parameter =
                            candidates.remove((int) in.next(Constraint.between(0, candidates.size() - 1)));
                    OverrideBounds range = bounds(in, parameter);
                    level = level.allowing(parameter.path(), range);
                    bounds.put(parameter.path(), range);
                }
                for (String name : unitNames(schools, by)) {
                    if (bounds.isEmpty() || name.isEmpty() || in.next(Constraint.between(0, 2)) != 0) {
                        continue;
                    }
                    for (Map.Entry<String, OverrideBounds> entry : bounds.entrySet()) {
                        if (in.next(Constraint.between(0, 1)) == 0) {
                            level = level.withOverride(
                                    new LocalOverride(name, entry.getKey(), valueWithin(in, entry.getValue())));
                        }
                    }
                }
                levels.add(level);
            }
            BigDecimal budget = budget(in, schools, unit);
            Scenario scenario = new Scenario(
                    "random decentralised",
                    2570,
                    "",
                    budget,
                    unit,
                    Map.of(),
                    centreRule,
                    centreFloors,
                    caps,
                    null,
                    levels);
            return new Tree(schools, scenario, in.next(Constraint.between(0, Long.MAX_VALUE - 1)));
        };
    }

    /**
     * Cases whose every level keeps the centre's rule, floors and caps and no unit sets anything: the
     * decentralised allocation can differ from the one-step one by rounding only.
     */
    public static Gen<Tree> uniformTrees(int minSchools, int maxSchools) {
        Gen<List<School>> placed = placedSchools(minSchools, maxSchools);
        return in -> {
            List<School> schools = placed.generate(in);
            BigDecimal unit = RandomCases.unit(in);
            Rule rule = RandomCases.rule(in);
            Floors floors = floors(in);
            Caps caps = in.next(Constraint.between(0, 3)) == 0
                    ? new Caps(BigDecimal.valueOf(120 + in.next(Constraint.between(0, 200))))
                    : Caps.NONE;
            List<AdminLevel> levels = chain(in).stream().map(AdminLevel::by).toList();
            Scenario scenario = new Scenario(
                    "random uniform",
                    2570,
                    "",
                    budget(in, schools, unit),
                    unit,
                    Map.of(),
                    rule,
                    floors,
                    caps,
                    null,
                    levels);
            return new Tree(schools, scenario, in.next(Constraint.between(0, Long.MAX_VALUE - 1)));
        };
    }

    /** A non-empty subsequence of cluster, esa, network, the order levels must go in. */
    private static List<String> chain(RandomnessSource in) {
        List<String> chain = new ArrayList<>();
        while (chain.isEmpty()) {
            for (String by : AdminLevel.COLUMNS) {
                if (in.next(Constraint.between(0, 1)) == 0) {
                    chain.add(by);
                }
            }
        }
        return chain;
    }

    private static Floors floors(RandomnessSource in) {
        if (in.next(Constraint.between(0, 2)) == 0) {
            return Floors.NONE;
        }
        BigDecimal perPupil = BigDecimal.valueOf(in.next(Constraint.between(0, 150_000)), 2);
        BigDecimal percent = in.next(Constraint.between(0, 1)) == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(in.next(Constraint.between(0, 100)));
        return new Floors(perPupil, percent);
    }

    private static BigDecimal budget(RandomnessSource in, List<School> schools, BigDecimal unit) {
        long reference = 0;
        for (School school : schools) {
            reference += school.previousAllocation().orElse(2_500L * 100 * school.totalPupils());
        }
        long unitSatang = unit.movePointRight(2).longValueExact();
        long units = reference * in.next(Constraint.between(80, 150)) / 100 / unitSatang;
        return unit.multiply(BigDecimal.valueOf(units));
    }

    /** Random bounds inside the parameter's valid range; sometimes open on one side. */
    private static OverrideBounds bounds(RandomnessSource in, Overridable parameter) {
        long low = in.next(Constraint.between(parameter.min(), parameter.max()));
        long high = in.next(Constraint.between(low, parameter.max()));
        long open = in.next(Constraint.between(0, 5));
        BigDecimal min = open == 0 && parameter.min() == 0 ? null : BigDecimal.valueOf(low, 2);
        BigDecimal max = open == 1 ? null : BigDecimal.valueOf(high, 2);
        return new OverrideBounds(min, max);
    }

    /**
     * A value within {@code bounds}, in hundredths: one of them exactly one time in three, else one
     * between (up to 100 above the lower bound where there is no upper one).
     */
    private static BigDecimal valueWithin(RandomnessSource in, OverrideBounds bounds) {
        int scale = 2;
        long low = bounds.min() != null ? bounds.min().movePointRight(scale).longValueExact() : 0;
        long high = bounds.max() != null ? bounds.max().movePointRight(scale).longValueExact() : low + 10_000;
        long pick = in.next(Constraint.between(0, 5));
        long value = pick == 0 ? low : pick == 1 ? high : in.next(Constraint.between(low, high));
        return BigDecimal.valueOf(value, scale);
    }
}

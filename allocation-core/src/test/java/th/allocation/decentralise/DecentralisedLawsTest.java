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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import th.allocation.InfeasibleException;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.engine.AllocationEngine;
import th.allocation.model.School;
import th.allocation.model.SchoolTable;
import th.allocation.parameters.ScenarioParameters;
import th.allocation.result.AllocationResult;
import th.allocation.result.DecentralisedResult;
import th.allocation.result.Unit;
import th.allocation.rule.FlatPerHead;
import th.allocation.rule.LevelAmounts;
import th.allocation.scenario.AdminLevel;
import th.allocation.scenario.LocalOverride;
import th.allocation.scenario.OverrideBounds;
import th.allocation.scenario.Scenario;
import th.allocation.testing.RandomHierarchies;
import th.allocation.testing.RandomHierarchies.Tree;
import th.allocation.testing.ResultLaws;

/**
 * The laws of a decentralised allocation, on random hierarchies (QuickTheories, fixed seeds, so a
 * failure is reproducible and shrunk to a small case): envelopes conserved exactly at every level,
 * the centre's bounds on overrides enforced, an override confined to its unit's subtree, equality
 * with the one-step allocation up to a stated rounding bound, the explanation identity, and
 * independence of the order of the school rows.
 */
class DecentralisedLawsTest {
    private static final Gen<Tree> TREES = RandomHierarchies.trees(1, 40);
    private static final Gen<Tree> OVERRIDABLE = RandomHierarchies.treesWithOverridable(1, 40);
    private static final Gen<Tree> UNIFORM = RandomHierarchies.uniformTrees(1, 40);

    private static AllocationResult engine(Scenario scenario, SchoolTable schools) {
        return AllocationEngine.allocate(scenario, schools);
    }

    /** Allocates, or returns null where a unit is infeasible (after checking the message names it). */
    private static DecentralisedResult tryAllocate(Scenario scenario, SchoolTable schools) {
        try {
            return assertInstanceOf(DecentralisedResult.class, engine(scenario, schools));
        } catch (InfeasibleException e) {
            assertNamesAUnit(e.getMessage(), unit -> true);
            return null;
        } catch (InputException e) {
            return fail("A generated tree is valid input, but: " + e.getMessage());
        }
    }

    private static DecentralisedResult tryAllocate(Tree tree) {
        return tryAllocate(tree.scenario(), SchoolTable.of(tree.schools()));
    }

    /** An infeasible split's message starts with the unit, e.g. {@code esa 'ESA 3' (envelope ...}. */
    private static void assertNamesAUnit(String message, Predicate<String> allowedLabel) {
        if (message.startsWith("The centre: ")) {
            assertTrue(allowedLabel.test("The centre"), message);
            return;
        }
        int end = message.indexOf("' (envelope ");
        assertTrue(end > 0 && message.matches("(?s)^(cluster|esa|network) '.*"), "names the unit: " + message);
        assertTrue(message.contains(" THB"), "gives the amounts: " + message);
        assertTrue(allowedLabel.test(message.substring(0, end + 1)), "names a unit it may: " + message);
    }

    private static String unitOf(SchoolTable schools, int i, String by) {
        return switch (by) {
            case "cluster" -> schools.cluster().value(i);
            case "esa" -> schools.esa().value(i);
            case "network" -> schools.network().value(i);
            default -> throw new IllegalArgumentException(by);
        };
    }

    /** The rows of the schools in a unit: those whose names at the levels down to it are its path. */
    private static int[] rowsOf(Unit unit, Scenario scenario, SchoolTable schools) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < schools.size(); i++) {
            boolean inside = true;
            for (int k = 0; k < unit.path().size() && inside; k++) {
                inside = unitOf(schools, i, scenario.levels().get(k).by())
                        .equals(unit.path().get(k));
            }
            if (inside) {
                rows.add(i);
            }
        }
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void walk(Unit unit, Consumer<Unit> visit) {
        visit.accept(unit);
        unit.children().forEach(child -> walk(child, visit));
    }

    private static String label(Unit unit) {
        return unit.level() + " '" + unit.label() + "'";
    }

    /** At least this share of the generated cases must be feasible, so that no law holds vacuously. */
    private static void assertMostlyFeasible(AtomicInteger feasible, int examples) {
        assertTrue(
                feasible.get() >= examples / 2, "only " + feasible.get() + " of " + examples + " cases were feasible");
    }

    // (a) Conservation

    @Test
    void allocate_conservesEveryEnvelopeExactly_downToTheSchools_inWholeUnits() {
        AtomicInteger feasible = new AtomicInteger();
        qt().withFixedSeed(101).withExamples(250).forAll(TREES).checkAssert(tree -> {
            SchoolTable schools = SchoolTable.of(tree.schools());
            Scenario scenario = tree.scenario();
            DecentralisedResult result = tryAllocate(scenario, schools);
            if (result == null) {
                return;
            }
            feasible.incrementAndGet();
            long budget = scenario.budgetSatang().getAsLong();
            long unit = scenario.roundingUnitSatang();
            long sum = 0;
            for (int i = 0; i < schools.size(); i++) {
                assertEquals(0, result.allocation(i) % unit, "school " + schools.id(i) + " in whole units");
                assertTrue(result.allocation(i) >= result.floor(i), "floor of " + schools.id(i));
                assertTrue(
                        result.cap(i) == AllocationResult.NO_CAP || result.allocation(i) <= result.cap(i),
                        "cap of " + schools.id(i));
                sum += result.allocation(i);
            }
            assertEquals(budget, sum, "the schools add up to the budget");
            assertEquals(budget, result.total());
            assertEquals(budget, result.centre().envelope());
            assertEquals(schools.size(), result.centre().schools());
            List<Integer> unitsPerLevel =
                    new ArrayList<>(Collections.nCopies(scenario.levels().size(), 0));
            walk(result.centre(), u -> {
                assertEquals(0, u.envelope() % unit, label(u) + " envelope in whole units");
                int[] rows = rowsOf(u, scenario, schools);
                assertEquals(rows.length, u.schools(), label(u) + " school count");
                long pupils = 0;
                long allocated = 0;
                for (int row : rows) {
                    pupils += schools.totalPupils(row);
                    allocated += result.allocation(row);
                }
                assertEquals(pupils, u.pupils(), label(u) + " pupils");
                assertEquals(u.envelope(), allocated, label(u) + ": its schools add up to its envelope");
                if (u.path().size() < scenario.levels().size()) {
                    assertFalse(u.children().isEmpty(), label(u) + " has units below it");
                    assertEquals(
                            u.envelope(),
                            u.children().stream().mapToLong(Unit::envelope).sum(),
                            label(u) + ": its children add up to its envelope");
                    assertEquals(
                            u.schools(),
                            u.children().stream().mapToInt(Unit::schools).sum());
                } else {
                    assertTrue(u.children().isEmpty(), label(u) + " is at the last level");
                }
                if (!u.path().isEmpty()) {
                    assertEquals(scenario.levels().get(u.path().size() - 1).by(), u.level());
                    assertEquals(u.envelope(), u.rules().budgetSatang().getAsLong(), label(u) + " splits its envelope");
                    unitsPerLevel.set(
                            u.path().size() - 1, unitsPerLevel.get(u.path().size() - 1) + 1);
                }
            });
            assertEquals(scenario.levels().size(), result.levels().size());
            for (int k = 0; k < result.levels().size(); k++) {
                List<Unit> level = result.levels().get(k);
                assertEquals(unitsPerLevel.get(k), level.size(), "levels() lists every unit of level " + k);
                assertEquals(budget, level.stream().mapToLong(Unit::envelope).sum(), "level " + k + " adds up");
            }
        });
        assertMostlyFeasible(feasible, 250);
    }

    // (b) Bounds

    @Test
    void allocate_overridesWithinBounds_areAccepted() {
        qt().withFixedSeed(102).withExamples(200).forAll(OVERRIDABLE).checkAssert(tree -> {
            assertEquals(List.of(), OverrideRules.check(tree.scenario(), ""));
            tryAllocate(tree); // fails on an InputException
        });
    }

    @Test
    void allocate_overrideOutsideBoundsOrNotAllowed_isRejectedNamingUnitParameterValueAndBound() {
        qt().withFixedSeed(103).withExamples(200).forAll(OVERRIDABLE).checkAssert(tree -> {
            Random random = new Random(tree.shuffleSeed());
            Scenario scenario = tree.scenario();
            List<Integer> overridable = new ArrayList<>();
            for (int k = 0; k < scenario.levels().size(); k++) {
                if (!scenario.levels().get(k).mayOverride().isEmpty()) {
                    overridable.add(k);
                }
            }
            int k = overridable.get(random.nextInt(overridable.size()));
            AdminLevel level = scenario.levels().get(k);
            List<String> names = RandomHierarchies.unitNames(tree.schools(), level.by()).stream()
                    .filter(name -> !name.isEmpty())
                    .toList();
            if (names.isEmpty()) {
                return; // a network level of schools in no network: no unit to name
            }
            String unit = names.get(random.nextInt(names.size()));
            List<String> allowed =
                    new ArrayList<>(new TreeSet<>(level.mayOverride().keySet()));
            List<String> others = ScenarioParameters.of(scenario.rulesOf(level)).stream()
                    .map(ScenarioParameters.Parameter::path)
                    .filter(p -> !allowed.contains(p))
                    .toList();
            // Below the lower bound, above the upper one, or a parameter the level does not let units set.
            int kind = random.nextInt(3);
            String parameter = allowed.get(random.nextInt(allowed.size()));
            OverrideBounds bounds = level.mayOverride().get(parameter);
            BigDecimal step = new BigDecimal("0.01").multiply(BigDecimal.valueOf(1 + random.nextInt(1000)));
            BigDecimal value;
            String expected;
            if (kind == 0 && bounds.min() != null) {
                value = bounds.min().subtract(step);
                expected = bounds.describe();
            } else if (kind == 1 && bounds.max() != null) {
                value = bounds.max().add(step);
                expected = bounds.describe();
            } else {
                parameter = others.get(random.nextInt(others.size()));
                value = BigDecimal.valueOf(random.nextInt(100_000), 2);
                expected = "Parameters they may set: " + String.join(", ", allowed);
            }
            LocalOverride offending = new LocalOverride(unit, parameter, value, "esa-overrides/x.yaml", 3, 7);
            List<AdminLevel> levels = new ArrayList<>(scenario.levels());
            levels.set(k, level.withOverride(offending));
            Scenario bad = scenario.withLevels(levels);
            InputException e = assertThrows(InputException.class, () -> engine(bad, SchoolTable.of(tree.schools())));
            String unitLabel = level.by() + " '" + unit + "'";
            String valueText = value.toPlainString();
            String path = parameter;
            boolean named = e.problems().stream()
                    .anyMatch(p -> p.message().contains(unitLabel)
                            && p.message().contains(path)
                            && p.message().contains(valueText)
                            && (p.message() + " " + p.advice()).contains(expected)
                            && p.line() == 3
                            && p.column() == 7
                            && p.source().equals("esa-overrides/x.yaml")
                            && p.field().equals(path));
            assertTrue(
                    named,
                    "a problem names " + unitLabel + ", " + parameter + ", " + valueText + " and '" + expected
                            + "' at its file, line and column: " + e.problems());
        });
    }

    // (c) Locality

    @Test
    void allocate_anOverrideChangesOnlyItsOwnUnitsSubtree() {
        AtomicInteger compared = new AtomicInteger();
        AtomicInteger changedInside = new AtomicInteger();
        qt().withFixedSeed(104).withExamples(200).forAll(OVERRIDABLE).checkAssert(tree -> {
            Random random = new Random(tree.shuffleSeed());
            Scenario scenario = tree.scenario();
            SchoolTable schools = SchoolTable.of(tree.schools());
            DecentralisedResult before = tryAllocate(scenario, schools);
            if (before == null) {
                return;
            }
            List<Integer> overridable = new ArrayList<>();
            for (int k = 0; k < scenario.levels().size(); k++) {
                if (!scenario.levels().get(k).mayOverride().isEmpty()) {
                    overridable.add(k);
                }
            }
            int k = overridable.get(random.nextInt(overridable.size()));
            AdminLevel level = scenario.levels().get(k);
            List<Unit> units = before.levels().get(k).stream()
                    .filter(u -> !u.name().isEmpty())
                    .toList();
            if (units.isEmpty()) {
                return;
            }
            Unit changed = units.get(random.nextInt(units.size()));
            List<String> allowed = List.copyOf(level.mayOverride().keySet());
            String parameter = allowed.get(random.nextInt(allowed.size()));
            BigDecimal value = within(random, level.mayOverride().get(parameter));
            List<LocalOverride> local = new ArrayList<>(level.local());
            local.removeIf(o -> o.unit().equals(changed.name()) && o.parameter().equals(parameter));
            local.add(new LocalOverride(changed.name(), parameter, value));
            List<AdminLevel> levels = new ArrayList<>(scenario.levels());
            levels.set(k, level.withLocal(local));
            Scenario overridden = scenario.withLevels(levels);
            List<String> subtree = new ArrayList<>();
            walk(changed, u -> subtree.add(label(u)));
            DecentralisedResult after;
            try {
                after = assertInstanceOf(DecentralisedResult.class, engine(overridden, schools));
            } catch (InfeasibleException e) {
                // Only the changed unit, or a unit below it, can have become infeasible.
                assertNamesAUnit(e.getMessage(), subtree::contains);
                return;
            }
            compared.incrementAndGet();
            int[] inside = rowsOf(changed, scenario, schools);
            boolean[] isInside = new boolean[schools.size()];
            for (int row : inside) {
                isInside[row] = true;
            }
            for (int i = 0; i < schools.size(); i++) {
                if (!isInside[i]) {
                    assertEquals(
                            explanation(before, i),
                            explanation(after, i),
                            "school " + schools.id(i) + " outside " + label(changed));
                }
            }
            for (int row : inside) {
                if (before.allocation(row) != after.allocation(row)) {
                    changedInside.incrementAndGet();
                    break;
                }
            }
            List<Unit> unitsBefore = new ArrayList<>();
            walk(before.centre(), unitsBefore::add);
            List<Unit> unitsAfter = new ArrayList<>();
            walk(after.centre(), unitsAfter::add);
            assertEquals(unitsBefore.size(), unitsAfter.size(), "the same tree of units");
            List<String> changedPath = changed.path();
            for (int u = 0; u < unitsBefore.size(); u++) {
                Unit a = unitsBefore.get(u);
                Unit b = unitsAfter.get(u);
                assertEquals(a.path(), b.path());
                boolean below = a.path().size() >= changedPath.size()
                        && a.path().subList(0, changedPath.size()).equals(changedPath);
                if (!below) {
                    assertEquals(a.envelope(), b.envelope(), label(a) + " outside " + label(changed));
                    assertEquals(a.rules(), b.rules(), label(a) + " outside " + label(changed));
                }
            }
        });
        assertMostlyFeasible(compared, 200);
        assertTrue(
                changedInside.get() > compared.get() / 4,
                "the overrides changed something inside their unit in " + changedInside + " of " + compared + " cases");
    }

    /** A value within {@code bounds} in hundredths, sometimes exactly at one. */
    private static BigDecimal within(Random random, OverrideBounds bounds) {
        long low = bounds.min() == null ? 0 : bounds.min().movePointRight(2).longValueExact();
        long high = bounds.max() == null
                ? low + 10_000
                : bounds.max().movePointRight(2).longValueExact();
        int pick = random.nextInt(4);
        long value = pick == 0 ? low : pick == 1 ? high : low + (long) (random.nextDouble() * (high - low));
        return BigDecimal.valueOf(value, 2);
    }

    /** Everything the result says about school {@code i}: amount, bounds and explanation by component key. */
    private static Map<String, Long> explanation(AllocationResult result, int i) {
        Map<String, Long> row = new HashMap<>();
        row.put("allocation", result.allocation(i));
        row.put("need", result.need(i));
        row.put("bound", (long) result.bound(i).ordinal());
        row.put("floor", result.floor(i));
        row.put("cap", result.cap(i));
        row.put("bound_adjustment", result.boundAdjustment(i));
        row.put("rounding", result.rounding(i));
        for (int c = 0; c < result.components().size(); c++) {
            if (result.component(c, i) != 0) {
                row.put(result.components().get(c).key(), result.component(c, i));
            }
        }
        return row;
    }

    // (d) Equal to the one-step allocation up to rounding

    /**
     * With the centre's rules at every level and no overrides, a school's decentralised allocation
     * differs from its one-step one only through rounding. The bound, in satang, and why:
     *
     * <p>Let {@code a} be a split's continuous amounts ({@code clamp(scale * need, floor, cap)}) and
     * {@code r} its rounded ones. A unit {@code U} receives {@code E = sum over U of r} from the split
     * above, that is the continuous amounts {@code a} of its schools plus {@code delta_U = sum over U
     * of (r - a)}, the rounding of the split above summed over the unit. The unit's split, by the same
     * rule, floors and caps, is {@code clamp(scale' * need, floor, cap)}: every school's amount moves
     * in the same direction (each is non-decreasing in the scale) and the moves add up to {@code
     * delta_U}, so none moves by more than {@code |delta_U|}. Summing over the levels and adding the
     * rounding of the one-step and of the last split:
     *
     * <pre>|decentralised(i) - oneStep(i)| &lt;= |r - a| of the one step + sum over the levels of |delta_U(i)|
     *                                  + |r - a| of the last split</pre>
     *
     * <p>Largest remainder puts each {@code r} within one unit of {@code a}, so {@code |delta_U| <
     * |U|} units, and the bound is at most {@code 1 + sum over levels of |U(i)|} units: not one unit
     * per level. A unit whose schools all took the extra unit of the split above passes nearly
     * {@code |U|} units to its largest school ({@code DecentralisedAllocatorTest} has a case of 8).
     * {@code r - a} is each split's {@link AllocationResult#rounding}, exact but for the components'
     * rounding to the satang (half a satang each, allowed for per school and sum).
     */
    @Test
    void allocate_sameRulesEverywhereNoOverrides_equalsOneStepUpToTheRoundingOfEachSplit() {
        AtomicInteger feasible = new AtomicInteger();
        qt().withFixedSeed(105).withExamples(250).forAll(UNIFORM).checkAssert(tree -> {
            SchoolTable schools = SchoolTable.of(tree.schools());
            Scenario scenario = tree.scenario();
            AllocationResult oneStep;
            try {
                oneStep = engine(scenario.withLevels(List.of()), schools);
            } catch (InfeasibleException e) {
                assertThrows(InfeasibleException.class, () -> engine(scenario, schools));
                return;
            }
            // Every unit has the centre's floors and caps, and got at least their sum: all feasible.
            DecentralisedResult result = assertInstanceOf(DecentralisedResult.class, engine(scenario, schools));
            feasible.incrementAndGet();
            long unit = scenario.roundingUnitSatang();
            int n = schools.size();
            long slackPerSchool = oneStep.components().size();
            long[] bound = new long[n];
            long[] schoolsAbove = new long[n];
            for (int i = 0; i < n; i++) {
                assertEquals(oneStep.allocation(i), result.oneStep(i), "oneStep is the one-step allocation");
                bound[i] = Math.abs(oneStep.rounding(i)) + Math.abs(result.rounding(i)) + 2 * slackPerSchool;
            }
            // Each unit's delta: the rounding, over its schools, of the split it received its envelope from.
            Map<List<String>, long[]> roundingAbove = new HashMap<>();
            long[] centreRounding = new long[n];
            for (int i = 0; i < n; i++) {
                centreRounding[i] = oneStep.rounding(i);
            }
            roundingAbove.put(List.of(), centreRounding);
            walk(result.centre(), u -> {
                int[] rows = rowsOf(u, scenario, schools);
                if (!u.path().isEmpty()) {
                    long[] above =
                            roundingAbove.get(u.path().subList(0, u.path().size() - 1));
                    long delta = 0;
                    for (int row : rows) {
                        delta += above[row];
                    }
                    for (int row : rows) {
                        bound[row] += Math.abs(delta) + rows.length * slackPerSchool;
                        schoolsAbove[row] += rows.length;
                    }
                    if (u.path().size() == 1) {
                        assertEquals(u.envelope(), u.oneStep(), "a first-level unit gets its one-step total");
                    }
                }
                if (!u.children().isEmpty() && !u.path().isEmpty()) {
                    // Redo the unit's split, to know its rounding and to check its children's envelopes.
                    AllocationResult split = engine(u.rules(), schools.rows(rows));
                    long[] rounding = new long[n];
                    Map<String, Long> byChild = new HashMap<>();
                    String childBy = scenario.levels().get(u.path().size()).by();
                    for (int j = 0; j < rows.length; j++) {
                        rounding[rows[j]] = split.rounding(j);
                        byChild.merge(unitOf(schools, rows[j], childBy), split.allocation(j), Long::sum);
                    }
                    for (Unit child : u.children()) {
                        assertEquals(byChild.get(child.name()), child.envelope(), label(child) + "'s envelope");
                    }
                    roundingAbove.put(u.path(), rounding);
                }
            });
            for (int i = 0; i < n; i++) {
                long difference = Math.abs(result.allocation(i) - oneStep.allocation(i));
                assertTrue(
                        difference <= bound[i],
                        "school " + schools.id(i) + " differs by " + difference
                                + " satang, more than the rounding of its splits (" + bound[i] + ")");
                assertTrue(
                        difference <= (schoolsAbove[i] + 1) * unit,
                        "school " + schools.id(i) + " differs by " + difference + " satang, more than 1 + "
                                + schoolsAbove[i] + " units of " + unit);
            }
        });
        assertMostlyFeasible(feasible, 250);
    }

    // (e) Explanation

    @Test
    void allocate_everySchoolsComponentsBoundAdjustmentAndRounding_addUpToItsAllocation() {
        AtomicInteger feasible = new AtomicInteger();
        qt().withFixedSeed(106).withExamples(250).forAll(TREES).checkAssert(tree -> {
            DecentralisedResult result = tryAllocate(tree);
            if (result == null) {
                return;
            }
            feasible.incrementAndGet();
            ResultLaws.check(result, tree.scenario().roundingUnitSatang() + 99);
        });
        assertMostlyFeasible(feasible, 250);
    }

    // (f) Order of the rows

    @Test
    void allocate_shuffledSchoolRows_giveTheSameAllocationAndUnits() {
        qt().withFixedSeed(107).withExamples(150).forAll(TREES).checkAssert(tree -> {
            List<School> shuffled = new ArrayList<>(tree.schools());
            Collections.shuffle(shuffled, new Random(tree.shuffleSeed()));
            SchoolTable original = SchoolTable.of(tree.schools());
            SchoolTable reordered = SchoolTable.of(shuffled);
            String first;
            String second;
            try {
                first = describe(engine(tree.scenario(), original));
            } catch (InfeasibleException e) {
                InfeasibleException again =
                        assertThrows(InfeasibleException.class, () -> engine(tree.scenario(), reordered));
                assertEquals(e.getMessage(), again.getMessage());
                return;
            }
            second = describe(engine(tree.scenario(), reordered));
            assertEquals(first, second);
        });
    }

    /** The result in full, by school id and unit path. */
    private static String describe(AllocationResult allocation) {
        DecentralisedResult result = (DecentralisedResult) allocation;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < result.schools().size(); i++) {
            text.append(result.schools().id(i))
                    .append(' ')
                    .append(new TreeMap<>(explanation(result, i)))
                    .append(' ')
                    .append(result.oneStep(i))
                    .append('\n');
        }
        walk(
                result.centre(),
                u -> text.append(u.path())
                        .append(' ')
                        .append(u.envelope())
                        .append(' ')
                        .append(u.oneStep())
                        .append(' ')
                        .append(u.schools())
                        .append(' ')
                        .append(u.pupils())
                        .append(' ')
                        .append(u.scale())
                        .append(' ')
                        .append(u.boundSchools())
                        .append('\n'));
        for (List<Unit> level : result.levels()) {
            text.append(level.stream().map(Unit::path).toList()).append('\n');
        }
        return text.toString();
    }

    // Nesting

    @Test
    void allocate_anEsaInTwoClusters_isRejectedNamingTheSchoolAndTheOtherCluster() {
        qt().withFixedSeed(108)
                .withExamples(150)
                .forAll(RandomHierarchies.placedSchools(2, 30))
                .checkAssert(list -> {
                    List<String> clusters = RandomHierarchies.unitNames(list, "cluster");
                    Map<String, Integer> perEsa = new HashMap<>();
                    list.forEach(s -> perEsa.merge(s.esa(), 1, Integer::sum));
                    int moved = -1;
                    for (int i = 0; i < list.size() && moved < 0; i++) {
                        if (perEsa.get(list.get(i).esa()) > 1) {
                            moved = i;
                        }
                    }
                    if (clusters.size() < 2 || moved < 0) {
                        return;
                    }
                    School school = list.get(moved);
                    String other = clusters.get(clusters.get(0).equals(school.cluster()) ? 1 : 0);
                    List<School> wrong = new ArrayList<>(list);
                    wrong.set(moved, school.withHierarchy(other, school.esa(), school.network()));
                    SchoolTable.Builder builder = SchoolTable.builder("schools.csv");
                    Map<String, Long> lineOf = new HashMap<>();
                    for (int i = 0; i < wrong.size(); i++) {
                        builder.add(wrong.get(i), i + 2);
                        lineOf.put(wrong.get(i).id(), i + 2L);
                    }
                    SchoolTable schools = builder.build();
                    Scenario scenario = new Scenario(
                            "nesting",
                            2570,
                            "",
                            BigDecimal.valueOf(1_000_000),
                            BigDecimal.ONE,
                            Map.of(),
                            new FlatPerHead(LevelAmounts.FY2567),
                            null,
                            null,
                            null,
                            List.of(AdminLevel.by("cluster"), AdminLevel.by("esa")));
                    InputException e = assertThrows(InputException.class, () -> engine(scenario, schools));
                    Problem p = e.problems().get(0);
                    assertEquals("schools.csv", p.source());
                    assertEquals("cluster", p.field());
                    int row = schools.indexOf(p.schoolId());
                    assertEquals(school.esa(), schools.esa().value(row), "the school named is in the ESA: " + p);
                    assertEquals(lineOf.get(p.schoolId()), p.line(), "the school's own line: " + p);
                    assertTrue(
                            p.message().contains("'" + school.esa() + "'")
                                    && p.message().contains("'" + other + "'")
                                    && p.message().contains("'" + school.cluster() + "'"),
                            p.message());
                });
    }
}

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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.allocation.InfeasibleException;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.engine.AllocationEngine;
import th.allocation.input.ScenarioReader;
import th.allocation.input.SchoolCsvReader;
import th.allocation.model.AreaType;
import th.allocation.model.Enrolment;
import th.allocation.model.School;
import th.allocation.model.SchoolKind;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.DecentralisedResult;
import th.allocation.result.Unit;
import th.allocation.rule.FlatPerHead;
import th.allocation.rule.WeightedFormula;
import th.allocation.scenario.AdminLevel;
import th.allocation.scenario.LocalOverride;
import th.allocation.scenario.OverrideBounds;
import th.allocation.scenario.Scenario;
import th.allocation.testing.ResultLaws;

/**
 * Decentralised allocations worked by hand: a table of six schools in two clusters and three ESAs,
 * rule inheritance, the messages for overrides the centre does not allow, an infeasible unit,
 * targets at a level, and the bundled example.
 */
class DecentralisedAllocatorTest {
    /**
     * Six primary schools, all in subdistrict areas, so that a flat rule at 1,000 THB a pupil gives
     * 1,000 x pupils and a weighted rule with base 1,000 gives that times the remote weight:
     *
     * <pre>
     * school  cluster    ESA     pupils  remote  reading
     * S1      Cluster 1  ESA 2   100     no      0.50
     * S2      Cluster 1  ESA 2    50     no      0.50
     * S3      Cluster 1  ESA 10  200     no      0.40
     * S4      Cluster 1  ESA 10  150     yes     0.60
     * S5      Cluster 2  ESA 3   300     no      0.30
     * S6      Cluster 2  ESA 3   200     yes     0.70
     * </pre>
     *
     * (ESA 10 is named so that natural order, ESA 2 before ESA 10, differs from text order.)
     */
    private static SchoolTable sixSchools() {
        return SchoolTable.of(List.of(
                school("S1", "Cluster 1", "ESA 2", 100, false, 0.5),
                school("S2", "Cluster 1", "ESA 2", 50, false, 0.5),
                school("S3", "Cluster 1", "ESA 10", 200, false, 0.4),
                school("S4", "Cluster 1", "ESA 10", 150, true, 0.6),
                school("S5", "Cluster 2", "ESA 3", 300, false, 0.3),
                school("S6", "Cluster 2", "ESA 3", 200, true, 0.7)));
    }

    private static School school(String id, String cluster, String esa, int pupils, boolean remote, double reading) {
        return School.of(id, "School " + id)
                .withHierarchy(cluster, esa, "")
                .withContext(AreaType.SUBDISTRICT, remote, SchoolKind.PRIMARY)
                .withPupils(new Enrolment(0, pupils, 0, 0), 0, 0)
                .withIndicators(Map.of("reading", reading));
    }

    /**
     * The centre shares 1,200,000 THB flat per head; clusters pass their envelopes on by the same rule;
     * ESAs share theirs by a weighted rule that doubles remote pupils, which an ESA may set between 1
     * and 2, and a floor per pupil it may raise up to 2,000.
     */
    private static final String SCENARIO = String.join(
            "\n",
            "fiscal_year: 2570",
            "budget: 1200000",
            "rule: {type: flat, rates: {preprimary: 1000, primary: 1000, lower_secondary: 1000, upper_secondary: 1000}}",
            "levels:",
            "  - by: cluster",
            "  - by: esa",
            "    rule:",
            "      type: weighted",
            "      base_per_pupil: {preprimary: 1000, primary: 1000, lower_secondary: 1000, upper_secondary: 1000}",
            "      weights: {remote: 2.0}",
            "    may_override:",
            "      rule.weights.remote: {min: 1.0, max: 2.0}",
            "      floors.min_per_pupil: {min: 0, max: 2000}",
            "");

    private static Scenario scenario() {
        return ScenarioReader.parse(SCENARIO, "decentralised.yaml");
    }

    /** The scenario with {@code overrides} added to the ESA level. */
    private static Scenario withEsaOverrides(Scenario scenario, LocalOverride... overrides) {
        AdminLevel esa = scenario.levels().get(1);
        for (LocalOverride override : overrides) {
            esa = esa.withOverride(override);
        }
        return scenario.withLevels(List.of(scenario.levels().get(0), esa));
    }

    private static DecentralisedResult allocate(Scenario scenario, SchoolTable schools) {
        return assertInstanceOf(DecentralisedResult.class, AllocationEngine.allocate(scenario, schools));
    }

    private static long baht(long baht) {
        return baht * 100;
    }

    private static long allocation(AllocationResult result, String id) {
        return result.allocation(result.schools().indexOf(id));
    }

    private static Unit unit(DecentralisedResult result, int level, String name) {
        return result.levels().get(level).stream()
                .filter(u -> u.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void allocate_sixSchools_envelopesAndAllocationsAsWorkedByHand() {
        DecentralisedResult result = allocate(scenario(), sixSchools());
        // Centre, flat: needs 1,000 x pupils add up to 1,000,000 THB; the budget scales them by 1.2.
        // Cluster 1 = 1.2 x (100 + 50 + 200 + 150) x 1,000 = 600,000; Cluster 2 = 1.2 x 500,000 = 600,000.
        assertEquals(baht(1_200_000), result.centre().envelope());
        assertEquals(
                List.of("Cluster 1", "Cluster 2"),
                result.levels().get(0).stream().map(Unit::name).toList());
        assertEquals(baht(600_000), unit(result, 0, "Cluster 1").envelope());
        assertEquals(baht(600_000), unit(result, 0, "Cluster 2").envelope());
        // Cluster 1 shares 600,000 by the centre's rule: needs 150,000 (ESA 2) and 350,000 (ESA 10) scaled by
        // 600,000 / 500,000 = 1.2: ESA 2 = 180,000, ESA 10 = 420,000. Cluster 2 passes 600,000 to ESA 3.
        // Units are listed depth first, in natural order: ESA 2 before ESA 10.
        assertEquals(
                List.of("ESA 2", "ESA 10", "ESA 3"),
                result.levels().get(1).stream().map(Unit::name).toList());
        assertEquals(baht(180_000), unit(result, 1, "ESA 2").envelope());
        assertEquals(baht(420_000), unit(result, 1, "ESA 10").envelope());
        assertEquals(baht(600_000), unit(result, 1, "ESA 3").envelope());
        assertEquals(List.of("Cluster 1", "ESA 10"), unit(result, 1, "ESA 10").path());
        // ESA 2, weighted, no remote school: needs 100,000 and 50,000, scaled by 180,000 / 150,000 = 1.2.
        assertEquals(baht(120_000), allocation(result, "S1"));
        assertEquals(baht(60_000), allocation(result, "S2"));
        // ESA 10: S3 needs 200,000, S4 (remote) 2 x 150,000 = 300,000; scale 420,000 / 500,000 = 0.84.
        assertEquals(baht(168_000), allocation(result, "S3"));
        assertEquals(baht(252_000), allocation(result, "S4"));
        assertEquals(0.84, unit(result, 1, "ESA 10").scale(), 1e-12);
        // ESA 3: S5 needs 300,000, S6 (remote) 400,000; scale 600,000 / 700,000 = 6/7: 257,142.857... and
        // 342,857.142...; whole baht 257,142 + 342,857 = 599,999, and the missing baht goes to the larger
        // remainder (0.857, S5): 257,143 and 342,857.
        assertEquals(baht(257_143), allocation(result, "S5"));
        assertEquals(baht(342_857), allocation(result, "S6"));
        // One step (flat at 1.2) S4 would get 180,000 and S6 240,000: the ESAs' weighted rule moves money.
        assertEquals(baht(180_000), result.oneStep(result.schools().indexOf("S4")));
        assertEquals(baht(420_000), unit(result, 1, "ESA 10").oneStep());
        Unit esa10 = unit(result, 1, "ESA 10");
        assertEquals(2, esa10.schools());
        assertEquals(350, esa10.pupils());
        assertEquals("weighted", esa10.ruleName());
        assertEquals(baht(420_000), esa10.rules().budgetSatang().getAsLong());
        assertTrue(Double.isNaN(result.scale()), "each unit scales by its own factor");
        assertEquals(baht(1_200_000), result.total());
    }

    @Test
    void allocate_anEsaSetsItsRemoteWeight_changesItsOwnSchoolsOnly() {
        Scenario scenario =
                withEsaOverrides(scenario(), new LocalOverride("ESA 10", "rule.weights.remote", new BigDecimal("1.5")));
        DecentralisedResult result = allocate(scenario, sixSchools());
        // ESA 10 with remote 1.5: S3 needs 200,000, S4 1.5 x 150,000 = 225,000; 420,000 / 425,000 of them:
        // 197,647.0588... and 222,352.9411...; whole baht 419,999, the missing baht to S4 (0.941).
        assertEquals(baht(197_647), allocation(result, "S3"));
        assertEquals(baht(222_353), allocation(result, "S4"));
        assertEquals("rule.weights.remote=1.5", unit(result, 1, "ESA 10").overridesText());
        // Everything else as in the case without the override.
        assertEquals(baht(420_000), unit(result, 1, "ESA 10").envelope());
        assertEquals(baht(120_000), allocation(result, "S1"));
        assertEquals(baht(60_000), allocation(result, "S2"));
        assertEquals(baht(257_143), allocation(result, "S5"));
        assertEquals(baht(342_857), allocation(result, "S6"));
        assertEquals("", unit(result, 1, "ESA 3").overridesText());
    }

    @Test
    void allocate_explanationOfEachSchool_isItsEsasSplit() {
        DecentralisedResult result = allocate(scenario(), sixSchools());
        List<String> keys = result.components().stream().map(c -> c.key()).toList();
        assertTrue(keys.contains("remote_uplift"), "the ESAs' weighted components: " + keys);
        int s6 = result.schools().indexOf("S6");
        // S6: base 200,000 x 6/7 = 171,428.57 and remote uplift 200,000 x (2 - 1) x 6/7 = 171,428.57, so
        // 342,857.14 before rounding and -0.14 of rounding.
        assertEquals(17_142_857, result.component(keys.indexOf("base_primary"), s6));
        assertEquals(17_142_857, result.component(keys.indexOf("remote_uplift"), s6));
        assertEquals(-14, result.rounding(s6));
        ResultLaws.check(result);
    }

    @Test
    void rulesOf_eachPartComesFromTheNearestLevelThatGivesIt() {
        Scenario scenario = ScenarioReader.parse(
                String.join(
                        "\n",
                        "fiscal_year: 2570",
                        "budget: 1200000",
                        "rule: {type: flat, rates: {preprimary: 1000, primary: 1000, lower_secondary: 1000, upper_secondary: 1000}}",
                        "floors: {min_per_pupil: 100}",
                        "caps: {percent_of_previous: 150}",
                        "levels:",
                        "  - by: cluster",
                        "    rule:",
                        "      type: weighted",
                        "      base_per_pupil: {preprimary: 900, primary: 900, lower_secondary: 900, upper_secondary: 900}",
                        "      weights: {remote: 1.5}",
                        "    floors: {min_per_pupil: 500}",
                        "  - by: esa",
                        "    caps: {percent_of_previous: 200}",
                        "  - by: network",
                        ""),
                "inherit.yaml");
        Scenario centre = scenario.centreRules();
        Scenario cluster = scenario.rulesOf(scenario.levels().get(0));
        Scenario esa = scenario.rulesOf(scenario.levels().get(1));
        Scenario network = scenario.rulesOf(scenario.levels().get(2));
        assertInstanceOf(FlatPerHead.class, centre.rule());
        assertEquals(0, new BigDecimal("100").compareTo(centre.floors().minPerPupil()));
        WeightedFormula clusterRule = assertInstanceOf(WeightedFormula.class, cluster.rule());
        assertEquals(1.5, clusterRule.weights().remote());
        assertEquals(0, new BigDecimal("500").compareTo(cluster.floors().minPerPupil()), "the cluster's own floors");
        assertEquals(0, new BigDecimal("150").compareTo(cluster.caps().percentOfPrevious()), "the centre's caps");
        assertEquals(clusterRule, esa.rule(), "the ESA level keeps the cluster level's rule");
        assertEquals(cluster.floors(), esa.floors(), "and its floors");
        assertEquals(0, new BigDecimal("200").compareTo(esa.caps().percentOfPrevious()), "with its own caps");
        assertEquals(esa.rule(), network.rule());
        assertEquals(esa.floors(), network.floors());
        assertEquals(esa.caps(), network.caps(), "the network level inherits through the ESA level");
        assertTrue(network.levels().isEmpty());
        assertEquals(scenario.budget(), network.budget());
    }

    @Test
    void allocate_aLevelWithoutItsOwnRule_splitsByTheRuleAboveIt() {
        // Clusters split by a weighted rule (remote x 2) that the ESA level inherits.
        Scenario scenario = ScenarioReader.parse(
                String.join(
                        "\n",
                        "fiscal_year: 2570",
                        "budget: 1200000",
                        "rule: {type: flat, rates: {preprimary: 1000, primary: 1000, lower_secondary: 1000, upper_secondary: 1000}}",
                        "levels:",
                        "  - by: cluster",
                        "    rule:",
                        "      type: weighted",
                        "      base_per_pupil: {preprimary: 1000, primary: 1000, lower_secondary: 1000, upper_secondary: 1000}",
                        "      weights: {remote: 2.0}",
                        "  - by: esa",
                        ""),
                "inherit.yaml");
        DecentralisedResult result = allocate(scenario, sixSchools());
        // Cluster 1 (600,000): weighted needs ESA 2 150,000 and ESA 10 200,000 + 300,000 = 500,000; total
        // 650,000, scale 600,000 / 650,000 = 12/13: ESA 2 = 138,461.54 -> 138,462, ESA 10 = 461,538.46 -> 461,538.
        assertEquals(baht(138_462), unit(result, 1, "ESA 2").envelope());
        assertEquals(baht(461_538), unit(result, 1, "ESA 10").envelope());
        // ESA 10 splits 461,538 by the same weighted rule: S3 200,000 / 500,000 of it = 184,615.2 -> 184,615,
        // S4 276,922.8 -> 276,923.
        assertEquals(baht(184_615), allocation(result, "S3"));
        assertEquals(baht(276_923), allocation(result, "S4"));
        assertEquals("weighted", unit(result, 1, "ESA 10").ruleName());
        assertInstanceOf(FlatPerHead.class, result.centre().rules().rule());
    }

    @Test
    void allocate_sameRulesAndNoOverrides_canDifferFromOneStepByMoreThanAUnitPerLevel() {
        // The bound DecentralisedLawsTest checks, reached: a unit whose schools all took the extra unit of the
        // centre's rounding passes it on to its largest school. Rates: 1,000.10 THB a primary pupil,
        // 1,000.05 a lower-secondary one; cluster A has a school of 1,000 primary pupils and nine of one,
        // cluster B 180 schools of one lower-secondary pupil. Needs add up to 1,000,100 + 9 x 1,000.10 +
        // 180 x 1,000.05 = 1,189,109.90; the budget, 1,189,110, scales them by 1 + 8.4e-8.
        List<School> schools = new ArrayList<>();
        schools.add(onePupilSchools("A00", "A", new Enrolment(0, 1000, 0, 0)));
        for (int i = 1; i <= 9; i++) {
            schools.add(onePupilSchools("A0" + i, "A", new Enrolment(0, 1, 0, 0)));
        }
        for (int i = 0; i < 180; i++) {
            schools.add(onePupilSchools(String.format("B%03d", i), "B", new Enrolment(0, 0, 1, 0)));
        }
        Scenario scenario = ScenarioReader.parse(
                String.join(
                        "\n",
                        "fiscal_year: 2570",
                        "budget: 1189110",
                        "rule: {type: flat, rates: {preprimary: 1000, primary: 1000.10, lower_secondary: 1000.05,"
                                + " upper_secondary: 1000}}",
                        "levels: [{by: cluster}]",
                        ""),
                "rounding.yaml");
        DecentralisedResult result = allocate(scenario, SchoolTable.of(schools));
        int big = result.schools().indexOf("A00");
        // One step: whole baht add up to 1,189,100; the 10 missing go to the largest remainders: the nine
        // small A schools (0.1000841) and A00 (0.0841, above B's 0.0500841). A00 gets 1,000,101.
        assertEquals(baht(1_000_101), result.oneStep(big));
        // Cluster A receives 1,000,101 + 9 x 1,001 = 1,009,110, 9.02 THB more than its schools' continuous
        // amounts; split by the same rule, A00 gets 1,000,100 x 1,009,110 / 1,009,100.90 = 1,000,109.02 and the
        // missing baht goes to A01 (remainder 0.109): A00 gets 1,000,109, 8 baht more than one step, with one
        // level. The bound is 1 + 10 schools in its unit = 11 baht.
        assertEquals(baht(1_009_110), unit(result, 0, "A").envelope());
        assertEquals(baht(1_000_109), result.allocation(big));
        assertEquals(baht(1_001), allocation(result, "A01"));
        assertEquals(baht(1_000), allocation(result, "A02"));
    }

    private static School onePupilSchools(String id, String cluster, Enrolment pupils) {
        return School.of(id, id).withHierarchy(cluster, cluster + "-esa", "").withPupils(pupils, 0, 0);
    }

    @Test
    void allocate_schoolsInNoNetwork_formAUnitOfTheirOwnInEachEsa() {
        List<School> schools = new ArrayList<>();
        for (School school : sixSchools().schools()) {
            String network = school.id().equals("S1") ? "Net A" : school.id().equals("S5") ? "Net B" : "";
            schools.add(school.withHierarchy(school.cluster(), school.esa(), network));
        }
        Scenario scenario = ScenarioReader.parse(SCENARIO + "  - by: network\n", "n.yaml");
        DecentralisedResult result = allocate(scenario, SchoolTable.of(schools));
        List<String> networks = result.levels().get(2).stream()
                .map(u -> u.path().get(1) + "/" + u.label())
                .toList();
        // Each ESA's schools in no network are a unit "(none)"; the empty name sorts first.
        assertEquals(List.of("ESA 2/(none)", "ESA 2/Net A", "ESA 10/(none)", "ESA 3/(none)", "ESA 3/Net B"), networks);
        // With one school per network unit but (none) in ESA 10 and ESA 3, the network level changes nothing
        // (it inherits the ESA rule): the allocations are those of the ESA level.
        assertEquals(baht(168_000), allocation(result, "S3"));
        assertEquals(baht(252_000), allocation(result, "S4"));
        assertEquals(baht(257_143), allocation(result, "S5"));
        assertEquals(baht(1_200_000), result.total());
    }

    // Errors in overrides

    @Test
    void allocate_overridesTheCentreDoesNotAllow_listsEveryProblemWhereItWasWritten() {
        Scenario scenario = withEsaOverrides(
                scenario(),
                new LocalOverride("ESA 100", "rule.weights.remote", new BigDecimal("1.2"), "esa/x.yaml", 2, 5),
                new LocalOverride("ESA 2", "rule.loadings.poor", new BigDecimal("3000"), "esa/two.yaml", 4, 11),
                new LocalOverride("ESA 3", "rule.weights.remote", new BigDecimal("2.5"), "esa/three.yaml", 5, 13),
                new LocalOverride("ESA 10", "rule.weights.remote", new BigDecimal("1.5"), "esa/ten.yaml", 3, 13),
                new LocalOverride("ESA 10", "rule.weights.remote", new BigDecimal("1.6"), "esa/ten-b.yaml", 3, 13));
        InputException e = assertThrows(InputException.class, () -> AllocationEngine.allocate(scenario, sixSchools()));
        List<Problem> problems = e.problems();
        assertEquals(4, problems.size(), e.getMessage());

        Problem notAllowed = find(problems, "esa/two.yaml");
        assertEquals(4, notAllowed.line());
        assertEquals(11, notAllowed.column());
        assertEquals("rule.loadings.poor", notAllowed.field());
        assertEquals(
                "esa 'ESA 2' sets 'rule.loadings.poor' to 3000, but the centre does not let units of the esa"
                        + " level set it.",
                notAllowed.message());
        assertEquals(
                "Parameters they may set: floors.min_per_pupil, rule.weights.remote (may_override in the"
                        + " scenario).",
                notAllowed.advice());

        Problem outOfBounds = find(problems, "esa/three.yaml");
        assertEquals(5, outOfBounds.line());
        assertEquals(
                "esa 'ESA 3' sets rule.weights.remote to 2.5, outside the centre's bounds: between 1.0 and 2.0.",
                outOfBounds.message());

        Problem twice = find(problems, "esa/ten-b.yaml");
        assertEquals("esa 'ESA 10' sets rule.weights.remote twice (first at esa/ten.yaml:3).", twice.message());

        Problem unknownUnit = find(problems, "esa/x.yaml");
        assertEquals(2, unknownUnit.line());
        assertEquals("No school of the school table is in the esa 'ESA 100'.", unknownUnit.message());
        assertEquals("Did you mean 'ESA 10'?", unknownUnit.advice());
    }

    private static Problem find(List<Problem> problems, String source) {
        return problems.stream()
                .filter(p -> p.source().equals(source))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no problem in " + source + ": " + problems));
    }

    @Test
    void allocate_valuesAtTheBounds_areAccepted() {
        Scenario scenario = withEsaOverrides(
                scenario(),
                new LocalOverride("ESA 2", "rule.weights.remote", new BigDecimal("1.0")),
                new LocalOverride("ESA 3", "rule.weights.remote", new BigDecimal("2")),
                new LocalOverride("ESA 3", "floors.min_per_pupil", BigDecimal.ZERO));
        assertEquals(List.of(), OverrideRules.check(scenario, ""));
        assertEquals(baht(1_200_000), allocate(scenario, sixSchools()).total());
    }

    @Test
    void allocate_mayOverrideAParameterTheRuleLacksOrOnlyTheCentreSets_isAnError() {
        Scenario base = scenario();
        AdminLevel esa = base.levels()
                .get(1)
                .allowing("rule.weights.remtoe", new OverrideBounds(BigDecimal.ONE, BigDecimal.TEN))
                .allowing("rounding_unit", new OverrideBounds(null, null))
                .allowing("budget", new OverrideBounds(null, null));
        Scenario scenario = base.withLevels(List.of(base.levels().get(0), esa));
        InputException e = assertThrows(InputException.class, () -> AllocationEngine.allocate(scenario, sixSchools()));
        assertEquals(3, e.problems().size(), e.getMessage());
        Problem misspelt = e.problems().stream()
                .filter(p -> p.field().endsWith("remtoe"))
                .findFirst()
                .orElseThrow();
        assertEquals("levels.1.may_override.rule.weights.remtoe", misspelt.field());
        assertTrue(misspelt.advice().startsWith("Did you mean 'rule.weights.remote'?"), misspelt.advice());
        // A unit allocating in a smaller rounding unit would break every envelope below it into parts that are
        // not whole units of the scenario's; a larger one could not split its envelope at all.
        Problem rounding = e.problems().stream()
                .filter(p -> p.field().endsWith("rounding_unit"))
                .findFirst()
                .orElseThrow();
        assertTrue(rounding.message().contains("only the centre sets"), rounding.message());
        assertTrue(e.problems().stream().anyMatch(p -> p.field().equals("levels.1.may_override.budget")));
    }

    @Test
    void allocate_valuesWithinBoundsThatMakeAUnitsRuleInvalid_areReportedForEveryUnitWhereWritten() {
        // The centre's bounds are looser than what a rule accepts: a remote weight must be at least 1, and
        // full_up_to is a whole number. In one CSV table of every ESA's values, each problem must say its
        // row and unit, and all of them come at once, before any money is split.
        Scenario base = scenario();
        AdminLevel esa = base.levels()
                .get(1)
                .allowing("rule.weights.remote", new OverrideBounds(new BigDecimal("0.5"), new BigDecimal("2")))
                .allowing("rule.small_school.full_up_to", new OverrideBounds(BigDecimal.ZERO, BigDecimal.valueOf(100)))
                .withOverride(new LocalOverride(
                        "ESA 2", "rule.small_school.full_up_to", new BigDecimal("40.5"), "esa.csv", 2, 0))
                .withOverride(
                        new LocalOverride("ESA 3", "rule.weights.remote", new BigDecimal("0.5"), "esa.csv", 3, 0));
        Scenario scenario = base.withLevels(List.of(base.levels().get(0), esa));
        InputException e = assertThrows(InputException.class, () -> AllocationEngine.allocate(scenario, sixSchools()));
        assertEquals(2, e.problems().size(), e.getMessage());
        Problem whole = e.problems().get(0);
        assertEquals("esa.csv", whole.source());
        assertEquals(2, whole.line());
        assertEquals("rule.small_school.full_up_to", whole.field());
        assertTrue(
                whole.message().startsWith("esa 'ESA 2' sets rule.small_school.full_up_to to 40.5: "), whole.message());
        Problem weight = e.problems().get(1);
        assertEquals(3, weight.line());
        assertTrue(weight.message().startsWith("esa 'ESA 3' sets rule.weights.remote to 0.5: "), weight.message());
        assertTrue(weight.message().contains("at least 1"), weight.message());
    }

    @Test
    void allocate_anEsaInTwoClusters_isAnErrorNamingTheSchoolAndItsLine() {
        SchoolTable.Builder builder = SchoolTable.builder("schools.csv");
        List<School> schools = sixSchools().schools();
        for (int i = 0; i < schools.size(); i++) {
            School school = schools.get(i);
            // S4 is put in Cluster 2, though ESA 10's other school, S3, is in Cluster 1.
            builder.add(school.id().equals("S4") ? school.withHierarchy("Cluster 2", "ESA 10", "") : school, i + 2);
        }
        InputException e =
                assertThrows(InputException.class, () -> AllocationEngine.allocate(scenario(), builder.build()));
        assertEquals(1, e.problems().size(), e.getMessage());
        Problem p = e.problems().get(0);
        assertEquals("schools.csv", p.source());
        assertEquals(5, p.line());
        assertEquals("S4", p.schoolId());
        assertEquals("cluster", p.field());
        assertEquals(
                "The esa 'ESA 10' is in the cluster 'Cluster 2' here but in 'Cluster 1' at school S3 (line 4).",
                p.message());
    }

    @Test
    void allocate_anEsaRaisingItsFloorAboveItsEnvelope_isInfeasibleNamingTheEsa() {
        // ESA 2 has 150 pupils and an envelope of 180,000 THB (1,200 a pupil); a floor of 1,500 a pupil
        // needs 225,000.
        Scenario scenario = withEsaOverrides(
                scenario(),
                new LocalOverride("ESA 2", "floors.min_per_pupil", new BigDecimal("1500"), "esa/two.yaml", 3, 18));
        InfeasibleException e =
                assertThrows(InfeasibleException.class, () -> AllocationEngine.allocate(scenario, sixSchools()));
        assertTrue(
                e.getMessage()
                        .startsWith("esa 'ESA 2' (envelope 180,000 THB from cluster 'Cluster 1'); its own"
                                + " values: floors.min_per_pupil=1500 (esa/two.yaml:3): Floors add up to 225,000 THB but the budget"
                                + " is 180,000 THB."),
                e.getMessage());
    }

    @Test
    void allocate_aLevelWithTargets_closesGapsInsideEachEsaAndConserves() {
        // The ESA level keeps the centre's flat rule as every school's base entitlement and spends the rest of
        // its envelope (the centre's 20% above the flat amounts) on reading, target 0.6, 5,000 THB a pupil to
        // raise it by 1.0, by min-max.
        Scenario scenario = ScenarioReader.parse(
                String.join(
                        "\n",
                        "fiscal_year: 2570",
                        "budget: 1200000",
                        "rule: {type: flat, rates: {preprimary: 1000, primary: 1000, lower_secondary: 1000, upper_secondary: 1000}}",
                        "levels:",
                        "  - by: cluster",
                        "  - by: esa",
                        "    targets:",
                        "      objective: min_max",
                        "      solver: structured",
                        "      indicators:",
                        "        - {name: reading, goal: quality, direction: higher, target: 0.6, cost: {per: pupil, amount: 5000}}",
                        ""),
                "targets.yaml");
        DecentralisedResult result = allocate(scenario, sixSchools());
        assertEquals(baht(1_200_000), result.total());
        assertEquals(
                List.of("reading"),
                result.indicators().stream().map(i -> i.name()).toList());
        // ESA 3 (600,000): bases 300,000 (S5) and 200,000 (S6). S6 reads 0.7, above the target; S5 reads 0.3,
        // a gap of 0.3 that would cost 0.3 x 300 x 5,000 = 450,000: the 100,000 left all go to S5.
        assertEquals(baht(400_000), allocation(result, "S5"));
        assertEquals(baht(200_000), allocation(result, "S6"));
        // ESA 10 (420,000): S4 reads 0.6, no gap; S3 (0.4, gap cost 200,000) takes the 70,000 above the bases.
        assertEquals(baht(270_000), allocation(result, "S3"));
        assertEquals(baht(150_000), allocation(result, "S4"));
        // ESA 2 (180,000): S1 and S2 both read 0.5; min-max lowers both gaps to one level r:
        // 5,000 x (100 + 50) x (0.1 - r) = 30,000 gives 0.1 - r = 0.04: S1 + 20,000, S2 + 10,000.
        assertEquals(baht(120_000), allocation(result, "S1"));
        assertEquals(baht(60_000), allocation(result, "S2"));
        int s5 = result.schools().indexOf("S5");
        // S5 is projected to read 0.3 + 100,000 / (300 x 5,000) = 0.3667.
        assertEquals(0.3 + 100_000.0 / 1_500_000, result.projected(0, s5), 1e-9);
        for (Unit esa : result.levels().get(1)) {
            assertEquals("flat+targets", esa.ruleName());
        }
    }

    @Test
    void allocate_targetsAtALevel_keepLocalTargetsForTheirOwnUnitAndTakeAUnitsOwnTarget() {
        // A target for Cluster 2's schools (0.8) concerns ESA 3 only; ESA 2 sets its own central target, 0.55.
        Scenario base = ScenarioReader.parse(
                String.join(
                        "\n",
                        "fiscal_year: 2570",
                        "budget: 1200000",
                        "rule: {type: flat, rates: {preprimary: 1000, primary: 1000, lower_secondary: 1000, upper_secondary: 1000}}",
                        "levels:",
                        "  - by: cluster",
                        "  - by: esa",
                        "    targets:",
                        "      objective: min_max",
                        "      solver: structured",
                        "      indicators:",
                        "        - name: reading",
                        "          goal: quality",
                        "          direction: higher",
                        "          target: 0.6",
                        "          cost: {per: pupil, amount: 5000}",
                        "          overrides: [{cluster: Cluster 2, target: 0.8}]",
                        "    may_override:",
                        "      targets.indicators.reading.target: {min: 0.5, max: 0.9}",
                        ""),
                "targets.yaml");
        Scenario scenario = withEsaOverrides(
                base, new LocalOverride("ESA 2", "targets.indicators.reading.target", new BigDecimal("0.55")));
        DecentralisedResult result = allocate(scenario, sixSchools());
        SchoolTable schools = result.schools();
        assertEquals(0.55, result.target(0, schools.indexOf("S1")), 1e-12, "ESA 2's own target");
        assertEquals(0.55, result.target(0, schools.indexOf("S2")), 1e-12);
        assertEquals(0.6, result.target(0, schools.indexOf("S3")), 1e-12, "the level's target in ESA 10");
        assertEquals(0.8, result.target(0, schools.indexOf("S5")), 1e-12, "Cluster 2's target in ESA 3");
        assertEquals(0.8, result.target(0, schools.indexOf("S6")), 1e-12);
        // ESA 3: S5's gap (0.5 of 0.8, 750,000 THB to close) stays the largest after all 100,000 THB go to it.
        assertEquals(baht(400_000), allocation(result, "S5"));
        assertEquals(baht(200_000), allocation(result, "S6"));
        assertEquals(baht(1_200_000), result.total());
    }

    @Test
    void allocate_aLevelThatMaySpendLessThanItsEnvelope_isAnError() {
        // With spend: at_most an ESA whose gaps close cheaply would keep part of its envelope back (here
        // 143,750 of the 1,200,000 THB): its schools would not add up to what it received.
        Scenario scenario = ScenarioReader.parse(
                String.join(
                        "\n",
                        "fiscal_year: 2570",
                        "budget: 1200000",
                        "rule: {type: flat, rates: {preprimary: 1000, primary: 1000, lower_secondary: 1000, upper_secondary: 1000}}",
                        "levels:",
                        "  - by: cluster",
                        "  - by: esa",
                        "    targets:",
                        "      spend: at_most",
                        "      solver: structured",
                        "      indicators:",
                        "        - {name: reading, goal: quality, direction: higher, target: 0.55, cost: {per: pupil, amount: 500}}",
                        ""),
                "targets.yaml");
        Problem p = assertThrows(InputException.class, () -> AllocationEngine.allocate(scenario, sixSchools()))
                .problems()
                .get(0);
        assertEquals("levels.1.targets.spend", p.field());
        assertEquals(
                "levels[1] (esa) allocates against targets with spend: at_most, so a unit could leave part of"
                        + " its envelope unspent.",
                p.message());
        // The centre may spend at most the budget: the tree then starts from what it spent.
        Scenario centreAtMost = ScenarioReader.parse(
                String.join(
                        "\n",
                        "fiscal_year: 2570",
                        "budget: 1200000",
                        "rule: {type: flat, rates: {preprimary: 1000, primary: 1000, lower_secondary: 1000, upper_secondary: 1000}}",
                        "targets:",
                        "  spend: at_most",
                        "  solver: structured",
                        "  indicators:",
                        "    - {name: reading, goal: quality, direction: higher, target: 0.55, cost: {per: pupil, amount: 500}}",
                        "levels:",
                        "  - by: cluster",
                        "    targets:",
                        "      solver: structured",
                        "      indicators:",
                        "        - {name: reading, goal: quality, direction: higher, target: 0.55, cost: {per: pupil, amount: 500}}",
                        ""),
                "targets.yaml");
        DecentralisedResult result = allocate(centreAtMost, sixSchools());
        assertTrue(result.total() < baht(1_200_000), "the centre spent less: " + result.total());
        assertEquals(result.total(), result.centre().envelope());
        assertEquals(
                result.total(),
                result.levels().get(0).stream().mapToLong(Unit::envelope).sum());
        // A level inheriting the centre's at_most is an error too.
        Scenario inherited = centreAtMost.withLevels(List.of(AdminLevel.by("cluster")));
        Problem q = assertThrows(InputException.class, () -> AllocationEngine.allocate(inherited, sixSchools()))
                .problems()
                .get(0);
        assertTrue(q.message().contains("(inherited from the level above)"), q.message());
    }

    @Test
    void allocate_bundledExample_readsItsOverridesAndMatchesTheHandCalculation() {
        Path file = Path.of("..", "examples", "small", "decentralised.yaml");
        Scenario scenario = ScenarioReader.read(file);
        SchoolTable schools = SchoolCsvReader.read(scenario.schoolsPath(file), scenario.columns(), Set.of());
        DecentralisedResult result = allocate(scenario, schools);
        assertEquals(scenario.budgetSatang().getAsLong(), result.total());
        Unit chiangMai5 = unit(result, 1, "สพป.เชียงใหม่ เขต 5");
        assertEquals("rule.loadings.poor=5000", chiangMai5.overridesText());
        assertTrue(chiangMai5.overrides().get(0).source().endsWith("chiang-mai-5.yaml"));
        assertEquals(5, chiangMai5.overrides().get(0).line(), "poor: 5000 is on line 5");
        // The centre's formula gives the ESA its schools' one-step amounts, 275,954 + 170,934 = 446,888
        // (examples/small/README.md, step 1). Its own poor loading 5,000: 30001, remote, 50 poor: 145,152 x
        // 1.2 + 250,000 = 424,182.40; 30004, remote, 30 poor: 92,340 x 1.2 + 150,000 = 260,808. Scale
        // 446,888 / 684,990.40 = 0.652400: 276,736.76 and 170,151.24, whole baht 276,737 and 170,151.
        assertEquals(baht(446_888), chiangMai5.envelope());
        assertEquals(baht(276_737), allocation(result, "30001"));
        assertEquals(baht(170_151), allocation(result, "30004"));
    }

    @Test
    void allocate_withoutLevels_isNotDecentralised() {
        Scenario oneStep = scenario().withLevels(List.of());
        assertThrows(
                IllegalArgumentException.class,
                () -> DecentralisedAllocator.allocate(oneStep, sixSchools(), AllocationEngine::allocate));
        assertTrue(!(AllocationEngine.allocate(oneStep, sixSchools()) instanceof DecentralisedResult));
    }

    /**
     * A budget exactly the sum of the caps, with a school the rule gives no need: every school with need
     * at its cap, the other at its floor (0). Top-down splits meet this often (a unit whose schools were
     * all capped above receives exactly their caps); the scale solver once ended right of the last
     * breakpoint here and gave the school without need Infinity x 0 = NaN. Found by DecentralisedLawsTest.
     */
    @Test
    void allocate_budgetExactlyTheCapsWithASchoolWithoutNeed_givesEverySchoolItsCap() {
        School capped = School.of("A", "A")
                .withContext(AreaType.CAPITAL, true, SchoolKind.PRIMARY)
                .withPupils(new Enrolment(0, 0, 1, 0), 0, 0)
                .withPreviousAllocation(baht(4_000));
        School empty = School.of("B", "B");
        Scenario oneStep = ScenarioReader.parse(
                String.join(
                        "\n",
                        "fiscal_year: 2570",
                        "budget: 4800",
                        "rounding_unit: 0.01",
                        "rule:",
                        "  type: weighted",
                        "  base_per_pupil: {preprimary: 500, primary: 500, lower_secondary: 502.06, upper_secondary: 500}",
                        "  weights:",
                        "    area_type: {capital: 0.81}",
                        "    remote: 1.06",
                        "    school_kind: {primary: 0.8}",
                        "  lump_sum: 0.58",
                        "caps: {percent_of_previous: 120}",
                        ""),
                "nan.yaml");
        AllocationResult result = AllocationEngine.allocate(oneStep, SchoolTable.of(List.of(capped, empty)));
        assertEquals(baht(4_800), result.allocation(0));
        assertEquals(0, result.allocation(1));
    }
}

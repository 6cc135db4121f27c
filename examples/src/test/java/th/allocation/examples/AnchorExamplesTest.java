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
package th.allocation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.allocation.engine.AllocationEngine;
import th.allocation.explain.Explanation;
import th.allocation.input.ScenarioReader;
import th.allocation.result.AllocationResult;
import th.allocation.result.Bound;

/**
 * The anchor examples of {@code anchors/}: England's NFF, Australia's SRS and US weighted student
 * funding as composed formulas, each figure as worked by hand in the folder's {@code README.md}, to
 * the hundredth of the currency unit (amounts below are in hundredths: pence, cents).
 */
class AnchorExamplesTest {
    private static AllocationResult run(String scenario) {
        return AllocationEngine.load(Path.of("anchors", scenario)).allocate();
    }

    /** Checks one school's components (in the scenario's order), allocation and bound, and that explain agrees. */
    private static void assertSchool(
            AllocationResult result, String id, List<Long> components, long allocation, Bound bound) {
        int i = result.schools().indexOf(id);
        for (int c = 0; c < components.size(); c++) {
            assertEquals(
                    (long) components.get(c),
                    result.component(c, i),
                    id + " " + result.components().get(c).key());
        }
        assertEquals(allocation, result.allocation(i), id + " allocation");
        assertEquals(bound, result.bound(i), id + " bound");
        Explanation why = Explanation.of(result, id);
        assertEquals(allocation, why.allocation(), id + " explained");
        for (int c = 0; c < components.size(); c++) {
            assertEquals((long) components.get(c), why.components().get(c).stated(), id + " explained component " + c);
        }
    }

    @Test
    void englandNff_matchesTheReadme() {
        AllocationResult result = run("england-nff/nff.yaml");
        // basic, deprivation, lump sum, sparsity primary, sparsity secondary, area cost adjustment, premises
        assertSchool(
                result,
                "E1",
                List.of(39_200_000L, 1_000_000L, 14_510_000L, 3_969_720L, 0L, 2_200_490L, 900_000L),
                61_780_210L,
                Bound.NONE);
        assertSchool(
                result,
                "E2",
                List.of(14_000_000L, 350_000L, 14_510_000L, 2_870_000L, 0L, 1_189_875L, 600_000L),
                33_519_875L,
                Bound.NONE);
        assertSchool(
                result,
                "E3",
                List.of(168_000_000L, 3_150_000L, 14_510_000L, 0L, 0L, 10_842_544L, 2_500_000L),
                199_002_544L,
                Bound.NONE);
        assertSchool(
                result,
                "E4",
                List.of(231_200_000L, 3_000_000L, 14_510_000L, 0L, 5_560_000L, 9_535_125L, 4_000_000L),
                267_805_125L,
                Bound.NONE);
        assertEquals(562_107_754L, result.total());
    }

    @Test
    void usWeightedStudentFunding_matchesTheReadme() {
        AllocationResult result = run("us-wsf/sfra.yaml");
        // base x grade weight, at-risk, English learners
        assertSchool(result, "U1", List.of(480_000_000L, 33_840_000L, 18_000_000L), 531_840_000L, Bound.NONE);
        assertSchool(result, "U2", List.of(360_000_000L, 74_880_000L, 27_000_000L), 455_800_000L, Bound.CAP);
        assertSchool(
                result, "U3", List.of(624_000_000L, 273_600_000L, 48_000_000L), 1_018_500_000L, Bound.HOLD_HARMLESS);
        assertSchool(result, "U4", List.of(1_104_000_000L, 115_800_000L, 24_000_000L), 1_243_800_000L, Bound.NONE);
        assertEquals(3_249_940_000L, result.total());
    }

    @Test
    void usWsfPerPupil_matchesTheReadme() {
        AllocationResult result = run("us-wsf/sfra-per-pupil.yaml");
        assertSchool(result, "U1", List.of(480_000_000L, 33_840_000L, 18_000_000L), 531_840_000L, Bound.NONE);
        assertSchool(result, "U2", List.of(360_000_000L, 74_880_000L, 27_000_000L), 427_312_500L, Bound.GAINS_CAP);
        assertSchool(
                result,
                "U3",
                List.of(624_000_000L, 273_600_000L, 48_000_000L),
                1_060_937_500L,
                Bound.FUNDING_GUARANTEE);
        assertSchool(result, "U4", List.of(1_104_000_000L, 115_800_000L, 24_000_000L), 1_243_800_000L, Bound.NONE);
        int u2 = result.schools().indexOf("U2");
        assertEquals(391_031_250L, result.floor(u2));
        assertEquals(-34_567_500L, result.boundAdjustment(u2));
        assertEquals(115_337_500L, result.boundAdjustment(result.schools().indexOf("U3")));
        assertEquals(3_263_890_000L, result.total());
    }

    @Test
    void australiaSrs_matchesTheReadme() {
        AllocationResult result = run("australia-srs/srs.yaml");
        // base, disability, low SES, location, size
        assertSchool(
                result,
                "A1",
                List.of(31_315_200L, 1_096_032L, 4_697_280L, 37_578_240L, 28_540_541L),
                103_227_293L,
                Bound.NONE);
        assertSchool(
                result,
                "A2",
                List.of(234_864_000L, 6_576_192L, 11_743_200L, 23_486_400L, 2_162_162L),
                278_831_954L,
                Bound.NONE);
        assertSchool(
                result, "A3", List.of(1_311_760_000L, 16_440_480L, 15_657_600L, 0L, 0L), 1_343_858_080L, Bound.NONE);
        assertSchool(result, "A4", List.of(393_528_000L, 5_480_160L, 1_957_200L, 0L, 0L), 400_965_360L, Bound.NONE);
        assertEquals(2_126_882_687L, result.total());
    }

    @Test
    void everyAnchorScenario_isValidAgainstTheSchema() throws IOException {
        ObjectMapper yaml = new YAMLMapper();
        try (InputStream in = ScenarioReader.class.getResourceAsStream("/th/allocation/scenario.schema.json")) {
            var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
            for (String file : List.of(
                    "england-nff/nff.yaml",
                    "us-wsf/sfra.yaml",
                    "us-wsf/sfra-per-pupil.yaml",
                    "australia-srs/srs.yaml",
                    "thailand/needs-composed.yaml")) {
                assertEquals(
                        Set.of(),
                        schema.validate(yaml.readTree(Path.of("anchors", file).toFile())),
                        file);
            }
        }
    }

    @Test
    void thaiComposedFormula_spendsTheBudgetExactly_andPaysSparsityOnlyToFarSmallSchools() {
        // The national schools generated in memory: the same schools alloc writes to thailand/schools.csv.
        th.allocation.model.SchoolTable.Builder builder = th.allocation.model.SchoolTable.builder("generated");
        th.allocation.generate.SchoolGenerator.national().forEach(builder::add);
        AllocationResult result = th.allocation.engine.AllocationEngine.allocate(
                ScenarioReader.read(Path.of("anchors", "thailand", "needs-composed.yaml")), builder.build());
        assertEquals(1_816_898_418_000L, result.total(), "the budget, to the satang");
        int sparsity = result.components().stream().map(c -> c.key()).toList().indexOf("sparsity");
        long sum = 0;
        for (int i = 0; i < result.schools().size(); i++) {
            long explained = result.boundAdjustment(i) + result.rounding(i);
            for (int c = 0; c < result.components().size(); c++) {
                explained += result.component(c, i);
            }
            assertEquals(result.allocation(i), explained, result.schools().id(i));
            sum += result.allocation(i);
            if (result.component(sparsity, i) > 0) {
                double perYearGroup = (double) result.schools().totalPupils(i)
                        / th.allocation.rule.SchoolQuantities.yearGroups(result.schools(), i);
                assertTrue(
                        result.schools().indicator("distance_to_esa_km", i) > 40,
                        result.schools().id(i));
                assertTrue(perYearGroup < 20, result.schools().id(i));
            }
        }
        assertEquals(result.total(), sum);
    }

    @Test
    void thaiComposedFormula_guaranteesLastYearsPerPupilAmountLessTwoPercent_withoutLumpSumAndSparsity() {
        th.allocation.model.SchoolTable.Builder builder = th.allocation.model.SchoolTable.builder("generated");
        th.allocation.generate.SchoolGenerator.national().forEach(builder::add);
        AllocationResult result = th.allocation.engine.AllocationEngine.allocate(
                ScenarioReader.read(Path.of("anchors", "thailand", "needs-composed.yaml")), builder.build());
        List<String> names = result.components().stream().map(c -> c.key()).toList();
        int lumpSum = names.indexOf("lump_sum");
        int sparsity = names.indexOf("sparsity");
        th.allocation.rule.Needs needs = result.scenario().rule().evaluate(result.schools());
        int guaranteed = 0;
        for (int i = 0; i < result.schools().size(); i++) {
            long previous = result.schools().previousAllocation(i);
            if (previous < 0) {
                continue;
            }
            // Last year's protected amount: last year's allocation less this year's stated lump sum and
            // sparsity; last year's pupils are this year's (the file has no previous_pupils).
            long base = Math.max(previous - needs.amount(lumpSum, i) - needs.amount(sparsity, i), 0);
            long floor = -Math.floorDiv(-base * 98, 100);
            long protectedPart = result.allocation(i) - result.component(lumpSum, i) - result.component(sparsity, i);
            long cap = result.cap(i);
            if (cap == AllocationResult.NO_CAP || cap >= floor) {
                // Within one rounding unit (1 THB) and a satang per excluded component.
                assertTrue(protectedPart >= floor - 102, result.schools().id(i) + ": " + protectedPart + " < " + floor);
            }
            if (result.bound(i) == Bound.FUNDING_GUARANTEE) {
                guaranteed++;
            }
        }
        assertTrue(guaranteed > 1000, "schools held at the guarantee: " + guaranteed);
    }

    @Test
    void readmeComposedFormulaSnippet_isAValidRule() throws IOException {
        String readme = java.nio.file.Files.readString(Path.of("..", "README.md"));
        int section = readme.indexOf("### Composed formulas");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        String rule = readme.substring(start, readme.indexOf("```", start));
        var scenario = ScenarioReader.parse("fiscal_year: 2570\nschools: schools.csv\n" + rule, "README.md");
        assertEquals(
                List.of("base", "poor", "lump_sum"),
                scenario.rule().components().stream().map(c -> c.key()).toList());
    }
}

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

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.allocation.engine.AllocationEngine;
import th.allocation.input.ScenarioReader;
import th.allocation.input.SchoolCsvReader;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.Bound;
import th.allocation.result.DecentralisedResult;
import th.allocation.result.TargetResult;
import th.allocation.scenario.Scenario;

/**
 * The small example's results as worked by hand in {@code small/README.md}, which also shows the
 * working; an independent exact-rational calculation agreed with every figure to the baht.
 */
class SmallExampleTest {
    private static AllocationResult run(String scenarioFile) {
        Path file = Path.of("small", scenarioFile);
        Scenario scenario = ScenarioReader.read(file);
        Set<String> indicators =
                scenario.targets() == null ? Set.of() : scenario.targets().columns();
        SchoolTable schools = SchoolCsvReader.read(scenario.schoolsPath(file), scenario.columns(), indicators);
        return AllocationEngine.allocate(scenario, schools);
    }

    private static void assertAllocations(Map<String, Long> expectedBaht, AllocationResult result) {
        assertEquals(expectedBaht.size(), result.schools().size());
        expectedBaht.forEach((id, baht) ->
                assertEquals(baht * 100, result.allocation(result.schools().indexOf(id)), "school " + id));
    }

    @Test
    void statusQuo_isRateTimesPupils_asInTheReadme() {
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("10001", 1_218_240L);
        expected.put("10002", 6_274_800L);
        expected.put("20001", 812_160L);
        expected.put("20002", 1_114_560L);
        expected.put("20003", 406_080L);
        expected.put("20004", 2_818_800L);
        expected.put("20005", 162_000L);
        expected.put("20006", 60_480L);
        expected.put("20007", 500_580L);
        expected.put("30001", 145_152L);
        expected.put("30002", 1_954_800L);
        expected.put("30003", 345_060L);
        expected.put("30004", 92_340L);
        AllocationResult result = run("status-quo.yaml");
        assertAllocations(expected, result);
        assertEquals(1_590_505_200L, result.total(), "15,905,052 THB");
    }

    @Test
    void needsWeighted_matchesTheHandWorkedAllocationsBoundsAndScale() {
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("10001", 1_140_000L);
        expected.put("10002", 5_810_000L);
        expected.put("20001", 760_000L);
        expected.put("20002", 1_032_000L);
        expected.put("20003", 444_716L);
        expected.put("20004", 2_610_000L);
        expected.put("20005", 225_000L);
        expected.put("20006", 84_000L);
        expected.put("20007", 664_453L);
        expected.put("30001", 201_600L);
        expected.put("30002", 2_229_992L);
        expected.put("30003", 479_250L);
        expected.put("30004", 224_041L);
        AllocationResult result = run("needs-weighted.yaml");
        assertAllocations(expected, result);
        assertEquals(1_590_505_200L, result.total());
        // 3,563,202 / 5,179,028.40, from the README.
        assertEquals(0.68800588, result.scale(), 5e-9);
        SchoolTable schools = result.schools();
        assertEquals(Bound.MIN_PER_PUPIL, result.bound(schools.indexOf("10001")));
        assertEquals(Bound.HOLD_HARMLESS, result.bound(schools.indexOf("10002")));
        assertEquals(Bound.CAP, result.bound(schools.indexOf("20006")));
        assertEquals(Bound.NONE, result.bound(schools.indexOf("30004")));
        // School 20006's need, worked in full in the README: 258,833.60 THB.
        assertEquals(25_883_360L, result.need(schools.indexOf("20006")));
    }

    @Test
    void targets_minMax_bringsEverySchoolBelowTheLevelToReading0_525842() {
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("10001", 1_218_240L);
        expected.put("10002", 6_274_800L);
        expected.put("20001", 812_160L);
        expected.put("20002", 1_189_829L);
        expected.put("20003", 411_922L);
        expected.put("20004", 2_818_800L);
        expected.put("20005", 208_337L);
        expected.put("20006", 89_856L);
        expected.put("20007", 642_776L);
        expected.put("30001", 226_455L);
        expected.put("30002", 2_369_406L);
        expected.put("30003", 510_566L);
        expected.put("30004", 131_905L);
        AllocationResult result = run("targets.yaml");
        assertAllocations(expected, result);
        TargetResult targets = (TargetResult) result;
        // z = 2,465 / 19,944, worked in the README.
        assertEquals(2_465.0 / 19_944, targets.maxShortfall(), 1e-12);
        assertEquals(
                0.6 * (1 - 2_465.0 / 19_944),
                targets.projected(0, result.schools().indexOf("30002")),
                1e-12);
        // Shadow price: 1 / (3,000 THB x 1,662 pupils) per baht.
        assertEquals(1.0 / (3_000 * 1_662), targets.budgetShadowPrice(), 1e-15);
    }

    @Test
    void decentralised_matchesTheHandWorkedEnvelopesAndAllocations() {
        DecentralisedResult result = (DecentralisedResult) run("decentralised.yaml");
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("10001", 1_140_000L);
        expected.put("10002", 5_494_528L);
        expected.put("20001", 800_000L);
        expected.put("20002", 1_078_278L);
        expected.put("20003", 477_107L);
        expected.put("20004", 2_680_357L);
        expected.put("20005", 217_355L);
        expected.put("20006", 117_812L);
        expected.put("20007", 831_054L);
        expected.put("30001", 276_737L);
        expected.put("30002", 2_225_799L);
        expected.put("30003", 395_874L);
        expected.put("30004", 170_151L);
        assertAllocations(expected, result);
        assertEquals(1_590_505_200L, result.total(), "15,905,052 THB");
        Map<String, Long> oneStep =
                Map.of("20001", 819_021L, "20007", 741_164L, "30001", 275_954L, "30002", 2_225_800L, "30003", 395_873L);
        oneStep.forEach((id, baht) ->
                assertEquals(baht * 100, result.oneStep(result.schools().indexOf(id)), "one-step " + id));
        Map<String, Long> clusters = new LinkedHashMap<>();
        result.levels().get(0).forEach(u -> clusters.put(u.name(), u.envelope() / 100));
        assertEquals(Map.of("คลัสเตอร์ 1", 6_634_528L, "คลัสเตอร์ 2", 6_201_963L, "คลัสเตอร์ 3", 3_068_561L), clusters);
        Map<String, Long> esas = new LinkedHashMap<>();
        result.levels().get(1).forEach(u -> esas.put(u.name(), u.envelope() / 100));
        assertEquals(3_521_606L, esas.get("สพป.นครราชสีมา เขต 1"));
        assertEquals(446_888L, esas.get("สพป.เชียงใหม่ เขต 5"));
        assertEquals(395_874L, esas.get("สพป.เชียงใหม่ เขต 1"), "1 THB more than one step, from rounding");
        assertEquals(2_225_799L, esas.get("สพม.ปัตตานี"), "1 THB less than one step, from rounding");
        assertEquals(100_741L * 100, result.movedFromOneStep(), "money the local choices moved");
    }
}

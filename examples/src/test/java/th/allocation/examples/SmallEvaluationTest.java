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

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.allocation.engine.AllocationEngine;
import th.allocation.evaluate.Evaluation;
import th.allocation.evaluate.Figures;
import th.allocation.evaluate.IndicatorResult;
import th.allocation.evaluate.Level;
import th.allocation.evaluate.Plan;
import th.allocation.evaluate.Spending;
import th.allocation.evaluate.Status;
import th.allocation.evaluate.StatusCounts;
import th.allocation.evaluate.UnitResult;
import th.allocation.input.ResultsReader;
import th.allocation.input.RunFolderReader;
import th.allocation.input.SchoolCsvReader;
import th.allocation.model.SchoolTable;
import th.allocation.output.AllocationWriter;
import th.allocation.output.NextYearWriter;
import th.allocation.result.AllocationResult;

/**
 * The evaluation of the small example's targets allocation against {@code results-2571.csv}: every
 * figure of examples/small/README.md (Evaluation a year later), worked there by hand.
 */
class SmallEvaluationTest {
    private static final Path SMALL = Path.of("small");

    @TempDir
    static Path work;

    private static AllocationResult allocation;
    private static SchoolTable schools;
    private static Evaluation evaluation;

    @BeforeAll
    static void evaluate() {
        AllocationEngine engine = AllocationEngine.load(SMALL.resolve("targets.yaml"));
        schools = engine.schools();
        allocation = engine.allocate();
        evaluation = Evaluation.of(Plan.of(allocation), ResultsReader.read(SMALL.resolve("results-2571.csv")));
    }

    private static UnitResult unit(Level level, String name) {
        return evaluation.unit(level, name, "reading").orElseThrow(() -> new AssertionError(level + " " + name));
    }

    @Test
    void schools_statusesAndGapsClosed_asInTheTable() {
        Map<String, Object[]> expected = new LinkedHashMap<>(); // gap closed, status
        expected.put("10001", new Object[] {0.0, Status.MET});
        expected.put("10002", new Object[] {0.0, Status.MET});
        expected.put("20001", new Object[] {0.01, Status.ON_TRACK});
        expected.put("20002", new Object[] {0.03, Status.ON_TRACK});
        expected.put("20003", new Object[] {-0.01, Status.WORSE});
        expected.put("20004", new Object[] {0.0, Status.OFF_TRACK});
        expected.put("20005", new Object[] {0.19, Status.MET});
        expected.put("20006", new Object[] {0.03, Status.OFF_TRACK});
        expected.put("20007", new Object[] {0.12, Status.ON_TRACK});
        expected.put("30001", new Object[] {0.0, Status.OFF_TRACK});
        expected.put("30002", new Object[] {0.11, Status.ON_TRACK});
        expected.put("30003", new Object[] {0.15, Status.ON_TRACK});
        expected.put("30004", new Object[] {-0.02, Status.WORSE});
        Plan plan = evaluation.plan();
        expected.forEach((id, row) -> {
            int i = plan.indexOf(id);
            var school = evaluation.school(0, i);
            assertEquals((double) row[0], school.figures().gapClosed(), 1e-9, id);
            assertEquals(row[1], school.status(), id);
        });
        assertEquals(7_526_895, plan.money(0, plan.indexOf("20002")), "75,268.95 THB");
        assertEquals(0.6 * (1 - 2_465.0 / 19_944), plan.projected(0, plan.indexOf("20002")), 1e-12, "0.525842");
    }

    @Test
    void centre_pupilWeighted_onTrack() {
        UnitResult centre = unit(Level.CENTRE, "all");
        Figures f = centre.figures();
        assertTrue(centre.pupilWeighted());
        assertEquals(2_773.95 / 4_982, f.baseline(), 1e-12, "0.556794");
        assertEquals(2_973.95 / 4_982, f.projected(), 1e-9, "0.596939");
        assertEquals(2_880.95 / 4_982, f.achieved(), 1e-12, "0.578272");
        assertEquals(367.25 / 4_982, f.gapBaseline(), 1e-12, "0.073715");
        assertEquals(241.05 / 4_982, f.gapAchieved(), 1e-12, "0.048384");
        assertEquals(126.2 / 4_982, f.gapClosed(), 1e-12, "0.025331");
        assertEquals(200.0 / 4_982, f.gapClosedProjected(), 1e-9, "0.040145");
        assertEquals(Status.ON_TRACK, centre.status(), "107 / 200 = 53.5% of the projected improvement");
        assertEquals(new StatusCounts(3, 5, 3, 2, 0), centre.schoolStatuses());
        assertEquals(100_000_000, centre.money(), "1,000,000 THB");
    }

    @Test
    void everyLevel_asInTheTable() {
        // level, unit, schools, pupils, baseline, projected, achieved, status (README, Every level)
        Object[][] rows = {
            {Level.CLUSTER, "คลัสเตอร์ 1", 2, 2_200L, 0.669091, 0.669091, 0.660000, Status.MET},
            {Level.CLUSTER, "คลัสเตอร์ 2", 7, 2_045L, 0.515697, 0.544941, 0.542543, Status.ON_TRACK},
            {Level.CLUSTER, "คลัสเตอร์ 3", 4, 737L, 0.335617, 0.525842, 0.433446, Status.ON_TRACK},
            {Level.ESA, "สพป.กรุงเทพมหานคร", 1, 600L, 0.72, 0.72, 0.74, Status.MET},
            {Level.ESA, "สพป.นครราชสีมา เขต 1", 6, 1_325L, 0.497057, 0.542192, 0.538491, Status.ON_TRACK},
            {Level.ESA, "สพป.เชียงใหม่ เขต 1", 1, 120L, 0.25, 0.525842, 0.40, Status.ON_TRACK},
            {Level.ESA, "สพป.เชียงใหม่ เขต 5", 2, 117L, 0.319231, 0.525842, 0.311538, Status.WORSE},
            {Level.ESA, "สพม.กรุงเทพมหานคร เขต 1", 1, 1_600L, 0.65, 0.65, 0.63, Status.MET},
            {Level.ESA, "สพม.นครราชสีมา", 1, 720L, 0.55, 0.55, 0.55, Status.OFF_TRACK},
            {Level.ESA, "สพม.ปัตตานี", 1, 500L, 0.36, 0.525842, 0.47, Status.ON_TRACK},
            {Level.NETWORK, "เครือข่ายปากช่อง", 4, 505L, 0.437228, 0.525842, 0.513069, Status.ON_TRACK},
            {Level.NETWORK, "เครือข่ายพระนคร", 1, 600L, 0.72, 0.72, 0.74, Status.MET},
            {Level.NETWORK, "เครือข่ายอมก๋อย", 2, 117L, 0.319231, 0.525842, 0.311538, Status.WORSE},
            {Level.NETWORK, "เครือข่ายในเมือง", 2, 820L, 0.533902, 0.552261, 0.554146, Status.ON_TRACK},
            {Level.AREA_TYPE, "capital", 2, 2_200L, 0.669091, 0.669091, 0.66, Status.MET},
            {Level.AREA_TYPE, "municipal", 3, 940L, 0.497660, 0.548888, 0.534468, Status.ON_TRACK},
            {Level.AREA_TYPE, "district", 2, 920L, 0.543478, 0.544748, 0.541304, Status.WORSE},
            {Level.AREA_TYPE, "subdistrict", 4, 350L, 0.378714, 0.525842, 0.491286, Status.ON_TRACK},
            {Level.AREA_TYPE, "special", 2, 572L, 0.352448, 0.525842, 0.448601, Status.ON_TRACK},
        };
        for (Object[] row : rows) {
            UnitResult unit = unit((Level) row[0], (String) row[1]);
            String where = row[0] + " " + row[1];
            assertEquals(row[2], unit.schools(), where);
            assertEquals(row[3], unit.pupils(), where);
            assertEquals((double) row[4], unit.figures().baseline(), 5e-7, where);
            assertEquals((double) row[5], unit.figures().projected(), 5e-7, where);
            assertEquals((double) row[6], unit.figures().achieved(), 5e-7, where);
            assertEquals(row[7], unit.status(), where);
            assertEquals(0.6, unit.figures().target(), where);
        }
        assertEquals(3 + 7 + 4 + 5, rows.length, "every unit of every level");
        assertEquals(4, evaluation.units(Level.NETWORK).size(), "nine schools in four networks");
        assertEquals(
                List.of(
                        "สพป.กรุงเทพมหานคร",
                        "สพป.นครราชสีมา เขต 1",
                        "สพป.เชียงใหม่ เขต 1",
                        "สพป.เชียงใหม่ เขต 5",
                        "สพม.กรุงเทพมหานคร เขต 1",
                        "สพม.นครราชสีมา",
                        "สพม.ปัตตานี"),
                evaluation.units(Level.ESA).stream().map(UnitResult::unit).toList(),
                "natural name order");
    }

    @Test
    void costs_efficiency_andNextYearsCost() {
        Spending s = unit(Level.CENTRE, "all").spending();
        assertEquals(9, s.schools());
        assertEquals(200, s.closedProjected(), 1e-6, "pupil-units projected");
        assertEquals(122.2, s.closed(), 1e-9, "pupil-units achieved");
        assertEquals(5_000, s.costAssumed(), 0.01);
        assertEquals(8_183.31, s.costObserved(), 0.005);
        assertEquals(0.611, s.efficiency(), 1e-8);
        IndicatorResult reading = evaluation.indicatorResults().get(0);
        assertEquals(new BigDecimal("6207.32"), reading.nextCost(), "5,000 / 0.8055");
        assertEquals(
                -0.9 / 24.1736,
                unit(Level.ESA, "สพป.เชียงใหม่ เขต 5").spending().efficiency(),
                1e-6);
        assertEquals(2, reading.unfundedSchools());
        assertEquals(0.005, reading.unfundedChangeMean(), 1e-12);
        assertEquals(0.005, reading.unfundedChangeSd(), 1e-12);
    }

    @Test
    void fromTheRunsFolder_theSameStatuses_andNextYearAsInTheReadme() throws IOException {
        Path run = work.resolve("targets");
        AllocationWriter.write(allocation, List.of(), run);
        Evaluation fromFolder = Evaluation.of(
                Plan.of(RunFolderReader.read(run)), ResultsReader.read(SMALL.resolve("results-2571.csv")));
        for (int i = 0; i < fromFolder.plan().size(); i++) {
            assertEquals(
                    evaluation.status(0, i),
                    fromFolder.status(0, i),
                    fromFolder.plan().id(i));
        }
        assertEquals(
                new BigDecimal("6207.32"), fromFolder.indicatorResults().get(0).nextCost());
        Path next = work.resolve("small-2571");
        NextYearWriter.write(
                NextYearWriter.prepare(fromFolder, schools),
                SMALL.resolve("schools.csv"),
                "targets.yaml",
                Optional.empty(),
                next);
        String scenario = Files.readString(next.resolve("targets.yaml"), StandardCharsets.UTF_8);
        assertTrue(scenario.contains("fiscal_year: 2571"), scenario);
        assertTrue(scenario.contains("amount: 6207.32"), scenario);
        SchoolTable nextSchools = SchoolCsvReader.read(next.resolve("schools.csv"), Map.of(), Set.of("reading"));
        int school = nextSchools.indexOf("20002");
        assertEquals(0.52, nextSchools.indicator("reading", school));
        assertEquals(118_982_900, nextSchools.previousAllocation(school), "1,189,829.00 THB");
        AllocationResult rerun =
                AllocationEngine.load(next.resolve("targets.yaml")).allocate();
        assertEquals(
                Files.readString(next.resolve("allocation/allocations.csv")),
                csv(rerun),
                "running next year's scenario gives next year's allocation");
    }

    private static String csv(AllocationResult result) throws IOException {
        Path file = work.resolve("rerun.csv");
        Files.deleteIfExists(file);
        AllocationWriter.writeAllocations(result, file);
        return Files.readString(file);
    }
}

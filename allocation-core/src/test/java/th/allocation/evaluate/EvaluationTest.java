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
package th.allocation.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.allocation.evaluate.Plans.d;
import static th.allocation.evaluate.Plans.m;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.allocation.input.ResultsTable;
import th.allocation.scenario.Goal;
import th.allocation.scenario.TargetOverride;

/** Aggregates, unit targets, costs and goals on plans small enough to check by hand. */
class EvaluationTest {
    // Two schools in one ESA and network, one in another ESA of the same cluster; two indicators:
    // reading (cost per pupil, so pupil-weighted) and buildings (cost per school, so school-weighted).
    private static final Plans.School A = new Plans.School(
            "A", 100, "c1", "e1", "n1", "district", d(0.4, 3.0), d(0.6, 3.5), d(0.5, 3.5), m(50_000, 300_000));
    private static final Plans.School B =
            new Plans.School("B", 300, "c1", "e1", "n1", "subdistrict", d(0.5, 4.0), d(0.6, 3.5), d(0.5, 4.0), m(0, 0));
    private static final Plans.School C = new Plans.School(
            "C", 600, "c1", "e2", "", "subdistrict", d(0.3, 2.0), d(0.6, 3.5), d(0.5, 2.5), m(600_000, 150_000));

    private static Evaluation evaluate(double[] reading, double[] buildings) {
        Plan plan = Plans.plan(Plans.scenario(Plans.reading(), Plans.buildings()), List.of(A, B, C));
        return Evaluation.of(plan, Plans.results(plan, Map.of("reading", reading, "buildings", buildings)));
    }

    @Test
    void centre_perPupilIndicator_isPupilWeighted() {
        Evaluation e = evaluate(d(0.5, 0.5, 0.4), d(3.5, 4.0, 2.0));
        UnitResult centre = e.unit(Level.CENTRE, "all", "reading").orElseThrow();
        assertTrue(centre.pupilWeighted());
        // (100 x 0.4 + 300 x 0.5 + 600 x 0.3) / 1,000 = 0.37; achieved (50 + 150 + 240) / 1,000 = 0.44.
        assertEquals(0.37, centre.figures().baseline(), 1e-12);
        assertEquals(0.44, centre.figures().achieved(), 1e-12);
        // projected (50 + 150 + 300) / 1,000 = 0.5
        assertEquals(0.5, centre.figures().projected(), 1e-12);
        // gaps: A 0.2, B 0.1, C 0.3 -> (20 + 30 + 180) / 1,000 = 0.23; achieved gaps 0.1, 0.1, 0.2 -> 0.16.
        assertEquals(0.23, centre.figures().gapBaseline(), 1e-12);
        assertEquals(0.16, centre.figures().gapAchieved(), 1e-12);
        assertEquals(0.07, centre.figures().gapClosed(), 1e-12);
        // Progress 0.44 - 0.37 = 0.07 of 0.13 projected: more than half -> on track.
        assertEquals(Status.ON_TRACK, centre.status());
        assertEquals(new StatusCounts(0, 2, 1, 0, 0), centre.schoolStatuses(), "A and C on track, B off track");
        assertEquals(65_000_000, centre.money(), "650,000 THB in satang");
    }

    @Test
    void centre_perSchoolIndicator_isSchoolWeighted() {
        Evaluation e = evaluate(d(0.5, 0.5, 0.4), d(3.0, 4.0, 1.5));
        UnitResult centre = e.unit(Level.CENTRE, "all", "buildings").orElseThrow();
        assertEquals(false, centre.pupilWeighted());
        assertEquals(3.0, centre.figures().baseline(), 1e-12, "(3 + 4 + 2) / 3, each school once");
        assertEquals(8.5 / 3, centre.figures().achieved(), 1e-12, "(3 + 4 + 1.5) / 3");
        assertEquals(Status.WORSE, centre.status(), "2.8333 is below the baseline 3.0");
    }

    @Test
    void units_ofEveryLevel_withParents_andSchoolsWithoutANetworkInNone() {
        Evaluation e = evaluate(d(0.5, 0.5, 0.4), d(3.5, 4.0, 2.5));
        assertEquals(
                List.of("e1", "e2"),
                e.units(Level.ESA).stream().map(UnitResult::unit).distinct().toList());
        assertEquals("c1", e.unit(Level.ESA, "e2", "reading").orElseThrow().parent());
        assertEquals("e1", e.unit(Level.NETWORK, "n1", "reading").orElseThrow().parent());
        assertEquals(1, e.units(Level.NETWORK).size() / 2, "C has no network");
        assertEquals(2, e.unit(Level.NETWORK, "n1", "reading").orElseThrow().schools());
        assertEquals(
                2,
                e.unit(Level.AREA_TYPE, "subdistrict", "reading").orElseThrow().schools());
    }

    @Test
    void costs_assumedAndObserved_overFundedSchools() {
        Evaluation e = evaluate(d(0.5, 0.5, 0.4), d(3.5, 4.0, 2.5));
        Spending s = e.unit(Level.CENTRE, "all", "reading").orElseThrow().spending();
        // Funded: A (50,000 THB, 100 pupils, projected closes 0.1, closed 0.1) and C (600,000 THB, 600 pupils,
        // projected 0.2, closed 0.1). Weighted: projected 10 + 120 = 130 pupil-units; closed 10 + 60 = 70.
        assertEquals(2, s.schools());
        assertEquals(130, s.closedProjected(), 1e-9);
        assertEquals(70, s.closed(), 1e-9);
        assertEquals(650_000.0 / 130, s.costAssumed(), 1e-9, "5,000 THB per pupil-unit, as assumed");
        assertEquals(650_000.0 / 70, s.costObserved(), 1e-9);
        assertEquals(70.0 / 130, s.efficiency(), 1e-12);
        IndicatorResult reading = e.indicatorResults().get(0);
        // 5,000 / (0.5 + 0.5 x 7/13) = 5,000 x 26 / 20 = 6,500.
        assertEquals(new BigDecimal("6500.00"), reading.nextCost());
    }

    @Test
    void spentAgainstAnIndicator_replacesTheAllocationInTheObservedCost() {
        Plan plan = Plans.plan(Plans.scenario(Plans.reading()), List.of(A, C));
        // A spent 25,000 of its 50,000 THB; C's spending is not reported (so taken as allocated).
        ResultsTable results = ResultsTable.of(
                "results.csv",
                new String[] {"A", "C"},
                new int[] {2571, 2571},
                Map.of("reading", d(0.5, 0.4)),
                Map.of("spent_reading", new long[] {2_500_000, ResultsTable.NOT_REPORTED}));
        Spending s = Evaluation.of(plan, results)
                .unit(Level.CENTRE, "all", "reading")
                .orElseThrow()
                .spending();
        assertEquals(62_500_000, s.spent());
        assertEquals(625_000.0 / 70, s.costObserved(), 1e-9);
        assertEquals((70.0 / 625_000) / (130.0 / 650_000), s.efficiency(), 1e-12);
    }

    @Test
    void nextCost_shrinksTowardsTheAssumedCost() {
        var reading = Plans.reading();
        assertEquals(new BigDecimal("5000.00"), Evaluation.nextCost(reading, 1.0, 0.5), "as projected");
        assertEquals(new BigDecimal("10000.00"), Evaluation.nextCost(reading, 0.0, 0.5), "nothing closed: 1/s");
        assertEquals(new BigDecimal("10000.00"), Evaluation.nextCost(reading, -2.0, 0.5), "the gap grew: as nothing");
        assertEquals(new BigDecimal("2500.00"), Evaluation.nextCost(reading, 3.0, 0.5), "three times: 5,000 / 2");
        assertEquals(new BigDecimal("5000"), Evaluation.nextCost(reading, Double.NaN, 0.5), "no evidence");
        assertEquals(new BigDecimal("5000.00"), Evaluation.nextCost(reading, 0.0, 1.0), "s = 1 never changes");
        assertEquals(new BigDecimal("1000000"), Evaluation.nextCost(reading, 0.0, 0.001), "capped at the limit");
    }

    @Test
    void unitTarget_isTheSharedTarget_elseTheUnitsOwnOverride() {
        // School A's ESA e1 has its own target 0.5; the cluster c1 has 0.55; C (in e2) takes the cluster's.
        var reading =
                Plans.reading(new TargetOverride(null, "e1", null, 0.5), new TargetOverride("c1", null, null, 0.55));
        Plans.School a = new Plans.School("A", 100, "c1", "e1", "n1", "district", d(0.4), d(0.5), d(0.5), m(0));
        Plans.School c = new Plans.School("C", 600, "c1", "e2", "", "district", d(0.3), d(0.55), d(0.5), m(0));
        Plan plan = Plans.plan(Plans.scenario(reading), List.of(a, c));
        Evaluation e = Evaluation.of(plan, Plans.results(plan, Map.of("reading", d(0.5, 0.3))));
        assertEquals(
                0.5, e.unit(Level.ESA, "e1", "reading").orElseThrow().figures().target(), "shared by its schools");
        assertEquals(
                0.55,
                e.unit(Level.CLUSTER, "c1", "reading").orElseThrow().figures().target(),
                "its own override");
        assertEquals(
                0.6,
                e.unit(Level.CENTRE, "all", "reading").orElseThrow().figures().target(),
                "the central target");
        assertEquals(
                0.6,
                e.unit(Level.AREA_TYPE, "district", "reading")
                        .orElseThrow()
                        .figures()
                        .target());
        assertEquals(Status.MET, e.status(0, 0), "school A met its ESA's 0.5");
    }

    @Test
    void goals_takeTheWorstStatusOfTheirIndicators() {
        Plan plan = Plans.plan(
                Plans.scenario(Plans.reading(), Plans.buildings(), Plans.teachers()),
                List.of(new Plans.School(
                        "A",
                        100,
                        "c1",
                        "e1",
                        "n1",
                        "district",
                        d(0.4, 3.0, 25),
                        d(0.6, 3.5, 20),
                        d(0.5, 3.5, 25),
                        m(50_000, 300_000, 0))));
        Evaluation e = Evaluation.of(
                plan, Plans.results(plan, Map.of("reading", d(0.6), "buildings", d(2.9), "teachers", d(24))));
        List<GoalResult> centre =
                e.goals().stream().filter(g -> g.level() == Level.CENTRE).toList();
        assertEquals(
                List.of(Goal.EFFICIENCY, Goal.QUALITY, Goal.SAFETY),
                centre.stream().map(GoalResult::goal).toList());
        assertEquals(Status.ON_TRACK, centre.get(0).status(), "teachers improved without money");
        assertEquals(Status.MET, centre.get(1).status());
        assertEquals(Status.WORSE, centre.get(2).status());
        assertEquals(30_000_000, centre.get(2).money());
    }

    @Test
    void noise_isTheChangeOfSchoolsBelowTargetWithoutMoney() {
        Plans.School d1 = new Plans.School("D1", 10, "c1", "e1", "", "district", d(0.4), d(0.6), d(0.4), m(0));
        Plans.School d2 = new Plans.School("D2", 10, "c1", "e1", "", "district", d(0.5), d(0.6), d(0.5), m(0));
        Plans.School d3 = new Plans.School("D3", 10, "c1", "e1", "", "district", d(0.7), d(0.6), d(0.7), m(0));
        Plan plan = Plans.plan(Plans.scenario(Plans.reading()), List.of(d1, d2, d3));
        IndicatorResult r = Evaluation.of(plan, Plans.results(plan, Map.of("reading", d(0.43, 0.49, 0.9))))
                .indicatorResults()
                .get(0);
        assertEquals(2, r.unfundedSchools(), "D3 was above target");
        assertEquals(0.01, r.unfundedChangeMean(), 1e-12, "(+0.03 - 0.01) / 2");
        assertEquals(0.02, r.unfundedChangeSd(), 1e-12, "population sd of +0.03 and -0.01");
    }
}

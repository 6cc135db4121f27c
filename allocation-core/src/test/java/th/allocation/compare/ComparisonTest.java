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
package th.allocation.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.allocation.engine.AllocationEngine;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.Bound;
import th.allocation.result.Grouping;
import th.allocation.result.PerPupilSample;
import th.allocation.testing.SmallExample;

/**
 * The comparison of the small example's two scenarios. Every expected number is worked by hand from
 * the allocation tables of {@code examples/small/README.md} (status quo, then needs-weighted, in THB):
 *
 * <pre>
 * school  area_type    status quo  needs-weighted  difference
 * 10001   capital       1,218,240   1,140,000        -78,240
 * 10002   capital       6,274,800   5,810,000       -464,800
 * 20001   municipal       812,160     760,000        -52,160
 * 20002   municipal     1,114,560   1,032,000        -82,560
 * 20003   district        406,080     444,716        +38,636
 * 20004   district      2,818,800   2,610,000       -208,800
 * 20005   subdistrict     162,000     225,000        +63,000
 * 20006   subdistrict      60,480      84,000        +23,520
 * 20007   subdistrict     500,580     664,453       +163,873
 * 30001   special         145,152     201,600        +56,448
 * 30002   special       1,954,800   2,229,992       +275,192
 * 30003   municipal       345,060     479,250       +134,190
 * 30004   subdistrict      92,340     224,041       +131,701
 * </pre>
 */
class ComparisonTest {
    private static SchoolTable schools;
    private static AllocationResult statusQuo;
    private static AllocationResult needsWeighted;
    private static Comparison comparison;

    @BeforeAll
    static void allocate() {
        schools = SmallExample.schools();
        statusQuo = SmallExample.allocate(SmallExample.STATUS_QUO, schools);
        needsWeighted = SmallExample.allocate(SmallExample.NEEDS_WEIGHTED, schools);
        comparison = Comparison.of(List.of("status-quo", "needs-weighted"), List.of(statusQuo, needsWeighted));
    }

    private static long baht(long baht) {
        return baht * 100;
    }

    @Test
    void winnersLosers_overall_eightGainFiveLose_andTheSameMoneyMoves() {
        WinnersLosers all = comparison.winnersLosers(1);

        // Gaining: 20003, 20005, 20006, 20007, 30001, 30002, 30003, 30004; losing: 10001, 10002, 20001, 20002, 20004.
        assertEquals(
                new WinnersLosers(
                        "all",
                        "all",
                        13,
                        8,
                        5,
                        0,
                        // 38,636 + 63,000 + 23,520 + 163,873 + 56,448 + 275,192 + 134,190 + 131,701
                        baht(886_560),
                        // 78,240 + 464,800 + 52,160 + 82,560 + 208,800
                        baht(886_560)),
                all);
        assertEquals(0, all.net(), "both scenarios allocate 15,905,052 THB");
    }

    @Test
    void winnersLosers_byAreaType_matchesTheHandCount() {
        List<WinnersLosers> byArea = comparison.winnersLosers(1, Grouping.AREA_TYPE);

        assertEquals(
                List.of(
                        // 10001 -78,240, 10002 -464,800
                        new WinnersLosers("area_type", "capital", 2, 0, 2, 0, 0, baht(543_040)),
                        // 30003 +134,190; 20001 -52,160, 20002 -82,560
                        new WinnersLosers("area_type", "municipal", 3, 1, 2, 0, baht(134_190), baht(134_720)),
                        // 20003 +38,636; 20004 -208,800
                        new WinnersLosers("area_type", "district", 2, 1, 1, 0, baht(38_636), baht(208_800)),
                        // 20005 +63,000, 20006 +23,520, 20007 +163,873, 30004 +131,701
                        new WinnersLosers("area_type", "subdistrict", 4, 4, 0, 0, baht(382_094), 0),
                        // 30001 +56,448, 30002 +275,192
                        new WinnersLosers("area_type", "special", 2, 2, 0, 0, baht(331_640), 0)),
                byArea);
        assertEquals(
                comparison.winnersLosers(1).net(),
                byArea.stream().mapToLong(WinnersLosers::net).sum());
    }

    @Test
    void winnersLosers_ofTheBaselineAgainstItself_areAllUnchanged() {
        assertEquals(new WinnersLosers("all", "all", 13, 0, 0, 13, 0, 0), comparison.winnersLosers(0));
    }

    @Test
    void difference_isExactInSatang() {
        assertEquals(baht(163_873), comparison.difference(1, schools.indexOf("20007")), "664,453 - 500,580");
        assertEquals(-baht(464_800), comparison.difference(1, schools.indexOf("10002")), "5,810,000 - 6,274,800");
    }

    @Test
    void groups_byAreaType_giveTotalsSideBySide() {
        List<GroupTotals> groups = comparison.groups(Grouping.AREA_TYPE);

        assertEquals(
                List.of("capital", "municipal", "district", "subdistrict", "special"),
                groups.stream().map(GroupTotals::group).toList());
        GroupTotals capital = groups.get(0);
        // 1,218,240 + 6,274,800 and 1,140,000 + 5,810,000; 600 + 1,600 pupils.
        assertEquals(
                new GroupTotals("area_type", "capital", 2, 2_200, List.of(baht(7_493_040), baht(6_950_000))), capital);
        assertEquals(-baht(543_040), capital.difference(1));
        assertEquals(new BigDecimal("3159.09"), capital.perPupil(1).orElseThrow(), "6,950,000 / 2,200 = 3,159.0909");
        GroupTotals all = comparison.total();
        assertEquals(List.of(baht(15_905_052), baht(15_905_052)), all.allocations());
        assertEquals(4_982, all.pupils(), "the pupils of examples/small/schools.csv");
    }

    @Test
    void bounds_countTheHandWorkedBindingSchools() {
        // README: 10001 and 20001 at min_per_pupil; 10002, 20002, 20004 hold harmless; 20005, 20006, 30001, 30003
        // capped.
        assertEquals(
                Map.of(
                        Bound.NONE,
                        4L,
                        Bound.MIN_PER_PUPIL,
                        2L,
                        Bound.HOLD_HARMLESS,
                        3L,
                        Bound.CAP,
                        4L,
                        Bound.ENVELOPE,
                        0L,
                        Bound.MIN_PER_SCHOOL,
                        0L,
                        Bound.FUNDING_GUARANTEE,
                        0L,
                        Bound.GAINS_CAP,
                        0L),
                comparison.bounds(1));
        assertEquals(13L, comparison.bounds(0).get(Bound.NONE), "the status quo has no floors or caps");
    }

    @Test
    void equity_isTheStatisticsPackagesAnswer() {
        assertEquals(PerPupilSample.of(needsWeighted).statistics(1.0), comparison.equity(1));
        assertEquals(PerPupilSample.of(statusQuo).statistics(1.0), comparison.equity(0));
        assertEquals(5, comparison.equity(1, Grouping.AREA_TYPE).size());
        assertEquals(
                comparison.equity(1).theilT(),
                comparison.theil(1, Grouping.CLUSTER).total(),
                0.0);
    }

    @Test
    void of_otherSchools_isRefusedNamingTheRow() {
        SchoolTable fewer = SchoolTable.of(schools.schools().subList(0, 12));
        AllocationResult other = AllocationEngine.allocate(SmallExample.scenario(SmallExample.STATUS_QUO), fewer);

        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> Comparison.of(List.of("a", "b"), List.of(statusQuo, other)));
        assertTrue(
                e.getMessage().contains("'b' was allocated to 12 schools but the baseline 'a' to 13"), e.getMessage());
    }

    @Test
    void of_repeatedOrMissingLabels_isRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Comparison.of(List.of("a", "a"), List.of(statusQuo, needsWeighted)));
        assertThrows(
                IllegalArgumentException.class, () -> Comparison.of(List.of("a"), List.of(statusQuo, needsWeighted)));
        assertThrows(IllegalArgumentException.class, () -> Comparison.of(List.of(), List.of()));
    }
}

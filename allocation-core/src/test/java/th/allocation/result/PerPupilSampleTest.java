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
package th.allocation.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.allocation.engine.AllocationEngine;
import th.allocation.model.AreaType;
import th.allocation.model.Enrolment;
import th.allocation.model.School;
import th.allocation.model.SchoolKind;
import th.allocation.model.SchoolTable;
import th.allocation.rule.Component;
import th.allocation.rule.FlatPerHead;
import th.allocation.rule.LevelAmounts;
import th.allocation.scenario.Scenario;
import th.allocation.stats.EquitySample;
import th.allocation.stats.EquityStatistics;
import th.allocation.stats.TheilDecomposition;

/**
 * Equity statistics built from an allocation result: per-pupil amounts in baht, weights in pupils,
 * schools without pupils left out and counted, groups in the order of {@link GroupSummary}.
 */
class PerPupilSampleTest {
    /** The FY 2567 flat per-head rates (1,836; 2,052; 3,780; 4,104 baht), no budget: allocation = need. */
    private static final Scenario FLAT =
            new Scenario("flat", 2570, "", null, null, Map.of(), new FlatPerHead(LevelAmounts.FY2567), null, null);

    private static School school(String id, AreaType area, Enrolment pupils) {
        return School.of(id, "โรงเรียน " + id)
                .withContext(area, false, SchoolKind.PRIMARY)
                .withPupils(pupils, 0, 0);
    }

    private static AllocationResult allocate() {
        SchoolTable schools = SchoolTable.of(List.of(
                school("A", AreaType.SPECIAL, new Enrolment(0, 0, 50, 0)), // 3,780 per pupil
                school("B", AreaType.CAPITAL, new Enrolment(0, 100, 0, 0)), // 2,052 per pupil
                school("C", AreaType.SPECIAL, Enrolment.NONE), // no pupils
                school("D", AreaType.SUBDISTRICT, new Enrolment(10, 30, 0, 0)))); // (18,360 + 61,560) / 40 = 1,998
        return AllocationEngine.allocate(FLAT, schools);
    }

    @Test
    void of_flatRates_givesBahtPerPupilWeightedByPupils() {
        EquitySample sample = PerPupilSample.of(allocate());
        assertEquals(3, sample.schools());
        assertEquals(1, sample.excludedSchools());
        assertEquals(190, sample.pupils(), 0);
        assertEquals(1998, sample.min(), 0);
        assertEquals(3780, sample.max(), 0);
        // Hand: money 189,000 + 205,200 + 79,920 = 474,120 baht over 190 pupils.
        assertEquals(474_120, sample.amount(), 1e-9);
        assertEquals(474_120.0 / 190, sample.mean(), 1e-9);
        // Hand: pupils in order 40 at 1,998, 100 at 2,052, 50 at 3,780; the 95th pupil is in the second school.
        assertEquals(2052, sample.median(), 0);
    }

    @Test
    void of_byAreaType_groupsInDeclarationOrder_likeGroupSummary() {
        AllocationResult result = allocate();
        EquitySample sample = PerPupilSample.of(result, Grouping.AREA_TYPE);
        List<String> summaryOrder = GroupSummary.of(result, Grouping.AREA_TYPE).stream()
                .map(GroupSummary::group)
                .toList();
        assertEquals(List.of("capital", "subdistrict", "special"), sample.groups());
        assertEquals(summaryOrder, sample.groups());
        Map<String, EquityStatistics> byGroup = sample.statisticsByGroup(1);
        assertEquals(sample.groups(), List.copyOf(byGroup.keySet()));
        EquityStatistics special = byGroup.get("special");
        assertEquals(1, special.schools());
        assertEquals(1, special.excludedSchools());
        assertEquals(3780, special.mean(), 0);
        assertEquals(0, special.gini(), 0);
        TheilDecomposition theil = TheilDecomposition.of(sample);
        assertEquals(theil.total(), theil.between() + theil.within(), 1e-15);
        // Every group holds one school with pupils, so all the inequality is between groups.
        assertEquals(0, theil.within(), 0);
    }

    @Test
    void of_negativeAllocation_failsNamingTheSchool() {
        AllocationResult result = allocate();
        AllocationResult negative = new ForwardingResult(result) {
            @Override
            public long allocation(int i) {
                return i == 0 ? -100 : result.allocation(i);
            }
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PerPupilSample.of(negative));
        assertTrue(e.getMessage().contains("school A (row 0)"), e.getMessage());
        IllegalArgumentException grouped =
                assertThrows(IllegalArgumentException.class, () -> PerPupilSample.of(negative, Grouping.CLUSTER));
        assertTrue(grouped.getMessage().contains("school A (row 0)"), grouped.getMessage());
    }

    @Test
    void of_withoutGrouping_isTheUngroupedSample() {
        AllocationResult result = allocate();
        EquitySample plain = PerPupilSample.of(result);
        EquitySample nullGrouping = PerPupilSample.of(result, null);
        assertEquals(List.of(), nullGrouping.groups());
        assertEquals(plain.statistics(1), nullGrouping.statistics(1));
        // Grouping changes the groups, never the statistics of the whole sample.
        assertEquals(
                plain.statistics(1),
                PerPupilSample.of(result, Grouping.AREA_TYPE).statistics(1));
    }

    /** An allocation result that answers like another, for overriding one method in a test. */
    private static class ForwardingResult implements FormulaResult {
        private final AllocationResult delegate;

        ForwardingResult(AllocationResult delegate) {
            this.delegate = delegate;
        }

        @Override
        public Scenario scenario() {
            return delegate.scenario();
        }

        @Override
        public SchoolTable schools() {
            return delegate.schools();
        }

        @Override
        public List<Component> components() {
            return delegate.components();
        }

        @Override
        public double scale() {
            return delegate.scale();
        }

        @Override
        public long total() {
            return delegate.total();
        }

        @Override
        public long need(int i) {
            return delegate.need(i);
        }

        @Override
        public long allocation(int i) {
            return delegate.allocation(i);
        }

        @Override
        public long component(int c, int i) {
            return delegate.component(c, i);
        }

        @Override
        public long boundAdjustment(int i) {
            return delegate.boundAdjustment(i);
        }

        @Override
        public long rounding(int i) {
            return delegate.rounding(i);
        }

        @Override
        public Bound bound(int i) {
            return delegate.bound(i);
        }

        @Override
        public long floor(int i) {
            return delegate.floor(i);
        }

        @Override
        public long cap(int i) {
            return delegate.cap(i);
        }
    }
}

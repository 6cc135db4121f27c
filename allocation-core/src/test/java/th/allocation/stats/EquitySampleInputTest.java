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
package th.allocation.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the equity statistics accept and what they give at the edges: invalid input fails with a
 * message naming the row and the value; schools without pupils are left out and counted; empty
 * samples and samples without money give the documented NaN and infinities.
 */
class EquitySampleInputTest {

    @Test
    void of_nanAmount_failsNamingTheRow() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> EquitySample.of(new double[] {1, Double.NaN}, new double[] {1, 1}));
        assertTrue(e.getMessage().contains("per-pupil amount (NaN) of row 1"), e.getMessage());
        assertTrue(e.getMessage().contains("weight 0"), "advice: " + e.getMessage());
    }

    @Test
    void of_negativeOrInfiniteAmount_fails() {
        IllegalArgumentException negative = assertThrows(
                IllegalArgumentException.class, () -> EquitySample.of(new double[] {-5, 1}, new double[] {1, 1}));
        assertTrue(negative.getMessage().contains("(-5.0) of row 0"), negative.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> EquitySample.of(new double[] {Double.POSITIVE_INFINITY}, new double[] {1}));
    }

    @Test
    void of_negativeNanOrInfiniteWeight_fails() {
        IllegalArgumentException negative = assertThrows(
                IllegalArgumentException.class, () -> EquitySample.of(new double[] {1, 2}, new long[] {3, -1}));
        assertTrue(negative.getMessage().contains("weight (-1.0) of row 1"), negative.getMessage());
        assertThrows(
                IllegalArgumentException.class, () -> EquitySample.of(new double[] {1}, new double[] {Double.NaN}));
        assertThrows(
                IllegalArgumentException.class,
                () -> EquitySample.of(new double[] {1}, new double[] {Double.POSITIVE_INFINITY}));
    }

    @Test
    void of_columnsOfDifferentLengths_fails() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> EquitySample.of(new double[] {1, 2}, new double[] {1}));
        assertTrue(e.getMessage().contains("per-pupil amounts (2), weights (1)"), e.getMessage());
    }

    @Test
    void of_groupOutOfRangeOrDuplicateLabels_fails() {
        assertThrows(
                IllegalArgumentException.class,
                () -> EquitySample.of(new double[] {1}, new double[] {1}, new int[] {2}, List.of("a", "b")));
        assertThrows(
                IllegalArgumentException.class,
                () -> EquitySample.of(new double[] {1}, new double[] {1}, new int[] {0}, List.of("a", "a")));
    }

    @Test
    void of_schoolsWithoutPupils_areLeftOutAndCounted_whateverTheirAmount() {
        // 0.0 / 0 is NaN: a school without pupils has no per-pupil amount, and it is not read.
        EquitySample sample =
                EquitySample.of(new double[] {1, Double.NaN, 2, 3, -7, 4, 5}, new long[] {1, 0, 1, 1, 0, 1, 1});
        assertEquals(5, sample.schools());
        assertEquals(2, sample.excludedSchools());
        // Hand: the remaining schools are x = [1..5], Gini 4/15 (see GoldenValuesTest).
        assertEquals(4.0 / 15, sample.gini(), 1e-15);
    }

    @Test
    void measures_emptySample_areNaN() {
        List<EquitySample> empties =
                List.of(EquitySample.unweighted(), EquitySample.of(new double[] {5}, new long[] {0}));
        for (EquitySample empty : empties) {
            EquityStatistics s = empty.statistics(1);
            assertEquals(0, s.schools());
            assertEquals(0, s.pupils(), 0);
            for (double measure : new double[] {
                s.mean(),
                s.standardDeviation(),
                s.min(),
                s.p5(),
                s.median(),
                s.p95(),
                s.max(),
                s.range(),
                s.restrictedRange(),
                s.federalRangeRatio(),
                s.coefficientOfVariation(),
                s.mcLooneIndex(),
                s.verstegenIndex(),
                s.gini(),
                s.theilT(),
                s.meanLogDeviation(),
                s.atkinson()
            }) {
                assertTrue(Double.isNaN(measure), s.toString());
            }
            assertEquals(1, empty.lorenzCurve().size());
            assertTrue(Double.isNaN(empty.lorenzCurve().moneyShareAt(0.5)));
        }
    }

    @Test
    void measures_noMoney_giveZeroLocationsAndNaNRatios() {
        EquityStatistics s =
                EquitySample.of(new double[] {0, 0}, new long[] {10, 20}).statistics(0.5);
        assertEquals(0, s.mean(), 0);
        assertEquals(0, s.standardDeviation(), 0);
        assertEquals(0, s.median(), 0);
        assertEquals(0, s.range(), 0);
        assertEquals(0, s.restrictedRange(), 0);
        for (double ratio : new double[] {
            s.federalRangeRatio(),
            s.coefficientOfVariation(),
            s.mcLooneIndex(),
            s.verstegenIndex(),
            s.gini(),
            s.theilT(),
            s.meanLogDeviation(),
            s.atkinson()
        }) {
            assertTrue(Double.isNaN(ratio), s.toString());
        }
    }

    @Test
    void measures_somePupilsGetNothing_followTheLimits() {
        // 10 pupils get 0, 90 get 100: mu = 90.
        EquitySample sample = EquitySample.of(new double[] {0, 100}, new long[] {10, 90});
        // Hand: Theil T = 0.9 * (100/90) ln(100/90) = ln(10/9), the zero term being 0 ln 0 = 0.
        assertEquals(Math.log(10.0 / 9), sample.theilT(), 1e-15);
        // Hand: Gini = pairwise 2 * 10 * 90 * 100 / (2 * 100^2 * 90) = 0.1.
        assertEquals(0.1, sample.gini(), 1e-15);
        assertEquals(Double.POSITIVE_INFINITY, sample.meanLogDeviation());
        assertEquals(1, sample.atkinson(1), 0);
        assertEquals(1, sample.atkinson(2), 0);
        // Hand: epsilon 0.5: 1 - (0.9 * sqrt(100/90))^2 = 1 - 0.81 * 100/90 = 0.1.
        assertEquals(0.1, sample.atkinson(0.5), 1e-15);
        // Hand: P5 is 0 (the first 10% of pupils) and P95 is 100.
        assertEquals(Double.POSITIVE_INFINITY, sample.federalRangeRatio());
    }

    @Test
    void atkinson_invalidEpsilon_fails() {
        EquitySample sample = EquitySample.unweighted(1, 2);
        for (double epsilon : new double[] {-0.5, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sample.atkinson(epsilon));
            assertTrue(e.getMessage().contains("epsilon (" + epsilon + ")"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> sample.statistics(epsilon));
        }
    }

    @Test
    void percentile_outsideZeroToHundred_fails() {
        EquitySample sample = EquitySample.unweighted(1, 2);
        assertThrows(IllegalArgumentException.class, () -> sample.percentile(101));
        assertThrows(IllegalArgumentException.class, () -> sample.percentile(Double.NaN));
    }

    @Test
    void percentile_atASchoolBoundary_averagesTheNeighbours() {
        // Hand: 20 pupils; 5% of 20 is exactly 1 pupil, the whole first school: P5 = (10 + 20) / 2.
        // 95% is 19 pupils, the end of the second school: P95 = (20 + 30) / 2. Median: 10 pupils, inside school 2.
        EquitySample sample = EquitySample.of(new double[] {30, 10, 20}, new long[] {1, 1, 18});
        assertEquals(15, sample.percentile(5), 0);
        assertEquals(25, sample.percentile(95), 0);
        assertEquals(20, sample.median(), 0);
        // Hand: the even-count median of 1, 2, 3, 4 is 2.5, as usual.
        assertEquals(2.5, EquitySample.unweighted(4, 1, 3, 2).median(), 0);
    }

    @Test
    void mcLooneAndVerstegen_evenCount_useTheAveragedMedian() {
        // Hand: median 2.5; McLoone = (1 + 2) / (2.5 * 2) = 0.6; Verstegen = (3 + 4) / (2.5 * 2) = 1.4.
        EquitySample sample = EquitySample.unweighted(1, 2, 3, 4);
        assertEquals(0.6, sample.mcLooneIndex(), 1e-15);
        assertEquals(1.4, sample.verstegenIndex(), 1e-15);
    }

    @Test
    void group_unknownLabel_orNoGroups_fails() {
        EquitySample grouped =
                EquitySample.of(new double[] {1, 2}, new double[] {1, 1}, new int[] {0, 0}, List.of("a"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> grouped.group("b"));
        assertTrue(e.getMessage().contains("No group 'b' (groups: [a])"), e.getMessage());
        EquitySample ungrouped = EquitySample.unweighted(1, 2);
        assertThrows(IllegalStateException.class, () -> TheilDecomposition.of(ungrouped));
        assertThrows(IllegalStateException.class, () -> ungrouped.statisticsByGroup(1));
    }

    @Test
    void theilDecomposition_groupWithoutMoneyOrPupils_contributesNothing() {
        // Group a: amounts 1 and 3 (one pupil each); group b: one school of 0; group c: a school without pupils.
        EquitySample sample = EquitySample.of(
                new double[] {1, 3, 0, 9}, new double[] {1, 1, 2, 0}, new int[] {0, 0, 1, 2}, List.of("a", "b", "c"));
        TheilDecomposition d = TheilDecomposition.of(sample);
        assertEquals(d.total(), d.between() + d.within(), 1e-15);
        TheilDecomposition.Group b = d.groups().get(1);
        TheilDecomposition.Group c = d.groups().get(2);
        assertEquals(0, b.moneyShare(), 0);
        assertEquals(0, b.between(), 0);
        assertEquals(0, b.within(), 0);
        assertTrue(Double.isNaN(b.theilT()));
        assertEquals(0, c.schools());
        assertEquals(0, c.pupils(), 0);
        assertTrue(Double.isNaN(c.mean()));
        assertEquals(1, sample.group("c").excludedSchools());
        // Hand: mu = 4 / 4 = 1; group a has all the money, mean 2: between = ln 2, within = T_a.
        assertEquals(Math.log(2), d.between(), 1e-15);
        assertEquals(EquitySample.unweighted(1, 3).theilT(), d.within(), 1e-15);
    }
}

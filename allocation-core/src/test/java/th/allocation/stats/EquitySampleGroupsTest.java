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
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;
import th.allocation.testing.RandomCases;
import th.allocation.testing.RandomCases.WeightedAmounts;

/**
 * {@link EquitySample#withGroups} gives, from one sorted sample, the sample that
 * {@link EquitySample#of(double[], double[], int[], List)} sorts anew: every statistic of every
 * group, the Theil decomposition and the excluded schools are the same doubles (random amounts
 * with ties, a fifth of the schools without pupils, two groupings of the same schools).
 */
class EquitySampleGroupsTest {
    /** Amounts, weights (some 0), and two groupings of the same schools with their labels. */
    record Case(
            double[] values,
            double[] weights,
            int[] first,
            int[] second,
            List<String> firstLabels,
            List<String> secondLabels) {}

    private static Gen<Case> cases() {
        Gen<WeightedAmounts> amounts = RandomCases.weightedAmounts(0, 80);
        return in -> {
            WeightedAmounts a = amounts.generate(in);
            int n = a.perPupil().length;
            double[] weights = new double[n];
            int[] second = new int[n];
            int secondCount = (int) in.next(Constraint.between(1, 6));
            for (int i = 0; i < n; i++) {
                weights[i] = in.next(Constraint.between(0, 4)) == 0 ? 0 : a.pupils()[i];
                second[i] = (int) in.next(Constraint.between(0, secondCount - 1));
            }
            return new Case(
                    a.perPupil(), weights, a.groups(), second, labels("g", a.groupCount()), labels("h", secondCount));
        };
    }

    private static List<String> labels(String prefix, int count) {
        List<String> labels = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            labels.add(prefix + g);
        }
        return labels;
    }

    private static void assertSameGroups(EquitySample expected, EquitySample actual) {
        assertEquals(expected.groups(), actual.groups());
        assertEquals(expected.statisticsByGroup(1), actual.statisticsByGroup(1));
        assertEquals(expected.statisticsByGroup(0.5), actual.statisticsByGroup(0.5));
        assertEquals(expected.statistics(1), actual.statistics(1));
        if (expected.schools() > 0) {
            assertEquals(TheilDecomposition.of(expected), TheilDecomposition.of(actual));
        }
        for (String label : expected.groups()) {
            assertEquals(
                    expected.group(label).excludedSchools(), actual.group(label).excludedSchools(), label);
        }
    }

    @Test
    void withGroups_isTheSampleSortedWithThoseGroups_forEveryGroupingOfOneSort() {
        qt().withFixedSeed(501).withExamples(500).forAll(cases()).checkAssert(c -> {
            EquitySample once = EquitySample.of(c.values(), c.weights());
            assertSameGroups(
                    EquitySample.of(c.values(), c.weights(), c.first(), c.firstLabels()),
                    once.withGroups(c.first(), c.firstLabels()));
            EquitySample byFirst = once.withGroups(c.first(), c.firstLabels());
            for (int g = 0; g < c.firstLabels().size(); g++) {
                int without = 0;
                int with = 0;
                for (int i = 0; i < c.values().length; i++) {
                    if (c.first()[i] == g) {
                        without += c.weights()[i] == 0 ? 1 : 0;
                        with += c.weights()[i] == 0 ? 0 : 1;
                    }
                }
                assertEquals(without, byFirst.group(c.firstLabels().get(g)).excludedSchools(), "excluded");
                assertEquals(with, byFirst.group(c.firstLabels().get(g)).schools(), "schools");
            }
            // A grouped sample may be grouped again: its sort is the same.
            assertSameGroups(
                    EquitySample.of(c.values(), c.weights(), c.second(), c.secondLabels()),
                    byFirst.withGroups(c.second(), c.secondLabels()));
        });
    }

    @Test
    void withGroups_refusesGroupsThatDoNotFitTheRows() {
        EquitySample sample = EquitySample.of(new double[] {1, 2, 3}, new double[] {1, 0, 2});
        IllegalArgumentException length =
                assertThrows(IllegalArgumentException.class, () -> sample.withGroups(new int[] {0, 0}, List.of("a")));
        assertTrue(length.getMessage().contains("3 rows, groups (2)"), length.getMessage());
        IllegalArgumentException range = assertThrows(
                IllegalArgumentException.class, () -> sample.withGroups(new int[] {0, 1, 2}, List.of("a", "b")));
        assertTrue(range.getMessage().contains("The group (2) of row 2"), range.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sample.withGroups(new int[] {0, 0, 0}, List.of("a", "a")));
        EquitySample grouped = sample.withGroups(new int[] {0, 0, 1}, List.of("a", "b"));
        assertThrows(IllegalStateException.class, () -> grouped.group("a").withGroups(new int[] {0}, List.of("x")));
        assertEquals(1, grouped.group("a").excludedSchools());
        assertEquals(1, grouped.group("a").schools());
    }
}

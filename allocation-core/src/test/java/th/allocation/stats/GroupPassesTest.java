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
import static org.quicktheories.QuickTheory.qt;
import static th.allocation.stats.EquitySeriesTest.assertSameBits;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Every group's statistics from one sorted sample ({@link GroupPasses}, kept by the sample) against
 * a simple reference: a sample of the group's schools alone, made afresh, whose measures are taken
 * one by one by {@link EquitySample}'s methods, to the bit. Samples have ties, zeros, schools
 * without pupils, groups of one school and groups without pupils; a few are large enough to be split
 * between threads.
 */
class GroupPassesTest {
    /** Amounts, weights and a group per school, with the number of groups. */
    record Columns(double[] amounts, double[] weights, int[] groups, int groupCount) {
        List<String> labels() {
            return IntStream.range(0, groupCount).mapToObj(g -> "g" + g).toList();
        }

        /** The sample of one group's schools alone, in input order. */
        EquitySample group(int code) {
            int[] members = IntStream.range(0, groups.length)
                    .filter(i -> groups[i] == code)
                    .toArray();
            double[] x = new double[members.length];
            double[] w = new double[members.length];
            for (int j = 0; j < members.length; j++) {
                x[j] = amounts[members[j]];
                w[j] = weights[members[j]];
            }
            return EquitySample.of(x, w);
        }

        @Override
        public String toString() {
            return amounts.length + " schools, " + groupCount + " groups: amounts " + Arrays.toString(amounts)
                    + ", weights " + Arrays.toString(weights) + ", groups " + Arrays.toString(groups);
        }
    }

    @Test
    void everyGroup_asASampleOfItsSchoolsAlone_toTheBit() {
        qt().withFixedSeed(1984).withExamples(1500).forAll(columns(300)).checkAssert(c -> check(c, 1, 0.5, 2, 0));
    }

    @Test
    void largeSamples_splitBetweenThreads_asASampleOfEachGroupAlone() {
        assertEquals(true, 70_000 >= GroupPasses.PARALLEL_FROM, "large enough to be split");
        qt().withFixedSeed(1996).withExamples(4).forAll(columns(70_000)).checkAssert(c -> check(c, 1, 2));
    }

    @Test
    void theilDecomposition_fromTheGroupsAlone() {
        qt().withFixedSeed(1967).withExamples(500).forAll(columns(300)).checkAssert(c -> {
            EquitySample sample = EquitySample.of(c.amounts(), c.weights(), c.groups(), c.labels());
            TheilDecomposition decomposition = TheilDecomposition.of(sample);
            double mean = sample.amount() / sample.pupils();
            double between = 0;
            double within = 0;
            boolean undefined =
                    Double.isNaN(EquitySample.of(c.amounts(), c.weights()).theilT());
            for (int code = 0; code < c.groupCount(); code++) {
                EquitySample alone = c.group(code);
                TheilDecomposition.Group group = decomposition.groups().get(code);
                double share = alone.amount() / sample.amount();
                double groupMean = alone.schools() == 0 ? Double.NaN : alone.amount() / alone.pupils();
                assertBits(share, group.moneyShare());
                assertBits(groupMean, group.mean());
                assertBits(alone.theilT(), group.theilT());
                assertBits(alone.pupils(), group.pupils());
                assertEquals(alone.schools(), group.schools());
                if (!undefined && share > 0) {
                    between += share * Math.log(groupMean / mean);
                    within += share * alone.theilT();
                }
            }
            if (!undefined) {
                assertBits(between, decomposition.between());
                assertBits(within, decomposition.within());
            }
        });
    }

    @Test
    void statisticsKept_forTheirAversionOnly() {
        EquitySample sample = EquitySample.of(new double[] {1, 2, 3, 0}, new double[] {1, 1, 2, 3});
        EquityStatistics one = sample.statistics(1);
        EquityStatistics two = sample.statistics(2);
        assertEquals(2, two.atkinsonEpsilon());
        assertSameBits(
                SortedPassesTest.oneByOne(EquitySample.of(new double[] {1, 2, 3, 0}, new double[] {1, 1, 2, 3}), 2),
                two);
        assertSameBits(one, sample.statistics(1));
    }

    private static void check(Columns c, double... epsilons) {
        EquitySample sample = EquitySample.of(c.amounts(), c.weights(), c.groups(), c.labels());
        EquitySample regrouped = EquitySample.of(c.amounts(), c.weights()).withGroups(c.groups(), c.labels());
        for (double epsilon : epsilons) {
            Map<String, EquityStatistics> byGroup = sample.statisticsByGroup(epsilon);
            Map<String, EquityStatistics> byRegrouped = regrouped.statisticsByGroup(epsilon);
            for (int code = 0; code < c.groupCount(); code++) {
                // A fresh sample for each aversion: its measures one by one, nothing kept from before.
                EquityStatistics expected = SortedPassesTest.oneByOne(c.group(code), epsilon);
                assertSameBits(expected, byGroup.get("g" + code));
                assertSameBits(expected, byRegrouped.get("g" + code));
            }
        }
    }

    private static void assertBits(double expected, double actual) {
        assertEquals(
                Double.doubleToRawLongBits(expected),
                Double.doubleToRawLongBits(actual),
                expected + " against " + actual);
    }

    /** Up to {@code most} schools in 1 to 40 groups (some of one school, some only of schools without pupils). */
    private static Gen<Columns> columns(int most) {
        return in -> {
            int n = (int) in.next(Constraint.between(most > 1000 ? most / 2 : 0, most));
            int groupCount = (int) in.next(Constraint.between(1, 40));
            int style = (int) in.next(Constraint.between(0, 3));
            double[] x = new double[n];
            double[] w = new double[n];
            int[] g = new int[n];
            List<Integer> alone = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                x[i] = amount(in, style, i == 0 ? 0 : x[i - 1]);
                w[i] = in.next(Constraint.between(0, 9)) == 0 ? 0 : weight(in);
                // The last groups get a school each, or none: one-school groups and empty ones.
                g[i] = (int) in.next(Constraint.between(0, Math.max(0, groupCount - 3)));
            }
            for (int code = Math.max(1, groupCount - 2); code < groupCount && n > 0; code++) {
                int i = (int) in.next(Constraint.between(0, n - 1));
                g[i] = code;
                alone.add(i);
            }
            if (!alone.isEmpty() && n > 0) {
                w[alone.get(0)] = 0; // a group whose only school has no pupils
            }
            return new Columns(x, w, g, groupCount);
        };
    }

    /** Per style: ties among few values, satang over pupils, zeros, then a mix with ties to the school before. */
    private static double amount(RandomnessSource in, int style, double previous) {
        int kind = style == 3 ? (int) in.next(Constraint.between(0, 3)) : style;
        return switch (kind) {
            case 0 -> 100 * in.next(Constraint.between(0, 4));
            case 1 -> in.next(Constraint.between(190_000, 3_000_000)) / (100.0 * in.next(Constraint.between(1, 900)));
            case 2 -> in.next(Constraint.between(0, 3)) == 0 ? 0 : in.next(Constraint.between(1, 50_000)) / 7.0;
            default -> previous;
        };
    }

    private static double weight(RandomnessSource in) {
        return in.next(Constraint.between(0, 4)) == 0
                ? in.next(Constraint.between(1, 999)) / 7.0
                : in.next(Constraint.between(1, 2000));
    }
}

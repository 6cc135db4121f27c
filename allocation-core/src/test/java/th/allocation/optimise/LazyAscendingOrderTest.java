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
package th.allocation.optimise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import th.allocation.internal.AscendingOrder;

/**
 * The greedy's order sorted as far as it is read, against the whole order sorted at once: the same
 * positions at every place read, ties in position order, whatever is read first; and one school's
 * items in that order.
 */
class LazyAscendingOrderTest {
    /** Keys as the greedy makes them, {@code best - ratio}: few distinct values (many ties) or many. */
    private static double[] keys(long seed, int n, int distinct) {
        Random random = new Random(seed);
        double[] ratio = new double[n];
        double[] values = new double[Math.max(1, distinct)];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextDouble() * Math.pow(10, random.nextInt(6) - 3);
        }
        double best = 0;
        for (int j = 0; j < n; j++) {
            ratio[j] = distinct == 0 ? random.nextDouble() : values[random.nextInt(values.length)];
            best = Math.max(best, ratio[j]);
        }
        double[] key = new double[n];
        for (int j = 0; j < n; j++) {
            key[j] = best - ratio[j];
        }
        return key;
    }

    private static double top(double[] key) {
        double top = 0;
        for (double k : key) {
            top = Math.max(top, k);
        }
        return top;
    }

    @Test
    void everyPlace_asTheWholeSort() {
        qt().withFixedSeed(77)
                .withExamples(300)
                .forAll(
                        integers().between(0, 5_000),
                        integers().between(0, 40),
                        integers().between(0, 1_000))
                .checkAssert((n, distinct, seed) -> {
                    double[] key = keys(seed, n, distinct);
                    int[] expected = AscendingOrder.of(key);
                    LazyAscendingOrder lazy = new LazyAscendingOrder(key, top(key));
                    assertEquals(n, lazy.size());
                    for (int at = 0; at < n; at++) {
                        assertEquals(expected[at], lazy.get(at), "place " + at + " of " + n);
                    }
                });
    }

    @Test
    void aPrefixRead_isFinalAndAsTheWholeSort() {
        qt().withFixedSeed(78)
                .withExamples(200)
                .forAll(
                        integers().between(1, 20_000),
                        integers().between(0, 8),
                        integers().between(0, 1_000))
                .checkAssert((n, distinct, seed) -> {
                    double[] key = keys(seed, n, distinct);
                    int[] expected = AscendingOrder.of(key);
                    LazyAscendingOrder lazy = new LazyAscendingOrder(key, top(key));
                    int read = new Random(seed).nextInt(n);
                    lazy.get(read);
                    assertArrayEquals(
                            Arrays.copyOf(expected, read + 1), Arrays.copyOf(lazy.array(), read + 1), "first " + read);
                });
    }

    @Test
    void keysNotAllFiniteOrAllZero_sortedWholeAsBefore() {
        double[][] cases = {
            {0, 0, 0},
            {3, Double.POSITIVE_INFINITY, 1, 1},
            {2, 1, 0, -0.0, 1},
            {},
        };
        for (double[] key : cases) {
            int[] expected = AscendingOrder.of(key);
            LazyAscendingOrder lazy = new LazyAscendingOrder(key, top(key));
            for (int at = 0; at < key.length; at++) {
                assertEquals(expected[at], lazy.get(at), Arrays.toString(key) + " place " + at);
            }
        }
    }

    @Test
    void oneSchoolsItems_inTheWholeOrder() {
        qt().withFixedSeed(79)
                .withExamples(300)
                .forAll(
                        integers().between(1, 300),
                        integers().between(0, 4),
                        integers().between(0, 1_000))
                .checkAssert((n, distinct, seed) -> {
                    double[] key = keys(seed, n, distinct);
                    int[] whole = AscendingOrder.of(key);
                    Random random = new Random(seed);
                    int from = random.nextInt(n);
                    int to = from + random.nextInt(Math.min(12, n - from) + 1);
                    int[] own = new int[12];
                    int count = WeightedShortfallGreedy.bestFirst(from, to, key, own);
                    int[] expected = Arrays.stream(whole)
                            .filter(j -> j >= from && j < to)
                            .toArray();
                    assertArrayEquals(expected, Arrays.copyOf(own, count), "items " + from + " to " + to);
                });
    }
}

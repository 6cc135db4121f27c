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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * {@link KeyOrder} against a stable comparison sort (the JDK's merge sort of boxed positions), over
 * keys with many ties, keys spread over every bit, keys crowded in a few values of a wide range (so
 * that buckets are sorted again on their own range), and the bit patterns of per-pupil amounts.
 */
class KeyOrderTest {
    /** Keys and whether to give the sort their range as the caller's pass would. */
    record Keys(long[] keys) {
        @Override
        public String toString() {
            return keys.length + " keys " + Arrays.toString(Arrays.copyOf(keys, Math.min(keys.length, 50)));
        }
    }

    @Test
    void sameOrderAsAStableComparisonSort() {
        qt().withFixedSeed(2026).withExamples(400).forAll(keys()).checkAssert(k -> {
            long[] keys = k.keys().clone();
            int[] rows = IntStream.range(0, keys.length).toArray();
            KeyOrder.sort(keys, rows);
            Integer[] expected = IntStream.range(0, keys.length).boxed().toArray(Integer[]::new);
            long[] input = k.keys();
            Arrays.sort(expected, Comparator.comparingLong(i -> input[i])); // stable
            assertArrayEquals(Arrays.stream(expected).mapToInt(i -> i).toArray(), rows);
            long[] sorted = input.clone();
            Arrays.sort(sorted);
            assertArrayEquals(sorted, keys);
        });
    }

    @Test
    void sortedInput_staysAsItIs() {
        long[] keys = {0, 0, 3, 3, 3, 9, Long.MAX_VALUE};
        int[] rows = {6, 5, 4, 3, 2, 1, 0};
        KeyOrder.sort(keys, rows);
        assertArrayEquals(new int[] {6, 5, 4, 3, 2, 1, 0}, rows);
    }

    /** Up to 30,000 keys in one of five styles. */
    private static Gen<Keys> keys() {
        return in -> {
            int size = (int) in.next(Constraint.between(0, 3));
            int n = (int) in.next(Constraint.between(0, size == 0 ? 50 : size == 1 ? 500 : 30_000));
            int style = (int) in.next(Constraint.between(0, 4));
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = key(in, style);
            }
            return new Keys(keys);
        };
    }

    private static long key(RandomnessSource in, int style) {
        return switch (style) {
            case 0 -> in.next(Constraint.between(0, 5)); // ties
            case 1 -> in.next(Constraint.between(0, Long.MAX_VALUE)); // every bit
            case 2 -> // a few crowded values far apart, and neighbours of each
                (in.next(Constraint.between(0, 3)) << 58) + in.next(Constraint.between(0, 60));
            case 3 -> // per-pupil amounts in satang over pupils, and zeros
                Double.doubleToRawLongBits(
                        in.next(Constraint.between(0, 9)) == 0
                                ? 0.0
                                : in.next(Constraint.between(190_000, 3_000_000))
                                        / (100.0 * in.next(Constraint.between(1, 2000))));
            default -> // ties on a wide range: clusters of equal keys
                in.next(Constraint.between(0, 40)) * 0x0123_4567_89ABL;
        };
    }
}

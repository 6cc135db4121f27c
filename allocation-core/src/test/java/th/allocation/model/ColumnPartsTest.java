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
package th.allocation.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Parts joined with their lines and codes put together on the way ({@link ColumnParts}), side by side
 * or one column after another, give the table of the parts shifted and renumbered first and then
 * joined.
 */
class ColumnPartsTest {
    private static final String[] CLUSTERS = {"", "C1", "C2", "ก", "ข", "ค"};
    private static final List<String> INDICATORS = List.of("a", "b");

    /** {@code parts} parts of random rows, the same for the same seed; part {@code k}'s codes are its own. */
    private static List<SchoolTableColumns> parts(long seed, int parts) {
        Random random = new Random(seed);
        List<SchoolTableColumns> made = new ArrayList<>();
        int id = 0;
        for (int k = 0; k < parts; k++) {
            int rows = random.nextInt(40);
            SchoolTableColumns part = SchoolTable.columns("s.csv", INDICATORS, 1);
            for (int i = 0; i < rows; i++) {
                id += 1 + random.nextInt(3);
                byte[] bytes = String.format("%06d", random.nextInt(8) == 0 ? id + 1_000_000 : id)
                        .getBytes(StandardCharsets.UTF_8);
                int[] codes = new int[SchoolTableColumns.CATEGORIES];
                for (int c = 0; c < codes.length; c++) {
                    codes[c] = random.nextInt(3); // each part's own codes 0 to 2
                }
                part.add(
                        bytes,
                        0,
                        bytes.length,
                        "n" + random.nextInt(5),
                        codes,
                        AreaType.values()[random.nextInt(AreaType.values().length)],
                        random.nextBoolean(),
                        SchoolKind.values()[random.nextInt(SchoolKind.values().length)],
                        new int[] {random.nextInt(9), random.nextInt(9) + 10, random.nextInt(9), 0},
                        random.nextInt(3),
                        random.nextInt(3),
                        random.nextBoolean() ? random.nextInt(1_000_000) : SchoolTable.NO_PREVIOUS,
                        new double[] {random.nextBoolean() ? random.nextDouble() : Double.NaN, Double.NaN},
                        i + 2);
                if (random.nextBoolean()) {
                    part.previousPupils(random.nextInt(30));
                }
            }
            made.add(part);
        }
        return made;
    }

    /** For each part and category, its codes 0 to 2 into the shared {@link #CLUSTERS}. */
    private static int[][][] newCodes(long seed, int parts) {
        Random random = new Random(seed);
        int[][][] newCodes = new int[parts][SchoolTableColumns.CATEGORIES][];
        for (int k = 0; k < parts; k++) {
            for (int c = 0; c < SchoolTableColumns.CATEGORIES; c++) {
                newCodes[k][c] = new int[] {random.nextInt(2), 2 + random.nextInt(2), 4 + random.nextInt(2)};
            }
        }
        return newCodes;
    }

    private static long[] offsets(List<SchoolTableColumns> parts) {
        long[] offsets = new long[parts.size()];
        for (int k = 1; k < offsets.length; k++) {
            offsets[k] = offsets[k - 1] + 40;
        }
        return offsets;
    }

    private static SchoolTable build(SchoolTableColumns joined) {
        String[][] labels = new String[SchoolTableColumns.CATEGORIES][];
        for (int c = 0; c < labels.length; c++) {
            labels[c] = CLUSTERS.clone();
        }
        joined.dropEmptyIndicators();
        return joined.build(labels);
    }

    @Test
    void join_sideBySideOrNot_isTheTableOfThePartsShiftedRenumberedAndJoined() {
        for (long seed = 0; seed < 60; seed++) {
            int count = 1 + (int) (seed % 4);
            List<SchoolTableColumns> expectedParts = parts(seed, count);
            long[] offsets = offsets(expectedParts);
            int[][][] newCodes = newCodes(seed, count);
            for (int k = 0; k < count; k++) {
                expectedParts.get(k).shiftLines(offsets[k]);
                for (int c = 0; c < SchoolTableColumns.CATEGORIES; c++) {
                    expectedParts.get(k).renumber(c, newCodes[k][c]);
                }
            }
            List<String> expected = rows(build(SchoolTableColumns.join(expectedParts)));
            for (boolean sideBySide : new boolean[] {false, true}) {
                SchoolTable joined = build(ColumnParts.join(parts(seed, count), offsets, newCodes, sideBySide));
                assertEquals(expected, rows(joined), "seed " + seed + (sideBySide ? ", side by side" : ""));
            }
        }
    }

    @Test
    void join_emptiesTheParts() {
        List<SchoolTableColumns> parts = parts(7, 3);
        ColumnParts.join(parts, offsets(parts), newCodes(7, 3), true);
        for (SchoolTableColumns part : parts) {
            assertEquals(0, part.size());
            assertThrows(IllegalStateException.class, () -> part.previousPupils(1), "a part joined is empty");
        }
    }

    @Test
    void join_withOffsetsAndCodesOfAnotherNumberOfParts_isRefused() {
        List<SchoolTableColumns> parts = parts(3, 2);
        assertThrows(
                IllegalArgumentException.class,
                () -> SchoolTableColumns.join(parts, new long[1], newCodes(3, 2)),
                "one offset for two parts");
        assertArrayEquals(new long[] {0, 40}, offsets(parts));
    }

    /** Every school of the table with its line, as text, in order. */
    private static List<String> rows(SchoolTable table) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            rows.add(table.school(i) + " line " + table.line(i) + " labels "
                    + table.cluster().labelCount());
        }
        return rows;
    }
}

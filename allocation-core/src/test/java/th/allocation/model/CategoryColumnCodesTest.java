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

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A category column from codes a reader gave ({@link CategoryColumn#ofCodes}): labels in order, labels
 * no school has dropped, the column the one {@link CategoryColumn#of} gives for the same values,
 * whether the labels came sorted (merged from parts) or in the order they were met.
 */
class CategoryColumnCodesTest {
    private static final String[] SORTED = {"", "C1", "C2", "ก", "ข", "ค"};

    private static void assertSameColumn(CategoryColumn expected, CategoryColumn actual, String what) {
        assertEquals(expected.labelCount(), actual.labelCount(), what);
        for (int code = 0; code < expected.labelCount(); code++) {
            assertEquals(expected.label(code), actual.label(code), what);
        }
    }

    @Test
    void ofCodes_sortedOrNotSomeLabelsUnused_isTheColumnOfTheValues() {
        Random random = new Random(5);
        for (int example = 0; example < 300; example++) {
            String[] labels = SORTED.clone();
            if (example % 2 == 1) { // in the order met, not sorted
                for (int i = labels.length - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    String swap = labels[i];
                    labels[i] = labels[j];
                    labels[j] = swap;
                }
            }
            int used = 1 + random.nextInt(labels.length);
            int[] codes = new int[random.nextInt(30)];
            String[] values = new String[codes.length];
            for (int i = 0; i < codes.length; i++) {
                codes[i] = random.nextInt(used);
                values[i] = labels[codes[i]];
            }
            CategoryColumn expected = CategoryColumn.of(values);

            CategoryColumn column = CategoryColumn.ofCodes(codes.clone(), labels);

            assertSameColumn(expected, column, "example " + example);
            for (int i = 0; i < codes.length; i++) {
                assertEquals(values[i], column.value(i), "example " + example);
                assertEquals(expected.code(i), column.code(i), "example " + example);
            }
        }
    }

    @Test
    void ofCodes_sortedAndAllUsed_keepsTheCodes() {
        int[] codes = {0, 5, 1, 2, 3, 4, 5};

        CategoryColumn column = CategoryColumn.ofCodes(codes, SORTED);

        assertArrayEquals(new int[] {0, 5, 1, 2, 3, 4, 5}, codes);
        assertEquals("ค", column.value(1));
        assertEquals(6, column.labelCount());
    }

    @Test
    void ofCodes_aCodeOutsideTheLabels_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> CategoryColumn.ofCodes(new int[] {6}, SORTED));
    }
}

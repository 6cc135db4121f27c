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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link SchoolTable#rows(int[])}: a unit's schools as a table of their own. */
class SchoolTableRowsTest {
    private static SchoolTable table() {
        return SchoolTable.of(List.of(
                School.of("1", "a")
                        .withHierarchy("C2", "E3", "")
                        .withPupils(new Enrolment(0, 10, 0, 0), 1, 2)
                        .withIndicators(Map.of("reading", 0.5)),
                School.of("2", "b")
                        .withHierarchy("C1", "E1", "N1")
                        .withPupils(new Enrolment(0, 20, 0, 0), 0, 0)
                        .withPreviousAllocation(100),
                School.of("3", "c")
                        .withHierarchy("C1", "E2", "N1")
                        .withPupils(new Enrolment(5, 0, 0, 0), 0, 1)
                        .withIndicators(Map.of("reading", 0.7)),
                School.of("4", "d")
                        .withHierarchy("C2", "E3", "N2")
                        .withContext(AreaType.SPECIAL, true, SchoolKind.SECONDARY)));
    }

    @Test
    void rows_copyEveryColumnOfTheChosenSchools_withOnlyTheLabelsTheyUse() {
        SchoolTable some = table().rows(new int[] {0, 2, 3});
        assertEquals(3, some.size());
        assertEquals(List.of("1", "3", "4"), List.of(some.id(0), some.id(1), some.id(2)));
        assertEquals(
                List.of("C2", "C1", "C2"),
                List.of(
                        some.cluster().value(0),
                        some.cluster().value(1),
                        some.cluster().value(2)));
        assertEquals(2, some.cluster().labelCount(), "C1 and C2");
        assertEquals("C1", some.cluster().label(0), "labels stay sorted");
        assertEquals(2, some.esa().labelCount(), "E2 and E3, not E1");
        assertEquals(
                List.of("", "N1", "N2"),
                List.of(
                        some.network().label(0),
                        some.network().label(1),
                        some.network().label(2)));
        assertEquals(5, some.totalPupils(1));
        assertEquals(1, some.poor(1));
        assertEquals(AreaType.SPECIAL, some.areaType(2));
        assertTrue(some.remote(2));
        assertEquals(0.7, some.indicator("reading", 1));
        assertTrue(Double.isNaN(some.indicator("reading", 2)));
        assertEquals(SchoolTable.NO_PREVIOUS, some.previousAllocation(0));
        assertTrue(some.hasAnyPreviousAllocation(), "school 2, outside the rows, has one: the file has the column");
    }

    @Test
    void rows_mustBeAscendingAndDistinct() {
        assertThrows(IllegalArgumentException.class, () -> table().rows(new int[] {2, 1}));
        assertThrows(IllegalArgumentException.class, () -> table().rows(new int[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> table().rows(new int[] {4}));
    }
}

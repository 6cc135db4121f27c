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
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.allocation.testing.RandomCases;

/** {@link SchoolTable#idBytes}: a table's ids as bytes, where it keeps them so, with no String made. */
class SchoolTableIdBytesTest {
    private static SchoolTable table(String... ids) {
        List<School> schools = new ArrayList<>();
        for (String id : ids) {
            schools.add(School.of(id, "x"));
        }
        return SchoolTable.of(schools);
    }

    @Test
    void idBytes_asciiIds_areEachIdsBytesInTableOrder() {
        qt().withFixedSeed(7)
                .withExamples(100)
                .forAll(RandomCases.schools(0, 60))
                .checkAssert(schools -> {
                    SchoolTable table = SchoolTable.of(schools);
                    byte[] into = new byte[64];
                    for (int i = 0; i < table.size(); i++) {
                        int length = table.idBytes(i, into);
                        assertEquals(table.id(i), new String(into, 0, length, StandardCharsets.US_ASCII));
                    }
                });
    }

    @Test
    void idBytes_intoTooSmall_givesTheLengthAndLeavesItAlone() {
        SchoolTable table = table("1100010001", "7");
        byte[] small = {'a', 'b', 'c'};

        assertEquals(10, table.idBytes(0, small));
        assertEquals("abc", new String(small, StandardCharsets.US_ASCII));
        assertEquals(1, table.idBytes(1, small));
        assertEquals('7', small[0]);
    }

    @Test
    void idBytes_anIdNotAscii_isMinusOneForEverySchool() {
        SchoolTable table = table("S1", "โรงเรียน1");

        assertEquals(-1, table.idBytes(0, new byte[64]));
        assertEquals(-1, table.idBytes(1, new byte[64]));
        assertEquals("S1", table.id(0));
    }

    @Test
    void idBytes_selectedRows_areTheSelectedIds() {
        SchoolTable selected = table("A1", "B22", "C333").rows(new int[] {0, 2});
        byte[] into = new byte[8];

        assertEquals(4, selected.idBytes(1, into));
        assertEquals("C333", new String(into, 0, 4, StandardCharsets.US_ASCII));
        assertThrows(IndexOutOfBoundsException.class, () -> selected.idBytes(2, into));
    }
}

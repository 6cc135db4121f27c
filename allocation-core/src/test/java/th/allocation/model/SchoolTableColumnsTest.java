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
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.testing.RandomCases;

/**
 * Tables filled column by column ({@link SchoolTableColumns}), which the builder, the streaming reader
 * and the joining of parts all go through: canonical order by id as Strings compare, ids kept as bytes
 * where they are ASCII, duplicates located, parts joined.
 */
class SchoolTableColumnsTest {
    private static final int[] NO_CODES = new int[SchoolTableColumns.CATEGORIES];
    private static final String[][] NO_LABELS = {{""}, {""}, {""}, {""}, {""}, {""}};

    private static void add(SchoolTableColumns columns, String id, long line) {
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        columns.add(
                bytes,
                0,
                bytes.length,
                "n",
                NO_CODES,
                AreaType.CAPITAL,
                false,
                SchoolKind.PRIMARY,
                new int[] {0, 1, 0, 0},
                0,
                0,
                SchoolTable.NO_PREVIOUS,
                new double[0],
                line);
    }

    @Test
    void of_shuffledSchools_isInIdOrderWithEveryValueAndEveryIdFoundAgain() {
        qt().withFixedSeed(40)
                .withExamples(100)
                .forAll(RandomCases.schools(0, 40))
                .checkAssert(schools -> {
                    List<School> shuffled = new ArrayList<>();
                    for (int i = 0; i < schools.size(); i++) {
                        // Some ids Thai, so that the order of Strings, not of bytes, is tested too.
                        School school = schools.get(i);
                        shuffled.add(i % 3 == 0 ? rename(school, "โรงเรียน" + school.id()) : school);
                    }
                    List<School> sorted = new ArrayList<>(shuffled);
                    sorted.sort(Comparator.comparing(School::id));
                    Collections.shuffle(shuffled, new Random(schools.size()));

                    SchoolTable table = SchoolTable.of(shuffled);

                    assertEquals(sorted, table.schools());
                    for (int i = 0; i < table.size(); i++) {
                        assertEquals(i, table.indexOf(table.id(i)));
                    }
                    assertEquals(-1, table.indexOf("not an id"));
                });
    }

    private static School rename(School school, String id) {
        return new School(
                id,
                school.name(),
                school.cluster(),
                school.esa(),
                school.network(),
                school.province(),
                school.district(),
                school.subdistrict(),
                school.areaType(),
                school.remote(),
                school.kind(),
                school.pupils(),
                school.specialNeeds(),
                school.poor(),
                school.previousAllocation(),
                school.indicators());
    }

    @Test
    void build_idsOutsideTheBasicPlane_areInStringOrder_notInTheOrderOfTheirBytes() {
        // U+FF21 is EF BC A1 in UTF-8 and U+1F600 F0 9F 98 80, but as UTF-16 U+1F600 is D83D DE00, before FF21.
        SchoolTableColumns columns = SchoolTable.columns("s.csv", List.of(), 2);
        add(columns, "\uFF21", 2);
        add(columns, "\uD83D\uDE00", 3);

        SchoolTable table = columns.build(NO_LABELS);

        assertEquals(List.of("\uD83D\uDE00", "\uFF21"), List.of(table.id(0), table.id(1)));
        assertEquals(1, table.indexOf("\uFF21"));
        assertEquals(0, table.rows(new int[] {0}).indexOf("\uD83D\uDE00"));
    }

    @Test
    void build_asciiIds_areFoundAndSelected() {
        SchoolTableColumns columns = SchoolTable.columns("s.csv", List.of(), 1);
        for (String id : List.of("1003", "1001", "10020", "1002")) {
            add(columns, id, 0);
        }

        SchoolTable table = columns.build(NO_LABELS);

        assertEquals(
                List.of("1001", "1002", "10020", "1003"), List.of(table.id(0), table.id(1), table.id(2), table.id(3)));
        assertEquals(2, table.indexOf("10020"));
        assertEquals(-1, table.indexOf("100"));
        assertEquals(-1, table.indexOf("โรงเรียน"));
        SchoolTable some = table.rows(new int[] {1, 3});
        assertEquals(List.of("1002", "1003"), List.of(some.id(0), some.id(1)));
        assertEquals(1, some.indexOf("1003"));
    }

    @Test
    void build_duplicateIds_areEachAProblemAtTheLaterLineNamingTheFirst() {
        SchoolTableColumns columns = SchoolTable.columns("s.csv", List.of(), 4);
        add(columns, "7", 5);
        add(columns, "3", 2);
        add(columns, "7", 3);
        add(columns, "7", 9);

        List<Problem> problems = assertThrows(InputException.class, () -> columns.build(NO_LABELS))
                .problems();

        assertEquals(
                List.of(
                        "s.csv:5: school 7, column school_id: Duplicate school id (first on line 3). Each school must"
                                + " appear once; remove or renumber the duplicate.",
                        "s.csv:9: school 7, column school_id: Duplicate school id (first on line 3). Each school must"
                                + " appear once; remove or renumber the duplicate."),
                problems.stream().map(Problem::describe).toList());
    }

    @Test
    void join_partsReadSideBySide_isTheTableOfAllTheirRows_linesAndCodesPutTogether() {
        SchoolTableColumns first = SchoolTable.columns("s.csv", List.of("reading"), 1);
        SchoolTableColumns second = SchoolTable.columns("s.csv", List.of("reading"), 1);
        int[] codes = new int[SchoolTableColumns.CATEGORIES];
        byte[] a = "2".getBytes(StandardCharsets.UTF_8);
        byte[] b = "1".getBytes(StandardCharsets.UTF_8);
        first.add(
                a,
                0,
                1,
                "two",
                codes,
                AreaType.CAPITAL,
                false,
                SchoolKind.PRIMARY,
                new int[] {0, 1, 0, 0},
                0,
                0,
                100,
                new double[] {Double.NaN},
                2);
        codes[0] = 1; // the second part's own code 1 for its cluster
        second.add(
                b,
                0,
                1,
                "one",
                codes,
                AreaType.SPECIAL,
                true,
                SchoolKind.SECONDARY,
                new int[] {0, 0, 3, 0},
                1,
                2,
                SchoolTable.NO_PREVIOUS,
                new double[] {Double.NaN},
                1);
        second.shiftLines(2); // the first part held the header and one row
        second.renumber(0, new int[] {0, 2}); // its labels "" and "C9" into the shared "", "C1", "C9"

        SchoolTableColumns joined = SchoolTableColumns.join(List.of(first, second));
        joined.dropEmptyIndicators();
        SchoolTable table = joined.build(new String[][] {{"", "C1", "C9"}, {""}, {""}, {""}, {""}, {""}});

        assertEquals(List.of("1", "2"), List.of(table.id(0), table.id(1)));
        assertEquals(List.of(3L, 2L), List.of(table.line(0), table.line(1)));
        assertEquals("C9", table.cluster().value(0));
        assertEquals("", table.cluster().value(1));
        assertEquals(2, table.cluster().labelCount(), "C1, which no school has, is left out");
        assertEquals(Map.of(), table.school(0).indicators());
        assertTrue(table.indicatorNames().isEmpty(), "a reader's indicator with no value in any row");
        assertEquals(3, table.totalPupils(0));
        assertThrows(IllegalStateException.class, () -> add(first, "3", 4), "a part joined is empty");
    }

    @Test
    void builder_keepsAnIndicatorAnySchoolNames_evenWithoutANumber() {
        SchoolTable table = SchoolTable.of(List.of(School.of("1", "a").withIndicators(Map.of("x", Double.NaN))));

        assertEquals(List.of("x"), List.copyOf(table.indicatorNames()));
    }
}

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
package th.allocation.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.model.CategoryColumn;
import th.allocation.model.Level;
import th.allocation.model.SchoolTable;

/** Checks that two readings of one file gave the same table, column by column, or the same problems. */
final class SameTables {
    private SameTables() {}

    /** A reading's outcome: its table, or the problems it threw. */
    record Outcome(SchoolTable table, InputException problems) {
        static Outcome of(java.util.function.Supplier<SchoolTable> read) {
            try {
                return new Outcome(read.get(), null);
            } catch (InputException e) {
                return new Outcome(null, e);
            }
        }

        String describe() {
            if (table != null) {
                return "a table of " + table.size() + " schools";
            }
            return problems.totalProblems() + " problems:\n"
                    + problems.problems().stream().map(Problem::describe).collect(Collectors.joining("\n"));
        }
    }

    /** The two outcomes are the same table or the same problems (every field, in the same order). */
    static void assertSame(Outcome expected, Outcome actual, String what) {
        assertEquals(
                expected.table() != null,
                actual.table() != null,
                () -> what + ": expected " + expected.describe() + "\nbut got " + actual.describe());
        if (expected.table() != null) {
            assertSame(expected.table(), actual.table(), what);
        } else {
            assertEquals(expected.problems().totalProblems(), actual.problems().totalProblems(), what);
            assertEquals(
                    problems(expected.problems().problems()),
                    problems(actual.problems().problems()),
                    what);
        }
    }

    private static List<String> problems(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }

    /** Every column, label table, line and indicator value of the two tables is the same. */
    static void assertSame(SchoolTable expected, SchoolTable actual, String what) {
        assertEquals(expected.source(), actual.source(), what);
        assertEquals(expected.size(), actual.size(), what);
        assertEquals(expected.indicatorNames(), actual.indicatorNames(), what);
        assertEquals(expected.hasAnyPreviousAllocation(), actual.hasAnyPreviousAllocation(), what);
        assertSame(expected.cluster(), actual.cluster(), what + ", cluster");
        assertSame(expected.esa(), actual.esa(), what + ", esa");
        assertSame(expected.network(), actual.network(), what + ", network");
        assertSame(expected.province(), actual.province(), what + ", province");
        assertSame(expected.district(), actual.district(), what + ", district");
        assertSame(expected.subdistrict(), actual.subdistrict(), what + ", subdistrict");
        for (int i = 0; i < expected.size(); i++) {
            String row = what + ", row " + i;
            assertEquals(expected.id(i), actual.id(i), row);
            assertEquals(expected.name(i), actual.name(i), row);
            assertEquals(codes(expected, i), codes(actual, i), row);
            assertEquals(expected.areaType(i), actual.areaType(i), row);
            assertEquals(expected.remote(i), actual.remote(i), row);
            assertEquals(expected.kind(i), actual.kind(i), row);
            for (Level level : Level.values()) {
                assertEquals(expected.pupils(level, i), actual.pupils(level, i), row);
            }
            assertEquals(expected.totalPupils(i), actual.totalPupils(i), row);
            assertEquals(expected.specialNeeds(i), actual.specialNeeds(i), row);
            assertEquals(expected.poor(i), actual.poor(i), row);
            assertEquals(expected.previousAllocation(i), actual.previousAllocation(i), row);
            assertEquals(expected.line(i), actual.line(i), row);
            for (String name : expected.indicatorNames()) {
                assertEquals(
                        Double.doubleToRawLongBits(expected.indicator(name, i)),
                        Double.doubleToRawLongBits(actual.indicator(name, i)),
                        row + ", " + name);
            }
        }
    }

    private static List<Integer> codes(SchoolTable table, int i) {
        return List.of(
                table.cluster().code(i),
                table.esa().code(i),
                table.network().code(i),
                table.province().code(i),
                table.district().code(i),
                table.subdistrict().code(i));
    }

    private static void assertSame(CategoryColumn expected, CategoryColumn actual, String what) {
        assertEquals(expected.labelCount(), actual.labelCount(), what);
        for (int code = 0; code < expected.labelCount(); code++) {
            assertEquals(expected.label(code), actual.label(code), what);
        }
    }
}

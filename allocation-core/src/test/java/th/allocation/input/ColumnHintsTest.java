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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.allocation.InputException;
import th.allocation.Problem;

/**
 * Issue 15's trap: a column the file has under another header was reported "missing" with no hint.
 * Now the header that probably holds it is named, by its name or by its values, with the mapping to
 * write in the scenario.
 */
class ColumnHintsTest {
    private static final List<String> HEADER = List.of(
            "school_id",
            "name",
            "cluster",
            "esa",
            "area_type",
            "remote",
            "school_kind",
            "pupils_preprimary",
            "pupils_primary",
            "pupils_lower_secondary",
            "pupils_upper_secondary",
            "pupils_special_needs",
            "pupils_poor");
    private static final List<String> ROW =
            List.of("1001", "School", "C1", "E1", "capital", "false", "primary", "0", "10", "0", "0", "0", "2");

    /** The only problem of a file with the header's {@code column} renamed to {@code header}. */
    private static Problem missing(String column, String header, String... otherValues) {
        int at = HEADER.indexOf(column);
        StringBuilder text = new StringBuilder();
        List<String> names = new java.util.ArrayList<>(HEADER);
        names.set(at, header);
        text.append(String.join(",", names)).append('\n');
        for (int r = 0; r < Math.max(1, otherValues.length); r++) {
            List<String> row = new java.util.ArrayList<>(ROW);
            row.set(0, Integer.toString(1001 + r));
            if (otherValues.length > 0) {
                row.set(at, otherValues[r]);
            }
            text.append(String.join(",", row)).append('\n');
        }
        List<Problem> problems = read(text.toString());
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }

    private static List<Problem> read(String text) {
        return assertThrows(
                        InputException.class,
                        () -> SchoolCsvReader.read(new StringReader(text), "schools.csv", Map.of(), Set.of()))
                .problems();
    }

    @Test
    void missingColumn_underAThaiHeader_namesTheHeaderAndTheMapping() {
        Problem problem = missing("pupils_poor", "จำนวนนักเรียนยากจน");

        assertEquals(
                "schools.csv:1: pupils_poor: The required column 'pupils_poor' is missing. The header"
                        + " 'จำนวนนักเรียนยากจน' (column 13) looks like it: map it with columns: {pupils_poor:"
                        + " จำนวนนักเรียนยากจน} in the scenario.",
                problem.describe());
    }

    @Test
    void missingColumn_whereTwoLevelsShareAWord_pointsAtTheLongerMatch() {
        assertEquals(
                "The header 'นักเรียนก่อนประถม' (column 8) looks like it: map it with columns: {pupils_preprimary:"
                        + " นักเรียนก่อนประถม} in the scenario.",
                missing("pupils_preprimary", "นักเรียนก่อนประถม").advice());
        assertEquals(
                "The header 'นักเรียนประถม' (column 9) looks like it: map it with columns: {pupils_primary:"
                        + " นักเรียนประถม} in the scenario.",
                missing("pupils_primary", "นักเรียนประถม").advice());
    }

    @Test
    void missingColumn_whoseValuesAreAreaTypes_isFoundByItsValues() {
        Problem problem = missing("area_type", "setting", "capital", "พื้นที่พิเศษ", "district");

        assertEquals(
                "The header 'setting' (column 5) looks like it (its values are area types): map it with columns:"
                        + " {area_type: setting} in the scenario.",
                problem.advice());
    }

    @Test
    void missingColumn_misspelt_isTheClosestUnusedHeaderWithItsPosition() {
        Problem problem = missing("area_type", "areatype");

        assertEquals(
                "The required column 'area_type' is missing. Did you mean the header 'areatype'? It is column 5:"
                        + " rename it, or map it with columns: {area_type: areatype} in the scenario.",
                problem.message() + " " + problem.advice());
    }

    @Test
    void missingColumn_isNeverHintedAtAHeaderAnotherColumnIsReadFrom() {
        // pupils_lower_secondary is three letters from pupils_upper_secondary, but it is read as itself.
        Problem problem = missing("pupils_upper_secondary", "notes", "a");

        assertEquals(
                "Add the column, or map an existing header onto it in the scenario's 'columns'.", problem.advice());
    }

    @Test
    void missingColumn_whenTwoHeadersHoldFlags_theValuesAloneNameNeither() {
        String text =
                String.join(",", HEADER).replace("remote", "island") + ",boarding\n" + String.join(",", ROW) + ",1\n";

        List<Problem> problems = read(text);

        assertEquals(1, problems.size());
        assertFalse(problems.get(0).advice().contains("looks like it"), problems.get(0)::describe);
    }

    @Test
    void mapping_quotesAHeaderYamlWouldReadOtherwise() {
        assertEquals("columns: {pupils_poor: \"poor: count\"}", ColumnHints.mapping("pupils_poor", "poor: count"));
        assertEquals("columns: {name: ชื่อ}", ColumnHints.mapping("name", "ชื่อ"));
    }
}

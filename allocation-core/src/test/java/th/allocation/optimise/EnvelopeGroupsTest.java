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

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.allocation.input.ScenarioReader;
import th.allocation.model.AreaType;
import th.allocation.model.Enrolment;
import th.allocation.model.School;
import th.allocation.model.SchoolKind;
import th.allocation.model.SchoolTable;

/**
 * The nested envelope groups the structured solver and rounding share. Four schools of 100 primary
 * pupils at 1,000 THB per pupil (base 100,000 THB each), in school order: capital, special, capital,
 * district.
 */
class EnvelopeGroupsTest {
    private static final String SCENARIO = String.join(
            "\n",
            "fiscal_year: 2570",
            "budget: 500000",
            "rule: {type: flat, rates: {preprimary: 1000, primary: 1000, lower_secondary: 1000, upper_secondary: 1000}}",
            "targets:",
            "  indicators:",
            "    - {name: reading, goal: quality, direction: higher, target: 0.6, cost: {per: pupil, amount: 1000}}",
            "  envelopes: ENVELOPES");

    private static TargetProblem problem(String envelopes) {
        AreaType[] areas = {AreaType.CAPITAL, AreaType.SPECIAL, AreaType.CAPITAL, AreaType.DISTRICT};
        List<School> schools = new java.util.ArrayList<>();
        for (int i = 0; i < areas.length; i++) {
            schools.add(School.of("s" + i, "s" + i)
                    .withContext(areas[i], false, SchoolKind.PRIMARY)
                    .withPupils(new Enrolment(0, 100, 0, 0), 0, 0)
                    .withIndicators(Map.of("reading", 0.4)));
        }
        return TargetProblem.of(
                ScenarioReader.parse(SCENARIO.replace("ENVELOPES", envelopes), "t.yaml"), SchoolTable.of(schools));
    }

    @Test
    void of_twoEnvelopesOnOneGroup_keepsTheTightestBoundsOfEach() {
        // Special: at least 110,000 (first envelope) and at most 130,000 (second, the tighter maximum).
        EnvelopeGroups groups = EnvelopeGroups.ofFirstColumn(problem("[{column: area_type, value: special,"
                + " at_least: 110000, at_most: 150000}, {column: area_type, value: special, at_most: 130000}]"));
        assertEquals(List.of("special"), groups.labels);
        assertArrayEquals(new int[] {-1, 0, -1, -1}, groups.groupOf);
        // In satang; extra money is beyond the special school's 100,000 THB base.
        assertEquals(11_000_000, groups.lower[0]);
        assertEquals(13_000_000, groups.upper[0]);
        assertEquals(1_000_000, groups.extraLower[0]);
        assertEquals(3_000_000, groups.extraUpper[0]);
    }

    @Test
    void numberBySchool_numbersGroupsByFirstSchool_thenUncoveredSchoolsAlone() {
        // Envelopes name special before capital; by first school, capital (s0) comes first, then
        // special (s1); the district school s3 is in no group and comes last, alone.
        EnvelopeGroups groups = EnvelopeGroups.ofFirstColumn(problem("[{column: area_type, value: special,"
                + " at_least: 100000}, {column: area_type, value: capital, at_most: 300000}]"));
        assertEquals(List.of("special", "capital"), groups.labels);
        int[] number = new int[4];
        assertEquals(3, groups.numberBySchool(number));
        assertArrayEquals(new int[] {0, 1, 0, 2}, number);
    }

    @Test
    void byColumn_oneGroupingPerColumn_inTheOrderOfTheFirstEnvelopeOnEach() {
        List<EnvelopeGroups> columns = EnvelopeGroups.byColumn(problem("[{column: school_kind, at_most: 500000},"
                + " {column: area_type, value: special, at_least: 100000},"
                + " {column: school_kind, value: primary, at_least: 0}]"));
        assertEquals(2, columns.size());
        assertEquals("school_kind", columns.get(0).column);
        assertEquals("area_type", columns.get(1).column);
        assertArrayEquals(new int[] {0, 0, 0, 0}, columns.get(0).groupOf);
    }
}

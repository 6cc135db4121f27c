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
package th.allocation.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.allocation.evaluate.Plans.d;
import static th.allocation.evaluate.Plans.m;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.input.ResultsReader;
import th.allocation.input.ResultsTable;

/** The bad inputs of the issue: each a located problem with advice, all reported together. */
class JoinTest {
    private static final Plan PLAN = Plans.plan(
            Plans.scenario(Plans.reading(), Plans.buildings()),
            List.of(
                    new Plans.School(
                            "10001", 100, "c1", "e1", "n1", "district", d(0.4, 3), d(0.6, 3.5), d(0.5, 3.5), m(1, 1)),
                    new Plans.School(
                            "10002", 100, "c1", "e1", "n1", "district", d(0.5, 4), d(0.6, 3.5), d(0.5, 4), m(0, 0)),
                    new Plans.School(
                            "10003", 100, "c1", "e1", "n1", "district", d(0.3, 2), d(0.6, 3.5), d(0.5, 3), m(1, 1))));

    private static List<Problem> problems(String csv, EvaluationOptions options) throws IOException {
        ResultsTable results =
                ResultsReader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "results.csv");
        return assertThrows(InputException.class, () -> Evaluation.of(PLAN, results, options))
                .problems();
    }

    private static List<String> described(List<Problem> problems) {
        List<String> lines = new ArrayList<>();
        problems.forEach(p -> lines.add(p.describe()));
        return lines;
    }

    @Test
    void unknownIndicator_isAProblemAtTheHeader_withDidYouMean() throws IOException {
        List<Problem> problems = problems(
                "school_id,fiscal_year,raeding,building_condition\n10001,2571,0.5,3\n10002,2571,0.5,3\n10003,2571,0.5,3\n",
                EvaluationOptions.defaults());
        assertEquals(1, problems.size(), described(problems).toString());
        assertEquals(1, problems.get(0).line());
        assertEquals("raeding", problems.get(0).field());
        assertTrue(problems.get(0).describe().contains("is not an indicator of the scenario 'test'"));
        assertTrue(
                problems.get(0).advice().startsWith("Did you mean 'reading'?"),
                problems.get(0).advice());
    }

    @Test
    void aYearThatDoesNotFollow_isOneProblemPerYear_atItsFirstRow() throws IOException {
        List<Problem> problems = problems(
                "school_id,fiscal_year,reading\n10001,2572,0.5\n10002,2572,0.5\n10003,2572,0.5\n",
                EvaluationOptions.defaults());
        Problem year = problems.get(0);
        assertEquals(2, year.line());
        assertEquals("fiscal_year", year.field());
        assertTrue(
                year.message()
                        .contains("fiscal year 2572 (3 rows), which does not follow the allocation's fiscal"
                                + " year 2570"),
                year.message());
        assertTrue(year.advice().contains("evaluate the allocation of fiscal year 2571"), year.advice());
    }

    @Test
    void schoolsMissingOnEitherSide_areEachNamed() throws IOException {
        List<Problem> problems = problems(
                "school_id,fiscal_year,reading\n10001,2571,0.5\n10004,2571,0.5\n10002,2571,0.5\n",
                EvaluationOptions.defaults());
        assertEquals(2, problems.size(), described(problems).toString());
        assertEquals(3, problems.get(0).line());
        assertEquals("10004", problems.get(0).schoolId());
        assertTrue(problems.get(0).message().contains("has no such school"));
        assertTrue(
                problems.get(0).advice().startsWith("Did you mean 1000"),
                problems.get(0).advice());
        assertEquals("10003", problems.get(1).schoolId());
        assertTrue(problems.get(1).message().contains("in the allocation but has no row for fiscal year 2571"));
    }

    @Test
    void anotherSchoolSet_isOneProblem() throws IOException {
        List<Problem> problems = problems(
                "school_id,fiscal_year,reading\n90001,2571,0.5\n90002,2571,0.5\n10001,2571,0.5\n",
                EvaluationOptions.defaults());
        assertEquals(1, problems.size(), described(problems).toString());
        assertTrue(problems.get(0).message().contains("for another set of schools: 1 of their 3 rows"));
    }

    @Test
    void valuesOutsideTheRange_areLocated_withTheRangeAndItsBasis() throws IOException {
        List<Problem> problems = problems(
                "school_id,fiscal_year,reading,buildings\n10001,2571,1.2,3\n10002,2571,0.5,-1\n10003,2571,0.5,9\n",
                EvaluationOptions.defaults().withRange("buildings", 1, 5));
        assertEquals(3, problems.size(), described(problems).toString());
        assertEquals(
                "results.csv:2: school 10001, column reading: 1.2 is outside the range of reading, 0 to 1 (a"
                        + " share: every baseline value and the target lie in [0, 1]). Check the value; if the"
                        + " indicator can take it, give its range, e.g. --range reading=MIN:MAX.",
                problems.get(0).describe());
        assertTrue(problems.get(1).message().contains("-1 is outside the range of buildings, 1 to 5 (given)"));
        assertEquals(4, problems.get(2).line());
    }

    @Test
    void duplicateSchoolYearRows_areRefusedByTheReader() {
        InputException e = assertThrows(
                InputException.class,
                () -> ResultsReader.read(
                        new ByteArrayInputStream("school_id,fiscal_year,reading\n10001,2571,0.5\n10001,2571,0.6\n"
                                .getBytes(StandardCharsets.UTF_8)),
                        "results.csv"));
        assertEquals(3, e.problems().get(0).line());
    }

    @Test
    void everyKindOfProblem_isListedTogether() throws IOException {
        List<Problem> problems = problems(
                "school_id,fiscal_year,reading\n10001,2571,7\n10002,2570,0.5\n10003,2571,0.5\n",
                EvaluationOptions.defaults());
        assertEquals(3, problems.size(), described(problems).toString());
        assertTrue(problems.get(0).message().contains("outside the range"));
        assertTrue(problems.get(1).message().contains("fiscal year 2570"));
        assertTrue(problems.get(2).message().contains("no row for fiscal year 2571"), "10002's row was of 2570");
    }
}

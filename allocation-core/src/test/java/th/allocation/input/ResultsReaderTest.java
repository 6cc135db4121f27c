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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.allocation.InputException;
import th.allocation.Problem;

/** The realised-results table: its columns, and every problem located. */
class ResultsReaderTest {
    private static ResultsTable read(String text) throws IOException {
        return ResultsReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "results.csv");
    }

    private static List<Problem> problems(String text) {
        return assertThrows(InputException.class, () -> read(text)).problems();
    }

    @Test
    void read_valuesMoneyAndIdentityColumns() throws IOException {
        ResultsTable table = read("\uFEFFschool_id,name,fiscal_year,reading,spent,spent_reading,note\r\n"
                + "10001,\"โรงเรียน, สาขา\",2571,0.74,1218240,50000.5,checked\r\n"
                + "10002,x,2571,,,,\r\n");
        assertEquals(2, table.size());
        assertEquals(List.of("reading"), table.valueColumns());
        assertEquals(List.of("spent", "spent_reading"), table.moneyColumns());
        assertEquals(List.of("name", "note"), table.ignoredColumns());
        assertEquals(0.74, table.value(0, 0));
        assertTrue(Double.isNaN(table.value(0, 1)), "an empty cell is not measured");
        assertEquals(121_824_000L, table.money(0, 0));
        assertEquals(5_000_050L, table.money(1, 0));
        assertEquals(ResultsTable.NOT_REPORTED, table.money(1, 1));
        assertEquals(2571, table.fiscalYear(1));
        assertEquals(3, table.line(1));
    }

    @Test
    void everyProblem_isLocated_withAdvice() {
        List<Problem> problems = problems("school_id,fiscal_year,reading,spent\n"
                + "10001,2571,abc,\n" // line 2: not a number
                + "10002,2028,0.5,\n" // line 3: a C.E. year
                + ",2571,0.5,\n" // line 4: no id
                + "10003,2571,0.5,12.345\n" // line 5: three decimals
                + "10004,2571\n" // line 6: short row
                + "10005,2571,0.5,\n"
                + "10005,2571,0.6,\n"); // line 8: duplicate of line 7
        assertEquals(6, problems.size(), problems.toString());
        assertTrue(
                problems.get(0)
                        .describe()
                        .startsWith("results.csv:2: school 10001, column reading: 'abc' is not a finite number."),
                problems.get(0).describe());
        assertTrue(
                problems.get(1).describe().contains("add 543 (C.E. 2028 is B.E. 2571)"),
                problems.get(1).describe());
        assertEquals(4, problems.get(2).line());
        assertEquals("school_id", problems.get(2).field());
        assertEquals(5, problems.get(3).line());
        assertTrue(problems.get(3).message().contains("at most two decimals"));
        assertEquals(6, problems.get(4).line());
        assertTrue(problems.get(4).message().contains("2 fields but the header has 4"));
        assertEquals(8, problems.get(5).line());
        assertTrue(
                problems.get(5).message().contains("the first is on line 7"),
                problems.get(5).message());
    }

    @Test
    void sameSchoolInTwoYears_isNoDuplicate() throws IOException {
        ResultsTable table = read("school_id,fiscal_year,reading\n1,2571,0.5\n1,2572,0.6\n");
        assertEquals(2, table.size());
    }

    @Test
    void missingHeader_getsADidYouMean() {
        List<Problem> problems = problems("school,fiscal_year,reading\n1,2571,0.5\n");
        assertEquals(1, problems.size());
        assertEquals("school_id", problems.get(0).field());
        assertTrue(
                problems.get(0).advice().contains("Did you mean the header 'school'?"),
                problems.get(0).advice());
    }

    @Test
    void emptyFile_andUtf16_areOneProblemEach() {
        assertTrue(problems("").get(0).message().contains("empty"));
        InputException utf16 = assertThrows(
                InputException.class,
                () -> ResultsReader.read(
                        new ByteArrayInputStream("school_id".getBytes(StandardCharsets.UTF_16LE)), "results.csv"));
        assertTrue(utf16.problems().get(0).message().contains("UTF-16"));
    }
}

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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.model.AreaType;
import th.allocation.model.Level;
import th.allocation.model.SchoolKind;
import th.allocation.model.SchoolTable;

class SchoolCsvReaderTest {
    private static final String HEADER = "school_id,name,cluster,esa,area_type,remote,school_kind,pupils_preprimary,"
            + "pupils_primary,pupils_lower_secondary,pupils_upper_secondary,pupils_special_needs,pupils_poor";

    private static SchoolTable read(String text) {
        return SchoolCsvReader.read(new StringReader(text), "schools.csv", Map.of(), Set.of());
    }

    private static List<Problem> problems(String text) {
        return assertThrows(InputException.class, () -> read(text)).problems();
    }

    @Test
    void read_bomCrlfQuotedThai_readsEveryField() {
        String text = "\uFEFF" + HEADER + ",previous_allocation\r\n"
                + "1002,\"โรงเรียนบ้านหนองบัว, สาขา 2\",คลัสเตอร์ 1,สพป.เชียงใหม่ เขต 5,special,true,primary,"
                + "3,40,0,0,2,30,85000.50\r\n"
                + "1001,\"Wat \"\"Suthi\"\" School\",C1,ESA1,capital,0,secondary,0,0,500,300,5,60,\r\n";
        SchoolTable table = read(text);
        assertEquals(2, table.size());
        // Rows are kept in school-id order, whatever the file's order.
        assertEquals("1001", table.id(0));
        assertEquals("Wat \"Suthi\" School", table.name(0));
        assertEquals(SchoolTable.NO_PREVIOUS, table.previousAllocation(0));
        assertEquals("โรงเรียนบ้านหนองบัว, สาขา 2", table.name(1));
        assertEquals("สพป.เชียงใหม่ เขต 5", table.esa().value(1));
        assertEquals(AreaType.SPECIAL, table.areaType(1));
        assertTrue(table.remote(1));
        assertEquals(SchoolKind.PRIMARY, table.kind(1));
        assertEquals(40, table.pupils(Level.PRIMARY, 1));
        assertEquals(43, table.totalPupils(1));
        assertEquals(8_500_050, table.previousAllocation(1));
        assertEquals(2, table.line(1), "line of school 1002 in the file");
        assertEquals(3, table.line(0));
    }

    @Test
    void read_thaiHeadersMappedAndThaiValues_readLikeCanonicalOnes() {
        String text = "รหัสโรงเรียน,ชื่อโรงเรียน,cluster,esa,ประเภทพื้นที่,remote,ประเภทโรงเรียน,pupils_preprimary,"
                + "pupils_primary,pupils_lower_secondary,pupils_upper_secondary,pupils_special_needs,นักเรียนยากจน\n"
                + "1001,โรงเรียนหนึ่ง,C1,E1,พื้นที่พิเศษ,yes,การศึกษาพิเศษ,0,10,0,0,10,4\n";
        Map<String, String> columns = Map.of(
                "school_id",
                "รหัสโรงเรียน",
                "name",
                "ชื่อโรงเรียน",
                "area_type",
                "ประเภทพื้นที่",
                "school_kind",
                "ประเภทโรงเรียน",
                "pupils_poor",
                "นักเรียนยากจน");
        SchoolTable table = SchoolCsvReader.read(new StringReader(text), "export.csv", columns, Set.of());
        assertEquals(AreaType.SPECIAL, table.areaType(0));
        assertEquals(SchoolKind.SPECIAL_EDUCATION, table.kind(0));
        assertEquals(4, table.poor(0));
        assertEquals("โรงเรียนหนึ่ง", table.name(0));
    }

    @Test
    void read_blankTrailingLines_areIgnored() {
        SchoolTable table = read(HEADER + "\n1,a,C,E,capital,false,primary,0,1,0,0,0,0\n\n\n");
        assertEquals(1, table.size());
    }

    @Test
    void read_everyRowProblem_isListedWithLineColumnAndSchool() {
        String text = HEADER + "\n"
                + "1,a,C,E,subdistric,false,primary,0,abc,0,0,0,0\n"
                + "2,b,C,E,capital,maybe,primery,0,-5,0,0,0,0\n"
                + "3,c,C,E,capital,false,primary,0,NaN,0,0,0,0\n"
                + "4,d,C,E,capital,false,primary,0,10,0,0,0,12\n"
                + "1,e,C,E,capital,false,primary,0,10,0,0,0,0\n"
                + "5,f,C,E,capital,false,primary,0,\"1,200\",0,0,0,0\n"
                + "6,g,C,E,capital,false,primary,0,10\n";
        List<Problem> problems = problems(text);
        String all = problems.stream().map(Problem::describe).collect(Collectors.joining("\n"));
        assertTrue(
                all.contains("schools.csv:2: school 1, column area_type: Unknown value 'subdistric'. Did you mean"
                        + " 'subdistrict'?"),
                all);
        assertTrue(all.contains("schools.csv:2: school 1, column pupils_primary: 'abc' is not a number."), all);
        assertTrue(all.contains("schools.csv:3: school 2, column remote: 'maybe' is not true or false."), all);
        assertTrue(
                all.contains("schools.csv:3: school 2, column school_kind: Unknown value 'primery'. Did you mean"
                        + " 'primary'?"),
                all);
        assertTrue(all.contains("schools.csv:3: school 2, column pupils_primary: The count is negative (-5)."), all);
        assertTrue(all.contains("schools.csv:4: school 3, column pupils_primary: 'NaN' is not a finite number."), all);
        assertTrue(
                all.contains(
                        "schools.csv:5: school 4, column pupils_poor: 12 poor pupils but only 10 pupils in" + " all."),
                all);
        // Reported even though the first row with that id has problems of its own.
        assertTrue(
                all.contains("schools.csv:6: school 1, column school_id: Duplicate school id (first on line 2)."), all);
        assertTrue(all.contains("Remove the thousands separators (write 1200)."), all);
        assertTrue(all.contains("schools.csv:8: school 6: The row has 9 fields but the header has 13."), all);
        List<Long> lines = problems.stream().map(Problem::line).collect(Collectors.toList());
        assertEquals(lines.stream().sorted().collect(Collectors.toList()), lines, "problems in line order");
    }

    @Test
    void read_duplicateIds_reportTheLineOfTheFirst() {
        List<Problem> problems = problems(HEADER + "\n7,a,C,E,capital,false,primary,0,1,0,0,0,0\n"
                + "7,b,C,E,capital,false,primary,0,1,0,0,0,0\n");
        assertEquals(1, problems.size());
        assertEquals(3, problems.get(0).line());
        assertTrue(
                problems.get(0).message().contains("first on line 2"),
                problems.get(0).message());
    }

    @Test
    void read_missingColumns_areAllNamedWithTheClosestHeader() {
        String text = "school_id,name,cluster,esa,areatype,remote,school_kind,pupils_preprimary,pupils_primary,"
                + "pupils_lower_secondary,pupils_special_needs\n1,a,C,E,capital,false,primary,0,1,0,0\n";
        List<Problem> problems = problems(text);
        String all = problems.stream().map(Problem::describe).collect(Collectors.joining("\n"));
        assertEquals(3, problems.size(), all);
        assertTrue(
                all.contains("The required column 'area_type' is missing. Did you mean the header 'areatype'?"), all);
        assertTrue(all.contains("'pupils_upper_secondary' is missing"), all);
        assertTrue(all.contains("'pupils_poor' is missing"), all);
    }

    @Test
    void read_emptyFileOrHeaderOnly_saysSo() {
        assertTrue(problems("").get(0).message().contains("empty"));
        assertTrue(problems(HEADER + "\n").get(0).message().contains("no schools"));
    }

    @Test
    void read_manyProblems_listsAtMostTheCapAndCountsTheRest() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 150; i++) {
            text.append(i).append(",a,C,E,capital,false,primary,0,x,0,0,0,0\n");
        }
        InputException e = assertThrows(InputException.class, () -> read(text.toString()));
        assertEquals(SchoolCsvReader.MAX_PROBLEMS, e.problems().size());
        assertEquals(150, e.totalProblems());
        assertTrue(e.getMessage().endsWith("... and 50 more problems not listed."));
    }

    @Test
    void read_notUtf8_suggestsSavingAsCsvUtf8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tis620.csv");
        String text = HEADER + "\n1,โรงเรียน,C,E,capital,false,primary,0,1,0,0,0,0\n";
        Files.write(file, text.getBytes(Charset.forName("TIS-620")));
        InputException e = assertThrows(InputException.class, () -> SchoolCsvReader.read(file, Map.of(), Set.of()));
        assertTrue(e.problems().get(0).message().contains("not valid UTF-8"));
        assertTrue(e.problems().get(0).advice().contains("CSV UTF-8"));
    }

    @Test
    void read_missingFile_saysSoAndHowToGiveOne(@TempDir Path dir) {
        InputException e = assertThrows(
                InputException.class, () -> SchoolCsvReader.read(dir.resolve("nope.csv"), Map.of(), Set.of()));
        assertTrue(e.getMessage().contains("does not exist"));
    }

    @Test
    void read_indicatorColumns_areReadAsNumbersAndEmptyAsMissing() {
        String text = HEADER + ",reading\n1,a,C,E,capital,false,primary,0,1,0,0,0,0,0.75\n"
                + "2,b,C,E,capital,false,primary,0,1,0,0,0,0,\n";
        SchoolTable table = SchoolCsvReader.read(new StringReader(text), "s.csv", Map.of(), Set.of("reading"));
        assertEquals(0.75, table.indicator("reading", 0), 0.0);
        assertTrue(Double.isNaN(table.indicator("reading", 1)));
        assertFalse(table.hasAnyPreviousAllocation());
    }
}

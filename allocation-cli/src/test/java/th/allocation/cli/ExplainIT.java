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
package th.allocation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code alloc explain}: the same figures as allocations.csv, in English and Thai, and located errors. */
class ExplainIT {
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"status-quo.yaml", "needs-weighted.yaml", "targets.yaml", "decentralised.yaml"})
    void everySchool_agreesWithAllocationsCsv_toTheSatang(String scenario) throws Exception {
        Fixtures.copyExample(work);
        AllocProcess.run(work, "run", scenario, "--out", "out").assertExitCode(0);
        List<List<String>> csv = Fixtures.readSpreadsheetCsv(work.resolve("out/allocations.csv"));
        List<String> ids = Fixtures.column(csv, "school_id");
        List<String> args = new ArrayList<>(List.of("explain", scenario, "--json"));
        args.addAll(ids);

        AllocProcess.Result result =
                AllocProcess.run(work, args.toArray(String[]::new)).assertExitCode(0);

        JsonNode explanations = JSON.readTree(result.stdout());
        assertEquals(ids.size(), explanations.size());
        List<String> header = csv.get(0);
        for (int k = 0; k < ids.size(); k++) {
            JsonNode why = explanations.get(k);
            List<String> row = csv.get(k + 1);
            String school = ids.get(k);
            assertEquals(school, why.get("school_id").asText());
            assertAmount(row, header, "allocation", why.get("allocation"), school);
            assertAmount(row, header, "need", why.get("need"), school);
            assertAmount(row, header, "bound_adjustment", why.get("bound_adjustment"), school);
            assertAmount(row, header, "rounding", why.get("rounding"), school);
            assertAmount(row, header, "floor", why.get("floor"), school);
            assertAmount(row, header, "cap", why.get("cap"), school);
            assertEquals(row.get(header.indexOf("bound")), why.get("bound").asText(), school);
            Set<String> explained = new HashSet<>();
            for (JsonNode component : why.get("components")) {
                String key = component.get("key").asText();
                explained.add(key);
                assertAmount(row, header, key, component.get("allocated"), school);
            }
            // A decentralised file has the columns of every unit's rules; the others are 0 for this school.
            int first = header.indexOf("bound") + 1;
            for (String column : header.subList(first, header.indexOf("bound_adjustment"))) {
                if (!explained.contains(column)) {
                    assertEquals("0.00", row.get(header.indexOf(column)), school + " " + column);
                }
            }
        }
    }

    private static void assertAmount(List<String> row, List<String> header, String column, JsonNode value, String id) {
        String cell = row.get(header.indexOf(column));
        if (value.isNull()) {
            assertEquals("", cell, id + " " + column);
        } else {
            assertEquals(
                    0,
                    new BigDecimal(cell).compareTo(value.decimalValue()),
                    id + " " + column + ": " + cell + " vs " + value);
        }
    }

    @Test
    void explain_inThai_writesThaiSentences() {
        Fixtures.copyExample(work);

        AllocProcess.Result result = AllocProcess.run(work, "explain", Fixtures.NEEDS_WEIGHTED, "20006", "--lang", "th")
                .assertExitCode(0);

        // examples/small/README.md: school 20006 is held at its cap, 150% of 56,000 THB.
        assertTrue(
                result.stdout().startsWith("โรงเรียน\n  รหัสโรงเรียน 20006: โรงเรียนบ้านห้วยตัวอย่าง\n"),
                result::describe);
        assertTrue(result.stdout().contains("\nขั้นต่ำและเพดาน\n"), result::describe);
        assertTrue(
                result.stdout().contains("  เพดาน: 84,000.00 บาท คือร้อยละ 150 ของงบปีก่อน 56,000.00 บาท\n"),
                result::describe);
        assertEquals("", result.stderr(), result::describe);
    }

    @Test
    void explain_severalSchools_oneAfterAnother() {
        Fixtures.copyExample(work);

        AllocProcess.Result result = AllocProcess.run(work, "explain", Fixtures.STATUS_QUO, "10001", "30004")
                .assertExitCode(0);

        String[] parts = result.stdout().split("\n\nSchool\n");
        assertEquals(2, parts.length, result::describe);
        assertTrue(parts[0].contains("School 10001:"), result::describe);
        assertTrue(parts[1].contains("School 30004:"), result::describe);
        assertTrue(parts[1].contains("No budget: the school gets its need"), result::describe);
    }

    @Test
    void explain_unknownSchools_listsEveryOne_withTheClosestId_andPrintsNothing() {
        Fixtures.copyExample(work);

        AllocProcess.Result result = AllocProcess.run(
                        work, "explain", Fixtures.NEEDS_WEIGHTED, "2006", "10001", "โรงเรียนบ้านห้วยตัวอย่าง")
                .assertExitCode(2);

        result.assertProblems(List.of(
                "error: schools.csv: school 2006, column school_id: No school has the id '2006' (13 schools). Did you"
                        + " mean '20006'?",
                "error: schools.csv: school โรงเรียนบ้านห้วยตัวอย่าง, column school_id: No school has the id"
                        + " 'โรงเรียนบ้านห้วยตัวอย่าง'. 'โรงเรียนบ้านห้วยตัวอย่าง' is the name of school 20006; give"
                        + " its id."));
    }

    @Test
    void explain_withoutASchool_isAUsageError() {
        Fixtures.copyExample(work);

        AllocProcess.Result result =
                AllocProcess.run(work, "explain", Fixtures.NEEDS_WEIGHTED).assertExitCode(2);

        assertTrue(result.stderr().contains("SCHOOL_ID"), result::describe);
    }

    /**
     * The school on the national example: lump_sum 20,000 THB as the scenario states it and
     * 13,331.44 THB after scaling (allocations.csv), 1,190,850 THB in all. Also prints how long the
     * whole command took, Java's start included (the figure in docs/explain.md).
     */
    @Test
    void explain_nationalSchool_showsTheLumpSumAsStatedAndAfterScaling() throws Exception {
        Path national = NationalExample.folder();

        long start = System.nanoTime();
        AllocProcess.Result result = NationalExample.run(national, "explain", "needs-weighted.yaml", "1270010057")
                .assertExitCode(0);
        long millis = (System.nanoTime() - start) / 1_000_000;

        System.out.println("alloc explain of one school on the national example: " + millis + " ms end to end");
        Files.writeString(AllocProcess.jar().getParent().resolve("explain-national-ms.txt"), millis + "\n");
        String text = result.stdout();
        assertTrue(
                text.contains("  Lump sum (lump_sum): 20,000 THB for every school with pupils, 20,000.00 THB; after"
                        + " scaling 13,331.44 THB\n"),
                text);
        assertTrue(
                text.contains("  Allocation: 1,190,850.00 THB = 1,190,849.57 THB of components after scaling, 0.00 THB"
                        + " from the floor or cap and +0.43 THB of rounding"),
                text);
        assertTrue(text.contains("the same factor, 0.666572"), text);
        assertFalse(text.contains("{"), text);
    }
}

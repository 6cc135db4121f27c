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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code alloc run} on the small example: what it writes, where, and that the same input gives the same bytes. */
class RunIT {
    @TempDir
    Path work;

    @Test
    void run_smallExample_writesAllocationsAndSummary_allocationsSumExactlyToTheBudget() {
        Fixtures.copyExample(work);

        AllocProcess.Result result = AllocProcess.run(work, "run", Fixtures.NEEDS_WEIGHTED, "--out", "result")
                .assertExitCode(0);

        Path folder = work.resolve("result");
        assertEquals(
                List.of(".alloc-output.json", "allocations.csv", "equity.csv", "summary.json"),
                List.copyOf(Fixtures.snapshot(folder).keySet()));
        List<List<String>> allocations = Fixtures.readSpreadsheetCsv(folder.resolve("allocations.csv"));
        assertEquals(Fixtures.EXAMPLE_SCHOOLS, allocations.size() - 1, "one row per school");
        BigDecimal sum = BigDecimal.ZERO;
        for (String amount : Fixtures.column(allocations, "allocation")) {
            assertTrue(amount.matches("[0-9]+\\.[0-9]{2}"), "not an amount in baht and satang: " + amount);
            sum = sum.add(new BigDecimal(amount));
        }
        // The budget of needs-weighted.yaml (budget: 15905052), to the satang.
        assertEquals(Fixtures.NEEDS_WEIGHTED_BUDGET, sum);
        assertTrue(
                Pattern.compile("\"total\"\\s*:\\s*15905052\\.00\\b")
                        .matcher(Fixtures.read(folder.resolve("summary.json")))
                        .find(),
                "summary.json total");
        assertTrue(result.stdout().contains("Allocated 15,905,052 THB"), result::describe);
        assertTrue(
                result.stdout().contains("Wrote allocations.csv, equity.csv and summary.json in result"),
                result::describe);
        assertEquals("", result.stderr(), result::describe);
    }

    @Test
    void run_withoutOut_writesToOutSlashScenarioStemInTheWorkingDirectory() {
        Fixtures.copyExample(work.resolve("inputs"));

        AllocProcess.run(work, "run", "inputs/" + Fixtures.NEEDS_WEIGHTED).assertExitCode(0);

        assertEquals(
                List.of(
                        "needs-weighted",
                        "needs-weighted/.alloc-output.json",
                        "needs-weighted/allocations.csv",
                        "needs-weighted/equity.csv",
                        "needs-weighted/summary.json"),
                List.copyOf(Fixtures.snapshot(work.resolve("out")).keySet()));
        assertFalse(Files.exists(work.resolve("inputs").resolve("out")), "written beside the scenario instead");
    }

    @Test
    void run_twiceIntoTheSameFolder_givesByteIdenticalFilesAndLeavesNothingElse() {
        Fixtures.copyExample(work);
        AllocProcess.run(work, "run", Fixtures.NEEDS_WEIGHTED, "--out", "result")
                .assertExitCode(0);
        SortedMap<String, String> first = Fixtures.snapshot(work);

        AllocProcess.run(work, "run", Fixtures.NEEDS_WEIGHTED, "--out", "result")
                .assertExitCode(0);

        assertEquals(first, Fixtures.snapshot(work));
    }

    @Test
    void run_schoolRowsShuffled_givesByteIdenticalOutputs() {
        Fixtures.copyExample(work.resolve("original"));
        Path shuffled = Fixtures.copyExample(work.resolve("shuffled"));
        String text = Fixtures.read(shuffled.resolve(Fixtures.SCHOOLS));
        List<String> lines = new ArrayList<>(text.lines().toList());
        List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
        Collections.shuffle(rows, new Random(2570));
        assertNotEquals(lines.subList(1, lines.size()), rows, "the seeded shuffle left the rows in order");
        Fixtures.write(shuffled.resolve(Fixtures.SCHOOLS), lines.get(0) + "\n" + String.join("\n", rows) + "\n");

        AllocProcess.run(work, "run", "original/" + Fixtures.NEEDS_WEIGHTED, "--out", "a")
                .assertExitCode(0);
        AllocProcess.run(work, "run", "shuffled/" + Fixtures.NEEDS_WEIGHTED, "--out", "b")
                .assertExitCode(0);

        assertArrayEquals(
                Fixtures.bytes(work.resolve("a/allocations.csv")),
                Fixtures.bytes(work.resolve("b/allocations.csv")),
                "allocations.csv");
        // The manifest records the SHA-256 of the school file read, which differs; nothing else may.
        String originalHash = Fixtures.sha256(work.resolve("original").resolve(Fixtures.SCHOOLS));
        String shuffledHash = Fixtures.sha256(shuffled.resolve(Fixtures.SCHOOLS));
        String summary = Fixtures.read(work.resolve("b/summary.json"));
        assertTrue(summary.contains("\"" + shuffledHash + "\""), "summary.json does not record the file read");
        assertEquals(Fixtures.read(work.resolve("a/summary.json")), summary.replace(shuffledHash, originalHash));
    }

    @Test
    void run_schoolsOption_readsThatFileInsteadOfTheScenarios() {
        Fixtures.copyExample(work);
        List<String> lines =
                Fixtures.read(work.resolve(Fixtures.SCHOOLS)).lines().toList();
        List<String> chosen = new ArrayList<>(List.of(lines.get(0)));
        for (String line : lines) {
            if (line.startsWith("10001,") || line.startsWith("20005,") || line.startsWith("30004,")) {
                chosen.add(line);
            }
        }
        assertEquals(4, chosen.size(), "the example lacks a chosen school");
        Fixtures.write(work.resolve("other.csv"), String.join("\n", chosen) + "\n");
        // If run read the scenario's own file it would fail on this.
        Fixtures.write(work.resolve(Fixtures.SCHOOLS), "");

        AllocProcess.run(work, "run", Fixtures.STATUS_QUO, "--schools", "other.csv", "--out", "result")
                .assertExitCode(0);

        List<List<String>> allocations = Fixtures.readSpreadsheetCsv(work.resolve("result/allocations.csv"));
        // Hand calculation with the flat rates of status-quo.yaml (preprimary 1836, primary 2052):
        // 10001: 60 x 1836 + 540 x 2052 = 110160 + 1108080 = 1218240
        // 20005: 10 x 1836 +  70 x 2052 =  18360 +  143640 =  162000
        // 30004:  0 x 1836 +  45 x 2052 =                      92340
        assertEquals(
                Map.of("10001", "1218240.00", "20005", "162000.00", "30004", "92340.00"),
                Fixtures.bySchool(allocations, "allocation"));
        assertTrue(
                Pattern.compile("\"file\"\\s*:\\s*\"other\\.csv\"")
                        .matcher(Fixtures.read(work.resolve("result/summary.json")))
                        .find(),
                "manifest names other.csv");
    }

    @Test
    void run_thaiHeadersMappedByScenarioColumns_givesTheSameAllocationsAsTheCanonicalFile() {
        Fixtures.copyExample(work);
        Map<String, String> thai = new LinkedHashMap<>();
        thai.put("school_id", "รหัสโรงเรียน");
        thai.put("name", "ชื่อโรงเรียน");
        thai.put("cluster", "กลุ่มตรวจราชการ");
        thai.put("esa", "สำนักงานเขตพื้นที่การศึกษา");
        thai.put("network", "เครือข่าย");
        thai.put("province", "จังหวัด");
        thai.put("district", "อำเภอ");
        thai.put("subdistrict", "ตำบล");
        thai.put("area_type", "ประเภทพื้นที่");
        thai.put("remote", "ห่างไกล");
        thai.put("school_kind", "ประเภทโรงเรียน");
        thai.put("pupils_preprimary", "นักเรียนอนุบาล");
        thai.put("pupils_primary", "นักเรียนประถมศึกษา");
        thai.put("pupils_lower_secondary", "นักเรียน ม.ต้น");
        thai.put("pupils_upper_secondary", "นักเรียน ม.ปลาย");
        thai.put("pupils_special_needs", "นักเรียนพิการ");
        thai.put("pupils_poor", "นักเรียนยากจน");
        thai.put("previous_allocation", "งบประมาณปีก่อน");
        List<String> lines =
                Fixtures.read(work.resolve(Fixtures.SCHOOLS)).lines().toList();
        // The last column, the "reading" indicator, is not used by this scenario and keeps its name.
        assertEquals(String.join(",", thai.keySet()) + ",reading", lines.get(0), "the example's header changed");
        // As Excel saves "CSV UTF-8": a byte-order mark and CRLF line ends.
        StringBuilder csv = new StringBuilder("\uFEFF")
                .append(String.join(",", thai.values()))
                .append(",reading")
                .append("\r\n");
        lines.subList(1, lines.size()).forEach(line -> csv.append(line).append("\r\n"));
        Fixtures.write(work.resolve("schools-thai.csv"), csv.toString());
        StringBuilder scenario = new StringBuilder(Fixtures.replaceOnce(
                Fixtures.read(work.resolve(Fixtures.NEEDS_WEIGHTED)),
                "schools: schools.csv",
                "schools: schools-thai.csv"));
        scenario.append("columns:\n");
        thai.forEach((canonical, header) -> scenario.append("  ")
                .append(canonical)
                .append(": \"")
                .append(header)
                .append("\"\n"));
        Fixtures.write(work.resolve("thai.yaml"), scenario.toString());

        AllocProcess.run(work, "run", Fixtures.NEEDS_WEIGHTED, "--out", "canonical")
                .assertExitCode(0);
        AllocProcess.run(work, "run", "thai.yaml", "--out", "mapped").assertExitCode(0);

        assertArrayEquals(
                Fixtures.bytes(work.resolve("canonical/allocations.csv")),
                Fixtures.bytes(work.resolve("mapped/allocations.csv")));
    }

    @Test
    void run_outFolderHoldingAUsersFile_isRefusedAndLeftUntouched_exitsTwo() {
        Fixtures.copyExample(work);
        Fixtures.write(work.resolve("mine/notes.txt"), "my own notes, not an alloc output\n");
        SortedMap<String, String> before = Fixtures.snapshot(work);

        AllocProcess.Result result = AllocProcess.run(work, "run", Fixtures.NEEDS_WEIGHTED, "--out", "mine")
                .assertExitCode(2);

        assertEquals(before, Fixtures.snapshot(work));
        assertEquals(1, result.errorLines().size(), result::describe);
        assertTrue(result.errorLines().get(0).startsWith("error: mine: "), result::describe);
        assertTrue(result.errorLines().get(0).contains("not replaced"), result::describe);
        assertFalse(result.hasStackTrace(), result::describe);
    }

    @Test
    void run_atkinsonEpsilon_isWrittenToEquityCsv_andANegativeOneIsAUsageError() {
        Fixtures.copyExample(work);

        AllocProcess.Result result = AllocProcess.run(
                        work, "run", Fixtures.NEEDS_WEIGHTED, "--out", "result", "--atkinson-epsilon", "0.5")
                .assertExitCode(0);

        List<List<String>> equity = Fixtures.readSpreadsheetCsv(work.resolve("result/equity.csv"));
        assertEquals(List.of("all", "all"), equity.get(1).subList(0, 2), "the first row is every school");
        assertEquals("0.5", Fixtures.column(equity, "atkinson_epsilon").get(0));
        assertTrue(result.stdout().contains("Atkinson(0.5) "), result::describe);
        assertTrue(
                Pattern.compile("\"atkinson_epsilon\"\\s*:\\s*0\\.5\\b")
                        .matcher(Fixtures.read(work.resolve("result/summary.json")))
                        .find(),
                "summary.json equity section");

        AllocProcess.Result negative = AllocProcess.run(
                        work, "run", Fixtures.NEEDS_WEIGHTED, "--out", "other", "--atkinson-epsilon", "-1")
                .assertExitCode(2);
        assertTrue(
                negative.stderr().contains("--atkinson-epsilon must be a finite number, at least 0 (-1.0)"),
                negative::describe);
        assertFalse(Files.exists(work.resolve("other")), "nothing written on a usage error");
    }
}

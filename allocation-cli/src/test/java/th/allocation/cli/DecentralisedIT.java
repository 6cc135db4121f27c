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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code alloc run} and {@code alloc compare --one-step} on the small decentralised scenario, from
 * outside: the per-level tables conserve every envelope, overrides outside the centre's bounds are
 * refused where they were written, and the comparison with the one-step allocation is available.
 */
class DecentralisedIT {
    private static final String OVERRIDE = "esa-overrides/nakhon-ratchasima-1.yaml";

    @TempDir
    Path work;

    @Test
    void run_writesATablePerLevelWhoseEnvelopesAddUpAtEveryLevel() {
        Fixtures.copyExample(work);
        AllocProcess.Result result = AllocProcess.run(work, "run", "decentralised.yaml", "--out", "result")
                .assertExitCode(0);
        assertTrue(result.stdout().contains("-> esa (7 units, 2 with their own values)"), result.stdout());
        assertTrue(result.stdout().contains("clusters.csv and esas.csv"), result.stdout());

        List<List<String>> schools = Fixtures.readSpreadsheetCsv(work.resolve("result/allocations.csv"));
        List<List<String>> esas = Fixtures.readSpreadsheetCsv(work.resolve("result/esas.csv"));
        List<List<String>> clusters = Fixtures.readSpreadsheetCsv(work.resolve("result/clusters.csv"));
        Map<String, BigDecimal> bySchoolEsa = sums(schools, "esa", "allocation");
        Map<String, BigDecimal> esaEnvelopes = sums(esas, "unit", "envelope");
        assertEquals(bySchoolEsa, esaEnvelopes, "each ESA's schools add up to its envelope");
        assertEquals(
                sums(esas, "parent", "envelope"),
                sums(clusters, "unit", "envelope"),
                "each cluster's ESAs add up to its envelope");
        BigDecimal total = sums(clusters, "level", "envelope").get("cluster");
        assertEquals(new BigDecimal("15905052.00"), total, "the clusters add up to the budget");
        // examples/small/README.md, step 3.
        assertEquals("3521606.00", row(esas, "สพป.นครราชสีมา เขต 1").get("envelope"));
        assertEquals(
                "rule.weights.remote=1.5; floors.min_per_pupil=2000",
                row(esas, "สพป.นครราชสีมา เขต 1").get("overrides"));
        assertEquals("831054.00", Fixtures.bySchool(schools, "allocation").get("20007"));
        String summary = Fixtures.read(work.resolve("result/summary.json"));
        assertTrue(summary.contains("\"children_add_up\" : true"), summary);
        assertTrue(!summary.contains("\"children_add_up\" : false"), summary);
    }

    @Test
    void run_anOverrideOutsideTheCentresBounds_isRefusedWhereItWasWritten_exitsTwoAndWritesNothing() {
        Fixtures.copyExample(work);
        Fixtures.write(
                work.resolve(OVERRIDE),
                Fixtures.replaceOnce(Fixtures.read(work.resolve(OVERRIDE)), "remote: 1.5", "remote: 1.8"));
        SortedMap<String, String> before = Fixtures.snapshot(work);

        AllocProcess.run(work, "run", "decentralised.yaml")
                .assertExitCode(2)
                .assertProblems(List.of("error: " + Path.of("esa-overrides", "nakhon-ratchasima-1.yaml")
                        + ":6:13: rule.weights.remote: esa"
                        + " 'สพป.นครราชสีมา เขต 1' sets rule.weights.remote to 1.8, outside the centre's bounds: between"
                        + " 1.0 and 1.6. Choose a value between 1.0 and 1.6"));
        assertEquals(before, Fixtures.snapshot(work), "nothing written");
    }

    @Test
    void run_anOverrideOfAParameterTheCentreKeeps_andOneForAnUnknownEsa_areBothReported() {
        Fixtures.copyExample(work);
        Fixtures.write(
                work.resolve("esa-overrides/more.yaml"),
                "esa: สพป.นครราชสีมา เขต 9\nrule:\n  base_per_pupil:\n    primary: 2500\n");

        AllocProcess.Result result =
                AllocProcess.run(work, "run", "decentralised.yaml").assertExitCode(2);
        List<String> errors = result.errorLines();
        assertEquals(1, errors.size(), result.stderr());
        assertTrue(
                errors.get(0)
                        .contains(
                                "more.yaml:4:14: rule.base_per_pupil.primary: esa 'สพป.นครราชสีมา เขต 9'"
                                        + " sets 'rule.base_per_pupil.primary' to 2500, but the centre does not let units of the esa level set"
                                        + " it. Parameters they may set: floors.min_per_pupil, rule.loadings.poor, rule.weights.remote"),
                result.stderr());
        // With the parameter allowed, the unknown unit is what is left, with the closest name.
        Fixtures.write(
                work.resolve("esa-overrides/more.yaml"),
                "esa: สพป.นครราชสีมา เขต 9\nrule:\n  loadings:\n" + "    poor: 4000\n");
        AllocProcess.run(work, "run", "decentralised.yaml")
                .assertExitCode(2)
                .assertProblems(List.of("error: " + Path.of("esa-overrides", "more.yaml")
                        + ":4:11: rule.loadings.poor: No school of "));
        String again = AllocProcess.run(work, "run", "decentralised.yaml").stderr();
        assertTrue(again.contains("is in the esa 'สพป.นครราชสีมา เขต 9'. Did you mean 'สพป.นครราชสีมา เขต 1'?"), again);
    }

    @Test
    void compareOneStep_showsWhatTheLocalChoicesMoved() throws Exception {
        Fixtures.copyExample(work);
        AllocProcess.Result result = AllocProcess.run(
                        work, "compare", "--one-step", "decentralised.yaml", "--out", "cmp")
                .assertExitCode(0);
        assertTrue(result.stdout().contains("the baseline is decentralised-one-step"), result.stdout());

        List<List<String>> schools = Fixtures.readSpreadsheetCsv(work.resolve("cmp/schools.csv"));
        assertEquals(13, schools.size() - 1);
        List<List<String>> groups = Fixtures.readSpreadsheetCsv(work.resolve("cmp/groups.csv"));
        // The two ESAs with their own values keep their envelopes; their schools move within them.
        Map<String, String> nakhon = groupRow(groups, "esa", "สพป.นครราชสีมา เขต 1");
        assertEquals("0.00", nakhon.get("difference_decentralised"));
        Map<String, String> all = groupRow(groups, "all", "all");
        assertEquals("0.00", all.get("difference_decentralised"));
        List<List<String>> winners = Fixtures.readSpreadsheetCsv(work.resolve("cmp/winners_losers.csv"));
        assertTrue(winners.stream().anyMatch(r -> r.contains("100741.00")), "100,741 THB moved each way: " + winners);
        assertTrue(Files.exists(work.resolve("cmp/summary.json")));
    }

    @Test
    void compareOneStep_onAScenarioWithoutLevels_saysWhy_exitsTwo() {
        Fixtures.copyExample(work);
        AllocProcess.run(work, "compare", "--one-step", "needs-weighted.yaml")
                .assertExitCode(2)
                .assertProblems(List.of(
                        "error: needs-weighted.yaml: The scenario has no 'levels', so its one-step allocation is the"
                                + " scenario itself."));
    }

    private static Map<String, BigDecimal> sums(List<List<String>> rows, String key, String amount) {
        int k = rows.get(0).indexOf(key);
        int a = rows.get(0).indexOf(amount);
        Map<String, BigDecimal> sums = new HashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            sums.merge(row.get(k), new BigDecimal(row.get(a)), BigDecimal::add);
        }
        return sums;
    }

    private static Map<String, String> row(List<List<String>> rows, String unit) {
        return groupRow(rows, null, unit);
    }

    private static Map<String, String> groupRow(List<List<String>> rows, String grouping, String name) {
        List<String> header = rows.get(0);
        int nameColumn = header.indexOf(grouping == null ? "unit" : "group");
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.get(nameColumn).equals(name)
                    && (grouping == null || row.get(0).equals(grouping))) {
                Map<String, String> values = new HashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    values.put(header.get(c), row.get(c));
                }
                return values;
            }
        }
        throw new AssertionError("No row for " + name + " in " + rows);
    }
}

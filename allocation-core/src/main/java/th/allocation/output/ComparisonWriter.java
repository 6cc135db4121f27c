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
package th.allocation.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;
import th.allocation.codec.ScenarioCodec;
import th.allocation.compare.Comparison;
import th.allocation.compare.GroupTotals;
import th.allocation.compare.WinnersLosers;
import th.allocation.csv.SpreadsheetCsv;
import th.allocation.model.Baht;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.Bound;
import th.allocation.result.Grouping;
import th.allocation.scenario.Scenario;
import th.allocation.stats.EquityMeasure;
import th.allocation.stats.EquityStatistics;

/**
 * Writes a {@link Comparison} as tidy tables for R, pandas and spreadsheets, atomically into one
 * output folder (see {@link OutputFolder}):
 *
 * <ul>
 *   <li>{@code groups.csv}: one row per group (first {@code all,all}, then by cluster, ESA, area type
 *       and school kind): {@code grouping, group, schools, pupils}, then for each scenario
 *       {@code allocation_<key>} and {@code per_pupil_<key>}, then for each scenario after the
 *       baseline {@code difference_<key>} and {@code per_pupil_difference_<key>};
 *   <li>{@code equity.csv}: long by scenario, wide by statistic: {@code scenario}, then the columns of
 *       a run's {@code equity.csv} ({@code grouping, group} and every statistic), one row per scenario
 *       and group, so the equity tables of several runs stacked give the same table;
 *   <li>{@code winners_losers.csv}: for each scenario after the baseline, overall and per group:
 *       {@code scenario, grouping, group, schools, gaining, losing, unchanged, gained, lost, net};
 *   <li>{@code schools.csv}: one row per school, in school-id order: identity columns, then
 *       {@code allocation_<key>} per scenario, {@code difference_<key>} per scenario after the
 *       baseline, {@code per_pupil_<key>} and {@code bound_<key>} per scenario;
 *   <li>{@code summary.json}: the scenarios with their totals and binding bounds, their equity
 *       statistics with the change against the baseline and Theil's decomposition, winners and
 *       losers overall and by area type, and the run manifest;
 *   <li>{@code report.html} on request: the self-contained HTML report ({@link ReportWriter}).
 * </ul>
 *
 * <p>{@code <key>} is the scenario's column key ({@link #columnKeys(List)}): its label in snake_case.
 * Amounts are baht with two decimals, exact; statistics have 12 significant digits. The same
 * comparison always gives the same bytes.
 */
public final class ComparisonWriter {
    /** Totals and per-pupil amounts by group, side by side. */
    public static final String GROUPS = "groups.csv";
    /** Every equity statistic of every scenario, overall and by group. */
    public static final String EQUITY = "equity.csv";
    /** Gaining, losing and unchanged schools against the baseline. */
    public static final String WINNERS_LOSERS = "winners_losers.csv";
    /** Every school's allocation under every scenario and its difference from the baseline. */
    public static final String SCHOOLS = "schools.csv";
    /** Summary and run manifest. */
    public static final String SUMMARY = "summary.json";
    /** The HTML report, when one is asked for. */
    public static final String REPORT = "report.html";

    /** The groupings of the group tables, after the {@code all} row: those of a run's summary. */
    public static final List<Grouping> GROUPINGS = AllocationWriter.SUMMARY_GROUPINGS;

    private static final ObjectMapper JSON = Json.PRETTY;

    private ComparisonWriter() {}

    /** Writes the tables and summary of {@code comparison} into {@code folder}, replacing an earlier output, or nothing. */
    public static void write(Comparison comparison, List<InputFile> inputs, Path folder) {
        write(comparison, inputs, folder, null);
    }

    /**
     * Writes the tables and summary of {@code comparison}, and {@code report.html} in
     * {@code reportLanguage} unless it is {@code null}, into {@code folder}, replacing an earlier output
     * there, or writes nothing. (The Atkinson epsilon is the comparison's.)
     */
    public static void write(
            Comparison comparison, List<InputFile> inputs, Path folder, ReportLanguage reportLanguage) {
        OutputFolder.write(
                folder,
                staging -> Beside.write(
                        "alloc-" + SCHOOLS, () -> writeSchools(comparison, staging.resolve(SCHOOLS)), () -> {
                            writeGroups(comparison, staging.resolve(GROUPS));
                            writeEquity(comparison, staging.resolve(EQUITY));
                            writeWinnersLosers(comparison, staging.resolve(WINNERS_LOSERS));
                            try (OutputStream out = Files.newOutputStream(staging.resolve(SUMMARY))) {
                                JSON.writeValue(out, summary(comparison, inputs));
                            }
                            if (reportLanguage != null) {
                                ReportWriter.write(comparison, reportLanguage, staging.resolve(REPORT));
                            }
                        }));
    }

    /**
     * The column keys of scenarios with these labels: each label in lower-case ASCII snake_case
     * ({@code needs-weighted} becomes {@code needs_weighted}); a label with no ASCII letter or digit
     * becomes {@code scenario_<n>} (1-based), and a key already taken gets {@code _<n>} appended.
     */
    public static List<String> columnKeys(List<String> labels) {
        List<String> keys = new ArrayList<>(labels.size());
        Set<String> taken = new HashSet<>();
        for (int s = 0; s < labels.size(); s++) {
            String key = labels.get(s)
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "_")
                    .replaceAll("^_|_$", "");
            if (key.isEmpty()) {
                key = "scenario_" + (s + 1);
            }
            if (!taken.add(key)) {
                key = key + "_" + (s + 1);
                taken.add(key);
            }
            keys.add(key);
        }
        return List.copyOf(keys);
    }

    private static List<GroupTotals> groupRows(Comparison comparison) {
        List<GroupTotals> rows = new ArrayList<>();
        rows.add(comparison.total());
        for (Grouping grouping : GROUPINGS) {
            rows.addAll(comparison.groups(grouping));
        }
        return rows;
    }

    private static String perPupil(long satang, long pupils) {
        return Baht.perPupil(satang, pupils).map(BigDecimal::toPlainString).orElse("");
    }

    /** Writes {@code groups.csv}. */
    static void writeGroups(Comparison comparison, Path file) throws IOException {
        List<String> keys = columnKeys(comparison.labels());
        int scenarios = comparison.size();
        List<String> header = new ArrayList<>(List.of("grouping", "group", "schools", "pupils"));
        for (String key : keys) {
            header.add("allocation_" + key);
            header.add("per_pupil_" + key);
        }
        for (String key : keys.subList(1, scenarios)) {
            header.add("difference_" + key);
            header.add("per_pupil_difference_" + key);
        }
        try (CSVPrinter csv = SpreadsheetCsv.open(file)) {
            csv.printRecord(header);
            List<String> row = new ArrayList<>();
            for (GroupTotals group : groupRows(comparison)) {
                row.clear();
                row.add(group.grouping());
                row.add(SpreadsheetCsv.text(group.group()));
                row.add(Long.toString(group.schools()));
                row.add(Long.toString(group.pupils()));
                for (int s = 0; s < scenarios; s++) {
                    row.add(Baht.format(group.allocation(s)));
                    row.add(perPupil(group.allocation(s), group.pupils()));
                }
                for (int s = 1; s < scenarios; s++) {
                    row.add(Baht.format(group.difference(s)));
                    row.add(perPupil(group.difference(s), group.pupils()));
                }
                csv.printRecord(row);
            }
        }
    }

    /** Writes {@code equity.csv}. */
    static void writeEquity(Comparison comparison, Path file) throws IOException {
        List<String> header = new ArrayList<>(List.of("scenario"));
        header.addAll(AllocationWriter.equityHeader());
        try (CSVPrinter csv = SpreadsheetCsv.open(file)) {
            csv.printRecord(header);
            List<String> row = new ArrayList<>();
            for (int s = 0; s < comparison.size(); s++) {
                for (EquityColumns.Row equity :
                        EquityColumns.rows(comparison.sample(s), GROUPINGS, comparison.atkinsonEpsilon())) {
                    row.clear();
                    row.add(SpreadsheetCsv.text(comparison.labels().get(s)));
                    row.add(equity.grouping());
                    row.add(SpreadsheetCsv.text(equity.group()));
                    row.addAll(EquityColumns.cells(equity.statistics()));
                    csv.printRecord(row);
                }
            }
        }
    }

    /** Every winners-and-losers row of scenario {@code s}: overall, then by each grouping. */
    private static List<WinnersLosers> winnersLosers(Comparison comparison, int s) {
        List<WinnersLosers> rows = new ArrayList<>();
        rows.add(comparison.winnersLosers(s));
        for (Grouping grouping : GROUPINGS) {
            rows.addAll(comparison.winnersLosers(s, grouping));
        }
        return rows;
    }

    /** Writes {@code winners_losers.csv}. */
    static void writeWinnersLosers(Comparison comparison, Path file) throws IOException {
        try (CSVPrinter csv = SpreadsheetCsv.open(file)) {
            csv.printRecord(
                    "scenario",
                    "grouping",
                    "group",
                    "schools",
                    "gaining",
                    "losing",
                    "unchanged",
                    "gained",
                    "lost",
                    "net");
            for (int s = 1; s < comparison.size(); s++) {
                for (WinnersLosers w : winnersLosers(comparison, s)) {
                    csv.printRecord(
                            SpreadsheetCsv.text(comparison.labels().get(s)),
                            w.grouping(),
                            SpreadsheetCsv.text(w.group()),
                            w.schools(),
                            w.gaining(),
                            w.losing(),
                            w.unchanged(),
                            Baht.format(w.gained()),
                            Baht.format(w.lost()),
                            Baht.format(w.net()));
                }
            }
        }
    }

    /** Writes {@code schools.csv}. */
    static void writeSchools(Comparison comparison, Path file) throws IOException {
        List<String> keys = columnKeys(comparison.labels());
        int scenarios = comparison.size();
        SchoolTable schools = comparison.schools();
        List<String> header = new ArrayList<>(List.of(
                "school_id", "name", "cluster", "esa", "province", "area_type", "remote", "school_kind", "pupils"));
        keys.forEach(key -> header.add("allocation_" + key));
        keys.subList(1, scenarios).forEach(key -> header.add("difference_" + key));
        keys.forEach(key -> header.add("per_pupil_" + key));
        keys.forEach(key -> header.add("bound_" + key));
        // Straight into bytes, as allocations.csv: one row per school, text of categories encoded once.
        AllocationsCsv.SchoolCells cells = AllocationsCsv.SchoolCells.of(schools);
        byte[][] bounds = AllocationsCsv.keys(Bound.values().length, k -> Bound.values()[k].key());
        try (CsvBytes csv = CsvBytes.open(file)) {
            for (String name : header) {
                csv.plain(name);
            }
            csv.endRecord();
            for (int i = 0; i < schools.size(); i++) {
                cells.identity(csv, i, false);
                long pupils = schools.totalPupils(i);
                csv.integer(pupils);
                for (int s = 0; s < scenarios; s++) {
                    csv.satang(comparison.result(s).allocation(i));
                }
                for (int s = 1; s < scenarios; s++) {
                    csv.satang(comparison.difference(s, i));
                }
                for (int s = 0; s < scenarios; s++) {
                    csv.perPupil(comparison.result(s).allocation(i), pupils);
                }
                for (int s = 0; s < scenarios; s++) {
                    csv.encoded(bounds[comparison.result(s).bound(i).ordinal()]);
                }
                csv.endRecord();
            }
        }
    }

    /**
     * The summary as a JSON tree: {@code baseline}, {@code scenarios} (label, column key, name, rule,
     * budget, total, per pupil, bound counts), {@code schools}, {@code pupils},
     * {@code atkinson_epsilon}, {@code equity} (per scenario: every statistic over all schools, its
     * change against the baseline, Theil's T decomposed by area type and by cluster),
     * {@code winners_losers} (per scenario after the baseline: overall and by area type) and
     * {@code manifest} (engine version, input files with SHA-256, every scenario as read).
     */
    public static JsonNode summary(Comparison comparison, List<InputFile> inputs) {
        List<String> keys = columnKeys(comparison.labels());
        GroupTotals total = comparison.total();
        ObjectNode root = JSON.createObjectNode();
        root.put("baseline", comparison.labels().get(0));
        root.put("schools", total.schools());
        root.put("pupils", total.pupils());
        root.put(EquityMeasure.ATKINSON_EPSILON.key(), Numbers.decimal(comparison.atkinsonEpsilon()));
        ArrayNode scenarios = root.putArray("scenarios");
        for (int s = 0; s < comparison.size(); s++) {
            AllocationResult result = comparison.result(s);
            Scenario scenario = result.scenario();
            ObjectNode node = scenarios.addObject();
            node.put("label", comparison.labels().get(s));
            node.put("column_key", keys.get(s));
            node.put("name", scenario.name());
            node.put("fiscal_year", scenario.fiscalYear());
            node.put("rule", scenario.rule().type());
            if (scenario.budget() != null) {
                node.put("budget", scenario.budget());
            } else {
                node.putNull("budget");
            }
            node.put("total", Baht.toBaht(result.total()));
            node.put("difference", Baht.toBaht(total.difference(s)));
            node.put("per_pupil", total.perPupil(s).orElse(null));
            Json.putFinite(node, "scale", result.scale()); // NaN when decentralised: each unit has its own
            ObjectNode bounds = node.putObject("bound_schools");
            for (Map.Entry<Bound, Long> bound : comparison.bounds(s).entrySet()) {
                if (!ReportChartData.listed(comparison, bound.getKey())) {
                    continue;
                }
                bounds.put(bound.getKey().key(), bound.getValue());
            }
        }
        ArrayNode equity = root.putArray("equity");
        EquityStatistics baseline = comparison.equity(0);
        for (int s = 0; s < comparison.size(); s++) {
            ObjectNode node = equity.addObject();
            node.put("scenario", comparison.labels().get(s));
            EquityStatistics statistics = comparison.equity(s);
            EquityColumns.put(node.putObject("all"), statistics);
            EquityColumns.putChange(node.putObject("change"), baseline, statistics);
            ObjectNode theil = node.putObject("theil_decomposition");
            for (Grouping grouping : EquityColumns.THEIL_GROUPINGS) {
                EquityColumns.put(theil.putObject(grouping.key()), comparison.theil(s, grouping));
            }
        }
        ArrayNode winners = root.putArray("winners_losers");
        for (int s = 1; s < comparison.size(); s++) {
            ObjectNode node = winners.addObject();
            node.put("scenario", comparison.labels().get(s));
            put(node.putObject("all"), comparison.winnersLosers(s));
            ArrayNode byArea = node.putArray(Grouping.AREA_TYPE.key());
            for (WinnersLosers w : comparison.winnersLosers(s, Grouping.AREA_TYPE)) {
                put(byArea.addObject().put("group", w.group()), w);
            }
        }
        ObjectNode manifest = RunManifest.add(root, inputs);
        ArrayNode read = manifest.putArray("scenarios");
        for (int s = 0; s < comparison.size(); s++) {
            read.add(ScenarioCodec.toTree(comparison.result(s).scenario()));
        }
        return root;
    }

    private static void put(ObjectNode node, WinnersLosers w) {
        node.put("schools", w.schools())
                .put("gaining", w.gaining())
                .put("losing", w.losing())
                .put("unchanged", w.unchanged())
                .put("gained", Baht.toBaht(w.gained()))
                .put("lost", Baht.toBaht(w.lost()))
                .put("net", Baht.toBaht(w.net()));
    }
}

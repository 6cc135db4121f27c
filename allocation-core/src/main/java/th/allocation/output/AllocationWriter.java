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
import java.util.List;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVPrinter;
import th.allocation.codec.ScenarioCodec;
import th.allocation.compare.Comparison;
import th.allocation.csv.SpreadsheetCsv;
import th.allocation.model.AllocationColumns;
import th.allocation.model.Baht;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.Bound;
import th.allocation.result.DecentralisedResult;
import th.allocation.result.GroupSummary;
import th.allocation.result.Grouping;
import th.allocation.result.IndicatorColumns;
import th.allocation.result.PerPupilSample;
import th.allocation.result.TargetResult;
import th.allocation.rule.Component;
import th.allocation.scenario.Direction;
import th.allocation.scenario.Indicator;
import th.allocation.scenario.Objective;

/**
 * Writes a result as {@code allocations.csv} (one row per school, every baht explained),
 * {@code equity.csv} (the equity statistics of all schools and of each group) and
 * {@code summary.json} (totals, groups, equity, the run manifest), for a decentralised allocation
 * one table per level ({@code clusters.csv}, {@code esas.csv}...), and on request an HTML report,
 * atomically into an output folder. The same result always gives the same bytes: no timestamps, no
 * machine paths, fixed order.
 */
public final class AllocationWriter {
    /** The per-school table. */
    public static final String ALLOCATIONS = "allocations.csv";
    /** The summary and run manifest. */
    public static final String SUMMARY = "summary.json";
    /** The equity statistics, overall and by group. */
    public static final String EQUITY = "equity.csv";
    /** The HTML report, written when the options ask for one. */
    public static final String REPORT = "report.html";

    /** The groupings summarised in {@code summary.json}. */
    public static final List<Grouping> SUMMARY_GROUPINGS =
            List.of(Grouping.CLUSTER, Grouping.ESA, Grouping.AREA_TYPE, Grouping.SCHOOL_KIND);

    private static final ObjectMapper JSON = Json.PRETTY;

    private AllocationWriter() {}

    /**
     * Writes the output files into {@code folder} with the default options (Atkinson epsilon 1, no
     * report), replacing an earlier output there, or writes nothing.
     */
    public static void write(AllocationResult result, List<InputFile> inputs, Path folder) {
        write(result, inputs, folder, OutputOptions.defaults());
    }

    /**
     * Writes {@code allocations.csv}, {@code equity.csv}, {@code summary.json} and, if
     * {@code options} ask for it, {@code report.html} into {@code folder}, replacing an earlier output
     * there, or writes nothing.
     */
    public static void write(AllocationResult result, List<InputFile> inputs, Path folder, OutputOptions options) {
        write(PerPupilSample.sorted(result), inputs, folder, options);
    }

    /**
     * Writes the output files of {@code sample}'s result as {@link #write(AllocationResult, List, Path,
     * OutputOptions)} does, every equity table from the one sorted sample, which the caller may use
     * again (to print the statistics, say) without sorting the amounts again.
     */
    public static void write(PerPupilSample sample, List<InputFile> inputs, Path folder, OutputOptions options) {
        write(sample.result(), () -> sample, () -> inputs, folder, options);
    }

    /**
     * Writes the output files of {@code result} as {@link #write(PerPupilSample, List, Path,
     * OutputOptions)} does, asking for the sorted sample and the hashed inputs only once
     * {@code allocations.csv} is being written on its own thread: a caller that sorts or hashes on
     * first asking (the sort takes 0.5 s at 1.5 M schools) then does it beside the table's writing.
     * Each supplier is asked on the calling thread.
     */
    public static void write(
            AllocationResult result,
            Supplier<PerPupilSample> sorted,
            Supplier<List<InputFile>> hashed,
            Path folder,
            OutputOptions options) {
        OutputFolder.write(
                folder,
                staging -> Beside.write(
                        "alloc-" + ALLOCATIONS, () -> writeAllocations(result, staging.resolve(ALLOCATIONS)), () -> {
                            PerPupilSample sample = sorted.get();
                            writeEquity(sample, options.atkinsonEpsilon(), staging.resolve(EQUITY));
                            List<InputFile> inputs = hashed.get();
                            try (OutputStream out = Files.newOutputStream(staging.resolve(SUMMARY))) {
                                JSON.writeValue(out, summary(sample, inputs, options.atkinsonEpsilon()));
                            }
                            if (result instanceof DecentralisedResult decentralised) {
                                LevelTables.write(decentralised, staging);
                            }
                            if (options.report().isPresent()) {
                                ReportWriter.write(
                                        Comparison.of(
                                                List.of(label(result, inputs)),
                                                List.of(result),
                                                options.atkinsonEpsilon()),
                                        options.report().get(),
                                        staging.resolve(REPORT));
                            }
                        }));
    }

    /** The header of {@code allocations.csv} for a result. */
    public static List<String> header(AllocationResult result) {
        List<String> header = header(result.components());
        if (result instanceof IndicatorColumns targets) {
            for (Indicator indicator : targets.indicators()) {
                for (String part : TARGET_PARTS) {
                    header.add(indicator.name() + "_" + part);
                }
            }
        }
        return header;
    }

    /** The per-indicator columns of a target-driven allocation, after each indicator's name. */
    public static final List<String> TARGET_PARTS = List.of("value", "target", "projected", "gap_left");

    /** The scenario's name in the report: its file name without extension, else its name. */
    private static String label(AllocationResult result, List<InputFile> inputs) {
        for (InputFile input : inputs) {
            if (input.role().equals("scenario")) {
                int dot = input.name().lastIndexOf('.');
                return dot > 0 ? input.name().substring(0, dot) : input.name();
            }
        }
        return result.scenario().name().isBlank()
                ? "scenario"
                : result.scenario().name();
    }

    /** The header of {@code equity.csv}: {@code grouping}, {@code group}, then every statistic. */
    public static List<String> equityHeader() {
        List<String> header = new ArrayList<>(List.of("grouping", "group"));
        header.addAll(EquityColumns.NAMES);
        return header;
    }

    /**
     * Writes the equity statistics of per-pupil allocation, weighted by pupils: a row {@code all,all}
     * for every school, then one row per group of each of {@link #SUMMARY_GROUPINGS}, in group order.
     * A statistic that is undefined for a group (no pupils, or a ratio over zero) is an empty cell.
     */
    public static void writeEquity(AllocationResult result, double atkinsonEpsilon, Path file) throws IOException {
        writeEquity(PerPupilSample.sorted(result), atkinsonEpsilon, file);
    }

    /** Writes the equity statistics as {@link #writeEquity(AllocationResult, double, Path)}, from a sorted sample. */
    public static void writeEquity(PerPupilSample sample, double atkinsonEpsilon, Path file) throws IOException {
        try (CSVPrinter csv = SpreadsheetCsv.open(file)) {
            csv.printRecord(equityHeader());
            List<String> row = new ArrayList<>();
            for (EquityColumns.Row equity : EquityColumns.rows(sample, SUMMARY_GROUPINGS, atkinsonEpsilon)) {
                row.clear();
                row.add(equity.grouping());
                row.add(SpreadsheetCsv.text(equity.group()));
                row.addAll(EquityColumns.cells(equity.statistics()));
                csv.printRecord(row);
            }
        }
    }

    /** The header of {@code allocations.csv} for a formula result with these components. */
    public static List<String> header(List<Component> components) {
        List<String> header = new ArrayList<>(AllocationColumns.BEFORE_COMPONENTS);
        components.forEach(c -> header.add(c.key()));
        header.addAll(AllocationColumns.AFTER_COMPONENTS);
        return header;
    }

    /** Writes the per-school table: identity, allocation, binding bound, then its exact explanation. */
    public static void writeAllocations(AllocationResult result, Path file) throws IOException {
        AllocationsCsv.write(result, file);
    }

    /** An indicator value for CSV: up to six decimals, no exponent, empty for NaN. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        return BigDecimal.valueOf(value)
                .setScale(6, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** Writes the summary with the default Atkinson epsilon; see {@link #summary(AllocationResult, List, double)}. */
    public static void writeSummary(AllocationResult result, List<InputFile> inputs, Path file) throws IOException {
        writeSummary(result, inputs, OutputOptions.defaults().atkinsonEpsilon(), file);
    }

    /** Writes the summary: totals, bounds, components, groups, equity and the run manifest. */
    public static void writeSummary(AllocationResult result, List<InputFile> inputs, double atkinsonEpsilon, Path file)
            throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            JSON.writeValue(out, summary(result, inputs, atkinsonEpsilon));
        }
    }

    /** The summary as a JSON tree, with the default Atkinson epsilon. */
    public static JsonNode summary(AllocationResult result, List<InputFile> inputs) {
        return summary(result, inputs, OutputOptions.defaults().atkinsonEpsilon());
    }

    /**
     * The summary as a JSON tree. Its {@code equity} section holds the Atkinson epsilon used, every
     * statistic of all schools ({@code all}, the first row of {@code equity.csv}) and Theil's T
     * decomposed into between- and within-group parts by area type and by cluster.
     */
    public static JsonNode summary(AllocationResult result, List<InputFile> inputs, double atkinsonEpsilon) {
        return summary(PerPupilSample.sorted(result), inputs, atkinsonEpsilon);
    }

    /** The summary as a JSON tree, as {@link #summary(AllocationResult, List, double)}, from a sorted sample. */
    public static JsonNode summary(PerPupilSample sample, List<InputFile> inputs, double atkinsonEpsilon) {
        AllocationResult result = sample.result();
        SchoolTable schools = result.schools();
        ObjectNode root = JSON.createObjectNode();
        root.put("scenario", result.scenario().name());
        root.put("fiscal_year", result.scenario().fiscalYear());
        root.put("rule", result.scenario().rule().type());
        if (result.scenario().budget() != null) {
            root.put("budget", result.scenario().budget());
        } else {
            root.putNull("budget");
        }
        root.put("rounding_unit", result.scenario().roundingUnit());
        root.put("total", Baht.toBaht(result.total()));
        Json.putFinite(root, "scale", result.scale()); // NaN when decentralised: each unit has its own
        long pupils = 0;
        long[] bounds = new long[Bound.values().length];
        long[] componentTotals = new long[result.components().size()];
        long adjustments = 0;
        long allocated = 0;
        for (int i = 0; i < schools.size(); i++) {
            pupils += schools.totalPupils(i);
            bounds[result.bound(i).ordinal()]++;
            for (int c = 0; c < componentTotals.length; c++) {
                componentTotals[c] += result.component(c, i);
            }
            adjustments += result.boundAdjustment(i);
            allocated += result.allocation(i);
        }
        // Each school's rounding is its allocation less its components and adjustment (AllocationResult),
        // so their sum is the same sum of the totals, without working each school's components out again.
        long rounding = allocated - adjustments;
        for (long total : componentTotals) {
            rounding -= total;
        }
        root.put("schools", schools.size());
        root.put("pupils", pupils);
        root.put("per_pupil", Baht.perPupil(result.total(), pupils).orElse(null));
        ObjectNode boundCounts = root.putObject("bound_schools");
        for (Bound bound : Bound.values()) {
            if (!bound.listed(bounds[bound.ordinal()])) {
                continue;
            }
            boundCounts.put(bound.key(), bounds[bound.ordinal()]);
        }
        ArrayNode explained = root.putArray("explanation");
        for (int c = 0; c < componentTotals.length; c++) {
            Component component = result.components().get(c);
            explained
                    .addObject()
                    .put("part", component.key())
                    .put("amount", Baht.toBaht(componentTotals[c]))
                    .put("description", component.description());
        }
        explained
                .addObject()
                .put("part", "bound_adjustment")
                .put("amount", Baht.toBaht(adjustments))
                .put("description", "What floors added and caps took away.");
        explained
                .addObject()
                .put("part", "rounding")
                .put("amount", Baht.toBaht(rounding))
                .put("description", "What rounding to the unit added or took away (largest remainder).");
        ObjectNode groups = root.putObject("by");
        for (Grouping grouping : SUMMARY_GROUPINGS) {
            ArrayNode list = groups.putArray(grouping.key());
            for (GroupSummary group : GroupSummary.of(result, grouping)) {
                list.addObject()
                        .put("group", group.group())
                        .put("schools", group.schools())
                        .put("pupils", group.pupils())
                        .put("allocation", Baht.toBaht(group.allocation()))
                        .put("per_pupil", group.perPupil().orElse(null));
            }
        }
        EquityColumns.section(root.putObject("equity"), sample, atkinsonEpsilon);
        switch (result.kind()) {
            case FORMULA -> {}
            case TARGETS -> root.set("targets", targetSummary((TargetResult) result));
            case DECENTRALISED -> LevelTables.section(root.putObject("decentralised"), (DecentralisedResult) result);
        }
        ObjectNode manifest = RunManifest.add(root, inputs);
        manifest.set("scenario", ScenarioCodec.toTree(result.scenario()));
        return root;
    }

    private static ObjectNode targetSummary(TargetResult result) {
        ObjectNode node = JSON.createObjectNode();
        node.put("solver", result.solver());
        node.put("objective", result.scenario().targets().objective().name().toLowerCase(java.util.Locale.ROOT));
        node.put("max_shortfall", result.maxShortfall());
        node.put("weighted_shortfall", result.weightedShortfall());
        ObjectNode shadow = node.putObject("budget_shadow_price");
        shadow.put(
                "objective",
                result.scenario().targets().objective() == Objective.MIN_MAX ? "max_shortfall" : "weighted_shortfall");
        shadow.put("per_baht", result.budgetShadowPrice());
        shadow.put("per_million_baht", result.budgetShadowPrice() * 1_000_000);
        shadow.put("meaning", "How much the objective falls for one more baht (or million baht) of budget.");
        ArrayNode indicators = node.putArray("indicators");
        SchoolTable schools = result.schools();
        for (int k = 0; k < result.indicators().size(); k++) {
            Indicator indicator = result.indicators().get(k);
            int component = result.components().size() - result.indicators().size() - 1 + k;
            long money = 0;
            long withGap = 0;
            long stillWithGap = 0;
            for (int i = 0; i < schools.size(); i++) {
                money += result.component(component, i);
                double before = Math.abs(result.value(k, i) - result.target(k, i));
                boolean gapBefore = indicator.direction() == Direction.HIGHER
                        ? result.value(k, i) < result.target(k, i)
                        : result.value(k, i) > result.target(k, i);
                if (gapBefore && before > 0) {
                    withGap++;
                }
                if (result.gapLeft(k, i) > 1e-9) {
                    stillWithGap++;
                }
            }
            indicators
                    .addObject()
                    .put("name", indicator.name())
                    .put("goal", indicator.goal().name().toLowerCase(java.util.Locale.ROOT))
                    .put("money", Baht.toBaht(money))
                    .put("schools_below_target", withGap)
                    .put("schools_below_target_after", stillWithGap);
        }
        return node;
    }
}

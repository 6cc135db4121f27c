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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import th.allocation.codec.ScenarioCodec;
import th.allocation.csv.SpreadsheetCsv;
import th.allocation.engine.AllocationEngine;
import th.allocation.evaluate.Evaluation;
import th.allocation.evaluate.NextYear;
import th.allocation.evaluate.Plan;
import th.allocation.model.Baht;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.scenario.AdminLevel;
import th.allocation.scenario.Indicator;
import th.allocation.scenario.Scenario;

/**
 * Writes next year's inputs and allocation from an evaluation into a folder of their own, whole or
 * not at all: {@code schools.csv} (this year's school file, row for row and column for column, with
 * the realised values as baselines and this year's allocation as {@code previous_allocation}), the
 * scenario ({@code <name>.yaml}, unit costs learnt, for the year the results were measured in), and
 * {@code allocation/}, the allocation of that scenario to that file, the files {@code alloc run}
 * writes. Running the scenario gives the same allocation.
 *
 * <p>{@link #prepare} allocates in memory first, so that an infeasible next year stops before
 * anything is written.
 */
public final class NextYearWriter {
    /** The folder of next year's allocation inside the next-year folder. */
    public static final String ALLOCATION = "allocation";

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().get();

    /**
     * The scenario codec's YAML mapping, written for people: no document marker, the rule's type as a
     * {@code type} key rather than a YAML tag, quotes only where YAML needs them, long names on one line.
     */
    private static final YAMLMapper YAML = ((YAMLMapper) ScenarioCodec.mapperFor("scenario.yaml"))
            .copy()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.USE_NATIVE_TYPE_ID)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR);

    private NextYearWriter() {}

    /**
     * Next year's inputs and allocation, in memory.
     *
     * @param scenario next year's scenario
     * @param schools next year's school table
     * @param result next year's allocation
     */
    public record Prepared(Evaluation evaluation, Scenario scenario, SchoolTable schools, AllocationResult result) {}

    /**
     * Builds next year's scenario and school table from {@code evaluation} and this year's {@code
     * schools}, and allocates.
     *
     * @throws th.allocation.InputException if the school table is not the allocation's
     * @throws th.allocation.InfeasibleException if next year's scenario cannot be allocated
     */
    public static Prepared prepare(Evaluation evaluation, SchoolTable schools) {
        Scenario scenario = NextYear.scenario(evaluation);
        SchoolTable next = NextYear.schools(evaluation, schools);
        return new Prepared(evaluation, scenario, next, AllocationEngine.allocate(scenario, next));
    }

    /**
     * Writes {@code prepared} into {@code folder}.
     *
     * @param schoolFile this year's school file, rewritten with the new values
     * @param scenarioName the scenario's file name, e.g. {@code targets.yaml}
     * @param scenarioFolder the folder of this year's scenario file, to copy the units' override files
     *     of a decentralised scenario from; empty if unknown (then a scenario with such files is refused)
     */
    public static void write(
            Prepared prepared, Path schoolFile, String scenarioName, Optional<Path> scenarioFolder, Path folder) {
        Scenario scenario = prepared.scenario();
        for (AdminLevel level : scenario.levels()) {
            if (!level.overrides().isEmpty() && scenarioFolder.isEmpty()) {
                throw new IllegalArgumentException("The " + level.by() + " level reads its units' values from "
                        + level.overrides() + ", which cannot be found from a run's output folder.\nEvaluate the"
                        + " scenario file instead, so that next year's folder gets a copy of them.");
            }
        }
        OutputFolder.write(folder, staging -> {
            Path schools = staging.resolve(NextYear.SCHOOLS);
            rewriteSchools(prepared.evaluation(), scenario, schoolFile, schools);
            Path scenarioFile = staging.resolve(scenarioName);
            Files.writeString(scenarioFile, yaml(prepared.evaluation(), scenario), StandardCharsets.UTF_8);
            for (AdminLevel level : scenario.levels()) {
                if (!level.overrides().isEmpty()) {
                    copy(scenarioFolder.get().resolve(level.overrides()), staging.resolve(level.overrides()));
                }
            }
            Path allocation = staging.resolve(ALLOCATION);
            Files.createDirectory(allocation);
            List<InputFile> inputs = List.of(InputFile.of("scenario", scenarioFile), InputFile.of("schools", schools));
            AllocationResult result = prepared.result();
            AllocationWriter.writeAllocations(result, allocation.resolve(AllocationWriter.ALLOCATIONS));
            AllocationWriter.writeEquity(
                    result, OutputOptions.defaults().atkinsonEpsilon(), allocation.resolve(AllocationWriter.EQUITY));
            AllocationWriter.writeSummary(result, inputs, allocation.resolve(AllocationWriter.SUMMARY));
            if (result instanceof th.allocation.result.DecentralisedResult decentralised) {
                LevelTables.write(decentralised, allocation);
            }
        });
    }

    /** The scenario as YAML, after a comment that says where it came from. */
    static String yaml(Evaluation evaluation, Scenario scenario) throws JsonProcessingException {
        StringBuilder text = new StringBuilder();
        text.append("# Next year's scenario, written by alloc evaluate from the evaluation of fiscal year ")
                .append(evaluation.fiscalYear())
                .append(" (results measured in ")
                .append(evaluation.resultsYear())
                .append(").\n# The school file beside it holds the realised values as baselines and this year's")
                .append(" allocation as\n# previous_allocation. Unit costs learnt (shrinkage ")
                .append(BigDecimal.valueOf(evaluation.options().shrinkage()).toPlainString())
                .append("):\n");
        evaluation
                .indicatorResults()
                .forEach(r -> text.append("#   ")
                        .append(r.indicator().name())
                        .append(": ")
                        .append(r.cost().toPlainString())
                        .append(" -> ")
                        .append(r.nextCost().toPlainString())
                        .append(" THB per ")
                        .append(r.indicator().cost().per().name().toLowerCase(Locale.ROOT))
                        .append('\n'));
        text.append("# Budget, targets and rules are this year's: change them for next year's decisions.\n");
        text.append(YAML.writeValueAsString(scenario));
        return text.toString();
    }

    /**
     * Copies this year's school file row for row, replacing each indicator's cell by its realised
     * value (where measured) and {@code previous_allocation} by this year's allocation (a column added
     * at the end if the file has none); every other cell as it was.
     */
    private static void rewriteSchools(Evaluation evaluation, Scenario scenario, Path from, Path to)
            throws IOException {
        Plan plan = evaluation.plan();
        List<Indicator> indicators = evaluation.indicators();
        try (Reader reader = Files.newBufferedReader(from, StandardCharsets.UTF_8);
                CSVParser parser =
                        CSVParser.builder().setReader(reader).setFormat(READ).get();
                CSVPrinter out = SpreadsheetCsv.open(to)) {
            var records = parser.iterator();
            List<String> header = new ArrayList<>(records.next().toList());
            if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
                header.set(0, header.get(0).substring(1));
            }
            int id = column(header, scenario, "school_id");
            int previous = column(header, scenario, "previous_allocation");
            boolean added = previous < 0;
            if (added) {
                header.add("previous_allocation");
                previous = header.size() - 1;
            }
            int[] at = new int[indicators.size()];
            for (int k = 0; k < at.length; k++) {
                at[k] = column(header, scenario, indicators.get(k).column());
            }
            out.printRecord(header);
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                List<String> cells = new ArrayList<>(record.toList());
                if (added) {
                    cells.add("");
                }
                int i = plan.indexOf(cells.get(id).trim());
                for (int k = 0; k < at.length; k++) {
                    double realised = evaluation.achieved(k, i);
                    if (at[k] >= 0 && !Double.isNaN(realised)) {
                        cells.set(at[k], BigDecimal.valueOf(realised).toPlainString());
                    }
                }
                cells.set(previous, Baht.format(plan.allocation(i)));
                out.printRecord(cells);
            }
        }
    }

    /** The position of a canonical column, as the school reader finds it: mapped, exact, then ignoring case. */
    private static int column(List<String> header, Scenario scenario, String canonical) {
        String name = scenario.columns().getOrDefault(canonical, canonical);
        int at = header.indexOf(name);
        if (at < 0 && !scenario.columns().containsKey(canonical)) {
            for (int c = 0; c < header.size(); c++) {
                if (header.get(c).trim().toLowerCase(Locale.ROOT).equals(canonical)) {
                    return c;
                }
            }
        }
        return at;
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.isDirectory(from)) {
            Map<Path, Path> files = new HashMap<>();
            try (Stream<Path> walk = Files.walk(from)) {
                walk.filter(Files::isRegularFile)
                        .forEach(f -> files.put(f, to.resolve(from.relativize(f).toString())));
            }
            for (Map.Entry<Path, Path> file : files.entrySet()) {
                Files.createDirectories(file.getValue().getParent());
                Files.copy(file.getKey(), file.getValue());
            }
        } else {
            Files.createDirectories(to.getParent());
            Files.copy(from, to);
        }
    }
}

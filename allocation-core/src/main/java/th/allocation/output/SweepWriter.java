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
import org.apache.commons.csv.CSVPrinter;
import th.allocation.codec.ScenarioCodec;
import th.allocation.csv.SpreadsheetCsv;
import th.allocation.model.AreaType;
import th.allocation.model.Baht;
import th.allocation.result.Bound;
import th.allocation.stats.EquityMeasure;
import th.allocation.sweep.Axis;
import th.allocation.sweep.Range;
import th.allocation.sweep.Sweep;
import th.allocation.sweep.SweepResult;
import th.allocation.sweep.SweepRow;
import th.allocation.sweep.SweepStatus;

/**
 * Writes a sweep's rows as {@code sweep.csv} and its plan and extremes as {@code summary.json},
 * atomically into one output folder (see {@link OutputFolder}).
 *
 * <p>{@code sweep.csv} has one row per variant, in variant order: {@code variant} (from 1), one
 * column per varied parameter named by its key path (e.g. {@code rule.weights.remote}), {@code status}
 * ({@code ok}, {@code invalid}, {@code infeasible}), {@code reason}, {@code total} (baht),
 * {@code scale}, the schools held by each bound ({@code bound_min_per_pupil},
 * {@code bound_hold_harmless}, {@code bound_cap}), every equity statistic over all schools (the
 * columns of {@code equity.csv}), and {@code per_pupil_<area type>} for each area type. A variant
 * that was not allocated has its values, status and reason, and empty cells after them.
 *
 * <p>The same sweep gives the same bytes, whatever the number of threads it ran on: nothing about
 * the machine or the run's duration is written.
 */
public final class SweepWriter {
    /** One row per variant. */
    public static final String SWEEP = "sweep.csv";
    /** The plan, the counts by status, the extremes and the manifest. */
    public static final String SUMMARY = "summary.json";

    /** The statistics whose smallest and largest variants {@code summary.json} names. */
    public static final List<EquityMeasure> EXTREMES = List.of(
            EquityMeasure.GINI,
            EquityMeasure.THEIL_T,
            EquityMeasure.COEFFICIENT_OF_VARIATION,
            EquityMeasure.MCLOONE_INDEX,
            EquityMeasure.FEDERAL_RANGE_RATIO,
            EquityMeasure.ATKINSON);

    private static final List<Bound> BOUNDS = List.of(Bound.MIN_PER_PUPIL, Bound.HOLD_HARMLESS, Bound.CAP);
    private static final ObjectMapper JSON = Json.PRETTY;

    private SweepWriter() {}

    /** Writes {@code sweep.csv} and {@code summary.json} into {@code folder}, replacing an earlier output there, or nothing. */
    public static void write(SweepResult result, List<InputFile> inputs, Path folder) {
        OutputFolder.write(folder, staging -> {
            writeRows(result, staging.resolve(SWEEP));
            try (OutputStream out = Files.newOutputStream(staging.resolve(SUMMARY))) {
                JSON.writeValue(out, summary(result, inputs));
            }
        });
    }

    /** The header of {@code sweep.csv} for {@code sweep}. */
    public static List<String> header(Sweep sweep) {
        List<String> header = new ArrayList<>(List.of("variant"));
        header.addAll(sweep.paths());
        header.addAll(List.of("status", "reason", "total", "scale"));
        BOUNDS.forEach(bound -> header.add("bound_" + bound.key()));
        header.addAll(EquityColumns.NAMES);
        AreaType.keys().forEach(type -> header.add("per_pupil_" + type));
        return header;
    }

    static void writeRows(SweepResult result, Path file) throws IOException {
        Sweep sweep = result.sweep();
        int columns = header(sweep).size();
        try (CSVPrinter csv = SpreadsheetCsv.open(file)) {
            csv.printRecord(header(sweep));
            List<String> cells = new ArrayList<>(columns);
            for (SweepRow row : result.rows()) {
                cells.clear();
                cells.add(Integer.toString(row.variant()));
                row.values().forEach(value -> cells.add(value.toPlainString()));
                cells.add(row.status().key());
                cells.add(row.reason());
                if (row.isOk()) {
                    cells.add(Baht.format(row.total()));
                    cells.add(Numbers.cell(row.scale()));
                    BOUNDS.forEach(bound -> cells.add(Long.toString(row.bounds().get(bound))));
                    cells.addAll(EquityColumns.cells(row.equity()));
                    for (AreaType type : AreaType.values()) {
                        cells.add(row.perPupil(type)
                                .map(BigDecimal::toPlainString)
                                .orElse(""));
                    }
                }
                while (cells.size() < columns) {
                    cells.add("");
                }
                csv.printRecord(cells);
            }
        }
    }

    /**
     * The summary as a JSON tree: the base scenario's name, the mode ({@code grid} or
     * {@code monte_carlo}) and parameters (path, kind, range and step, or range, resolution, draws
     * and seed), the number of variants by status, the Atkinson epsilon, for each of
     * {@link #EXTREMES} the variants with the smallest and the largest value, and the manifest.
     */
    public static JsonNode summary(SweepResult result, List<InputFile> inputs) {
        Sweep sweep = result.sweep();
        ObjectNode root = JSON.createObjectNode();
        root.put("scenario", sweep.base().name());
        root.put("mode", sweep.isMonteCarlo() ? "monte_carlo" : "grid");
        ArrayNode parameters = root.putArray("parameters");
        for (int k = 0; k < sweep.parameters().size(); k++) {
            ObjectNode parameter = parameters.addObject();
            parameter.put("path", sweep.parameters().get(k).path());
            parameter.put("kind", sweep.parameters().get(k).kind().key());
            if (sweep.isMonteCarlo()) {
                Range range = sweep.ranges().get(k);
                parameter
                        .put("low", range.low())
                        .put("high", range.high())
                        .put("resolution", sweep.resolutions().get(k));
            } else {
                Axis axis = sweep.axes().get(k);
                parameter
                        .put("from", axis.from())
                        .put("to", axis.to())
                        .put("step", axis.step())
                        .put("values", axis.size());
            }
        }
        if (sweep.isMonteCarlo()) {
            root.put("draws", sweep.size());
            root.put("seed", sweep.seed());
        }
        root.put("variants", sweep.size());
        ObjectNode statuses = root.putObject("status");
        for (SweepStatus status : SweepStatus.values()) {
            statuses.put(status.key(), result.count(status));
        }
        root.put(EquityMeasure.ATKINSON_EPSILON.key(), Numbers.decimal(sweep.atkinsonEpsilon()));
        ObjectNode extremes = root.putObject("extremes");
        for (EquityMeasure measure : EXTREMES) {
            ObjectNode node = extremes.putObject(measure.key());
            extreme(result, measure, true).ifPresent(row -> put(node.putObject("min"), row, measure, sweep));
            extreme(result, measure, false).ifPresent(row -> put(node.putObject("max"), row, measure, sweep));
        }
        ObjectNode manifest = RunManifest.add(root, inputs);
        manifest.set("scenario", ScenarioCodec.toTree(sweep.base()));
        return root;
    }

    /**
     * The allocated variant with the smallest ({@code min}) or largest value of {@code measure}, the
     * first in variant order on a tie; empty if no variant has a finite value.
     */
    public static java.util.Optional<SweepRow> extreme(SweepResult result, EquityMeasure measure, boolean min) {
        SweepRow best = null;
        double bestValue = Double.NaN;
        for (SweepRow row : result.rows()) {
            if (!row.isOk()) {
                continue;
            }
            double value = measure.of(row.equity());
            if (Double.isFinite(value) && (best == null || (min ? value < bestValue : value > bestValue))) {
                best = row;
                bestValue = value;
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    private static void put(ObjectNode node, SweepRow row, EquityMeasure measure, Sweep sweep) {
        node.put("variant", row.variant());
        node.put("value", Numbers.decimal(measure.of(row.equity())));
        ObjectNode values = node.putObject("values");
        for (int k = 0; k < sweep.paths().size(); k++) {
            values.put(sweep.paths().get(k), row.values().get(k));
        }
    }
}

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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import th.allocation.codec.ScenarioCodec;
import th.allocation.evaluate.Evaluation;
import th.allocation.evaluate.EvaluationOptions;
import th.allocation.evaluate.Figures;
import th.allocation.evaluate.History;
import th.allocation.evaluate.IndicatorResult;
import th.allocation.evaluate.Level;
import th.allocation.evaluate.Spending;
import th.allocation.evaluate.Status;
import th.allocation.evaluate.StatusCounts;
import th.allocation.evaluate.Trend;
import th.allocation.evaluate.UnitResult;
import th.allocation.model.Baht;

/**
 * Writes an evaluation's output folder, whole or not at all: the tidy tables {@code schools.csv},
 * {@code units.csv}, {@code goals.csv}, {@code indicators.csv}, with a history of several years
 * {@code history.csv} and {@code trends.csv}, {@code summary.json} (the centre's figures, the status
 * counts of every level, the rules in words, the costs learnt, the manifest) and, if asked, {@code
 * report.html} for a committee.
 */
public final class EvaluationWriter {
    /** One row per school and indicator. */
    public static final String SCHOOLS = "schools.csv";
    /** One row per level, unit and indicator. */
    public static final String UNITS = "units.csv";
    /** One row per level, unit and goal. */
    public static final String GOALS = "goals.csv";
    /** One row per indicator: costs, next year's cost, noise. */
    public static final String INDICATORS = "indicators.csv";
    /** With a history: one row per level, unit, indicator and year. */
    public static final String HISTORY = "history.csv";
    /** With a history: one row per level, unit and indicator. */
    public static final String TRENDS = "trends.csv";
    /** The summary and manifest. */
    public static final String SUMMARY = "summary.json";
    /** The HTML report, when asked for. */
    public static final String REPORT = "report.html";

    private EvaluationWriter() {}

    /**
     * Writes the evaluation into {@code folder}, replacing an earlier output of alloc's there, or
     * writes nothing.
     *
     * @param evaluation the (latest) year evaluated
     * @param history every year evaluated, {@code evaluation} last; empty for one year
     * @param inputs the input files, for the manifest
     * @param folder the output folder
     * @param report the report's language, or empty for no report
     */
    public static void write(
            Evaluation evaluation,
            Optional<History> history,
            List<InputFile> inputs,
            Path folder,
            Optional<ReportLanguage> report) {
        OutputFolder.write(folder, staging -> {
            EvaluationTables.schools(evaluation, staging.resolve(SCHOOLS));
            EvaluationTables.units(evaluation, staging.resolve(UNITS));
            EvaluationTables.goals(evaluation, staging.resolve(GOALS));
            EvaluationTables.indicators(evaluation, staging.resolve(INDICATORS));
            if (history.isPresent()) {
                EvaluationTables.history(history.get(), staging.resolve(HISTORY));
                EvaluationTables.trends(history.get(), staging.resolve(TRENDS));
            }
            try (OutputStream out = Files.newOutputStream(staging.resolve(SUMMARY))) {
                Json.PRETTY.writeValue(out, summary(evaluation, history, inputs));
            }
            if (report.isPresent()) {
                EvaluationReport.write(evaluation, history, report.get(), staging.resolve(REPORT));
            }
        });
    }

    /** The files {@link #write} writes, in the order a message lists them. */
    public static List<String> files(boolean history, boolean report) {
        List<String> files = new java.util.ArrayList<>(List.of(SCHOOLS, UNITS, GOALS, INDICATORS));
        if (history) {
            files.addAll(List.of(HISTORY, TRENDS));
        }
        files.add(SUMMARY);
        if (report) {
            files.add(REPORT);
        }
        return files;
    }

    /** The summary as a JSON tree. */
    public static JsonNode summary(Evaluation evaluation, Optional<History> history, List<InputFile> inputs) {
        ObjectNode root = Json.PRETTY.createObjectNode();
        root.put("scenario", evaluation.plan().scenario().name());
        root.put("fiscal_year", evaluation.fiscalYear());
        root.put("results_year", evaluation.resultsYear());
        root.put("plan", evaluation.plan().source());
        root.put("results", evaluation.resultsSource());
        long pupils = 0;
        for (int i = 0; i < evaluation.plan().size(); i++) {
            pupils += evaluation.plan().pupils(i);
        }
        root.put("schools", evaluation.plan().size());
        root.put("pupils", pupils);
        rules(root.putObject("rules"), evaluation.options());
        ArrayNode indicators = root.putArray("indicators");
        for (int k = 0; k < evaluation.indicators().size(); k++) {
            indicator(
                    indicators.addObject(),
                    evaluation.indicatorResults().get(k),
                    evaluation.units().get(k));
        }
        ObjectNode levels = root.putObject("levels");
        for (Level level : Level.values()) {
            ObjectNode node = levels.putObject(level.key());
            List<UnitResult> units = evaluation.units(level);
            node.put("units", units.size() / Math.max(1, evaluation.indicators().size()));
            ObjectNode byIndicator = node.putObject("units_by_status");
            int k = evaluation.indicators().size();
            int[][] counts = new int[k][Status.values().length];
            for (int r = 0; r < units.size(); r++) {
                counts[r % k][units.get(r).status().ordinal()]++; // rows go indicator by indicator within a unit
            }
            for (int j = 0; j < k; j++) {
                ObjectNode c =
                        byIndicator.putObject(evaluation.indicators().get(j).name());
                for (Status status : Status.values()) {
                    c.put(status.key(), counts[j][status.ordinal()]);
                }
            }
        }
        ArrayNode goals = root.putArray("goals");
        evaluation.goals().stream().filter(g -> g.level() == Level.CENTRE).forEach(g -> {
            ObjectNode node = goals.addObject();
            node.put("goal", EvaluationTables.key(g.goal()));
            ArrayNode names = node.putArray("indicators");
            g.indicators().forEach(names::add);
            node.put("money", Baht.toBaht(g.money()));
            node.put("status", g.status().key());
        });
        if (history.isPresent()) {
            ObjectNode node = root.putObject("history");
            ArrayNode years = node.putArray("years");
            history.get().years().forEach(y -> years.add(y.fiscalYear()));
            ArrayNode trends = node.putArray("centre_trends");
            for (Trend trend : history.get().trends()) {
                if (trend.level() == Level.CENTRE) {
                    ObjectNode t = trends.addObject();
                    t.put("indicator", trend.indicator());
                    t.put("points", trend.points());
                    Json.putFinite(t, "slope_per_year", trend.slopePerYear());
                    t.put("trend", trend.way().key());
                }
            }
        }
        ObjectNode manifest = RunManifest.add(root, inputs);
        manifest.set("scenario", ScenarioCodec.toTree(evaluation.plan().scenario()));
        ObjectNode options = manifest.putObject("options");
        options.put("shrinkage", evaluation.options().shrinkage());
        options.put("on_track_share", evaluation.options().onTrackShare());
        ObjectNode ranges = options.putObject("ranges");
        for (IndicatorResult r : evaluation.indicatorResults()) {
            ObjectNode range = ranges.putObject(r.indicator().name());
            Json.putFinite(range, "min", r.range().min());
            Json.putFinite(range, "max", r.range().max());
            range.put("basis", r.range().basis());
        }
        return root;
    }

    private static void rules(ObjectNode rules, EvaluationOptions options) {
        ObjectNode statuses = rules.putObject("statuses");
        for (Status status : Status.values()) {
            statuses.put(status.key(), status.rule());
        }
        rules.put(
                "order",
                "The first status whose rule holds, in the order listed; 'better' follows the"
                        + " indicator's direction.");
        rules.put("on_track_share", options.onTrackShare());
        rules.put(
                "weighting",
                "A unit's values and gaps are means over its schools with a realised value, weighted by pupils"
                        + " when the indicator's cost is per pupil (weighting 'pupils') and one per school when it is"
                        + " per school (weighting 'schools'); gaps are each school's gap to its own target.");
        rules.put(
                "unit_target",
                "The target every school of the unit shares; where they differ, the unit's own local override,"
                        + " else that of the unit above it, else the central target.");
        rules.put("goal_status", "The worst status of the goal's indicators: met, on track, off track, worse.");
        rules.put(
                "cost",
                "Cost per unit of gap closed, over the schools that got money for the indicator: money over the"
                        + " pupil- (or school-) weighted gap closed. Assumed: money allocated over the gap projected"
                        + " to close. Observed: money spent (as reported, else allocated) over the gap closed in"
                        + " fact. Efficiency: gap closed per baht spent over gap projected per baht allocated.");
        ObjectNode shrinkage = rules.putObject("shrinkage");
        shrinkage.put("value", options.shrinkage());
        shrinkage.put(
                "rule",
                "next year's cost = this year's cost / (s + (1 - s) x max(0, efficiency)), s = the shrinkage:"
                        + " the weight kept on this year's cost, so one noisy year does not swing it. A year that"
                        + " closed nothing multiplies the cost by 1/s at most.");
        rules.put(
                "noise",
                "The change, in the better direction, of schools below target that got no money for the"
                        + " indicator: a school's own change within about two standard deviations of their mean is"
                        + " within a year's luck.");
    }

    private static void indicator(ObjectNode node, IndicatorResult r, UnitResult centre) {
        node.put("name", r.indicator().name());
        node.put("goal", EvaluationTables.key(r.indicator().goal()));
        node.put("direction", EvaluationTables.key(r.indicator().direction()));
        node.put("weighting", Evaluation.pupilWeighted(r.indicator()) ? "pupils" : "schools");
        node.put("measured", r.measured());
        Figures f = centre.figures();
        ObjectNode c = node.putObject("centre");
        Json.putFinite(c, "baseline", f.baseline());
        Json.putFinite(c, "target", f.target());
        Json.putFinite(c, "projected", f.projected());
        Json.putFinite(c, "achieved", f.achieved());
        Json.putFinite(c, "gap_closed_projected", f.gapClosedProjected());
        Json.putFinite(c, "gap_closed", f.gapClosed());
        c.put("status", centre.status().key());
        ObjectNode schools = node.putObject("schools");
        StatusCounts counts = r.schoolStatuses();
        for (Status status : Status.values()) {
            schools.put(status.key(), counts.of(status));
        }
        Spending s = r.spending();
        ObjectNode cost = node.putObject("cost");
        cost.put("per", EvaluationTables.key(r.indicator().cost().per()));
        cost.put("funded_schools", s.schools());
        cost.put("money", Baht.toBaht(s.money()));
        cost.put("spent", Baht.toBaht(s.spent()));
        Json.putFinite(cost, "realisation", s.realisation());
        Json.putFinite(cost, "efficiency", s.efficiency());
        Json.putFinite(cost, "cost_assumed_per_unit", s.costAssumed());
        Json.putFinite(cost, "cost_observed_per_unit", s.costObserved());
        cost.put("cost", r.cost());
        cost.put("shrinkage", r.shrinkage());
        cost.put("next_cost", r.nextCost());
        ObjectNode noise = node.putObject("noise");
        noise.put("unfunded_schools", r.unfundedSchools());
        Json.putFinite(noise, "change_mean", r.unfundedChangeMean());
        Json.putFinite(noise, "change_sd", r.unfundedChangeSd());
    }
}

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

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import th.allocation.InputException;
import th.allocation.evaluate.Evaluation;
import th.allocation.evaluate.EvaluationOptions;
import th.allocation.evaluate.Figures;
import th.allocation.evaluate.History;
import th.allocation.evaluate.IndicatorResult;
import th.allocation.evaluate.Status;
import th.allocation.evaluate.StatusCounts;
import th.allocation.evaluate.UnitResult;
import th.allocation.model.Baht;
import th.allocation.output.EvaluationWriter;
import th.allocation.output.InputFile;
import th.allocation.output.NextYearWriter;
import th.allocation.output.OutputFolder;

@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        versionProvider = AllocCommand.Version.class,
        description = {
            "Judges a target-driven allocation against what schools achieved a year later, at every level"
                    + " (school, network, ESA, cluster, area type, centre), by indicator and by goal: baseline,"
                    + " target, projected, achieved, gap closed, money, cost per unit of gap closed against the"
                    + " cost assumed, and a status (met, on track, off track, worse).",
            "SOURCE is a run's output folder (alloc run of a target scenario) with --results, a scenario file"
                    + " (allocated again) with --results, or a folder of years, each <year>/allocation/ and"
                    + " <year>/results.csv, evaluated side by side with their trends.",
            "Writes schools.csv, units.csv, goals.csv, indicators.csv, summary.json (and history.csv, trends.csv"
                    + " for several years; report.html with --report), whole or not at all. --next-year DIR writes"
                    + " next year's school file, scenario (unit costs learnt) and allocation."
        })
final class EvaluateCommand implements Callable<Integer> {
    @Parameters(
            index = "0",
            paramLabel = "SOURCE",
            description = "A run's output folder, a scenario file, or a folder of years.")
    Path source;

    @Option(
            names = "--results",
            paramLabel = "FILE",
            description = "The realised results (CSV): school_id, fiscal_year, one column per indicator.")
    Path results;

    @Option(
            names = "--schools",
            paramLabel = "FILE",
            description = "The school file: for a scenario, the one to allocate to; for a run or a folder of years,"
                    + " this year's, from which --next-year starts (checked against the run's manifest).")
    Path schools;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "The output folder (default: out/evaluation-<fiscal year>).")
    Path out;

    @Mixin
    ReportOptions report;

    @Option(
            names = "--next-year",
            paramLabel = "DIR",
            description = "Also write next year's inputs and allocation into DIR: schools.csv (realised values as"
                    + " baselines, this year's allocation as previous_allocation), the scenario with unit costs"
                    + " learnt, and allocation/.")
    Path nextYear;

    @Option(
            names = "--shrinkage",
            paramLabel = "S",
            description = "The weight next year's unit cost keeps on this year's, in (0, 1] (default: "
                    + EvaluationOptions.DEFAULT_SHRINKAGE + "): cost / (S + (1 - S) x efficiency).")
    Double shrinkage;

    @Option(
            names = "--on-track",
            paramLabel = "SHARE",
            description = "The share of the projected improvement that is on track, in (0, 1] (default: "
                    + EvaluationOptions.DEFAULT_ON_TRACK_SHARE + ").")
    Double onTrack;

    @Option(
            names = "--range",
            paramLabel = "NAME=MIN:MAX",
            description = "The values an indicator can take (repeatable), e.g. buildings=1:5; an end may be left"
                    + " empty. Default: 0 to 1 for a share, at least 0 when no baseline is negative.")
    List<String> ranges = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        EvaluationOptions options = options();
        boolean history = Files.isDirectory(source) && EvaluationSource.isHistory(source);
        if (history && results != null) {
            throw new ParameterException(
                    spec.commandLine(),
                    source + " is a folder of years, whose results are <year>/results.csv: leave out --results.");
        }
        if (out != null) {
            OutputFolder.check(out);
        }
        if (nextYear != null) {
            OutputFolder.check(nextYear);
        }
        List<String> skipped = new ArrayList<>();
        List<EvaluationSource.Year> years = history
                ? EvaluationSource.readHistory(source, schools, nextYear != null, skipped)
                : List.of(EvaluationSource.read(source, results, schools, nextYear != null));
        List<Evaluation> evaluations = new ArrayList<>();
        for (EvaluationSource.Year year : years) {
            evaluations.add(Evaluation.of(year.plan(), year.results(), options));
        }
        Evaluation latest = evaluations.get(evaluations.size() - 1);
        EvaluationSource.Year latestYear = years.get(years.size() - 1);
        Path folder = out != null ? out : Path.of("out", "evaluation-" + latest.fiscalYear());
        OutputFolder.check(folder);
        NextYearWriter.Prepared next = nextYear == null
                ? null
                : NextYearWriter.prepare(
                        latest, latestYear.schools().orElseThrow().table());
        Optional<History> all = history ? Optional.of(History.of(evaluations)) : Optional.empty();
        List<InputFile> inputs = new ArrayList<>();
        years.forEach(y -> inputs.addAll(y.inputs()));
        EvaluationWriter.write(latest, all, inputs, folder, Optional.ofNullable(report.reportLanguage()));
        PrintWriter printer = spec.commandLine().getOut();
        print(latest, printer);
        if (!skipped.isEmpty()) {
            printer.printf(
                    "Years without %s yet, not evaluated: %s.%n", EvaluationSource.RESULTS, String.join(", ", skipped));
        }
        printer.printf(
                "Wrote %s in %s%n",
                String.join(", ", EvaluationWriter.files(all.isPresent(), report.reportLanguage() != null)), folder);
        if (next != null) {
            String scenarioName = latestYear
                    .scenarioFile()
                    .map(f -> f.getFileName().toString())
                    .or(() -> latestYear.inputs().stream()
                            .filter(i -> i.role().equals("run_scenario"))
                            .map(InputFile::name)
                            .findFirst())
                    .orElse("scenario.yaml");
            if (!scenarioName.toLowerCase(Locale.ROOT).endsWith(".yaml")
                    && !scenarioName.toLowerCase(Locale.ROOT).endsWith(".yml")) {
                scenarioName = scenarioName.replaceAll("\\.[^.]*$", "") + ".yaml";
            }
            try {
                NextYearWriter.write(
                        next,
                        latestYear.schools().orElseThrow().file(),
                        scenarioName,
                        latestYear.scenarioFile().map(f -> f.toAbsolutePath().getParent()),
                        nextYear);
            } catch (IllegalArgumentException e) {
                throw new InputException(th.allocation.Problem.of(nextYear.toString(), e.getMessage(), ""));
            }
            printer.printf(
                    Locale.ROOT,
                    "Next year (FY %d): allocated %s to %,d schools; wrote schools.csv, %s and %s/ in %s%n",
                    next.scenario().fiscalYear(),
                    Baht.display(next.result().total()),
                    next.result().schools().size(),
                    scenarioName,
                    NextYearWriter.ALLOCATION,
                    nextYear);
        }
        printer.flush();
        return 0;
    }

    private EvaluationOptions options() {
        EvaluationOptions options = EvaluationOptions.defaults();
        try {
            if (shrinkage != null) {
                options = options.withShrinkage(shrinkage);
            }
            if (onTrack != null) {
                options = options.withOnTrackShare(onTrack);
            }
            for (String range : ranges) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("([a-z][a-z0-9_]*)=([^:]*):([^:]*)")
                        .matcher(range.trim());
                if (!m.matches()) {
                    throw new IllegalArgumentException(
                            "--range takes NAME=MIN:MAX, e.g. buildings=1:5 (" + range + ").");
                }
                options = options.withRange(
                        m.group(1),
                        end(m.group(2), Double.NEGATIVE_INFINITY),
                        end(m.group(3), Double.POSITIVE_INFINITY));
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage().replace('\n', ' '));
        }
        return options;
    }

    private static double end(String text, double open) {
        if (text.isBlank()) {
            return open;
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--range: '" + text + "' is not a number.");
        }
    }

    private static void print(Evaluation evaluation, PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "%s: allocation of FY %d against results of FY %d, %,d schools.%n",
                evaluation.plan().scenario().name().isEmpty()
                        ? "Evaluation"
                        : evaluation.plan().scenario().name(),
                evaluation.fiscalYear(),
                evaluation.resultsYear(),
                evaluation.plan().size());
        out.printf(
                Locale.ROOT,
                "%-12s %-12s %-9s %10s %10s %10s %10s  %-10s %s%n",
                "indicator",
                "goal",
                "weighting",
                "baseline",
                "target",
                "projected",
                "achieved",
                "centre",
                "schools met / on track / off track / worse / no data");
        for (int k = 0; k < evaluation.indicators().size(); k++) {
            UnitResult centre = evaluation.units().get(k);
            Figures f = centre.figures();
            StatusCounts c = centre.schoolStatuses();
            out.printf(
                    Locale.ROOT,
                    "%-12s %-12s %-9s %10.4f %10.4f %10.4f %10.4f  %-10s %,d / %,d / %,d / %,d / %,d%n",
                    centre.indicator().name(),
                    centre.indicator().goal().name().toLowerCase(Locale.ROOT),
                    centre.pupilWeighted() ? "pupils" : "schools",
                    f.baseline(),
                    f.target(),
                    f.projected(),
                    f.achieved(),
                    centre.status().key(),
                    c.met(),
                    c.onTrack(),
                    c.offTrack(),
                    c.worse(),
                    c.noData());
        }
        StringBuilder costs = new StringBuilder("Unit costs learnt (shrinkage ")
                .append(evaluation.options().shrinkage())
                .append("):");
        for (IndicatorResult r : evaluation.indicatorResults()) {
            costs.append(String.format(
                    Locale.ROOT,
                    " %s %s -> %s THB per %s (efficiency %s);",
                    r.indicator().name(),
                    r.cost().toPlainString(),
                    r.nextCost().toPlainString(),
                    r.indicator().cost().per().name().toLowerCase(Locale.ROOT),
                    Double.isFinite(r.spending().efficiency())
                            ? String.format(Locale.ROOT, "%.2f", r.spending().efficiency())
                            : "-"));
        }
        costs.setLength(costs.length() - 1);
        out.println(costs.append('.'));
        int[] units = new int[Status.values().length];
        evaluation.units().forEach(u -> units[u.status().ordinal()]++);
        out.printf(
                Locale.ROOT,
                "Units (every level and indicator): %,d met, %,d on track, %,d off track, %,d worse, %,d no data.%n",
                units[0],
                units[1],
                units[2],
                units[3],
                units[4]);
    }
}

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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import th.allocation.InfeasibleException;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.codec.ScenarioCodec;
import th.allocation.compare.Comparison;
import th.allocation.compare.GroupTotals;
import th.allocation.compare.WinnersLosers;
import th.allocation.engine.AllocationEngine;
import th.allocation.input.SchoolFiles;
import th.allocation.model.Baht;
import th.allocation.output.ComparisonWriter;
import th.allocation.output.InputFile;
import th.allocation.output.OutputFolder;
import th.allocation.output.WorkbookWriter;
import th.allocation.result.AllocationResult;
import th.allocation.result.Bound;
import th.allocation.result.Grouping;
import th.allocation.scenario.Scenario;
import th.allocation.stats.EquityMeasure;
import th.allocation.stats.EquityStatistics;

/** {@code alloc compare}: allocates two or more scenarios to the same schools and compares them with the first. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        versionProvider = AllocCommand.Version.class,
        description = {
            "Allocates two or more scenarios to the same schools and compares each with the first (the baseline):"
                    + " totals and per-pupil amounts by group, equity statistics, and the schools that gain, lose"
                    + " or keep their allocation.",
            "Writes groups.csv, equity.csv, winners_losers.csv, schools.csv and summary.json (with --xlsx an Excel"
                    + " workbook, comparison.xlsx, and with --report a self-contained HTML report, report.html) into"
                    + " one folder, whole or not at all, and prints the main figures side by side; says so when two"
                    + " scenarios are the same, or give every school the same."
        })
final class CompareCommand implements Callable<Integer> {
    @Parameters(
            arity = "1..*",
            paramLabel = "SCENARIO",
            description = "Two or more scenario files (YAML or JSON); the first is the baseline. With --one-step,"
                    + " one decentralised scenario.")
    List<Path> scenarioFiles;

    @Option(
            names = "--one-step",
            description = "Compare one decentralised scenario (with levels) with the same scenario allocated to"
                    + " schools in one step by the centre's rules, its levels left out; the one-step allocation is"
                    + " the baseline, so the differences are what the levels' own rules and local overrides do.")
    boolean oneStep;

    @Option(
            names = "--schools",
            paramLabel = "FILE",
            description = "The school file (CSV) for every scenario; overrides the ones the scenarios name.")
    Path schoolsFile;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "The output folder (default: out/<first>-vs-<second>... from the scenario file names, or"
                    + " out/<first's folder>-<first>-vs-<second>... when that holds another comparison's output).")
    Path out;

    @Option(
            names = "--xlsx",
            description = "Also write comparison.xlsx: an Excel workbook with a summary, every school under every"
                    + " scenario, one sheet per cluster, ESA, network, province, area type and school kind, and the"
                    + " winners and losers.")
    boolean xlsx;

    @Mixin
    EquityOptions equity;

    @Mixin
    ReportOptions report;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (oneStep && scenarioFiles.size() != 1) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--one-step compares one decentralised scenario with its"
                            + " one-step allocation; give one scenario file (" + scenarioFiles.size() + " given).");
        }
        if (!oneStep && scenarioFiles.size() < 2) {
            throw new ParameterException(
                    spec.commandLine(),
                    "Give two or more scenario files to compare (SCENARIO"
                            + " SCENARIO...), or one decentralised scenario with --one-step SCENARIO.");
        }
        List<AllocationEngine> engines = new ArrayList<>(loadScenarios());
        engines.forEach(engine -> ScenarioInputs.warn(engine, spec.commandLine().getErr()));
        if (oneStep) {
            Scenario decentralised = engines.get(0).scenario();
            if (!decentralised.isDecentralised()) {
                throw new InputException(Problem.of(
                        scenarioFiles.get(0).toString(),
                        "The scenario has no 'levels', so" + " its one-step allocation is the scenario itself.",
                        "--one-step compares a decentralised scenario (with levels) with its one-step allocation;"
                                + " to compare two scenarios, give both files."));
            }
            engines = new ArrayList<>(
                    List.of(engines.get(0).withScenario(decentralised.withLevels(List.of())), engines.get(0)));
        }
        List<Path> files = oneStep ? List.of(scenarioFiles.get(0), scenarioFiles.get(0)) : scenarioFiles;
        List<Path> schoolPaths = new ArrayList<>();
        for (int s = 0; s < engines.size(); s++) {
            engines.set(s, ScenarioInputs.withSchoolsOption(engines.get(s), files.get(s), schoolsFile));
            schoolPaths.add(engines.get(s).schoolsFile().orElseThrow());
        }
        List<InputFile> inputs = inputFiles(schoolPaths);
        List<String> labels = labels();
        OutputChoice choice = OutputChoice.of(
                out, oneStep ? "compare --one-step" : "compare", scenarioFiles, String.join("-vs-", labels));
        Path folder = choice.folder();
        OutputFolder.check(folder); // before allocating: the runs are not spent on a refused folder
        // Every scenario is allocated to the baseline's school table (the files hold the same data, as
        // inputFiles checked), read once with every column any scenario needs.
        AllocationEngine shared = engines.get(0);
        List<AllocationResult> results = new ArrayList<>();
        for (int s = 0; s < engines.size(); s++) {
            try {
                results.add(shared.withScenario(engines.get(s).scenario()).allocate());
            } catch (InfeasibleException e) {
                StringBuilder message = new StringBuilder(e.getMessage());
                if (message.indexOf("\nMaybe: ") < 0) {
                    engines.get(s)
                            .hints()
                            .forEach(hint -> message.append("\nMaybe: ").append(hint.describe()));
                }
                throw new InfeasibleException(files.get(s) + (oneStep && s == 0 ? " (one step)" : "") + ": " + message);
            }
        }
        Comparison comparison;
        try {
            comparison = Comparison.of(labels, results, equity.atkinsonEpsilon());
        } catch (IllegalArgumentException e) {
            // Tables read with different column mappings that do not hold the same schools.
            throw new InputException(Problem.of(
                    schoolPaths.get(0).toString(),
                    e.getMessage().replace('\n', ' '),
                    "Give every scenario the same school file and columns, or --schools FILE."));
        }
        write(comparison, inputs, choice);
        PrintWriter console = spec.commandLine().getOut();
        choice.note().ifPresent(console::println);
        print(comparison, folder, report.reportLanguage() != null, xlsx, console);
        return 0;
    }

    /**
     * Writes the output folder: the writer's files, with the workbook if asked for and the scenario
     * files in the record of a default folder. Without either, exactly what the writer writes.
     */
    private void write(Comparison comparison, List<InputFile> inputs, OutputChoice choice) {
        OutputFolder.Writer csv = folder -> ComparisonWriter.write(comparison, inputs, folder, report.reportLanguage());
        if (!xlsx && choice.writtenFor() == null) {
            csv.write(choice.folder());
            return;
        }
        OutputFolder.Contents contents = OutputFolder.filesOf(csv);
        if (xlsx) {
            contents = contents.and(
                    staging -> WorkbookWriter.write(comparison, staging.resolve(WorkbookWriter.COMPARISON)));
        }
        OutputFolder.write(choice.folder(), choice.writtenFor(), contents);
    }

    /**
     * A line for each scenario after the baseline that changes nothing: the same scenario as read (all
     * but its name), or one that gives every school the same allocation to the satang.
     */
    static List<String> sameAsBaseline(Comparison comparison) {
        List<String> lines = new ArrayList<>();
        String baseline = comparison.labels().get(0);
        String first = unnamed(comparison.result(0).scenario());
        for (int s = 1; s < comparison.size(); s++) {
            String label = comparison.labels().get(s);
            if (unnamed(comparison.result(s).scenario()).equals(first)) {
                lines.add("Note: " + label + " is the same scenario as " + baseline + " (every value as read is equal,"
                        + " the name aside), so no school's allocation changes.");
            } else if (comparison.winnersLosers(s).unchanged()
                    == comparison.schools().size()) {
                lines.add("Note: " + label + " gives every school exactly what " + baseline + " gives, to the"
                        + " satang: no school gains or loses.");
            }
        }
        return lines;
    }

    /** The scenario as read, in JSON, its name aside. */
    private static String unnamed(Scenario s) {
        return ScenarioCodec.toJson(new Scenario(
                "",
                s.fiscalYear(),
                s.schools(),
                s.budget(),
                s.roundingUnit(),
                s.columns(),
                s.rule(),
                s.floors(),
                s.caps(),
                s.targets(),
                s.levels()));
    }

    /** Loads every scenario, listing the problems of all files at once. */
    private List<AllocationEngine> loadScenarios() {
        List<AllocationEngine> engines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        long total = 0;
        for (Path file : scenarioFiles) {
            try {
                engines.add(AllocationEngine.load(file));
            } catch (InputException e) {
                problems.addAll(e.problems());
                total += e.totalProblems();
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems, total, null);
        }
        return engines;
    }

    /**
     * The input files for the manifest: every scenario, and the school file, which must be the same
     * data for every scenario (by content: the same file reached by two paths is fine).
     */
    private List<InputFile> inputFiles(List<Path> schoolPaths) {
        List<InputFile> inputs = new ArrayList<>();
        for (Path file : scenarioFiles) {
            inputs.add(InputFile.of("scenario", file));
        }
        Map<Path, InputFile> hashed = new LinkedHashMap<>();
        for (Path path : schoolPaths) {
            hashed.computeIfAbsent(path.toAbsolutePath().normalize(), p -> ScenarioInputs.schoolsInput(path));
        }
        InputFile baseline = hashed.get(schoolPaths.get(0).toAbsolutePath().normalize());
        List<Problem> problems = new ArrayList<>();
        for (int s = 1; s < schoolPaths.size(); s++) {
            InputFile other = hashed.get(schoolPaths.get(s).toAbsolutePath().normalize());
            if (!other.sha256().equals(baseline.sha256())
                    || !SchoolFiles.sheet(schoolPaths.get(s)).equals(SchoolFiles.sheet(schoolPaths.get(0)))) {
                problems.add(Problem.of(
                        scenarioFiles.get(s).toString(),
                        "Its school file " + schoolPaths.get(s) + " holds other data than the baseline's, "
                                + schoolPaths.get(0) + ".",
                        "compare allocates every scenario to the same schools: give --schools FILE, or name the"
                                + " same school file in every scenario."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems, problems.size(), null);
        }
        inputs.add(baseline);
        return inputs;
    }

    /**
     * Each scenario's label: its file name without extension, made unique with -2, -3...; with
     * {@code --one-step}, {@code <name>-one-step} and {@code <name>}.
     */
    private List<String> labels() {
        List<String> labels = new ArrayList<>();
        if (oneStep) {
            String name = scenarioFiles.get(0).getFileName().toString();
            String stem = name.lastIndexOf('.') > 0 ? name.substring(0, name.lastIndexOf('.')) : name;
            return List.of(stem + "-one-step", stem);
        }
        for (int s = 0; s < scenarioFiles.size(); s++) {
            String name = scenarioFiles.get(s).getFileName().toString();
            int dot = name.lastIndexOf('.');
            String stem = dot > 0 ? name.substring(0, dot) : name;
            String label = stem;
            for (int n = s + 1; labels.contains(label); n++) {
                label = stem + "-" + n;
            }
            labels.add(label);
        }
        return labels;
    }

    private static void print(Comparison comparison, Path folder, boolean report, boolean xlsx, PrintWriter out) {
        int scenarios = comparison.size();
        List<String> labels = comparison.labels();
        GroupTotals total = comparison.total();
        out.printf(
                Locale.ROOT,
                "Compared %d scenarios on %,d schools with %,d pupils; the baseline is %s.%n",
                scenarios,
                total.schools(),
                total.pupils(),
                labels.get(0));
        sameAsBaseline(comparison).forEach(out::println);
        List<String> header = new ArrayList<>(List.of(""));
        for (int s = 0; s < scenarios; s++) {
            header.add(labels.get(s));
            if (s > 0) {
                header.add("change");
            }
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        rows.add(moneyRow(
                "total THB",
                total.allocations().stream().mapToLong(Long::longValue).toArray()));
        List<String> perPupil = new ArrayList<>(List.of("per pupil THB"));
        for (int s = 0; s < scenarios; s++) {
            perPupil.add(total.perPupil(s)
                    .map(v -> String.format(Locale.ROOT, "%,.2f", v))
                    .orElse("-"));
            if (s > 0) {
                perPupil.add(Baht.perPupil(total.difference(s), total.pupils())
                        .map(v -> String.format(Locale.ROOT, "%+,.2f", v))
                        .orElse("-"));
            }
        }
        rows.add(perPupil);
        List<EquityStatistics> equity = new ArrayList<>();
        for (int s = 0; s < scenarios; s++) {
            equity.add(comparison.equity(s));
        }
        String epsilon = EquityMeasure.ATKINSON_EPSILON.format(comparison.atkinsonEpsilon());
        List<EquityMeasure> measures = List.of(
                EquityMeasure.GINI,
                EquityMeasure.THEIL_T,
                EquityMeasure.COEFFICIENT_OF_VARIATION,
                EquityMeasure.MCLOONE_INDEX,
                EquityMeasure.VERSTEGEN_INDEX,
                EquityMeasure.FEDERAL_RANGE_RATIO,
                EquityMeasure.ATKINSON);
        for (EquityMeasure measure : measures) {
            String name =
                    measure == EquityMeasure.ATKINSON ? measure.key() + " (epsilon " + epsilon + ")" : measure.key();
            List<String> row = new ArrayList<>(List.of(name));
            double baseline = measure.of(equity.get(0));
            for (int s = 0; s < scenarios; s++) {
                double value = measure.of(equity.get(s));
                row.add(measure.format(value));
                if (s > 0) {
                    row.add(measure.formatChange(value - baseline));
                }
            }
            rows.add(row);
        }
        long[] bound = new long[scenarios];
        for (int s = 0; s < scenarios; s++) {
            bound[s] = comparison.schools().size() - comparison.bounds(s).get(Bound.NONE);
        }
        List<String> bounds = new ArrayList<>(List.of("schools at a bound"));
        for (int s = 0; s < scenarios; s++) {
            bounds.add(String.format(Locale.ROOT, "%,d", bound[s]));
            if (s > 0) {
                bounds.add(String.format(Locale.ROOT, "%+,d", bound[s] - bound[0]));
            }
        }
        rows.add(bounds);
        printTable(rows, out);
        for (int s = 1; s < scenarios; s++) {
            out.printf(Locale.ROOT, "%nWinners and losers, %s against %s:%n", labels.get(s), labels.get(0));
            List<List<String>> table = new ArrayList<>();
            table.add(List.of(
                    "area_type", "schools", "gaining", "losing", "unchanged", "gained THB", "lost THB", "net THB"));
            List<WinnersLosers> lines = new ArrayList<>(comparison.winnersLosers(s, Grouping.AREA_TYPE));
            lines.add(comparison.winnersLosers(s));
            for (WinnersLosers w : lines) {
                table.add(List.of(
                        w.group(),
                        String.format(Locale.ROOT, "%,d", w.schools()),
                        String.format(Locale.ROOT, "%,d", w.gaining()),
                        String.format(Locale.ROOT, "%,d", w.losing()),
                        String.format(Locale.ROOT, "%,d", w.unchanged()),
                        money(w.gained()),
                        money(w.lost()),
                        String.format(Locale.ROOT, "%+,.2f", Baht.toBaht(w.net()))));
            }
            printTable(table, out);
        }
        List<String> written = new ArrayList<>(List.of(
                ComparisonWriter.GROUPS,
                ComparisonWriter.EQUITY,
                ComparisonWriter.WINNERS_LOSERS,
                ComparisonWriter.SCHOOLS,
                ComparisonWriter.SUMMARY));
        if (xlsx) {
            written.add(WorkbookWriter.COMPARISON);
        }
        if (report) {
            written.add(ComparisonWriter.REPORT);
        }
        // "..., schools.csv, and summary.json" but "..., summary.json and report.html", as ever.
        out.printf(
                Locale.ROOT,
                "%nWrote %s%s%s in %s%n",
                String.join(", ", written.subList(0, written.size() - 1)),
                report ? " and " : ", and ",
                written.get(written.size() - 1),
                folder);
    }

    private static List<String> moneyRow(String name, long[] totals) {
        List<String> row = new ArrayList<>(List.of(name));
        for (int s = 0; s < totals.length; s++) {
            row.add(money(totals[s]));
            if (s > 0) {
                row.add(String.format(Locale.ROOT, "%+,.2f", Baht.toBaht(totals[s] - totals[0])));
            }
        }
        return row;
    }

    private static String money(long satang) {
        return String.format(Locale.ROOT, "%,.2f", Baht.toBaht(satang));
    }

    /** Prints rows as columns: the first left-aligned, the others right-aligned, each as wide as its widest cell. */
    private static void printTable(List<List<String>> rows, PrintWriter out) {
        int columns = rows.get(0).size();
        int[] width = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                if (c == 0) {
                    line.append(row.get(c))
                            .append(" ".repeat(width[c] - row.get(c).length()));
                } else {
                    line.append("  ")
                            .append(" ".repeat(width[c] - row.get(c).length()))
                            .append(row.get(c));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }
}

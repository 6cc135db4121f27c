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
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import th.allocation.engine.AllocationEngine;
import th.allocation.model.Baht;
import th.allocation.model.SchoolTable;
import th.allocation.output.AllocationWriter;
import th.allocation.output.InputFile;
import th.allocation.output.OutputFolder;
import th.allocation.output.OutputOptions;
import th.allocation.output.WorkbookWriter;
import th.allocation.result.AllocationResult;
import th.allocation.result.Bound;
import th.allocation.result.DecentralisedResult;
import th.allocation.result.GroupSummary;
import th.allocation.result.Grouping;
import th.allocation.result.PerPupilSample;
import th.allocation.result.TargetResult;
import th.allocation.result.Unit;
import th.allocation.scenario.Objective;
import th.allocation.scenario.Scenario;
import th.allocation.stats.EquityStatistics;

/** {@code alloc run}: allocates a scenario and writes the output folder. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = AllocCommand.Version.class,
        description = {
            "Allocates the scenario's budget to its schools and writes allocations.csv, equity.csv and"
                    + " summary.json, with --xlsx an Excel workbook, allocations.xlsx, and with --report a"
                    + " self-contained HTML report, report.html.",
            "The output folder is written whole or not at all."
        })
final class RunCommand implements Callable<Integer> {
    @Mixin
    ScenarioInputs inputs;

    @Mixin
    EquityOptions equity;

    @Mixin
    ReportOptions report;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "The output folder (default: out/<scenario name> in the current folder, or"
                    + " out/<its folder>-<scenario name> when that holds another scenario's output).")
    Path out;

    @Option(
            names = "--xlsx",
            description = "Also write allocations.xlsx: an Excel workbook with a summary, every school (Thai and"
                    + " English headers, amounts in baht to the satang) and one sheet per cluster, ESA, network,"
                    + " province, area type and school kind.")
    boolean xlsx;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AllocationEngine engine = inputs.engine();
        ScenarioInputs.warn(engine, spec.commandLine().getErr());
        engine.schools(); // the school file's problems come first, as for every command
        OutputChoice choice = OutputChoice.of(out, "run", List.of(inputs.scenarioFile), stem(inputs.scenarioFile));
        Path folder = choice.folder();
        OutputFolder.check(folder); // before allocating: a national run is not spent on a refused folder
        OutputOptions options = equity.outputOptions();
        if (report.reportLanguage() != null) {
            options = options.withReport(report.reportLanguage());
        }
        if (engine.scenario().transition() != null) {
            return TransitionRun.run(
                    engine,
                    inputs.files(engine),
                    choice,
                    options,
                    xlsx,
                    spec.commandLine().getOut());
        }
        Supplier<List<InputFile>> files = inputs.filesBeside(engine); // hashed while allocating
        AllocationResult result = engine.allocate();
        // One sort for the files and the figures printed, made while allocations.csv is written.
        Sorted sorted = new Sorted(result);
        write(result, sorted, files, choice, options);
        PerPupilSample sample = sorted.get();
        PrintWriter console = spec.commandLine().getOut();
        choice.note().ifPresent(console::println);
        print(sample, equity.atkinsonEpsilon(), options.report().isPresent(), xlsx, folder, console);
        return 0;
    }

    /**
     * Writes the output folder: the writer's files, with the workbook if asked for and the scenario
     * file in the record of a default folder. Without either, exactly what the writer writes.
     */
    private void write(
            AllocationResult result,
            Supplier<PerPupilSample> sample,
            Supplier<List<InputFile>> files,
            OutputChoice choice,
            OutputOptions options) {
        OutputFolder.Writer csv = folder -> AllocationWriter.write(result, sample, files, folder, options);
        if (!xlsx && choice.writtenFor() == null) {
            csv.write(choice.folder());
            return;
        }
        OutputFolder.Contents contents = OutputFolder.filesOf(csv);
        if (xlsx) {
            contents = contents.and(staging ->
                    WorkbookWriter.write(result, options.atkinsonEpsilon(), staging.resolve(WorkbookWriter.RUN)));
        }
        OutputFolder.write(choice.folder(), choice.writtenFor(), contents);
    }

    /** The per-pupil amounts of a result, sorted when first asked for, once. */
    private static final class Sorted implements Supplier<PerPupilSample> {
        private final AllocationResult result;
        private PerPupilSample sample;

        Sorted(AllocationResult result) {
            this.result = result;
        }

        @Override
        public synchronized PerPupilSample get() {
            if (sample == null) {
                sample = PerPupilSample.sorted(result);
            }
            return sample;
        }
    }

    private static void print(
            PerPupilSample sample, double atkinsonEpsilon, boolean report, boolean xlsx, Path folder, PrintWriter out) {
        AllocationResult result = sample.result();
        SchoolTable schools = result.schools();
        long pupils = 0;
        long[] bounds = new long[Bound.values().length];
        for (int i = 0; i < schools.size(); i++) {
            pupils += schools.totalPupils(i);
            bounds[result.bound(i).ordinal()]++;
        }
        Scenario scenario = result.scenario();
        out.printf(
                Locale.ROOT,
                "%s (FY %d, rule %s)%n",
                scenario.name().isEmpty() ? "Scenario" : scenario.name(),
                scenario.fiscalYear(),
                scenario.rule().type());
        out.printf(
                Locale.ROOT,
                "Allocated %s to %,d schools with %,d pupils%s%s.%n",
                Baht.display(result.total()),
                schools.size(),
                pupils,
                scenario.budget() == null ? " (no budget: the rule's total)" : " (the budget, exactly)",
                Double.isFinite(result.scale()) ? String.format(Locale.ROOT, "; scale %.6f", result.scale()) : "");
        if (result instanceof DecentralisedResult decentralised) {
            printLevels(decentralised, out);
        }
        out.printf(
                Locale.ROOT,
                "Bounds: %,d at min_per_pupil, %,d at hold_harmless, %,d at cap, %,d held by an" + " envelope.%n",
                bounds[Bound.MIN_PER_PUPIL.ordinal()],
                bounds[Bound.HOLD_HARMLESS.ordinal()],
                bounds[Bound.CAP.ordinal()],
                bounds[Bound.ENVELOPE.ordinal()]);
        if (result instanceof TargetResult solution) {
            out.printf(
                    Locale.ROOT,
                    "Targets: %s by the %s solver; largest shortfall left %.4f, weighted shortfall"
                            + " %.1f; one more million THB lowers the %s by %.6g.%n",
                    scenario.targets().objective().name().toLowerCase(Locale.ROOT),
                    solution.solver(),
                    solution.maxShortfall(),
                    solution.weightedShortfall(),
                    scenario.targets().objective() == Objective.MIN_MAX
                            ? "largest shortfall"
                            : "weighted shortfall (the largest held for lexicographic)",
                    solution.budgetShadowPrice() * 1_000_000);
        }
        out.printf(
                Locale.ROOT,
                "%-14s %8s %12s %20s %12s%n",
                "area_type",
                "schools",
                "pupils",
                "allocation THB",
                "per pupil");
        for (GroupSummary group : GroupSummary.of(result, Grouping.AREA_TYPE)) {
            out.printf(
                    Locale.ROOT,
                    "%-14s %,8d %,12d %,20.2f %12s%n",
                    group.group(),
                    group.schools(),
                    group.pupils(),
                    Baht.toBaht(group.allocation()),
                    group.perPupil()
                            .map(v -> String.format(Locale.ROOT, "%,.2f", v))
                            .orElse("-"));
        }
        EquityStatistics equity = sample.all().statistics(atkinsonEpsilon);
        out.printf(
                Locale.ROOT,
                "Equity of per-pupil allocation (over pupils): Gini %.4f, Theil T %.4f, CV %.4f,"
                        + " McLoone %.4f, federal range ratio %.4f, Atkinson(%s) %.4f.%n",
                equity.gini(),
                equity.theilT(),
                equity.coefficientOfVariation(),
                equity.mcLooneIndex(),
                equity.federalRangeRatio(),
                BigDecimal.valueOf(atkinsonEpsilon).stripTrailingZeros().toPlainString(),
                equity.atkinson());
        List<String> written = new java.util.ArrayList<>(
                List.of(AllocationWriter.ALLOCATIONS, AllocationWriter.EQUITY, AllocationWriter.SUMMARY));
        result.scenario().levels().forEach(level -> written.add(level.tableName()));
        if (xlsx) {
            written.add(WorkbookWriter.RUN);
        }
        if (report) {
            written.add(AllocationWriter.REPORT);
        }
        out.printf(
                Locale.ROOT,
                "Wrote %s and %s in %s%n",
                String.join(", ", written.subList(0, written.size() - 1)),
                written.get(written.size() - 1),
                folder);
    }

    /** The chain of levels, their units and overrides, and what local choices moved. */
    private static void printLevels(DecentralisedResult result, PrintWriter out) {
        StringBuilder chain = new StringBuilder("Levels: centre");
        for (int k = 0; k < result.levels().size(); k++) {
            List<Unit> units = result.levels().get(k);
            long own = units.stream().filter(u -> !u.overrides().isEmpty()).count();
            chain.append(String.format(
                    Locale.ROOT,
                    " -> %s (%,d units, %s)",
                    result.scenario().levels().get(k).by(),
                    units.size(),
                    own == 0
                            ? "none with its own values"
                            : own + (own == 1 ? " with its" : " with their") + " own values"));
        }
        out.println(chain.append(" -> schools; every envelope conserved exactly."));
        out.printf(
                Locale.ROOT,
                "Local choices moved %s between schools compared with the one-step allocation"
                        + " (alloc compare --one-step shows where).%n",
                Baht.display(result.movedFromOneStep()));
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}

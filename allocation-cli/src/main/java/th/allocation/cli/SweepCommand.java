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

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import th.allocation.engine.AllocationEngine;
import th.allocation.model.SchoolTable;
import th.allocation.output.OutputFolder;
import th.allocation.output.SweepWriter;
import th.allocation.scenario.Scenario;
import th.allocation.stats.EquityMeasure;
import th.allocation.sweep.Axis;
import th.allocation.sweep.Range;
import th.allocation.sweep.Sweep;
import th.allocation.sweep.SweepResult;
import th.allocation.sweep.SweepRow;
import th.allocation.sweep.SweepStatus;

/** {@code alloc sweep}: allocates many variants of a scenario, on a grid of parameter values or by random draws. */
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        versionProvider = AllocCommand.Version.class,
        description = {
            "Allocates many variants of a scenario with numeric parameters varied, in parallel, and writes one row"
                    + " per variant: the values, the total, every equity statistic and the per-pupil amount by area"
                    + " type (sweep.csv), and summary.json.",
            "Grid: every combination of --vary PATH=FROM:TO:STEP (the first varies slowest). Monte Carlo:"
                    + " --draws N --seed S with --vary PATH=LOW:HIGH, each value drawn uniformly. PATH is a key path"
                    + " of the scenario file, e.g. rule.weights.remote, rule.loadings.poor, floors.min_per_pupil.",
            "Invalid and infeasible variants are kept in the table with the reason; the sweep goes on. The results"
                    + " do not depend on --threads."
        })
final class SweepCommand implements Callable<Integer> {
    @Mixin
    ScenarioInputs inputs;

    @Option(
            names = "--vary",
            paramLabel = "PATH=FROM:TO:STEP",
            required = true,
            description = "A parameter and its values; repeat for a grid of several. With --draws: PATH=LOW:HIGH.")
    List<String> vary;

    @Option(names = "--draws", paramLabel = "N", description = "Draw N random variants instead of a grid.")
    Integer draws;

    @Option(
            names = "--seed",
            paramLabel = "S",
            description = "The seed of the random draws (default: 1); the same seed gives the same variants.")
    Long seed;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Threads to allocate on (default: the number of processors).")
    Integer threads;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "The output folder (default: out/sweep-<scenario name>).")
    Path out;

    @Mixin
    EquityOptions equity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (seed != null && draws == null) {
            throw new ParameterException(spec.commandLine(), "--seed goes with --draws N (a Monte Carlo sweep).");
        }
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (threadCount < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1 (" + threadCount + ").");
        }
        AllocationEngine engine = inputs.engine();
        Sweep sweep = plan(engine.scenario()).withAtkinsonEpsilon(equity.atkinsonEpsilon());
        SchoolTable schools = engine.schools();
        Path folder = out != null ? out : Path.of("out", "sweep-" + stem(inputs.scenarioFile));
        OutputFolder.check(folder); // before the variants: their time is not spent on a refused folder
        long start = System.nanoTime();
        SweepResult result;
        try (Progress progress = Progress.open(sweep.size())) {
            result = sweep.run(schools, threadCount, progress);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        SweepWriter.write(result, inputs.files(engine), folder);
        print(result, seconds, threadCount, folder, spec.commandLine().getOut());
        return 0;
    }

    private Sweep plan(Scenario scenario) {
        if (draws != null) {
            List<Range> ranges = new ArrayList<>();
            vary.forEach(v -> ranges.add(Range.parse(v)));
            return Sweep.monteCarlo(scenario, ranges, draws, seed != null ? seed : 1L);
        }
        List<Axis> axes = new ArrayList<>();
        vary.forEach(v -> axes.add(Axis.parse(v)));
        return Sweep.grid(scenario, axes);
    }

    private void print(SweepResult result, double seconds, int threadCount, Path folder, PrintWriter out) {
        Sweep sweep = result.sweep();
        StringBuilder plan = new StringBuilder();
        if (sweep.isMonteCarlo()) {
            plan.append("Monte Carlo, seed ")
                    .append(sweep.seed())
                    .append(": ")
                    .append(String.join(", ", sweep.paths()));
        } else {
            List<String> axes = new ArrayList<>();
            sweep.axes().forEach(a -> axes.add(a.path() + " (" + a.size() + ")"));
            plan.append("grid: ").append(String.join(" x ", axes));
        }
        out.printf(
                Locale.ROOT,
                "Swept %,d variants of %s (%s) in %.1f s on %d thread%s.%n",
                sweep.size(),
                inputs.scenarioFile,
                plan,
                seconds,
                threadCount,
                threadCount == 1 ? "" : "s");
        out.printf(
                Locale.ROOT,
                "%,d ok, %,d invalid, %,d infeasible.%n",
                result.count(SweepStatus.OK),
                result.count(SweepStatus.INVALID),
                result.count(SweepStatus.INFEASIBLE));
        result.rows().stream()
                .filter(row -> !row.isOk())
                .findFirst()
                .ifPresent(row -> out.printf(
                        Locale.ROOT,
                        "First not allocated: variant %d (%s): %s%n",
                        row.variant(),
                        values(sweep, row),
                        row.reason()));
        if (result.count(SweepStatus.OK) > 0) {
            out.printf(Locale.ROOT, "%-26s %10s  %-30s %10s  %s%n", "statistic", "min", "at", "max", "at");
            for (EquityMeasure measure : SweepWriter.EXTREMES) {
                SweepRow min = SweepWriter.extreme(result, measure, true).orElse(null);
                SweepRow max = SweepWriter.extreme(result, measure, false).orElse(null);
                if (min == null || max == null) {
                    continue;
                }
                out.printf(
                        Locale.ROOT,
                        "%-26s %10s  %-30s %10s  %s%n",
                        measure.key(),
                        measure.format(measure.of(min.equity())),
                        values(sweep, min),
                        measure.format(measure.of(max.equity())),
                        values(sweep, max));
            }
        }
        out.printf(Locale.ROOT, "Wrote %s and %s in %s%n", SweepWriter.SWEEP, SweepWriter.SUMMARY, folder);
    }

    /** "#17 remote=1.3 poor=2000": the variant and its values, each parameter by the last part of its path. */
    private static String values(Sweep sweep, SweepRow row) {
        StringBuilder text = new StringBuilder("#").append(row.variant());
        for (int k = 0; k < sweep.paths().size(); k++) {
            String path = sweep.paths().get(k);
            text.append(' ')
                    .append(path.substring(path.lastIndexOf('.') + 1))
                    .append('=')
                    .append(row.values().get(k).toPlainString());
        }
        return text.toString();
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * Progress on standard error: a progress bar on a terminal, plain lines every 10% otherwise (a bar's
     * carriage returns and colours would clutter a log).
     */
    abstract static class Progress implements Sweep.Progress, AutoCloseable {
        static Progress open(int total) {
            return interactive() ? new Bar(total) : new Lines(System.err);
        }

        /** Whether standard input and output are a terminal (on JDK 22+, System.console() alone is not enough). */
        static boolean interactive() {
            java.io.Console console = System.console();
            if (console == null) {
                return false;
            }
            try {
                return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
            } catch (ReflectiveOperationException e) {
                return true; // before JDK 22 a console exists only on a terminal
            }
        }

        @Override
        public void close() {}

        /** A progress bar (me.tongfei:progressbar) on standard error. */
        static final class Bar extends Progress {
            private final ProgressBar bar;

            Bar(int total) {
                bar = new ProgressBarBuilder()
                        .setTaskName("Sweep")
                        .setInitialMax(total)
                        .setUnit(" variants", 1)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err))
                        .setUpdateIntervalMillis(200)
                        .showSpeed()
                        .build();
            }

            @Override
            public void update(int done, int total) {
                bar.stepTo(done);
            }

            @Override
            public void close() {
                bar.close();
            }
        }

        /** A line at each tenth of the variants. */
        static final class Lines extends Progress {
            private final PrintStream err;
            private final long start = System.nanoTime();
            private int printed;

            Lines(PrintStream err) {
                this.err = new PrintStream(err, true, StandardCharsets.UTF_8);
            }

            @Override
            public void update(int done, int total) {
                int tenth = (int) (10L * done / total);
                if (tenth > printed) {
                    printed = tenth;
                    err.printf(
                            Locale.ROOT,
                            "sweep: %,d of %,d variants (%d%%), %.1f s%n",
                            done,
                            total,
                            10 * tenth,
                            (System.nanoTime() - start) / 1e9);
                }
            }
        }
    }
}

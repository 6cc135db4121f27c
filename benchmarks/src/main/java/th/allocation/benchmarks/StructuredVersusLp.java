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
package th.allocation.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import th.allocation.benchmarks.StructuredVersusLpBenchmark.Method;
import th.allocation.scenario.Objective;

/**
 * Runs {@link StructuredVersusLpBenchmark} for the structured solver (average time, warmed up) and
 * for each LP method (single solves, timed one by one) in one command, and prints, per objective, each
 * method's time, its ratio to the structured solver's, and the relative difference of the optimised
 * objective (the weighted shortfall, the largest shortfall, or both for lexicographic) from the
 * structured solver's, against the goal of 1e-9.
 *
 * <p>Options: {@code --objectives WEIGHTED_SHORTFALL,MIN_MAX,LEXICOGRAPHIC}, {@code --methods
 * GLOP,PDLP,HIGHS}, {@code --lp-runs 3} (timed LP solves after one untimed), {@code --schools 29449}.
 */
public final class StructuredVersusLp {
    /** The agreement asked of the objective values, relative. */
    static final double AGREEMENT = 1e-9;

    private StructuredVersusLp() {}

    /** Runs the comparison; see the class comment for the options. */
    public static void main(String[] args) throws RunnerException, IOException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        String[] objectives = options.getOrDefault("--objectives", "WEIGHTED_SHORTFALL,MIN_MAX,LEXICOGRAPHIC")
                .split(",");
        String[] methods = options.getOrDefault("--methods", "GLOP,PDLP,HIGHS").split(",");
        int lpRuns = Integer.parseInt(options.getOrDefault("--lp-runs", "3"));
        String schools = options.getOrDefault("--schools", "29449");
        Path values = Files.createTempFile("objectives", ".tsv");
        try {
            List<RunResult> results = new ArrayList<>();
            results.addAll(new Runner(common(values, schools, objectives)
                            .param("method", Method.STRUCTURED.name())
                            .mode(Mode.AverageTime)
                            .warmupIterations(5)
                            .warmupTime(TimeValue.seconds(1))
                            .measurementIterations(5)
                            .measurementTime(TimeValue.seconds(1))
                            .build())
                    .run());
            results.addAll(new Runner(common(values, schools, objectives)
                            .param("method", methods)
                            .mode(Mode.SingleShotTime)
                            .warmupIterations(1)
                            .measurementIterations(lpRuns)
                            .build())
                    .run());
            report(results, Files.readAllLines(values, StandardCharsets.UTF_8), System.out);
        } finally {
            Files.deleteIfExists(values);
        }
    }

    private static ChainedOptionsBuilder common(Path values, String schools, String[] objectives) {
        return new OptionsBuilder()
                .include(StructuredVersusLpBenchmark.class.getName() + ".solve")
                .param("schools", schools)
                .param("objective", objectives)
                .forks(1)
                .jvmArgsAppend(
                        "-Xms2g",
                        "-Xmx2g",
                        "-XX:+AlwaysPreTouch",
                        "-D" + StructuredVersusLpBenchmark.OBJECTIVES + "=" + values);
    }

    /** The table: one row per objective and method. */
    static void report(List<RunResult> results, List<String> objectiveLines, PrintStream out) {
        Map<String, double[]> values = new HashMap<>();
        for (String line : objectiveLines) {
            String[] cells = line.split("\t");
            values.put(
                    cells[0] + " " + cells[1],
                    new double[] {Double.parseDouble(cells[2]), Double.parseDouble(cells[3])});
        }
        Map<String, Result<?>> times = new HashMap<>();
        for (RunResult result : results) {
            String objective = result.getParams().getParam("objective");
            String method = result.getParams().getParam("method");
            times.put(objective + " " + method, result.getPrimaryResult());
        }
        out.println();
        out.println("| objective | method | time (ms) | time / structured | largest shortfall | weighted shortfall"
                + " | objective's relative difference | within " + AGREEMENT + " |");
        out.println("|---|---|--:|--:|--:|--:|--:|---|");
        for (Objective objective : Objective.values()) {
            Result<?> structured = times.get(objective + " " + Method.STRUCTURED);
            double[] reference = values.get(objective + " " + Method.STRUCTURED);
            if (structured == null || reference == null) {
                continue;
            }
            for (Method method : Method.values()) {
                Result<?> time = times.get(objective + " " + method);
                double[] value = values.get(objective + " " + method);
                if (time == null || value == null) {
                    continue;
                }
                double difference = difference(objective, reference, value);
                out.println(String.join(
                        " | ",
                        "| " + objective,
                        method.name(),
                        format("%.3f ± %.3f", time.getScore(), time.getScoreError()),
                        format("%.1f", time.getScore() / structured.getScore()),
                        format("%.6f", value[0]),
                        format("%.6f", value[1]),
                        format("%.2e", difference),
                        (difference <= AGREEMENT ? "yes" : "no") + " |"));
            }
        }
    }

    /** The largest relative difference of the objective values {@code objective} optimises. */
    static double difference(Objective objective, double[] reference, double[] value) {
        int[] optimised = switch (objective) {
            case WEIGHTED_SHORTFALL -> new int[] {1};
            case MIN_MAX -> new int[] {0};
            case LEXICOGRAPHIC -> new int[] {0, 1};
        };
        return Arrays.stream(optimised)
                .mapToDouble(k -> relative(reference[k], value[k]))
                .max()
                .orElse(0);
    }

    private static double relative(double a, double b) {
        double scale = Math.max(Math.abs(a), Math.abs(b));
        return scale == 0 ? 0 : Math.abs(a - b) / scale;
    }

    private static String format(String pattern, double... values) {
        return String.format(Locale.ROOT, pattern, (Object[]) box(values));
    }

    private static Double[] box(double[] values) {
        return Arrays.stream(values).boxed().toArray(Double[]::new);
    }
}

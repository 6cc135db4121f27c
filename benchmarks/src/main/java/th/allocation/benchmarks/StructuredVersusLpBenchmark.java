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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import th.allocation.lp.LpTargetSolver;
import th.allocation.model.SchoolTable;
import th.allocation.optimise.StructuredSolver;
import th.allocation.optimise.TargetProblem;
import th.allocation.optimise.TargetSolution;
import th.allocation.optimise.TargetSolver;
import th.allocation.scenario.Objective;

/**
 * One national target problem (the bundled targets scenario on the 29,449 synthetic schools: four
 * indicators, concave returns on one, a special-area envelope, caps) solved by the exact structured
 * solver and by the LP path through OR-Tools (GLOP, PDLP, HiGHS), each objective: the time of
 * {@link TargetSolver#solve} on a problem built once (for the LP, building its model is part of the
 * solve). Each solve takes from milliseconds (structured) to minutes (an LP), so each is timed one
 * call at a time. {@link StructuredVersusLp} runs it and prints the ratios and whether the objectives
 * agree.
 *
 * <pre>
 * mvn -B -ntp -DskipTests package -pl benchmarks -am
 * java -cp benchmarks/target/benchmarks.jar th.allocation.benchmarks.StructuredVersusLp
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class StructuredVersusLpBenchmark {
    /** The solvers compared. */
    public enum Method {
        /** The structured solver of allocation-core. */
        STRUCTURED,
        /** OR-Tools' simplex. */
        GLOP,
        /** OR-Tools' first-order method. */
        PDLP,
        /** HiGHS through OR-Tools' MPSolver. */
        HIGHS;

        /** The solver this method names. */
        TargetSolver solver() {
            if (this == STRUCTURED) {
                return new StructuredSolver();
            }
            return new LpTargetSolver()
                    .withBackend(LpTargetSolver.Backend.valueOf(name()))
                    .withTimeLimit(Duration.ofMinutes(30));
        }
    }

    /** How many schools: national size. */
    @Param({"29449"})
    public int schools;

    /** The objective. */
    @Param({"WEIGHTED_SHORTFALL", "MIN_MAX", "LEXICOGRAPHIC"})
    public Objective objective;

    /** The solver. */
    @Param({"STRUCTURED", "GLOP", "PDLP", "HIGHS"})
    public Method method;

    /** Where each trial appends its objective values, if set (by {@link StructuredVersusLp}). */
    static final String OBJECTIVES = "th.allocation.benchmarks.objectives";

    private TargetProblem problem;
    private TargetSolver solver;
    private TargetSolution last;

    /** Builds the problem once. */
    @Setup
    public void setUp() {
        problem = problem(schools, objective);
        solver = method.solver();
    }

    /** Solves the problem. */
    @Benchmark
    public TargetSolution solve() {
        last = solver.solve(problem);
        return last;
    }

    /** Appends the objective values of the last solve to the file {@link #OBJECTIVES} names, if any. */
    @TearDown
    public void keepObjectives() throws IOException {
        String file = System.getProperty(OBJECTIVES);
        if (file == null || last == null) {
            return;
        }
        String line = String.join(
                        "\t",
                        objective.name(),
                        method.name(),
                        Double.toString(last.maxShortfall()),
                        Double.toString(last.weightedShortfall()))
                + "\n";
        Files.writeString(
                Path.of(file), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** The national target problem with {@code objective}, for {@code schools} generated schools. */
    static TargetProblem problem(int schools, Objective objective) {
        SchoolTable table = NationalData.schools(schools);
        return TargetProblem.of(NationalData.targets(table, objective), table);
    }
}

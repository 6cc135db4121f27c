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
import org.openjdk.jmh.annotations.Warmup;
import th.allocation.engine.AllocationEngine;
import th.allocation.evaluate.Evaluation;
import th.allocation.evaluate.EvaluationOptions;
import th.allocation.evaluate.Plan;
import th.allocation.generate.ResultsGenerator;
import th.allocation.input.ResultsTable;
import th.allocation.model.SchoolTable;
import th.allocation.scenario.Objective;

/**
 * Evaluating a national target allocation against a year's results, in the library: joining the
 * results to the plan (every value checked against its range), every school's status on every
 * indicator, every unit of every level (centre, 19 clusters, 245 ESAs, the networks, 5 area types)
 * with its weighted means, costs and status, the goals, and the costs learnt. The plan is the
 * bundled targets scenario (lexicographic, four indicators) allocated to the synthetic schools; the
 * results are generated ({@link ResultsGenerator}, seed 2571). Reading and writing files are not
 * measured here; see docs/evaluation.md for the command end to end.
 *
 * <p>Run from the repository root: {@code java -jar benchmarks/target/benchmarks.jar EvaluationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class EvaluationBenchmark {
    /** How many schools: national size, and about fifty times it. */
    @Param({"29449", "1500000"})
    public int schools;

    private Plan plan;
    private ResultsTable results;

    /** Allocates and generates the results once per size. */
    @Setup
    public void setUp() {
        SchoolTable table = NationalData.schools(schools);
        plan = Plan.of(AllocationEngine.allocate(NationalData.targets(table, Objective.LEXICOGRAPHIC), table));
        results = ResultsGenerator.withSeed(ResultsGenerator.DEFAULT_SEED).generate(plan);
    }

    /** Evaluates the plan against the results. */
    @Benchmark
    public Evaluation evaluate() {
        return Evaluation.of(plan, results, EvaluationOptions.defaults());
    }
}

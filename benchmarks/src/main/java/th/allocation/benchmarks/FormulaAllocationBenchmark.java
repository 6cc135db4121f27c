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
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.scenario.Scenario;

/**
 * The weighted formula with budget scaling, floors, caps and largest-remainder rounding, against
 * the plain baseline of the flat per-head rule without a budget (evaluation and exact rounding
 * only), at national size (29,449 schools) and at 1.5 million schools.
 *
 * <p>Run from the repository root:
 *
 * <pre>
 * mvn -B -ntp -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar FormulaAllocationBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class FormulaAllocationBenchmark {
    /** How many schools: national size, and about fifty times it. */
    @Param({"29449", "1500000"})
    public int schools;

    private SchoolTable table;
    private Scenario needsWeighted;
    private Scenario statusQuo;

    /** Generates the schools once per size. */
    @Setup
    public void setUp() {
        table = NationalData.schools(schools);
        needsWeighted = NationalData.needsWeighted(table);
        statusQuo = NationalData.statusQuo(needsWeighted);
    }

    /** Needs-weighted formula, scaled exactly to the budget within floors and caps, rounded to the baht. */
    @Benchmark
    public AllocationResult weightedWithBudget() {
        return AllocationEngine.allocate(needsWeighted, table);
    }

    /** Baseline: flat per head, no budget, no bounds. */
    @Benchmark
    public AllocationResult flatBaseline() {
        return AllocationEngine.allocate(statusQuo, table);
    }
}

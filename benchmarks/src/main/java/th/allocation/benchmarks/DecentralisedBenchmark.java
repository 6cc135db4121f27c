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
 * Decentralised allocation of the bundled national scenario ({@code examples/thailand/decentralised.yaml}:
 * the centre allocates to every school, each cluster re-splits its envelope, each ESA re-splits its
 * own, four ESAs with their own values), against the baseline of the one-step needs-weighted
 * allocation of the same budget ({@code needs-weighted.yaml}), at national size (29,449 schools, 19
 * clusters, 245 ESAs) and at 1.5 million schools (19 clusters, about 12,500 ESAs).
 *
 * <p>The decentralised allocation includes the one-step allocation (the centre's split), so the
 * difference between the two is the cost of the levels: every cluster's and every ESA's split, and
 * the checks of the overrides and of the nesting.
 *
 * <p>Run from the repository root:
 *
 * <pre>
 * mvn -B -ntp -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar DecentralisedBenchmark
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
public class DecentralisedBenchmark {
    /** How many schools: national size, and about fifty times it. */
    @Param({"29449", "1500000"})
    public int schools;

    private SchoolTable table;
    private Scenario decentralised;
    private Scenario needsWeighted;

    /** Generates the schools once per size. */
    @Setup
    public void setUp() {
        table = NationalData.schools(schools);
        decentralised = NationalData.decentralised(table);
        needsWeighted = NationalData.needsWeighted(table);
    }

    /** Centre, then clusters, then ESAs, each splitting its envelope exactly by its own rules. */
    @Benchmark
    public AllocationResult decentralised() {
        return AllocationEngine.allocate(decentralised, table);
    }

    /** Baseline: the needs-weighted formula allocated to every school in one step, the same budget. */
    @Benchmark
    public AllocationResult oneStepBaseline() {
        return AllocationEngine.allocate(needsWeighted, table);
    }
}

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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.PerPupilSample;
import th.allocation.solve.FormulaSeries;
import th.allocation.sweep.Sweep;

/**
 * The equity statistics of a sweep's variants, the part of a variant that a sweep's worker computes
 * after the allocation: each variant's per-pupil sample sorted and measured afresh ({@code cold},
 * {@code PerPupilSample.of(result).statistics(1)}), against one {@link PerPupilSample.Series} per
 * worker that sorts from the last variant's order and reuses its arrays ({@code series}), on the
 * results of {@value #VARIANTS} consecutive variants of {@link SweepBenchmark}'s grid (every second
 * one, as a worker of two takes them), allocated once. Both in the same JVM, so their ratio holds on
 * a loaded machine.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar SweepEquityBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class SweepEquityBenchmark {
    /** Results per operation. */
    static final int VARIANTS = 20;

    /** How many schools: national size. */
    @Param({"29449"})
    public int schools;

    private List<AllocationResult> results;
    private PerPupilSample.Series series;

    /** Allocates the variants once. */
    @Setup
    public void setUp() {
        SchoolTable table = NationalData.schools(schools);
        Sweep sweep = NationalData.grid(NationalData.needsWeighted(table));
        FormulaSeries formulas = new FormulaSeries(table);
        results = new ArrayList<>();
        for (int v = 1; results.size() < VARIANTS; v += 2) {
            results.add(formulas.allocate(sweep.scenario(v)));
        }
        series = new PerPupilSample.Series(table);
    }

    /** Each variant's statistics from a fresh sample: what a sweep did before. */
    @Benchmark
    @OperationsPerInvocation(VARIANTS)
    public void cold(Blackhole sink) {
        for (AllocationResult result : results) {
            sink.consume(PerPupilSample.of(result).statistics(1.0));
        }
    }

    /** Each variant's statistics through the worker's series. */
    @Benchmark
    @OperationsPerInvocation(VARIANTS)
    public void series(Blackhole sink) {
        for (AllocationResult result : results) {
            sink.consume(series.statistics(result, 1.0));
        }
    }
}

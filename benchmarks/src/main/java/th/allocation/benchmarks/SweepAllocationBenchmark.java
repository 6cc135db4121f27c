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
import th.allocation.scenario.Scenario;
import th.allocation.solve.FormulaSeries;
import th.allocation.sweep.Sweep;

/**
 * The allocation alone of the variants of {@link SweepBenchmark}'s grid (the remote weight from 1.00
 * by 0.01 by the poor-pupil loading from 0 by 100, national schools), through one {@link
 * FormulaSeries} as a sweep's worker allocates them: without making the variants' scenarios (made
 * once, before) and without their equity statistics. Each iteration also prints the benchmark
 * thread's CPU time per variant, which a loaded machine inflates less than the wall time.
 *
 * <p>Run from the repository root:
 *
 * <pre>
 * mvn -B -ntp -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar SweepAllocationBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class SweepAllocationBenchmark {
    /** How many schools: national size. */
    @Param({"29449"})
    public int schools;

    private SchoolTable table;
    private Scenario[] variants;
    private FormulaSeries series;

    /** Generates the schools and the grid's scenarios once. */
    @Setup
    public void setUp() {
        table = NationalData.schools(schools);
        Scenario needsWeighted = NationalData.needsWeighted(table);
        Sweep sweep = NationalData.grid(needsWeighted);
        variants = new Scenario[sweep.size()];
        for (int v = 0; v < variants.length; v++) {
            variants[v] = sweep.scenario(v + 1);
        }
        series = new FormulaSeries(table);
    }

    /** The grid's 200 variants in order through the series (the last one followed by the first again); time per variant. */
    @Benchmark
    @OperationsPerInvocation(SweepBenchmark.VARIANTS)
    public void allocate(VariantCpu.ThreadTime cpu, Blackhole sink) {
        long before = cpu.now();
        for (Scenario variant : variants) {
            AllocationResult result = series.allocate(variant);
            sink.consume(result.total());
        }
        cpu.add(cpu.now() - before, variants.length);
    }
}

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
import th.allocation.model.SchoolTable;
import th.allocation.scenario.Scenario;
import th.allocation.sweep.Sweep;
import th.allocation.sweep.SweepResult;

/**
 * The cost of one variant of a sweep of the national formula: a grid of {@value #VARIANTS} variants,
 * the remote weight from 1.00 by 0.01 by the poor-pupil loading from 0 by 100 (the CLI benchmark's
 * sweep, cut short), on one thread, so that the time per operation is the time of one variant on one
 * core. Each iteration also prints the process's CPU time per variant (the sweep's thread, the JIT
 * compilers and the garbage collector), which a loaded machine inflates less than the wall time.
 *
 * <p>Run from the repository root:
 *
 * <pre>
 * mvn -B -ntp -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar SweepBenchmark
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
public class SweepBenchmark {
    /** Variants per operation: 20 remote weights by 10 poor-pupil loadings. */
    static final int VARIANTS = 200;

    /** How many schools: national size. */
    @Param({"29449"})
    public int schools;

    private SchoolTable table;
    private Sweep sweep;

    /** Generates the schools and the grid once. */
    @Setup
    public void setUp() {
        table = NationalData.schools(schools);
        Scenario needsWeighted = NationalData.needsWeighted(table);
        sweep = NationalData.grid(needsWeighted);
    }

    /** The grid on one thread; time per variant. */
    @Benchmark
    @OperationsPerInvocation(VARIANTS)
    public SweepResult oneThread(VariantCpu.ProcessTime cpu) {
        long before = cpu.now();
        SweepResult result = sweep.run(table, 1, (done, total) -> {});
        cpu.add(cpu.now() - before, VARIANTS);
        return result;
    }
}

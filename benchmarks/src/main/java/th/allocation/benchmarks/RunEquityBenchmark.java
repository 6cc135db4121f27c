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
import org.openjdk.jmh.infra.Blackhole;
import th.allocation.engine.AllocationEngine;
import th.allocation.model.SchoolTable;
import th.allocation.output.AllocationWriter;
import th.allocation.result.AllocationResult;
import th.allocation.result.GroupSummary;
import th.allocation.result.Grouping;
import th.allocation.result.PerPupilSample;
import th.allocation.stats.EquityStatistics;
import th.allocation.stats.TheilDecomposition;

/**
 * The statistics a run writes after its allocation, as {@code run} asks for them: the per-pupil
 * sample sorted once, every statistic of all schools, of each group of the equity table's four
 * groupings, Theil's T decomposed by area type and by cluster, and the group totals of the summary.
 * The result is allocated once; each operation starts from a new sample, so nothing is kept from the
 * last one. {@code SingleShotTime} over several forks is the first time in a fresh JVM, as a run
 * meets it; the default mode is the time once compiled.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RunEquityBenchmark -p schools=1500000
 * java -jar benchmarks/target/benchmarks.jar RunEquityBenchmark -bm ss -f 5 -i 1 -wi 0
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class RunEquityBenchmark {
    /** How many schools: national size by default. */
    @Param({"29449"})
    public int schools;

    private AllocationResult result;

    /** Allocates the needs-weighted scenario once. */
    @Setup
    public void setUp() {
        SchoolTable table = NationalData.schools(schools);
        result = AllocationEngine.allocate(NationalData.needsWeighted(table), table);
    }

    /** Everything the equity table, the summary and the printed figures take from one sorted sample. */
    @Benchmark
    public void statistics(Blackhole sink) {
        double epsilon = EquityStatistics.DEFAULT_ATKINSON_EPSILON;
        PerPupilSample sample = PerPupilSample.sorted(result);
        sink.consume(sample.all().statistics(epsilon));
        for (Grouping grouping : AllocationWriter.SUMMARY_GROUPINGS) {
            sink.consume(sample.by(grouping).statisticsByGroup(epsilon));
            sink.consume(GroupSummary.of(result, grouping));
        }
        sink.consume(TheilDecomposition.of(sample.by(Grouping.AREA_TYPE)));
        sink.consume(TheilDecomposition.of(sample.by(Grouping.CLUSTER)));
    }
}

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import th.allocation.engine.AllocationEngine;
import th.allocation.output.WorkbookWriter;
import th.allocation.result.AllocationResult;

/**
 * Writing a run's Excel workbook ({@code alloc run --xlsx}): summary, every school, one sheet per
 * level, streamed to a file, at national size (29,449 schools) and at 1.5 million schools (two school
 * sheets). The allocation is made once, in the setup; the heap is the same as the allocation
 * benchmarks' less a third, as the workbook is streamed.
 *
 * <p>Run from the repository root:
 *
 * <pre>
 * mvn -B -ntp -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar WorkbookBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class WorkbookBenchmark {
    /** How many schools: national size, and about fifty times it. */
    @Param({"29449", "1500000"})
    public int schools;

    private AllocationResult result;
    private Path folder;

    /** Generates the schools and allocates them once per size. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        var table = NationalData.schools(schools);
        result = AllocationEngine.allocate(NationalData.needsWeighted(table), table);
        folder = Files.createTempDirectory("workbook-benchmark-");
    }

    /** Removes the workbook. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(folder.resolve(WorkbookWriter.RUN));
        Files.deleteIfExists(folder);
    }

    /** The workbook of the needs-weighted allocation; returns its size in bytes. */
    @Benchmark
    public long runWorkbook() throws IOException {
        Path file = folder.resolve(WorkbookWriter.RUN);
        WorkbookWriter.write(result, 1, file);
        return Files.size(file);
    }
}

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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
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
import th.allocation.input.ScenarioReader;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.scenario.Caps;
import th.allocation.scenario.Floors;
import th.allocation.scenario.Protections;
import th.allocation.scenario.Scenario;

/**
 * Composed formulas ({@code type: components}) against the weighted rule, each scaled exactly to the
 * same budget within the same floors and caps and rounded to the baht: the weighted rule as it is
 * (the plain baseline), the same formula written as eight components
 * ({@code examples/anchors/thailand/weighted-as-components.yaml}), and an NFF-style formula with a
 * sparsity amount tapered by distance and year-group size and a poor-pupil loading tapered by
 * concentration ({@code examples/anchors/thailand/needs-composed.yaml}, with the hold-harmless floor on
 * the whole allocation it had before its protections). With protections: the weighted rule with a
 * minimum per school, a per-pupil funding guarantee and a gains cap, and the NFF-style formula as
 * bundled, with its per-pupil guarantee on the allocation less the lump sum and sparsity (paid on top,
 * the solver's free term).
 *
 * <p>Run from the repository root:
 *
 * <pre>
 * mvn -B -ntp -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar FormulaComponentsBenchmark
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
public class FormulaComponentsBenchmark {
    /** The composed form of the national weighted formula, relative to the repository root. */
    static final Path WEIGHTED_AS_COMPONENTS =
            Path.of("examples", "anchors", "thailand", "weighted-as-components.yaml");

    /** The NFF-style national formula, relative to the repository root. */
    static final Path NFF_STYLE = Path.of("examples", "anchors", "thailand", "needs-composed.yaml");

    /** How many schools: national size, and about fifty times it. */
    @Param({"29449", "1500000"})
    public int schools;

    private SchoolTable table;
    private Scenario weighted;
    private Scenario weightedAsComponents;
    private Scenario nffStyle;
    private Scenario weightedProtected;
    private Scenario nffStyleProtected;

    /** Generates the schools once per size; every scenario gets the status-quo total as its budget. */
    @Setup
    public void setUp() {
        table = NationalData.schools(schools);
        weighted = NationalData.needsWeighted(table);
        weightedAsComponents = read(WEIGHTED_AS_COMPONENTS).withBudget(weighted.budget());
        nffStyleProtected = read(NFF_STYLE).withBudget(weighted.budget().setScale(0, RoundingMode.DOWN));
        nffStyle = nffStyleProtected
                .withProtections(null)
                .withBounds(
                        new Floors(nffStyleProtected.floors().minPerPupil(), BigDecimal.valueOf(100)),
                        nffStyleProtected.caps());
        weightedProtected = weighted.withBounds(Floors.NONE, Caps.NONE)
                .withProtections(new Protections(
                        null,
                        BigDecimal.valueOf(100_000),
                        BigDecimal.valueOf(-2),
                        BigDecimal.valueOf(10),
                        java.util.List.of()));
    }

    /** Baseline: the weighted rule. */
    @Benchmark
    public AllocationResult weightedRule() {
        return AllocationEngine.allocate(weighted, table);
    }

    /** The same formula as eight components. */
    @Benchmark
    public AllocationResult weightedAsComponents() {
        return AllocationEngine.allocate(weightedAsComponents, table);
    }

    /** The NFF-style composed formula: sparsity by distance and year-group size, concentration loading. */
    @Benchmark
    public AllocationResult nffStyleComponents() {
        return AllocationEngine.allocate(nffStyle, table);
    }

    /** The weighted rule with a minimum per school, a per-pupil funding guarantee (-2%) and gains cap (+10%). */
    @Benchmark
    public AllocationResult weightedRuleProtected() {
        return AllocationEngine.allocate(weightedProtected, table);
    }

    /** The NFF-style formula as bundled: a per-pupil guarantee (-2%) without the lump sum and sparsity. */
    @Benchmark
    public AllocationResult nffStyleProtected() {
        return AllocationEngine.allocate(nffStyleProtected, table);
    }

    private static Scenario read(Path scenario) {
        // From the repository root (the benchmark jar) or from the benchmarks module (its tests).
        Path file = Files.exists(scenario) ? scenario : Path.of("..").resolve(scenario);
        if (!Files.exists(file)) {
            throw new IllegalStateException(
                    "Run the benchmarks from the repository root: " + scenario + " is missing.");
        }
        return ScenarioReader.read(file);
    }
}

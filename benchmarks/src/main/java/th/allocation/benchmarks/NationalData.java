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
import java.util.List;
import th.allocation.generate.SchoolGenerator;
import th.allocation.input.ScenarioReader;
import th.allocation.model.Baht;
import th.allocation.model.SchoolTable;
import th.allocation.rule.FlatPerHead;
import th.allocation.rule.LevelAmounts;
import th.allocation.scenario.Objective;
import th.allocation.scenario.Scenario;
import th.allocation.scenario.Targets;
import th.allocation.sweep.Axis;
import th.allocation.sweep.Sweep;

/**
 * The data the benchmarks run on: the synthetic Thailand of {@code alloc generate} at any size, and
 * the bundled national scenarios, with the budget set to what the status quo gives those schools so
 * that the scenario stays feasible at every size.
 */
final class NationalData {
    /** The bundled needs-weighted scenario, relative to the repository root. */
    static final Path NEEDS_WEIGHTED = Path.of("examples", "thailand", "needs-weighted.yaml");

    /** The bundled decentralised scenario (with its ESA overrides), relative to the repository root. */
    static final Path DECENTRALISED = Path.of("examples", "thailand", "decentralised.yaml");

    /** The bundled targets scenario, relative to the repository root. */
    static final Path TARGETS = Path.of("examples", "thailand", "targets.yaml");

    private NationalData() {}

    /** The synthetic schools, seed 2565, of the given count, with their indicator columns. */
    static SchoolTable schools(int count) {
        SchoolTable.Builder builder = SchoolTable.builder("generated");
        SchoolGenerator.national().withSchools(count).forEach(builder::add);
        return builder.build();
    }

    /**
     * The sweep benchmarks' grid over {@code base}: 20 remote weights (1.00 to 1.19) by 10 poor-pupil
     * loadings (0 to 900 THB), {@link SweepBenchmark#VARIANTS} variants.
     */
    static Sweep grid(Scenario base) {
        return Sweep.grid(
                base,
                List.of(Axis.parse("rule.weights.remote=1.00:1.19:0.01"), Axis.parse("rule.loadings.poor=0:900:100")));
    }

    /** The bundled needs-weighted scenario with the status-quo total of {@code schools} as its budget. */
    static Scenario needsWeighted(SchoolTable schools) {
        return read(NEEDS_WEIGHTED).withBudget(Baht.toBaht(statusQuo(schools)).setScale(0, RoundingMode.DOWN));
    }

    /**
     * The bundled decentralised scenario (centre, clusters, ESAs; four ESAs with their own values) with
     * the status-quo total of {@code schools} as its budget, the same as {@link #needsWeighted}'s. The
     * overriding ESAs keep their names at every size: the generator numbers a province's ESAs from
     * "เขต 1" up, and more schools only add ESAs.
     */
    static Scenario decentralised(SchoolTable schools) {
        return read(DECENTRALISED).withBudget(Baht.toBaht(statusQuo(schools)).setScale(0, RoundingMode.DOWN));
    }

    /**
     * The bundled targets scenario with the given objective and a budget of the status quo plus 8.26%
     * (the national example's 1.5 billion THB over 18.17 billion), so that it scales with the schools.
     */
    static Scenario targets(SchoolTable schools, Objective objective) {
        Scenario scenario = read(TARGETS);
        Targets targets = scenario.targets();
        BigDecimal budget = Baht.toBaht(statusQuo(schools) + statusQuo(schools) * 826 / 10_000)
                .setScale(0, RoundingMode.DOWN);
        return scenario.withBudget(budget)
                .withTargets(new Targets(
                        objective, targets.spend(), targets.solver(), targets.indicators(), targets.envelopes()));
    }

    private static long statusQuo(SchoolTable schools) {
        return new FlatPerHead(LevelAmounts.FY2567).evaluate(schools).grandTotal();
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

    /** The status quo: flat per head at the FY2567 rates, no budget. */
    static Scenario statusQuo(Scenario like) {
        return like.withBudget(null)
                .withRule(new FlatPerHead(LevelAmounts.FY2567))
                .withBounds(null, null);
    }
}

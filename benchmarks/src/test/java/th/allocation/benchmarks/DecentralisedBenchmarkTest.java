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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.DecentralisedResult;
import th.allocation.result.Unit;

/**
 * The decentralised benchmark measures a complete allocation through the levels, and its baseline
 * the one-step allocation the centre starts from.
 */
class DecentralisedBenchmarkTest {
    @Test
    void benchmarks_atASmallSize_conserveEveryEnvelopeAndStartFromTheBaseline() {
        DecentralisedBenchmark benchmark = new DecentralisedBenchmark();
        benchmark.schools = 3_000;
        benchmark.setUp();
        AllocationResult baseline = benchmark.oneStepBaseline();
        DecentralisedResult result = (DecentralisedResult) benchmark.decentralised();
        SchoolTable schools = result.schools();
        long budget = result.scenario().budgetSatang().getAsLong();
        assertEquals(budget, baseline.total());
        assertEquals(budget, result.total());
        for (int i = 0; i < schools.size(); i++) {
            assertEquals(
                    baseline.allocation(i),
                    result.oneStep(i),
                    "the centre's split is the baseline, school " + schools.id(i));
        }
        List<Unit> clusters = result.levels().get(0);
        List<Unit> esas = result.levels().get(1);
        assertEquals(19, clusters.size());
        for (Unit cluster : clusters) {
            assertEquals(cluster.oneStep(), cluster.envelope(), cluster.label());
            assertEquals(
                    cluster.envelope(),
                    cluster.children().stream().mapToLong(Unit::envelope).sum(),
                    cluster.label());
            assertEquals(cluster.envelope(), allocated(result, cluster), cluster.label());
        }
        int overriding = 0;
        for (Unit esa : esas) {
            assertEquals(esa.envelope(), allocated(result, esa), esa.label());
            if (!esa.overrides().isEmpty()) {
                overriding++;
                assertTrue(differs(result, baseline, esa), esa.label() + " uses its own values");
            }
        }
        assertEquals(4, overriding, "the four ESAs of esa-overrides.csv");
    }

    private static long allocated(DecentralisedResult result, Unit unit) {
        long sum = 0;
        for (int i = 0; i < result.schools().size(); i++) {
            if (in(result.schools(), i, unit)) {
                sum += result.allocation(i);
            }
        }
        return sum;
    }

    private static boolean differs(DecentralisedResult result, AllocationResult baseline, Unit esa) {
        for (int i = 0; i < result.schools().size(); i++) {
            if (in(result.schools(), i, esa) && result.allocation(i) != baseline.allocation(i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean in(SchoolTable schools, int i, Unit unit) {
        String name = unit.level().equals("cluster")
                ? schools.cluster().value(i)
                : schools.esa().value(i);
        return name.equals(unit.name());
    }
}

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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.allocation.benchmarks.StructuredVersusLpBenchmark.Method;
import th.allocation.scenario.Objective;

/**
 * The comparison measures what it says: each method solves the same problem and records its
 * objective values, and the agreement compares the values the objective optimises.
 */
class StructuredVersusLpTest {
    @Test
    void difference_comparesTheOptimisedValuesOnly() {
        double[] reference = {4.0, 1000.0};
        double[] otherWeighted = {4.0, 1000.001};
        double[] otherLargest = {4.0004, 1000.0};
        assertEquals(
                1e-6, StructuredVersusLp.difference(Objective.WEIGHTED_SHORTFALL, reference, otherWeighted), 1e-11);
        assertEquals(0, StructuredVersusLp.difference(Objective.WEIGHTED_SHORTFALL, reference, otherLargest));
        assertEquals(0, StructuredVersusLp.difference(Objective.MIN_MAX, reference, otherWeighted));
        assertEquals(0.0004 / 4.0004, StructuredVersusLp.difference(Objective.MIN_MAX, reference, otherLargest), 1e-15);
        assertEquals(
                0.0004 / 4.0004,
                StructuredVersusLp.difference(Objective.LEXICOGRAPHIC, reference, otherLargest),
                1e-15);
        assertEquals(0, StructuredVersusLp.difference(Objective.MIN_MAX, new double[2], new double[2]));
    }

    @Test
    void benchmark_atASmallSize_recordsTheObjectivesOfBothSolvers(@TempDir Path folder) throws IOException {
        Path values = folder.resolve("objectives.tsv");
        System.setProperty(StructuredVersusLpBenchmark.OBJECTIVES, values.toString());
        try {
            for (Method method : new Method[] {Method.STRUCTURED, Method.HIGHS}) {
                StructuredVersusLpBenchmark benchmark = new StructuredVersusLpBenchmark();
                benchmark.schools = 5_000;
                benchmark.objective = Objective.LEXICOGRAPHIC;
                benchmark.method = method;
                benchmark.setUp();
                benchmark.solve();
                benchmark.keepObjectives();
            }
        } finally {
            System.clearProperty(StructuredVersusLpBenchmark.OBJECTIVES);
        }
        var lines = Files.readAllLines(values);
        assertEquals(2, lines.size(), String.join("\n", lines));
        double[][] found = new double[2][];
        for (int k = 0; k < 2; k++) {
            String[] cells = lines.get(k).split("\t");
            found[k] = new double[] {Double.parseDouble(cells[2]), Double.parseDouble(cells[3])};
        }
        assertTrue(found[0][1] > 0, "the problem leaves a shortfall to compare");
        assertTrue(StructuredVersusLp.difference(Objective.LEXICOGRAPHIC, found[0], found[1]) < 1e-6, lines.toString());
    }
}

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

import org.junit.jupiter.api.Test;
import th.allocation.evaluate.Evaluation;
import th.allocation.evaluate.Level;
import th.allocation.evaluate.StatusCounts;
import th.allocation.evaluate.UnitResult;

class EvaluationBenchmarkTest {
    @Test
    void atASmallSize_everySchoolAndUnitIsEvaluated() {
        EvaluationBenchmark benchmark = new EvaluationBenchmark();
        benchmark.schools = 3_000;
        benchmark.setUp();
        Evaluation evaluation = benchmark.evaluate();
        assertEquals(4, evaluation.indicators().size());
        for (UnitResult centre : evaluation.units(Level.CENTRE)) {
            StatusCounts counts = centre.schoolStatuses();
            assertEquals(3_000, counts.total(), centre.indicator().name());
            assertTrue(counts.met() > 0 && counts.onTrack() + counts.offTrack() + counts.worse() > 0);
        }
        assertTrue(evaluation.units(Level.ESA).size() >= 4 * 20, "every ESA on every indicator");
        assertTrue(evaluation.indicatorResults().get(0).spending().schools() > 0, "reading was funded");
    }
}

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
package th.allocation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {
    @Test
    void report_needsWeightedWithFivePercentMore_allocatesTheLargerBudgetExactly() {
        List<String> lines = EmbeddingExample.report(Path.of("small", "needs-weighted.yaml"));
        assertEquals(14, lines.size(), "13 schools and a total");
        // 15,905,052 x 1.05 = 16,700,304.6, rounded down to the baht.
        assertEquals("total\t16700304.00", lines.get(13));
        long sum = 0;
        for (String line : lines.subList(0, 13)) {
            sum += Math.round(Double.parseDouble(line.split("\t")[1]) * 100);
        }
        assertEquals(1_670_030_400L, sum, "the schools add up to the total");
        assertTrue(lines.get(0).startsWith("10001\t"), lines.get(0));
    }
}

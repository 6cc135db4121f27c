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

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The benchmark measures what it says: it writes a workbook, one sheet per level and the schools. */
class WorkbookBenchmarkTest {
    @Test
    void benchmark_atASmallSize_writesAWorkbook() throws IOException {
        WorkbookBenchmark benchmark = new WorkbookBenchmark();
        benchmark.schools = 2_000;
        benchmark.setUp();
        try {
            long bytes = benchmark.runWorkbook();
            assertTrue(bytes > 100_000, "a workbook of 2,000 schools is larger than " + bytes + " bytes");
        } finally {
            benchmark.tearDown();
        }
    }
}

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

import org.junit.jupiter.api.Test;
import th.allocation.model.SchoolTable;

/** The benchmark measures what it says: both readers read the whole generated file, to the same table. */
class SchoolReadingBenchmarkTest {
    @Test
    void benchmarks_atASmallSize_readTheSameSchools() throws Exception {
        SchoolReadingBenchmark benchmark = new SchoolReadingBenchmark();
        benchmark.schools = 2_000;
        benchmark.setUp();
        try {
            SchoolTable streaming = benchmark.streaming();
            SchoolTable full = benchmark.full();
            assertEquals(2_000, streaming.size());
            assertEquals(full.schools(), streaming.schools(), "every value of every school");
            assertEquals(2_001, benchmark.byteScanBaseline(), "a header and a line per school");
        } finally {
            benchmark.tearDown();
        }
    }
}

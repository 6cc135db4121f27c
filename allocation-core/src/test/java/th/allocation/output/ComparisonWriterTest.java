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
package th.allocation.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonWriterTest {
    @Test
    void columnKeys_areAsciiSnakeCase_unique_andNeverEmpty() {
        assertEquals(
                List.of("needs_weighted", "needs_weighted_2", "scenario_3", "fy2570_flat"),
                ComparisonWriter.columnKeys(List.of("needs-weighted", "Needs Weighted", "สถานะเดิม", "-FY2570 flat-")));
    }
}

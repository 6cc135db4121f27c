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
package th.allocation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {
    @Test
    void sort_numbersInNamesCompareAsNumbers() {
        List<String> names = new ArrayList<>(List.of(
                "เขตตรวจราชการที่ 10",
                "เขตตรวจราชการที่ 2",
                "ส่วนกลาง กรุงเทพมหานคร",
                "เขตตรวจราชการที่ 1",
                "สพป.นครราชสีมา เขต 12",
                "สพป.นครราชสีมา เขต 3",
                "a007",
                "a7",
                "a"));
        names.sort(NaturalOrder.INSTANCE);
        assertEquals(
                List.of(
                        "a",
                        "a007",
                        "a7",
                        "สพป.นครราชสีมา เขต 3",
                        "สพป.นครราชสีมา เขต 12",
                        "ส่วนกลาง กรุงเทพมหานคร",
                        "เขตตรวจราชการที่ 1",
                        "เขตตรวจราชการที่ 2",
                        "เขตตรวจราชการที่ 10"),
                names);
    }
}

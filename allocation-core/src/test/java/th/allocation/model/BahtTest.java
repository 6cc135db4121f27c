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
package th.allocation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BahtTest {
    @Test
    void format_matchesBigDecimalPlainStringForEveryKindOfAmount() {
        long[] edges = {
            0,
            1,
            9,
            10,
            99,
            100,
            101,
            1_234_567_890_12L,
            -1,
            -10,
            -100,
            -12_345,
            Long.MAX_VALUE,
            Long.MIN_VALUE,
            Long.MIN_VALUE + 1
        };
        for (long satang : edges) {
            assertEquals(BigDecimal.valueOf(satang, 2).toPlainString(), Baht.format(satang), "satang " + satang);
        }
        Random random = new Random(3);
        for (int i = 0; i < 10_000; i++) {
            long satang = random.nextLong() >> random.nextInt(64);
            assertEquals(BigDecimal.valueOf(satang, 2).toPlainString(), Baht.format(satang), "satang " + satang);
        }
    }

    @Test
    void display_groupsThousandsAndShowsSatangOnlyWhenThereAreAny() {
        assertEquals("13,200,000,000 THB", Baht.display(1_320_000_000_000L));
        assertEquals("1,234.50 THB", Baht.display(123_450));
    }

    @Test
    void perPupil_roundsHalvesUpAndIsEmptyWithoutPupils() {
        // 100.00 THB / 3 pupils = 33.333... -> 33.33; 0.05 / 2 = 0.025 -> 0.03.
        assertEquals(new BigDecimal("33.33"), Baht.perPupil(10_000, 3).orElseThrow());
        assertEquals(new BigDecimal("0.03"), Baht.perPupil(5, 2).orElseThrow());
        assertEquals(java.util.Optional.empty(), Baht.perPupil(5, 0));
    }
}

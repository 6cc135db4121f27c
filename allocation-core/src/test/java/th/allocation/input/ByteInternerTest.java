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
package th.allocation.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Values numbered by their bytes ({@link ByteInterner}): the same code for the same bytes wherever
 * they stand, a new code for other bytes (of the same length and hash bucket too), Strings decoded
 * from the bytes when asked for.
 */
class ByteInternerTest {
    private static int intern(ByteInterner values, String text, int padding) {
        byte[] value = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[value.length + 2 * padding];
        System.arraycopy(value, 0, bytes, padding, value.length);
        return values.intern(bytes, padding, padding + value.length);
    }

    @Test
    void intern_manyValues_givesEachItsFirstCodeEveryTime_acrossGrowth() {
        for (boolean runs : new boolean[] {false, true}) {
            ByteInterner values = new ByteInterner(runs);
            Map<String, Integer> codes = new HashMap<>();
            List<String> texts = new ArrayList<>();
            Random random = new Random(3);
            for (int i = 0; i < 20_000; i++) {
                // Thai and ASCII, lengths 0 to 40, many of one length differing in one byte only.
                String text = random.nextInt(3) == 0
                        ? "โรงเรียนบ้าน" + random.nextInt(5_000)
                        : "x".repeat(random.nextInt(20)) + (char) ('a' + random.nextInt(26));
                texts.add(random.nextInt(50) == 0 ? "" : text);
            }
            for (String text : texts) {
                int code = intern(values, text, text.length() % 9);
                Integer known = codes.putIfAbsent(text, codes.size());
                assertEquals(known == null ? codes.size() - 1 : known, code, text);
            }
            assertEquals(codes.size(), values.count());
            String[] labels = values.labels();
            for (Map.Entry<String, Integer> entry : codes.entrySet()) {
                assertEquals(entry.getKey(), labels[entry.getValue()]);
                assertEquals(entry.getKey(), values.label(entry.getValue()));
            }
        }
    }

    @Test
    void label_isDecodedFromTheBytesAsUtf8_andTheSameStringEachTime() {
        ByteInterner values = new ByteInterner(true);
        int thai = intern(values, "สพป.กรุงเทพมหานคร เขต 1", 3);
        int empty = intern(values, "", 0);

        assertEquals("สพป.กรุงเทพมหานคร เขต 1", values.label(thai));
        assertEquals("", values.label(empty));
        assertEquals(values.label(thai), values.labels()[thai]);
        assertEquals(System.identityHashCode(values.label(thai)), System.identityHashCode(values.label(thai)));
        assertArrayEquals(new String[] {"สพป.กรุงเทพมหานคร เขต 1", ""}, values.labels());
    }

    @Test
    void intern_aValueAfterARunOfAnother_ofTheSameLength_isNumberedApart() {
        ByteInterner values = new ByteInterner(true);
        for (int i = 0; i < 100; i++) {
            assertEquals(0, intern(values, "E12", i % 5));
        }
        assertEquals(1, intern(values, "E13", 0));
        assertEquals(0, intern(values, "E12", 0));
        assertEquals(1, intern(values, "E13", 7));
    }
}

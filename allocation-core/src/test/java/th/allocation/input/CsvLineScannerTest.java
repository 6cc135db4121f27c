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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines split into fields straight from the bytes ({@link CsvLineScanner}): the commas, quotes and
 * line ends found eight bytes at a time among the other bytes below {@code '-'} (a space, {@code !},
 * {@code #}...), which are text, wherever they stand in a word and whatever the buffer's size.
 */
class CsvLineScannerTest {
    private static List<List<String>> lines(String text, int bufferBytes) throws IOException, CsvLineScanner.Unusual {
        CsvLineScanner scanner = new CsvLineScanner(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), bufferBytes, 64, true);
        List<List<String>> lines = new ArrayList<>();
        while (scanner.next()) {
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < scanner.fields(); i++) {
                fields.add(scanner.text(i));
            }
            lines.add(fields);
        }
        return lines;
    }

    @Test
    void next_textWithBytesBelowTheDash_atEveryPlaceInAWord_splitsOnlyAtCommasAndLineEnds() throws Exception {
        for (char other : " !#$%&'()*+\t".toCharArray()) {
            for (int at = 0; at < 17; at++) {
                String field = "ก".repeat(at % 3) + "x".repeat(at) + other + "y" + other + other + "z";
                String text = field + "," + field + ",\"" + field + "\"\r\n" + "1," + field + ",2\n";
                for (int buffer : new int[] {16, 64, 1 << 16}) {
                    List<List<String>> lines = lines(text, buffer);
                    String trimmed = field.trim(); // as Commons CSV trims, quoted or not
                    assertEquals(
                            List.of(List.of(trimmed, trimmed, trimmed), List.of("1", trimmed, "2")),
                            lines,
                            "'" + other + "' after " + at + " bytes, buffer " + buffer);
                }
            }
        }
    }

    @Test
    void next_byteOrderMarkCrlfAndThai_areReadAsTheFullReaderReadsThem() throws Exception {
        String text = "\uFEFFschool_id, name ,esa\r\n1001,โรงเรียนบ้าน หาดเหล็ก,สพป.กรุงเทพมหานคร เขต 1\r\n\r\n";

        List<List<String>> lines = lines(text, 1 << 10);

        assertEquals(
                List.of(
                        List.of("school_id", "name", "esa"),
                        List.of("1001", "โรงเรียนบ้าน หาดเหล็ก", "สพป.กรุงเทพมหานคร เขต 1"),
                        List.of("")),
                lines);
    }

    @Test
    void next_unusualCsv_isLeftToTheFullReader() {
        for (String text : List.of("a,b\"c\n", "a,\"b\"\"c\"\n", "a,\"b\nc\"\n", "a\rb\n", "a,\"b\"c\n")) {
            assertThrows(CsvLineScanner.Unusual.class, () -> lines(text, 64), text);
        }
    }

    @Test
    void isAscii_marksFieldsWithBytesAboveAscii() throws Exception {
        CsvLineScanner scanner = new CsvLineScanner(
                new ByteArrayInputStream("a b,ข,c!\n".getBytes(StandardCharsets.UTF_8)), 64, 8, true);
        assertTrue(scanner.next());
        assertTrue(scanner.isAscii(0));
        assertFalse(scanner.isAscii(1));
        assertTrue(scanner.isAscii(2));
    }
}

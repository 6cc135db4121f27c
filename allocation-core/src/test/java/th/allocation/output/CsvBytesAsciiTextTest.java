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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * {@link CsvBytes#asciiText} (a school id's bytes, with no String made) writes what {@link
 * CsvBytes#text(String)} writes for the String of the same bytes, first in its record or not.
 */
class CsvBytesAsciiTextTest {
    /** Cells at the edges of quoting and of the apostrophe before a formula. */
    private static final String[] EDGES = {
        "",
        "1100010001",
        "=1+1",
        "+5",
        "-5",
        "@x",
        "\tx",
        "\rx",
        "#1",
        "!x",
        "\"x",
        " x",
        "x ",
        "a,b",
        "a\"b",
        "a\nb",
        "a\rb",
        "$",
        "x\t",
        "'x",
        "S00001",
        "1",
        "~",
        "\u007f"
    };

    private static byte[] written(String cell, boolean first, boolean bytes) {
        CsvBytes csv = CsvBytes.chunk();
        try {
            if (!first) {
                csv.plain("before");
            }
            if (bytes) {
                byte[] ascii = Arrays.copyOf(cell.getBytes(StandardCharsets.US_ASCII), cell.length() + 5);
                ascii[cell.length()] = ','; // bytes past the length are not the cell's
                csv.asciiText(ascii, cell.length());
            } else {
                csv.text(cell);
            }
            csv.plain("after");
            csv.endRecord();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Arrays.copyOf(csv.bytes(), csv.length());
    }

    @Test
    void asciiText_edgeCells_asText() {
        for (String cell : EDGES) {
            for (boolean first : new boolean[] {true, false}) {
                assertArrayEquals(written(cell, first, false), written(cell, first, true), cell + ", first " + first);
            }
        }
    }

    @Test
    void asciiText_anyAsciiCell_asText() {
        Gen<String> cells = in -> {
            int length = (int) in.next(Constraint.between(0, 12));
            char[] chars = new char[length];
            for (int k = 0; k < length; k++) {
                // Mostly digits and letters, with every ASCII character now and then.
                chars[k] = in.next(Constraint.between(0, 3)) == 0
                        ? (char) in.next(Constraint.between(0, 127))
                        : "0123456789ABS".charAt((int) in.next(Constraint.between(0, 12)));
            }
            return new String(chars);
        };
        qt().withFixedSeed(31).withExamples(3000).forAll(cells).checkAssert(cell -> {
            assertArrayEquals(written(cell, true, false), written(cell, true, true), cell);
            assertArrayEquals(written(cell, false, false), written(cell, false, true), cell);
        });
    }
}

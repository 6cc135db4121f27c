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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * A span of fields looked for again line after line ({@link CsvLineScanner#span}): a line whose span
 * has the bytes of the line before's is split as it is without looking, field for field, and said to
 * repeat it exactly when it does; a quoted field in the span, a blank line, a short line or a refilled
 * buffer changes nothing of what is read.
 */
class CsvLineScannerSpanTest {
    /** A line read: its fields as text, each field's ASCII mark, and whether its span repeated. */
    private record Line(List<String> fields, List<Boolean> ascii, boolean repeated) {}

    private static List<Line> read(String text, int bufferBytes, int first, int last) throws Exception {
        CsvLineScanner scanner = new CsvLineScanner(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), bufferBytes, 16, true);
        scanner.span(first, last);
        List<Line> lines = new ArrayList<>();
        while (scanner.next()) {
            List<String> fields = new ArrayList<>();
            List<Boolean> ascii = new ArrayList<>();
            for (int i = 0; i < scanner.fields(); i++) {
                fields.add(scanner.text(i));
                ascii.add(scanner.isAscii(i));
            }
            lines.add(new Line(fields, ascii, scanner.spanRepeated()));
        }
        return lines;
    }

    /** Reads {@code text} with and without the span; the fields must agree; gives the repeat marks. */
    private static List<Boolean> repeats(String text, int bufferBytes) throws Exception {
        List<Line> without = read(text, bufferBytes, -1, -1);
        List<Line> with = read(text, bufferBytes, 2, 4);
        assertEquals(without.size(), with.size(), text);
        List<Boolean> repeats = new ArrayList<>();
        for (int k = 0; k < with.size(); k++) {
            assertEquals(without.get(k).fields(), with.get(k).fields(), "line " + (k + 1) + " of " + text);
            assertEquals(without.get(k).ascii(), with.get(k).ascii(), "line " + (k + 1) + " of " + text);
            assertFalse(without.get(k).repeated());
            repeats.add(with.get(k).repeated());
        }
        return repeats;
    }

    @Test
    void next_repeatedSpans_areTheLineBeforesFieldsAndMarked() throws Exception {
        String text = "id,name,c,e,p,x\r\n"
                + "1,a,ก ข, e ,p,1\r\n" // the first with the span: nothing kept before it
                + "2,b,ก ข, e ,p,2\r\n" // the same bytes: repeated, spaces trimmed as before
                + "3,c,ก ข, e ,p ,3\r\n" // a trailing space: other bytes
                + "4,d,ก ข, e ,p ,4\r\n"
                + "\r\n" // a blank line: nothing kept
                + "5,e,ก ข, e ,p ,5\r\n"
                + "6,f,\"ก ข\", e ,p ,6\r\n" // quoted: never kept
                + "7,g,\"ก ข\", e ,p ,7\r\n"
                + "8,h,ก ข, e ,p ,8\r\n"
                + "9,i,ก ข, e ,p\r\n" // the span's last field is the line's last: not kept
                + "10,j,ก ข, e ,p ,10\r\n"
                + "11,k,ก ข, e ,p ,11,more\r\n"; // more fields after: still the span
        for (int buffer : new int[] {16, 40, 1 << 16}) {
            assertEquals(
                    List.of(false, false, true, false, true, false, false, false, false, false, false, false, true),
                    repeats(text, buffer),
                    "buffer " + buffer);
        }
    }

    @Test
    void next_spanEqualUpToALongerLastField_isNotTheSame() throws Exception {
        // "p" and "pq": the kept bytes are a prefix of the line's, with no comma after them.
        List<Boolean> repeats = repeats("1,a,c,e,p,1\n2,a,c,e,pq,2\n3,a,c,e,pq,3\n", 1 << 10);

        assertEquals(List.of(false, false, true), repeats);
    }

    @Test
    void next_randomLinesFromFewCells_readAsWithoutTheSpan() {
        String[] cells = {"", " ", "a", "a ", " a", "ก", "กข ค", "\"a\"", "\"a,b\"", "\"\"", "x y", "#", "1", "ข,"};
        Gen<String> texts = in -> {
            StringBuilder text = new StringBuilder();
            int lines = (int) in.next(Constraint.between(1, 30));
            String[] before = new String[0];
            for (int l = 0; l < lines; l++) {
                int fields = (int) in.next(Constraint.between(1, 8));
                if (in.next(Constraint.between(0, 9)) == 0) {
                    fields = 1; // blank or one cell
                }
                // Half the lines take the cells of the line before where it has them, as sorted files do.
                boolean again = in.next(Constraint.between(0, 1)) == 0;
                String[] line = new String[fields];
                for (int f = 0; f < fields; f++) {
                    line[f] = again && f < before.length && f >= 2 && f <= 4
                            ? before[f]
                            : cells[(int) in.next(Constraint.between(0, cells.length - 1))];
                }
                text.append(String.join(",", line));
                text.append(in.next(Constraint.between(0, 1)) == 0 ? "\n" : "\r\n");
                before = line;
            }
            return text.toString();
        };
        int[] repeated = new int[1];
        qt().withFixedSeed(23).withExamples(2000).forAll(texts).checkAssert(text -> {
            for (int buffer : new int[] {16, 1 << 12}) {
                try {
                    repeated[0] +=
                            (int) repeats(text, buffer).stream().filter(r -> r).count();
                } catch (CsvLineScanner.Unusual e) {
                    // Cells such as "ข," after a quote make a line the full reader's: the same with the span.
                    assertUnusualWithout(text, buffer);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
        });
        assertTrue(repeated[0] > 100, "spans repeated: " + repeated[0]);
    }

    private static void assertUnusualWithout(String text, int buffer) {
        try {
            read(text, buffer, -1, -1);
        } catch (CsvLineScanner.Unusual expected) {
            return;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("unusual only with the span: " + text);
    }
}

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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The byte-level CSV reader: RFC 4180 fields, lines, numbers parsed as Java parses them. */
class CsvScannerTest {
    /** Every record's fields as text, each record's first line after it. */
    private static List<List<String>> records(String text) throws IOException {
        return records(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<List<String>> records(InputStream in) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (CsvScanner scanner = new CsvScanner(in, "t.csv", null)) {
            while (scanner.next()) {
                List<String> fields = new ArrayList<>();
                for (int f = 0; f < scanner.fields(); f++) {
                    fields.add(scanner.text(f));
                }
                fields.add("@" + scanner.line());
                records.add(fields);
            }
        }
        return records;
    }

    @Test
    void quotedFields_withCommasQuotesAndLineBreaks_andBomCrlfTrimming() throws IOException {
        String text = "\uFEFFa,b,c\r\n" + " 1 ,\"x, \"\"y\"\"\",  \"two\nlines\"  \r\n" + "\r\n" + "โรงเรียน,,last";
        assertEquals(
                List.of(
                        List.of("a", "b", "c", "@1"),
                        List.of("1", "x, \"y\"", "two\nlines", "@2"),
                        List.of("", "@4"),
                        List.of("โรงเรียน", "", "last", "@5")),
                records(text));
    }

    @Test
    void recordsAcrossTheBuffer_areReadWhole() throws IOException {
        // Records longer than a read, and a quoted field split between reads: the stream hands out 7 bytes at a time.
        StringBuilder text = new StringBuilder("id,text\n");
        for (int r = 0; r < 50; r++) {
            text.append(r).append(",\"").append("ก,\"\"".repeat(r)).append("\"\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7));
            }
        };
        List<List<String>> records = records(trickle);
        assertEquals(51, records.size());
        assertEquals(List.of("49", "ก,\"".repeat(49), "@51"), records.get(50));
    }

    @Test
    void malformedQuoting_isReportedAtItsLine() {
        CsvScanner.MalformedCsvException open = assertThrows(
                CsvScanner.MalformedCsvException.class, () -> records("a,b\n1,2\n3,\"never closed\n4,5\n"));
        assertEquals(3, open.line());
        CsvScanner.MalformedCsvException after =
                assertThrows(CsvScanner.MalformedCsvException.class, () -> records("a,b\n\"x\"y,2\n"));
        assertEquals(2, after.line());
    }

    @Test
    void number_givesWhatParseDoubleGives_forDecimalsOfUpToTenPlaces() {
        qt().withFixedSeed(7)
                .withExamples(2_000)
                .forAll(doubles().between(-1e7, 1e7), integers().between(0, 10))
                .checkAssert((value, places) -> {
                    String text = BigDecimal.valueOf(value)
                            .setScale(places, RoundingMode.HALF_UP)
                            .toPlainString();
                    assertEquals(Double.parseDouble(text), number(text), text);
                });
    }

    @Test
    void number_refusesWhatIsNotAPlainFiniteNumber() throws IOException {
        for (String bad : List.of("NaN", "Infinity", "1.5d", "0x1p3", "1,5", "abc", ".", "-", "1e400")) {
            assertThrows(NumberFormatException.class, () -> number(bad), bad);
        }
        assertEquals(1e-3, number("1e-3"));
        assertEquals(-0.5, number("-.5"));
        assertEquals(Double.NaN, number(""));
    }

    @Test
    void satang_readsBahtWithAtMostTwoDecimals() throws IOException {
        assertEquals(121_824_000L, satang("1218240.00"));
        assertEquals(50, satang("0.5"));
        assertEquals(-25, satang("-0.25"));
        assertEquals(500, satang("5"));
        for (String bad : List.of("1.234", "", "1e3", "12a", ".")) {
            assertThrows(NumberFormatException.class, () -> satang(bad), bad);
        }
    }

    private static double number(String cell) {
        try (CsvScanner scanner = scanner("\"" + cell + "\"\n")) {
            scanner.next();
            return scanner.number(0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long satang(String cell) throws IOException {
        try (CsvScanner scanner = scanner(cell + "\n")) {
            scanner.next();
            return scanner.satang(0);
        }
    }

    private static CsvScanner scanner(String text) {
        return new CsvScanner(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv", null);
    }
}

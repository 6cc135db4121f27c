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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;
import th.allocation.csv.SpreadsheetCsv;
import th.allocation.model.Baht;

/**
 * {@link CsvBytes} writes the bytes the Commons CSV printer of {@link SpreadsheetCsv} wrote, cell for
 * cell: amounts as {@link Baht#format(long)}, per-pupil amounts as {@code Baht.perPupil} (a
 * {@code BigDecimal} division, halves up) printed plain, and text quoted and encoded as Commons CSV
 * and Java's UTF-8 writer do. The reference in every property is the code the writer replaced,
 * run on the same values (QuickTheories, fixed seeds).
 */
class CsvBytesTest {
    /** Amounts at the edges of the long range, of the satang and of rounding. */
    private static final long[] EDGE_AMOUNTS = {
        0,
        1,
        -1,
        49,
        50,
        51,
        -49,
        -50,
        -51,
        99,
        100,
        101,
        -99,
        -100,
        -101,
        12_345,
        -12_345,
        Long.MAX_VALUE,
        Long.MAX_VALUE - 1,
        Long.MIN_VALUE,
        Long.MIN_VALUE + 1,
        1L << 62,
        -(1L << 62)
    };

    /** Pupil counts at the edges: none, one, two, odd and even, and as large as a long holds. */
    private static final long[] EDGE_PUPILS = {
        -1, 0, 1, 2, 3, 7, 10, 100, 101, 1_000_000, 1L << 31, Long.MAX_VALUE, Long.MAX_VALUE - 1, 1L << 62
    };

    /** The text of one cell or several written alone, after the byte-order mark. */
    private static String written(CellWriter cells) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvBytes csv = CsvBytes.to(out)) {
            cells.write(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = out.toByteArray();
        assertArrayEquals(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "byte-order mark");
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    private interface CellWriter {
        void write(CsvBytes csv) throws IOException;
    }

    /** What the replaced writer printed for a per-pupil amount. */
    private static String perPupilBefore(long satang, long pupils) {
        return Baht.perPupil(satang, pupils).map(BigDecimal::toPlainString).orElse("");
    }

    /** A long of any magnitude: random bits shifted right by a random amount, so small ones are common. */
    private static long anyMagnitude(RandomnessSource in) {
        long bits = in.next(Constraint.between(Long.MIN_VALUE, Long.MAX_VALUE));
        return bits >> in.next(Constraint.between(0, 63));
    }

    /** An amount and a pupil count; one case in three an exact half-satang tie or next to one. */
    private static Gen<long[]> amountsAndPupils() {
        return in -> {
            long pupils = Math.max(1, Math.abs(anyMagnitude(in)));
            long satang = anyMagnitude(in);
            if (in.next(Constraint.between(0, 2)) == 0 && pupils > 1 && pupils < (1L << 40)) {
                long quotient = in.next(Constraint.between(-(1L << 20), 1L << 20));
                long nudge = in.next(Constraint.between(-1, 1));
                long half = pupils / 2 + nudge; // pupils even: a tie when nudge is 0
                satang = quotient * pupils + (quotient < 0 ? -half : half);
            }
            return new long[] {satang, pupils};
        };
    }

    @Test
    void satang_writesWhatBahtFormatWrites_forEdgesAndEveryMagnitude() {
        for (long satang : EDGE_AMOUNTS) {
            assertEquals(Baht.format(satang), written(csv -> csv.satang(satang)), "satang " + satang);
        }
        qt().withFixedSeed(201)
                .withExamples(20_000)
                .forAll(CsvBytesTest::anyMagnitude)
                .checkAssert(satang -> {
                    assertEquals(Baht.format(satang), written(csv -> csv.satang(satang)), "satang " + satang);
                });
    }

    @Test
    void integer_writesWhatLongToStringWrites() {
        for (long value : EDGE_AMOUNTS) {
            assertEquals(Long.toString(value), written(csv -> csv.integer(value)));
        }
        qt().withFixedSeed(202)
                .withExamples(5_000)
                .forAll(CsvBytesTest::anyMagnitude)
                .checkAssert(value -> {
                    assertEquals(Long.toString(value), written(csv -> csv.integer(value)));
                });
    }

    @Test
    void perPupil_roundsAsBigDecimalHalfUp_onEdges() {
        for (long satang : EDGE_AMOUNTS) {
            for (long pupils : EDGE_PUPILS) {
                // An empty first cell is written "" by both: write it second, after a fixed cell.
                assertEquals(
                        "x," + perPupilBefore(satang, pupils),
                        written(csv -> {
                            csv.plain("x");
                            csv.perPupil(satang, pupils);
                        }),
                        satang + " satang / " + pupils + " pupils");
            }
        }
        // Hand-checked: 100.00 THB / 3 = 33.333 -> 33.33; 0.05 / 2 = 0.025 -> 0.03; -0.05 / 2 -> -0.03;
        // -0.01 / 1000 = -0.00001 -> 0.00 (a BigDecimal zero has no sign).
        assertEquals("33.33", written(csv -> csv.perPupil(10_000, 3)));
        assertEquals("0.03", written(csv -> csv.perPupil(5, 2)));
        assertEquals("-0.03", written(csv -> csv.perPupil(-5, 2)));
        assertEquals("0.00", written(csv -> csv.perPupil(-1, 1000)));
    }

    @Test
    void perPupil_roundsAsBigDecimalHalfUp_onRandomAmountsAndTies() {
        qt().withFixedSeed(203).withExamples(50_000).forAll(amountsAndPupils()).checkAssert(c -> {
            long satang = c[0];
            long pupils = c[1];
            assertEquals(
                    perPupilBefore(satang, pupils),
                    written(csv -> csv.perPupil(satang, pupils)),
                    satang + " satang / " + pupils + " pupils");
        });
    }

    /** Pieces of text that matter to quoting, neutralising or encoding, and ordinary ones. */
    private static final String[] PIECES = {
        "a",
        "Z",
        "0",
        "9",
        " ",
        ",",
        "\"",
        "\r",
        "\n",
        "\t",
        "#",
        "!",
        "$",
        "'",
        "=",
        "+",
        "-",
        "@",
        "\u0000",
        "\u001F",
        "\u007F",
        "é",
        "โรงเรียน",
        "เขต 2",
        "€",
        "\uD83D\uDE00",
        "\uD83D",
        "\uDE00",
        "\uFFFF"
    };

    private static String text(RandomnessSource in) {
        int pieces = (int) in.next(Constraint.between(0, 6));
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < pieces; k++) {
            text.append(PIECES[(int) in.next(Constraint.between(0, PIECES.length - 1))]);
        }
        return text.toString();
    }

    /**
     * A cell of a row: its kind (0 text made safe, 1 text as given, 2 text encoded once, 3 empty,
     * 4 whole number, 5 amount, 6 per-pupil amount), its text and numbers.
     */
    record Cell(int kind, String text, long number, long pupils) {
        @Override
        public String toString() {
            return "Cell[" + kind + ", "
                    + text.chars().mapToObj(c -> String.format("U+%04X", c)).toList() + ", " + number + ", " + pupils
                    + "]";
        }
    }

    private static Gen<List<List<Cell>>> tables() {
        Gen<long[]> amounts = amountsAndPupils();
        return in -> {
            int rows = (int) in.next(Constraint.between(1, 4));
            List<List<Cell>> table = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                int cells = (int) in.next(Constraint.between(1, 6));
                List<Cell> row = new ArrayList<>();
                for (int k = 0; k < cells; k++) {
                    long[] amount = amounts.generate(in);
                    long pupils = in.next(Constraint.between(0, 3)) == 0 ? 0 : amount[1];
                    row.add(new Cell((int) in.next(Constraint.between(0, 6)), text(in), amount[0], pupils));
                }
                table.add(row);
            }
            return table;
        };
    }

    @Test
    void rows_areTheBytesOfTheCommonsCsvPrinter_forAnyTextAndNumbers(@TempDir Path dir) {
        Path before = dir.resolve("before.csv");
        Path after = dir.resolve("after.csv");
        qt().withFixedSeed(204).withExamples(3_000).forAll(tables()).checkAssert(table -> {
            try {
                try (CSVPrinter csv = SpreadsheetCsv.open(before)) {
                    for (List<Cell> row : table) {
                        List<String> cells = new ArrayList<>();
                        for (Cell cell : row) {
                            cells.add(
                                    switch (cell.kind()) {
                                        case 0, 2 -> SpreadsheetCsv.text(cell.text());
                                        case 1 -> cell.text();
                                        case 3 -> "";
                                        case 4 -> Long.toString(cell.number());
                                        case 5 -> Baht.format(cell.number());
                                        default -> perPupilBefore(cell.number(), cell.pupils());
                                    });
                        }
                        csv.printRecord(cells);
                    }
                }
                try (CsvBytes csv = CsvBytes.open(after)) {
                    for (List<Cell> row : table) {
                        for (Cell cell : row) {
                            switch (cell.kind()) {
                                case 0 -> csv.text(cell.text());
                                case 1 -> csv.plain(cell.text());
                                case 2 -> csv.encoded(CsvBytes.encode(cell.text()));
                                case 3 -> csv.empty();
                                case 4 -> csv.integer(cell.number());
                                case 5 -> csv.satang(cell.number());
                                default -> csv.perPupil(cell.number(), cell.pupils());
                            }
                        }
                        csv.endRecord();
                    }
                }
                assertArrayEquals(Files.readAllBytes(before), Files.readAllBytes(after));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void aLongCell_growsTheBufferAndKeepsEveryByte() {
        String name = "โรงเรียน,".repeat(20_000); // 3 bytes a Thai letter; quoted for its commas
        String expected = "\"" + SpreadsheetCsv.text(name) + "\"\r\n";
        assertEquals(expected, written(csv -> {
            csv.text(name);
            csv.endRecord();
        }));
    }
}

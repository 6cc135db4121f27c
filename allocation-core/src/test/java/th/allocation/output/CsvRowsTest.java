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
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.allocation.model.Baht;

/** The fast CSV writer writes the digits BigDecimal and Baht.format would, and spreadsheet-safe text. */
class CsvRowsTest {
    @TempDir
    Path work;

    private String row(java.util.function.Consumer<CsvRows> cells) throws IOException {
        Path file = work.resolve("t.csv");
        Files.deleteIfExists(file);
        try (CsvRows csv = CsvRows.open(file)) {
            cells.accept(csv);
            csv.end();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.substring(1, text.length() - 2); // without the byte-order mark and CRLF
    }

    @Test
    void number_isBigDecimalHalfUp_trailingZerosDropped() {
        qt().withFixedSeed(11)
                .withExamples(1_000)
                .forAll(doubles().between(-1e9, 1e9), integers().between(0, 6))
                .checkAssert((value, decimals) -> {
                    String expected = BigDecimal.valueOf(value)
                            .setScale(decimals, RoundingMode.HALF_UP)
                            .stripTrailingZeros()
                            .toPlainString();
                    try {
                        assertEquals(expected, row(c -> c.number(value, decimals)), value + " to " + decimals);
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    @Test
    void money_andWhole_areWhatBahtAndLongWrite() {
        qt().withFixedSeed(12)
                .withExamples(500)
                .forAll(longs().between(-1_000_000_000_000_000L, 1_000_000_000_000_000L))
                .checkAssert(satang -> {
                    try {
                        assertEquals(
                                Baht.format(satang) + "," + satang,
                                row(c -> c.money(satang).whole(satang)));
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    @Test
    void text_isQuotedWhereNeeded_andFormulasNeutralised() throws IOException {
        assertEquals(
                "plain,\"a, b\",\"say \"\"hi\"\"\",'=1+2,โรงเรียน,,1.5,0",
                row(c -> c.text("plain")
                        .text("a, b")
                        .text("say \"hi\"")
                        .text("=1+2")
                        .text("โรงเรียน")
                        .empty()
                        .number(1.5, 6)
                        .number(-0.0000001, 6)));
        assertEquals(",", row(c -> c.number(Double.NaN, 2).number(Double.POSITIVE_INFINITY, 2)), "undefined: empty");
    }
}

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

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import th.allocation.csv.SpreadsheetCsv;
import th.allocation.model.Baht;

/**
 * A fast writer of spreadsheet CSV for tables of millions of rows (an evaluation's per-school table
 * has a row per school and indicator): the same conventions as {@link SpreadsheetCsv} (UTF-8 with a
 * byte-order mark, CRLF, a field quoted when it holds a comma, a quote or a line break, text that a
 * spreadsheet would run as a formula led by an apostrophe), with numbers formatted without
 * {@code BigDecimal} where that gives the same digits.
 */
final class CsvRows implements AutoCloseable {
    private final OutputStream out;
    private byte[] buffer = new byte[1 << 16];
    private int length;
    private boolean rowStarted;

    private CsvRows(OutputStream out) throws IOException {
        this.out = out;
        raw("\uFEFF");
    }

    /** Opens {@code file} (new) and writes the byte-order mark. */
    static CsvRows open(Path file) throws IOException {
        return new CsvRows(Files.newOutputStream(file));
    }

    /** Writes a header row. */
    CsvRows header(Iterable<String> names) throws IOException {
        for (String name : names) {
            text(name);
        }
        return end();
    }

    /** A text cell, made safe for spreadsheets and quoted if needed. */
    CsvRows text(String value) {
        separate();
        String safe = SpreadsheetCsv.text(value);
        boolean quote = false;
        for (int k = 0; k < safe.length() && !quote; k++) {
            char c = safe.charAt(k);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!safe.isEmpty() && (safe.charAt(0) == ' ' || safe.charAt(safe.length() - 1) == ' ')) {
            quote = true;
        }
        if (quote) {
            raw("\"" + safe.replace("\"", "\"\"") + "\"");
        } else {
            raw(safe);
        }
        return this;
    }

    /** An empty cell. */
    CsvRows empty() {
        separate();
        return this;
    }

    /** A whole number. */
    CsvRows whole(long value) {
        separate();
        ascii(Long.toString(value));
        return this;
    }

    /** An amount in satang, as baht with two decimals. */
    CsvRows money(long satang) {
        separate();
        ascii(Baht.format(satang));
        return this;
    }

    /**
     * A number rounded to {@code decimals} decimals (halves up), trailing zeros dropped, no exponent;
     * empty if not finite. The digits are those of {@code BigDecimal.valueOf(value).setScale(decimals,
     * HALF_UP)}, computed without it unless the value lies within a hair of a rounding tie.
     */
    CsvRows number(double value, int decimals) {
        separate();
        ascii(format(value, decimals));
        return this;
    }

    /** Ends the row. */
    CsvRows end() throws IOException {
        raw("\r\n");
        rowStarted = false;
        if (length > buffer.length - 4096) {
            flush();
        }
        return this;
    }

    static String format(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "";
        }
        double scale = POWERS[decimals];
        double scaled = value * scale;
        if (Math.abs(scaled) < 1e15) {
            double floor = Math.floor(scaled);
            double fraction = scaled - floor;
            if (Math.abs(fraction - 0.5) > 1e-6) {
                long units = (long) floor + (fraction > 0.5 ? 1 : 0);
                return plain(units, decimals);
            }
        }
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static final double[] POWERS = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};

    /** {@code units / 10^decimals} written plainly, trailing zeros of the fraction dropped. */
    private static String plain(long units, int decimals) {
        boolean negative = units < 0;
        long magnitude = Math.abs(units);
        long divisor = (long) POWERS[decimals];
        long whole = magnitude / divisor;
        long fraction = magnitude % divisor;
        StringBuilder text = new StringBuilder(24);
        if (negative && (whole != 0 || fraction != 0)) {
            text.append('-');
        }
        text.append(whole);
        if (fraction != 0) {
            int digits = decimals;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            text.append('.');
            String f = Long.toString(fraction);
            for (int pad = f.length(); pad < digits; pad++) {
                text.append('0');
            }
            text.append(f);
        }
        return text.toString();
    }

    private void separate() {
        if (rowStarted) {
            ascii(",");
        }
        rowStarted = true;
    }

    private void ascii(String text) {
        ensure(text.length());
        for (int k = 0; k < text.length(); k++) {
            buffer[length++] = (byte) text.charAt(k);
        }
    }

    private void raw(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }

    private void flush() throws IOException {
        out.write(buffer, 0, length);
        length = 0;
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            out.close();
        }
    }
}

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
        // Unit names and ids repeat row after row (one row per indicator): encode each once.
        for (int c = 0; c < cachedTexts.length; c++) {
            if (cachedTexts[c] == value) {
                byte[] bytes = cachedBytes[c];
                ensure(bytes.length);
                System.arraycopy(bytes, 0, buffer, length, bytes.length);
                length += bytes.length;
                return this;
            }
        }
        int start = length;
        if (!plainAscii(value)) {
            length = start;
            encode(value);
        }
        int slot = nextSlot;
        nextSlot = (nextSlot + 1) % cachedTexts.length;
        cachedTexts[slot] = value;
        cachedBytes[slot] = java.util.Arrays.copyOfRange(buffer, start, length);
        return this;
    }

    /**
     * Writes {@code value} as it is if it is ASCII and needs neither quotes nor an apostrophe (the
     * common case: ids, keys, numbers as text); returns false, having written part of it, otherwise.
     */
    private boolean plainAscii(String value) {
        int n = value.length();
        if (n == 0) {
            return true;
        }
        char first = value.charAt(0);
        if (first == '='
                || first == '+'
                || first == '-'
                || first == '@'
                || first == '\t'
                || first == '\r'
                || first == ' '
                || value.charAt(n - 1) == ' ') {
            return false;
        }
        ensure(n);
        byte[] b = buffer;
        int at = length;
        for (int k = 0; k < n; k++) {
            char c = value.charAt(k);
            if (c >= 0x80 || c == ',' || c == '"' || c == '\n' || c == '\r') {
                return false;
            }
            b[at++] = (byte) c;
        }
        length = at;
        return true;
    }

    private final String[] cachedTexts = new String[4];
    private final byte[][] cachedBytes = new byte[4][];
    private int nextSlot;

    private void encode(String value) {
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
        } else if (isAscii(safe)) {
            ascii(safe);
        } else {
            raw(safe);
        }
    }

    private static boolean isAscii(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** An empty cell. */
    CsvRows empty() {
        separate();
        return this;
    }

    /** A whole number. */
    CsvRows whole(long value) {
        separate();
        digits(value, 0, false);
        return this;
    }

    /** An amount in satang, as baht with two decimals (as {@link Baht#format} writes it). */
    CsvRows money(long satang) {
        separate();
        if (satang == Long.MIN_VALUE) {
            ascii(Baht.format(satang));
        } else {
            digits(satang, 2, false);
        }
        return this;
    }

    /**
     * A number rounded to {@code decimals} decimals (halves up), trailing zeros dropped, no exponent;
     * empty if not finite. The digits are those of {@code BigDecimal.valueOf(value).setScale(decimals,
     * HALF_UP)}, computed without it unless the value lies within a hair of a rounding tie.
     */
    CsvRows number(double value, int decimals) {
        separate();
        if (!Double.isFinite(value)) {
            return this;
        }
        double scaled = value * POWERS[decimals];
        // Below 2^40 the product is within 2^-13 of value x 10^decimals, so away from a tie (by 1e-3) it
        // rounds as BigDecimal rounds the value's shortest decimal form; near one, BigDecimal decides.
        if (Math.abs(scaled) < 0x1p40) {
            double floor = Math.floor(scaled);
            double fraction = scaled - floor;
            if (Math.abs(fraction - 0.5) > 1e-3) {
                digits((long) floor + (fraction > 0.5 ? 1 : 0), decimals, true);
                return this;
            }
        }
        ascii(format(value, decimals));
        return this;
    }

    /**
     * Writes {@code units / 10^decimals} as plain digits straight into the buffer: all {@code decimals}
     * decimals, or with trailing zeros (and a bare point) dropped if {@code strip}; no minus sign for 0.
     */
    private void digits(long units, int decimals, boolean strip) {
        ensure(24);
        if (units < 0) {
            if (units == Long.MIN_VALUE) {
                ascii(Long.toString(units));
                return;
            }
            buffer[length++] = '-';
            units = -units;
        }
        long divisor = (long) POWERS[decimals];
        long whole = units / divisor;
        long fraction = units - whole * divisor;
        int fractionDigits = decimals;
        if (strip) {
            while (fractionDigits > 0 && fraction % 10 == 0) {
                fraction /= 10;
                fractionDigits--;
            }
        }
        if (whole == 0 && fractionDigits == 0 && length > 0 && buffer[length - 1] == '-') {
            length--; // -0 is written 0
        }
        putDigits(whole, 1);
        if (fractionDigits > 0) {
            buffer[length++] = '.';
            putDigits(fraction, fractionDigits);
        }
    }

    /** Writes {@code value} (at least 0) with at least {@code width} digits, two at a time from a table. */
    private void putDigits(long value, int width) {
        byte[] scratch = this.scratch;
        int k = scratch.length;
        while (value >= 100) {
            int pair = (int) (value % 100);
            value /= 100;
            scratch[--k] = PAIRS[2 * pair + 1];
            scratch[--k] = PAIRS[2 * pair];
        }
        if (value >= 10) {
            scratch[--k] = PAIRS[2 * (int) value + 1];
            scratch[--k] = PAIRS[2 * (int) value];
        } else {
            scratch[--k] = (byte) ('0' + value);
        }
        while (scratch.length - k < width) {
            scratch[--k] = '0';
        }
        int count = scratch.length - k;
        System.arraycopy(scratch, k, buffer, length, count);
        length += count;
    }

    private static final byte[] PAIRS = new byte[200];

    static {
        for (int p = 0; p < 100; p++) {
            PAIRS[2 * p] = (byte) ('0' + p / 10);
            PAIRS[2 * p + 1] = (byte) ('0' + p % 10);
        }
    }

    private final byte[] scratch = new byte[32];

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
        if (Math.abs(scaled) < 0x1p40) {
            double floor = Math.floor(scaled);
            double fraction = scaled - floor;
            if (Math.abs(fraction - 0.5) > 1e-3) {
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

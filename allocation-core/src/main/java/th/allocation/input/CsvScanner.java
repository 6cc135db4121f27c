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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A fast reader of RFC 4180 CSV from UTF-8 bytes, record by record, for the tables that may have a
 * line per school of a country of 1.5 million: a run's {@code allocations.csv} and a results table.
 * Fields may be quoted (a quote inside doubled, commas and line breaks inside allowed); unquoted
 * fields are trimmed of spaces and tabs, as {@link SchoolCsvReader} trims; LF and CRLF line ends; a
 * byte-order mark at the start is skipped. Text is decoded only for the fields asked for, strictly
 * (malformed UTF-8 is an error, not a replacement character), and numbers are parsed from the bytes.
 *
 * <p>Why not Commons CSV: it decodes every field of every row into a {@code String}; a national
 * {@code allocations.csv} at 1.5 million schools is about 900 MB, of which the evaluation needs a
 * third, and reading it whole that way alone would take longer than the evaluation is allowed.
 */
final class CsvScanner implements AutoCloseable {
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };

    private final InputStream in;
    private final String source;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final java.security.MessageDigest digest;

    private byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean endOfInput;
    private boolean started;

    /** The current record's fields, as offsets into {@link #buffer}, which holds the whole record. */
    private byte[] record;

    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int fields;

    private long nextLine = 1;
    private long recordLine;

    /**
     * A scanner of {@code in}; {@code source} names it in messages. If {@code digest} is not null,
     * every byte read is fed to it, so that the file's hash costs no second reading.
     */
    CsvScanner(InputStream in, String source, java.security.MessageDigest digest) {
        this.in = in;
        this.source = source;
        this.digest = digest;
    }

    /** What the scanner reads, for messages. */
    String source() {
        return source;
    }

    /**
     * Reads the next record. A blank line is a record of one empty field.
     *
     * @return false at the end of the input
     * @throws IOException if the input cannot be read
     * @throws MalformedCsvException if a quoted field is not closed, or text follows its closing quote
     */
    boolean next() throws IOException {
        if (!started) {
            start();
        }
        if (position >= limit && !more()) {
            return false;
        }
        recordLine = nextLine;
        // Find where the record ends (a line break outside quotes), reading more as needed, so that the
        // whole record lies in the buffer, from position, and its fields can be read where they are.
        boolean quoted = false;
        int scanned = 0; // bytes of the record scanned so far
        int lineBreaks = 0;
        int k;
        while (true) {
            byte[] b = buffer;
            int end = limit;
            k = position + scanned;
            while (k < end) {
                byte c = b[k];
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == '\n') {
                    if (!quoted) {
                        break;
                    }
                    lineBreaks++;
                }
                k++;
            }
            if (k < end) {
                break; // a line break ends the record
            }
            scanned = k - position;
            if (!more()) {
                k = limit; // the last record, without a line break
                break;
            }
        }
        if (quoted) {
            throw new MalformedCsvException(recordLine, "a quoted field starts on this line and is never closed");
        }
        int from = position;
        int to = k > from && buffer[k - 1] == '\r' ? k - 1 : k;
        position = Math.min(k + 1, limit);
        nextLine += 1 + lineBreaks;
        split(from, to);
        return true;
    }

    /** Splits the record in {@code buffer[from, to)} into fields, unquoting quoted ones in place. */
    private void split(int from, int to) throws MalformedCsvException {
        record = buffer;
        fields = 0;
        int k = from;
        while (true) {
            int start = k;
            // Spaces before an opening quote are not part of the field.
            int first = k;
            while (first < to && (buffer[first] == ' ' || buffer[first] == '\t')) {
                first++;
            }
            if (first < to && buffer[first] == '"') {
                int write = first;
                int read = first + 1;
                while (true) {
                    if (read >= to) {
                        throw new MalformedCsvException(recordLine, "a quoted field is never closed");
                    }
                    byte c = buffer[read];
                    if (c == '"') {
                        if (read + 1 < to && buffer[read + 1] == '"') {
                            buffer[write++] = '"';
                            read += 2;
                            continue;
                        }
                        read++;
                        break;
                    }
                    buffer[write++] = c;
                    read++;
                }
                while (read < to && (buffer[read] == ' ' || buffer[read] == '\t')) {
                    read++;
                }
                if (read < to && buffer[read] != ',') {
                    throw new MalformedCsvException(
                            recordLine,
                            "text follows the closing quote of a field (" + (char) (buffer[read] & 0xFF) + ")");
                }
                add(first, write);
                if (read >= to) {
                    return;
                }
                k = read + 1;
            } else {
                int end = start;
                while (end < to && buffer[end] != ',') {
                    end++;
                }
                int a = start;
                int z = end;
                while (a < z && (buffer[a] == ' ' || buffer[a] == '\t')) {
                    a++;
                }
                while (z > a && (buffer[z - 1] == ' ' || buffer[z - 1] == '\t')) {
                    z--;
                }
                add(a, z);
                if (end >= to) {
                    return;
                }
                k = end + 1;
            }
        }
    }

    private void add(int start, int end) {
        if (fields == starts.length) {
            starts = Arrays.copyOf(starts, fields * 2);
            ends = Arrays.copyOf(ends, fields * 2);
        }
        starts[fields] = start;
        ends[fields] = end;
        fields++;
    }

    /** The line the current record starts on, counting the header as line 1. */
    long line() {
        return recordLine;
    }

    /** How many fields the current record has. */
    int fields() {
        return fields;
    }

    /** Whether the current record is a blank line (one empty field). */
    boolean isBlankLine() {
        return fields == 1 && ends[0] == starts[0];
    }

    /** Whether field {@code f} is empty (or missing from a short record). */
    boolean isEmpty(int f) {
        return f >= fields || ends[f] == starts[f];
    }

    /** Field {@code f} as text, decoded strictly; empty if the record is shorter. */
    String text(int f) throws CharacterCodingException {
        if (f >= fields) {
            return "";
        }
        int start = starts[f];
        int end = ends[f];
        for (int k = start; k < end; k++) {
            if (record[k] < 0) {
                // The JDK's own decoder is fast but replaces malformed bytes; decode strictly only to report them.
                String text = new String(record, start, end - start, StandardCharsets.UTF_8);
                if (text.indexOf('\uFFFD') >= 0) {
                    return decoder.decode(ByteBuffer.wrap(record, start, end - start))
                            .toString();
                }
                return text;
            }
        }
        return new String(record, start, end - start, StandardCharsets.ISO_8859_1);
    }

    /**
     * Field {@code f} as a number: a plain decimal ({@code -12.5}, {@code 0.525842}, {@code 3}) or
     * one with an exponent ({@code 1e-3}); NaN if the field is empty.
     *
     * @throws NumberFormatException if it is not a finite number written that way (NaN, Infinity,
     *     hexadecimal and Java's {@code 1.5d} are refused)
     */
    double number(int f) {
        if (isEmpty(f)) {
            return Double.NaN;
        }
        int k = starts[f];
        int end = ends[f];
        if (end - k > th.allocation.model.Limits.MAX_NUMBER_LENGTH) {
            throw new NumberFormatException("too long for a number");
        }
        boolean negative = false;
        if (record[k] == '-' || record[k] == '+') {
            negative = record[k] == '-';
            k++;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = 0;
        boolean point = false;
        boolean anyDigit = false;
        boolean plain = k < end;
        for (; k < end; k++) {
            byte b = record[k];
            if (b >= '0' && b <= '9') {
                anyDigit = true;
                if (digits < 18) {
                    mantissa = mantissa * 10 + (b - '0');
                    if (mantissa != 0) {
                        digits++;
                    }
                    if (point) {
                        scale++;
                    }
                } else {
                    plain = false;
                    break;
                }
            } else if (b == '.' && !point) {
                point = true;
            } else {
                plain = false;
                break;
            }
        }
        if (plain && anyDigit && mantissa < (1L << 53) && scale < POWERS_OF_TEN.length) {
            // Both operands are exact doubles, so the quotient is the correctly rounded value, as parseDouble gives.
            double value = scale == 0 ? mantissa : mantissa / POWERS_OF_TEN[scale];
            return negative ? -value : value;
        }
        String text = new String(record, starts[f], ends[f] - starts[f], StandardCharsets.ISO_8859_1);
        if (!text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            throw new NumberFormatException("not a number");
        }
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            throw new NumberFormatException("not a finite number");
        }
        return value;
    }

    /**
     * Field {@code f} as an amount in satang: baht with at most two decimals ({@code 1218240.00},
     * {@code 5}, {@code -0.5}).
     *
     * @throws NumberFormatException if it is empty, not written so, or larger than {@link
     *     th.allocation.model.Limits#MAX_AMOUNT_SATANG}
     */
    long satang(int f) {
        if (isEmpty(f)) {
            throw new NumberFormatException("empty");
        }
        int k = starts[f];
        int end = ends[f];
        boolean negative = record[k] == '-';
        if (negative || record[k] == '+') {
            k++;
        }
        long whole = 0;
        int digits = 0;
        for (; k < end && record[k] >= '0' && record[k] <= '9'; k++) {
            whole = whole * 10 + (record[k] - '0');
            if (++digits > 16) {
                throw new NumberFormatException("too large");
            }
        }
        long cents = 0;
        int decimals = 0;
        if (k < end && record[k] == '.') {
            for (k++; k < end && record[k] >= '0' && record[k] <= '9'; k++) {
                if (++decimals > 2) {
                    throw new NumberFormatException("more than two decimals");
                }
                cents = cents * 10 + (record[k] - '0');
            }
            if (decimals == 1) {
                cents *= 10;
            }
        }
        if (k != end || (digits == 0 && decimals == 0)) {
            throw new NumberFormatException("not an amount");
        }
        long satang = whole * 100 + cents;
        if (satang > th.allocation.model.Limits.MAX_AMOUNT_SATANG) {
            throw new NumberFormatException("too large");
        }
        return negative ? -satang : satang;
    }

    /** The code of field {@code f}'s text in {@code codes}, adding it if new; decodes each distinct text once. */
    int code(int f, Codes codes) throws CharacterCodingException {
        int start = f < fields ? starts[f] : 0;
        int end = f < fields ? ends[f] : 0;
        return codes.code(record, start, end, this, f);
    }

    /**
     * Distinct texts of a column and their codes, in the order first met: a hash table on the bytes,
     * so that a column with a few thousand values over 1.5 million rows makes a few thousand strings.
     */
    static final class Codes {
        private int[] slots = new int[1 << 10];
        private byte[][] keys = new byte[16][];
        private String[] texts = new String[16];
        private int size;

        Codes() {
            Arrays.fill(slots, -1);
        }

        int code(byte[] bytes, int start, int end, CsvScanner scanner, int field) throws CharacterCodingException {
            int hash = 1;
            for (int k = start; k < end; k++) {
                hash = 31 * hash + bytes[k];
            }
            int mask = slots.length - 1;
            for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
                int code = slots[slot];
                if (code < 0) {
                    if (size == keys.length) {
                        keys = Arrays.copyOf(keys, size * 2);
                        texts = Arrays.copyOf(texts, size * 2);
                    }
                    keys[size] = Arrays.copyOfRange(bytes, start, end);
                    texts[size] = scanner.text(field);
                    slots[slot] = size;
                    if (++size * 2 > slots.length) {
                        rehash();
                    }
                    return size - 1;
                }
                if (Arrays.equals(keys[code], 0, keys[code].length, bytes, start, end)) {
                    return code;
                }
            }
        }

        private void rehash() {
            slots = new int[slots.length * 2];
            Arrays.fill(slots, -1);
            int mask = slots.length - 1;
            for (int code = 0; code < size; code++) {
                int hash = 1;
                for (byte b : keys[code]) {
                    hash = 31 * hash + b;
                }
                int slot = mix(hash) & mask;
                while (slots[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = code;
            }
        }

        private static int mix(int hash) {
            return hash ^ (hash >>> 16) ^ (hash >>> 7);
        }

        /** How many distinct texts. */
        int size() {
            return size;
        }

        /** The text of a code. */
        String text(int code) {
            return texts[code];
        }
    }

    /** A record that is not well-formed CSV; {@link #line()} is where it starts. */
    static final class MalformedCsvException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;

        MalformedCsvException(long line, String what) {
            super(what);
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void start() throws IOException {
        started = true;
        more();
        int first = limit > 0 ? buffer[0] & 0xFF : -1;
        int second = limit > 1 ? buffer[1] & 0xFF : -1;
        // The same check, message and advice as every other reader of UTF-8 text.
        TextFiles.utf8Reader(
                        new ByteArrayInputStream(
                                first < 0
                                        ? new byte[0]
                                        : second < 0
                                                ? new byte[] {(byte) first}
                                                : new byte[] {(byte) first, (byte) second}),
                        source,
                        "file")
                .close();
        if (limit >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
            position = 3;
        }
    }

    /**
     * Reads more input, keeping the bytes from {@code position} on (the record being read): what is
     * before them is dropped and they move to the start of the buffer, which doubles if they fill it.
     * False at the end of input.
     */
    private boolean more() throws IOException {
        if (endOfInput) {
            return false;
        }
        int keep = limit - position;
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, keep);
        } else if (keep == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        position = 0;
        limit = keep;
        while (true) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                endOfInput = true;
                return false;
            }
            if (digest != null) {
                digest.update(buffer, limit, read);
            }
            limit += read;
            if (read > 0) {
                return true;
            }
        }
    }
}

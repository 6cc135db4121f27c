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

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import th.allocation.model.Baht;

/**
 * Writes a spreadsheet CSV file (the format of {@link th.allocation.csv.SpreadsheetCsv}) straight
 * into bytes, for the tables with one row per school: no String, StringBuilder or BigDecimal per
 * cell, text that repeats (a cluster's name, a bound's key) encoded once by {@link #encode(String)}.
 * The bytes are exactly those of SpreadsheetCsv's printer, Commons CSV's RFC 4180 format:
 *
 * <ul>
 *   <li>a UTF-8 byte-order mark, cells separated by commas, records ended by CRLF;
 *   <li>Commons CSV's minimal quoting: a cell is quoted when it starts with a character at or
 *       below {@code #} (space, {@code !}, {@code "}, {@code #} and control characters), contains a
 *       comma, a quote, CR or LF, or ends with a character at or below space; an empty cell only
 *       when it is the first of its record; quotes inside are doubled;
 *   <li>characters as Java's UTF-8 encoder writes them, an unpaired surrogate as {@code ?};
 *   <li>amounts as {@link Baht#format(long)}, per-pupil amounts as
 *       {@code Baht.perPupil(satang, pupils).toPlainString()}, to the satang with halves rounded up
 *       (away from zero), in long arithmetic.
 * </ul>
 *
 * <p>Not thread-safe; one writer per file.
 */
final class CsvBytes implements Closeable {
    private static final int BUFFER = 1 << 16;
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The tens and ones digit of 0 to 99, for writing numbers two digits at a time. */
    private static final byte[] TENS = new byte[100];

    private static final byte[] ONES = new byte[100];

    static {
        for (int pair = 0; pair < 100; pair++) {
            TENS[pair] = (byte) ('0' + pair / 10);
            ONES[pair] = (byte) ('0' + pair % 10);
        }
    }

    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

    /** Where full buffers go; null for a chunk, whose buffer grows instead ({@link #chunk()}). */
    private final OutputStream out;
    /** The file written, hashed as it is written ({@link FileHashes}); null for a stream. */
    private final Path file;

    private final MessageDigest digest;
    private long written;
    private byte[] buffer;
    private int position;
    /** Whether the next cell is the first of its record (an empty first cell is quoted). */
    private boolean recordStart = true;

    private CsvBytes(OutputStream out, Path file, int bufferSize) {
        this.out = out;
        this.file = file;
        this.digest = file == null ? null : FileHashes.digest();
        this.buffer = new byte[bufferSize];
    }

    /**
     * Opens a new file and writes the byte-order mark. The bytes are hashed as they are written, and
     * once the file is closed its output record takes that hash instead of reading the file again
     * ({@link FileHashes}).
     */
    static CsvBytes open(Path file) throws IOException {
        return start(new CsvBytes(Files.newOutputStream(file), file, BUFFER));
    }

    /** A writer into {@code out}, which it closes; starts with the byte-order mark. */
    static CsvBytes to(OutputStream out) {
        return start(new CsvBytes(out, null, BUFFER));
    }

    /**
     * A writer into memory, without a byte-order mark: a part of a file's records, formatted on any
     * thread and written in order by {@link CsvChunks}. Its buffer grows as needed and is kept by
     * {@link #clear()}, so that a chunk is formatted again and again into the same memory.
     */
    static CsvBytes chunk() {
        return new CsvBytes(null, null, BUFFER);
    }

    /** A file's first chunk: as {@link #chunk()}, starting with the byte-order mark. */
    static CsvBytes firstChunk() {
        return start(chunk());
    }

    /** A chunk's bytes so far: {@link #length()} of them from the start ({@link #chunk()} only). */
    byte[] bytes() {
        return buffer;
    }

    /** How many bytes a chunk holds ({@link #chunk()} only). */
    int length() {
        return position;
    }

    /** Empties a chunk, keeping its memory; the next cell is first in its record. */
    void clear() {
        position = 0;
        recordStart = true;
    }

    private static CsvBytes start(CsvBytes csv) {
        System.arraycopy(BYTE_ORDER_MARK, 0, csv.buffer, 0, BYTE_ORDER_MARK.length);
        csv.position = BYTE_ORDER_MARK.length;
        return csv;
    }

    /**
     * The bytes of a text cell that is not first in its record, made safe for spreadsheets as
     * {@link th.allocation.csv.SpreadsheetCsv#text(String)} does and quoted as needed, for
     * {@link #encoded(byte[])}: a value that repeats is encoded once.
     */
    static byte[] encode(String value) {
        return encode(value, true);
    }

    /** The bytes of a cell written as given ({@link #plain(String)}) that is not first in its record. */
    static byte[] encodePlain(String value) {
        return encode(value, false);
    }

    private static byte[] encode(String value, boolean neutralise) {
        // A buffer the cell always fits: the writer never flushes, so nothing reaches the stream.
        CsvBytes cell = new CsvBytes(OutputStream.nullOutputStream(), null, 3 * value.length() + 4);
        cell.recordStart = false;
        try {
            cell.cell(value, neutralise);
        } catch (IOException e) {
            throw new IllegalStateException("A cell larger than its buffer", e);
        }
        // Without the comma written before it.
        return Arrays.copyOfRange(cell.buffer, 1, cell.position);
    }

    /** A text cell, made safe for spreadsheets (see {@link #encode(String)}). */
    void text(String value) throws IOException {
        cell(value, true);
    }

    /**
     * A text cell of {@code length} ASCII bytes from {@code ascii}, as {@link #text(String)} writes the
     * String of those bytes: copied as they are where they need neither quotes nor an apostrophe (a
     * school id, most often), else through {@link #text(String)}.
     */
    void asciiText(byte[] ascii, int length) throws IOException {
        boolean plain = length > 0 && ascii[0] > '#' && ascii[length - 1] > ' ' && !formulaStart((char) ascii[0]);
        for (int k = 0; k < length && plain; k++) {
            byte c = ascii[k];
            plain = c >= 0 && c != ',' && c != '"' && c != '\r' && c != '\n';
        }
        if (!plain) {
            text(new String(ascii, 0, length, java.nio.charset.StandardCharsets.ISO_8859_1));
            return;
        }
        separate(length);
        System.arraycopy(ascii, 0, buffer, position, length);
        position += length;
    }

    /** A cell written as given, only quoted as needed: a header, a key, a number already formatted. */
    void plain(String value) throws IOException {
        cell(value, false);
    }

    /** A cell encoded earlier by {@link #encode(String)}. */
    void encoded(byte[] cell) throws IOException {
        if (cell.length == 0 && recordStart) {
            plain(""); // an empty first cell is quoted
            return;
        }
        separate(cell.length);
        System.arraycopy(cell, 0, buffer, position, cell.length);
        position += cell.length;
    }

    /** An empty cell. */
    void empty() throws IOException {
        if (recordStart) {
            plain("");
        } else {
            separate(0);
        }
    }

    /** A whole number. */
    void integer(long value) throws IOException {
        if (value == Long.MIN_VALUE) {
            plain(Long.toString(value));
            return;
        }
        separate(21);
        if (value < 0) {
            buffer[position++] = '-';
            value = -value;
        }
        digits(value);
    }

    /** {@code true} or {@code false}. */
    void bool(boolean value) throws IOException {
        encoded(value ? TRUE : FALSE);
    }

    /** An amount in satang as baht with two decimals, exactly as {@link Baht#format(long)}. */
    void satang(long satang) throws IOException {
        if (satang == Long.MIN_VALUE) {
            plain(Baht.format(satang));
            return;
        }
        separate(24);
        if (satang == 0) {
            // Many cells (a level a school does not teach, an uplift it does not have).
            byte[] b = buffer;
            int p = position;
            b[p] = '0';
            b[p + 1] = '.';
            b[p + 2] = '0';
            b[p + 3] = '0';
            position = p + 4;
            return;
        }
        if (satang < 0) {
            buffer[position++] = '-';
            satang = -satang;
        }
        long whole;
        int fraction;
        if (satang <= Integer.MAX_VALUE) {
            // Most amounts, in int arithmetic: a school's allocation is below 21 million baht.
            int small = (int) satang;
            int quotient = small / (int) Baht.SATANG_PER_BAHT;
            fraction = small - quotient * (int) Baht.SATANG_PER_BAHT;
            whole = quotient;
        } else {
            whole = satang / Baht.SATANG_PER_BAHT;
            fraction = (int) (satang - whole * Baht.SATANG_PER_BAHT);
        }
        digits(whole);
        byte[] b = buffer;
        int p = position;
        b[p] = '.';
        b[p + 1] = TENS[fraction];
        b[p + 2] = ONES[fraction];
        position = p + 3;
    }

    /**
     * Baht per pupil to the satang, halves rounded away from zero, or an empty cell without pupils:
     * the cell {@code Baht.perPupil(satang, pupils).map(BigDecimal::toPlainString).orElse("")} gives.
     */
    void perPupil(long satang, long pupils) throws IOException {
        if (pupils <= 0) {
            empty();
            return;
        }
        satang(perPupilSatang(satang, pupils));
    }

    /**
     * {@code satang / pupils} rounded to a whole satang, halves away from zero (BigDecimal's
     * {@code HALF_UP}): the quotient, moved one away from zero when the remainder is at least half
     * the divisor. No overflow: {@code |r| < pupils}, and the quotient moves only when
     * {@code pupils >= 2}, that is when {@code |q| <= |satang| / 2}.
     *
     * @param pupils at least 1
     */
    static long perPupilSatang(long satang, long pupils) {
        if (satang >= 0 && satang <= Integer.MAX_VALUE && pupils <= Integer.MAX_VALUE) {
            // Most schools, in int arithmetic (a 32-bit division is several times faster than a 64-bit one).
            int small = (int) satang;
            int divisor = (int) pupils;
            int quotient = small / divisor;
            int remainder = small - quotient * divisor;
            return remainder != 0 && remainder >= divisor - remainder ? quotient + 1 : quotient;
        }
        long quotient = satang / pupils;
        long remainder = Math.abs(satang % pupils);
        if (remainder != 0 && remainder >= pupils - remainder) {
            quotient += satang < 0 ? -1 : 1;
        }
        return quotient;
    }

    /** Ends the record: CRLF. */
    void endRecord() throws IOException {
        ensure(2);
        buffer[position++] = '\r';
        buffer[position++] = '\n';
        recordStart = true;
    }

    @Override
    public void close() throws IOException {
        if (out == null) {
            return; // a chunk: nothing to flush
        }
        try (out) {
            flush();
        }
        if (file != null) {
            FileHashes.written(file, written, FileHashes.hex(digest));
        }
    }

    private void flush() throws IOException {
        if (digest != null) {
            digest.update(buffer, 0, position);
            written += position;
        }
        out.write(buffer, 0, position);
        position = 0;
    }

    /** Writes the comma before a cell that is not first in its record, with room for {@code bytes} after it. */
    private void separate(int bytes) throws IOException {
        ensure(bytes + 1);
        if (recordStart) {
            recordStart = false;
        } else {
            buffer[position++] = ',';
        }
    }

    private void ensure(int bytes) throws IOException {
        if (position + bytes <= buffer.length) {
            return;
        }
        if (out == null) {
            buffer = Arrays.copyOf(buffer, Math.max(2 * buffer.length, position + bytes));
            return;
        }
        flush();
        if (bytes > buffer.length) {
            buffer = new byte[bytes];
        }
    }

    /** The decimal digits of {@code value}, at least 0: two at a time, in int arithmetic once it fits. */
    private void digits(long value) {
        int at = position + digitCount(value);
        position = at;
        byte[] b = buffer;
        while (value > Integer.MAX_VALUE) {
            long quotient = value / 100;
            int pair = (int) (value - quotient * 100);
            value = quotient;
            b[--at] = ONES[pair];
            b[--at] = TENS[pair];
        }
        int rest = (int) value;
        while (rest >= 100) {
            int quotient = rest / 100;
            int pair = rest - quotient * 100;
            rest = quotient;
            b[--at] = ONES[pair];
            b[--at] = TENS[pair];
        }
        if (rest >= 10) {
            b[--at] = ONES[rest];
            b[--at] = TENS[rest];
        } else {
            b[--at] = (byte) ('0' + rest);
        }
    }

    /** How many decimal digits {@code value} (at least 0) has: from its bit length, then one comparison. */
    static int digitCount(long value) {
        long v = value | 1; // 0 has one digit, as 1 has
        // 1233 / 4096 is just above log10(2): a first guess, at most one too small.
        int guess = ((64 - Long.numberOfLeadingZeros(v)) * 1233) >>> 12;
        return guess + (v >= POWERS[guess] ? 1 : 0);
    }

    /** 10 to the power of 0 to 18, and one past the largest long with 19 digits. */
    private static final long[] POWERS = new long[20];

    static {
        long power = 1;
        for (int k = 0; k < 19; k++) {
            POWERS[k] = power;
            power *= 10;
        }
        POWERS[19] = Long.MAX_VALUE; // no long has 20 digits
    }

    private void cell(String value, boolean neutralise) throws IOException {
        int length = value.length();
        boolean apostrophe = neutralise && length > 0 && formulaStart(value.charAt(0));
        boolean quote =
                length == 0 ? recordStart : (!apostrophe && value.charAt(0) <= '#') || value.charAt(length - 1) <= ' ';
        separate(3 * length + 3);
        if (!quote) {
            // Most cells in one pass: encoded as they are, and again, quoted, if a comma, a quote or a
            // line break turns up inside.
            int start = position;
            if (apostrophe) {
                buffer[position++] = '\'';
            }
            if (utf8(value, false)) {
                return;
            }
            position = start;
        }
        buffer[position++] = '"';
        if (apostrophe) {
            buffer[position++] = '\'';
        }
        utf8(value, true);
        buffer[position++] = '"';
    }

    /** A first character that makes a spreadsheet run the cell as a formula ({@code SpreadsheetCsv.text}). */
    private static boolean formulaStart(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /**
     * Encodes {@code value} as UTF-8 (an unpaired surrogate as {@code ?}), doubling quotes inside a
     * quoted cell; returns whether it holds none of the characters that need quoting anywhere in a
     * cell (comma, quote, CR, LF).
     */
    private boolean utf8(String value, boolean quoted) {
        byte[] b = buffer;
        int p = position;
        int length = value.length();
        boolean plain = true;
        for (int k = 0; k < length; k++) {
            char c = value.charAt(k);
            if (c < 0x80) {
                if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                    plain = false;
                    if (c == '"' && quoted) {
                        b[p++] = '"';
                    }
                }
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && k + 1 < length && Character.isLowSurrogate(value.charAt(k + 1))) {
                    int codePoint = Character.toCodePoint(c, value.charAt(++k));
                    b[p++] = (byte) (0xF0 | (codePoint >> 18));
                    b[p++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                    b[p++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                    b[p++] = (byte) (0x80 | (codePoint & 0x3F));
                } else {
                    b[p++] = '?';
                }
            } else {
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        position = p;
        return plain;
    }
}

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

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a CSV file split into fields straight from its bytes, for {@link FastSchoolCsv}: a
 * line at a time in a buffer that is refilled as it is used up, each field's bytes located (trimmed
 * as Commons CSV's {@code setTrim(true)} trims: every byte up to the space, which in UTF-8 are the
 * characters up to U+0020) and marked as ASCII or not; the caller checks that the other fields are
 * UTF-8 ({@link #requireUtf8}), as the full reader's strict decoder requires of every byte.
 *
 * <p>It reads only the simple, common form of CSV and throws {@link Unusual} at anything else, for
 * the full reader to read: a quote inside an unquoted field, an escaped (doubled) quote, a line
 * break or carriage return inside a quoted field, anything but a comma or the end of the line after
 * a closing quote, a carriage return that does not end a line, bytes that are not UTF-8, more fields
 * than expected, a line longer than {@link #MAX_LINE_BYTES}. In what it reads, lines and records are
 * the same thing, so a record's line number is its line's.
 */
final class CsvLineScanner {
    /** The longest line read; a longer one is left to the full reader. */
    static final int MAX_LINE_BYTES = 1 << 26;

    /** Thrown at anything the scanner leaves to the full reader; no stack trace, it is not an error. */
    static final class Unusual extends Exception {
        private static final long serialVersionUID = 1L;

        Unusual() {
            super(null, null, false, false);
        }
    }

    private static final Unusual UNUSUAL = new Unusual();

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    /**
     * For finding the bytes below {@code '-'} in a word at once: the comma, the quote, the line feed and
     * the carriage return, which are all below it, and the few others (a space, most often), which are
     * rare in a school file's cells and are then passed over one at a time. One test where one per
     * special byte took four.
     */
    private static final long BELOW_DASH = ONES * '-';

    private final InputStream in;
    private byte[] buffer;
    private int position;
    private int limit;
    private boolean eof;
    private long line;
    private int[] starts;
    private int[] ends;
    private boolean[] ascii;
    private int fields;

    // The span of fields looked for again line after line ({@link #span}); none if spanFirst is -1.
    private int spanFirst = -1;
    private int spanLast = -1;
    /** Where each field of the current line ends: the comma or line end after it. */
    private int[] delimiters;
    /** Bit {@code i}: field {@code i} of the current line was quoted. */
    private long quoted;
    /** The bytes of the span of the line kept, from its first field's first byte to its last's end; -1 if none. */
    private byte[] spanBytes = new byte[256];

    private int spanLength = -1;
    /** The kept span's fields (but the last): their starts, ends and delimiters from the span's start; ASCII or not. */
    private int[] spanStarts;

    private int[] spanEnds;
    private int[] spanDelimiters;
    private boolean[] spanAscii;
    /** Where the kept span's last field starts, from the span's start, untrimmed; whether it is ASCII. */
    private int spanLastStart;

    private boolean spanLastAscii;
    /** Whether the current line's span has the bytes of the span kept. */
    private boolean spanRepeated;

    /**
     * Reads the first bytes of {@code in}: the start of a file ({@code fileStart}), or of a part of one
     * that starts after a line end.
     *
     * @throws Unusual if the file's text may be UTF-16 or starts with a byte-order mark and a quote
     */
    CsvLineScanner(InputStream in, int bufferBytes, int maxFields, boolean fileStart) throws IOException, Unusual {
        this.in = in;
        this.buffer = new byte[bufferBytes];
        this.starts = new int[maxFields];
        this.ends = new int[maxFields];
        this.ascii = new boolean[maxFields];
        this.delimiters = new int[maxFields];
        fill();
        if (!fileStart) {
            return; // a part of a file, starting after a line end
        }
        if (limit >= 2) {
            int first = buffer[0] & 0xFF;
            int second = buffer[1] & 0xFF;
            if (first == 0 || second == 0 || first == 0xFE && second == 0xFF || first == 0xFF && second == 0xFE) {
                throw UNUSUAL; // UTF-16, which the full reader names as such
            }
        }
        if (limit >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
            position = 3;
            if (limit > 3 && buffer[3] == '"') {
                throw UNUSUAL; // after a byte-order mark Commons CSV reads the quote as text
            }
        }
    }

    /** How many fields a line may have from now on. */
    void maxFields(int maxFields) {
        starts = Arrays.copyOf(starts, maxFields);
        ends = Arrays.copyOf(ends, maxFields);
        ascii = Arrays.copyOf(ascii, maxFields);
        delimiters = Arrays.copyOf(delimiters, maxFields);
        if (spanLast >= maxFields) {
            span(-1, -1);
        }
    }

    /**
     * Looks for fields {@code first} to {@code last} (side by side, at most 63, after the first and
     * before the last field of their lines) with the same bytes as on the line before, where rows
     * sorted by school id repeat their cluster, ESA, network, province, district and subdistrict line
     * after line: a line whose bytes from the span's start up to a comma are the span of the line
     * before, compared at once, has that line's fields there ({@link #spanRepeated()}), and the bytes
     * are not read again one by one to find them (at 1.5 M schools they are two fifths of the file).
     * Equal bytes split into the same fields, but a quote makes the split depend on what stands around
     * it: a span with a quoted field is not kept. {@code first} -1 looks for none.
     */
    void span(int first, int last) {
        boolean usable = first > 0 && last >= first && last < Math.min(63, starts.length - 1);
        spanFirst = usable ? first : -1;
        spanLast = usable ? last : -1;
        spanLength = -1;
        spanRepeated = false;
        int count = usable ? last - first : 0;
        spanStarts = new int[count];
        spanEnds = new int[count];
        spanDelimiters = new int[count];
        spanAscii = new boolean[count];
    }

    /** Whether a span of fields is looked for ({@link #span}). */
    boolean spanTracked() {
        return spanFirst >= 0;
    }

    /**
     * Whether the current line's span of fields ({@link #span}) has the bytes of the line's before it
     * (the last line, blank or not): its fields are then that line's, byte for byte.
     */
    boolean spanRepeated() {
        return spanRepeated;
    }

    /** The bytes the fields are located in. */
    byte[] bytes() {
        return buffer;
    }

    /** The buffer's bytes read so far and the bytes in it, for estimating the file's line count. */
    int buffered() {
        return limit;
    }

    /** The 1-based line number of the current line. */
    long line() {
        return line;
    }

    /** How many fields the current line has. */
    int fields() {
        return fields;
    }

    /** Where field {@code i} of the current line starts, trimmed and unquoted. */
    int start(int i) {
        return starts[i];
    }

    /** Where field {@code i} of the current line ends, trimmed and unquoted. */
    int end(int i) {
        return ends[i];
    }

    /**
     * Field {@code i} of the current line as text, checked to be UTF-8 (an ASCII field is copied as
     * Latin-1, of which ASCII is a part, with no decoding).
     */
    String text(int i) throws Unusual {
        if (ascii[i]) {
            return new String(buffer, starts[i], ends[i] - starts[i], StandardCharsets.ISO_8859_1);
        }
        requireUtf8(buffer, starts[i], ends[i]);
        return new String(buffer, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
    }

    /** Moves to the next line; false at the end of the file. */
    boolean next() throws IOException, Unusual {
        while (true) {
            if (position >= limit) {
                if (eof) {
                    return false;
                }
                fill();
                continue;
            }
            int end = split(position);
            if (end >= 0) {
                position = end;
                line++;
                return true;
            }
            if (eof) {
                throw UNUSUAL; // cannot happen: at the end of the file every line ends
            }
            fill(); // the line goes on past the buffer
        }
    }

    /**
     * Splits the line starting at {@code from} into fields; returns where the next line starts, or -1
     * if the line goes on past the bytes read so far. The line is read eight bytes at a time, and each
     * comma, quote or line end found in a word at once (by the position of the lowest flag of the bytes
     * below {@code '-'}, {@link #BELOW_DASH}); UTF-8
     * sequences are only marked here (their bytes are never ASCII), and checked by {@link #requireUtf8}
     * for the fields that need it.
     */
    private int split(int from) throws Unusual {
        byte[] b = buffer;
        int p = from;
        int fieldStart = from;
        long high = 0;
        int n = 0;
        spanRepeated = false;
        quoted = 0;
        while (true) {
            byte c;
            if (p + 8 <= limit) {
                long word = (long) LONGS.get(b, p);
                long below = (word - BELOW_DASH) & ~word & HIGHS; // the bytes below '-'
                if (below == 0) {
                    high |= word;
                    p += 8;
                    continue;
                }
                int bits = Long.numberOfTrailingZeros(below) - 7; // the first such byte's lowest bit
                high |= word & ((1L << bits) - 1);
                p += bits >>> 3;
                c = b[p];
                if (c != ',' && c != '"' && c != '\n' && c != '\r') {
                    p++; // a space, say: ASCII, so nothing for high
                    continue;
                }
            } else if (p < limit) {
                c = b[p];
                if (c != ',' && c != '"' && c != '\n' && c != '\r') {
                    high |= c;
                    p++;
                    continue;
                }
            } else if (!eof) {
                return -1;
            } else {
                if (n == starts.length) {
                    throw UNUSUAL;
                }
                field(n++, fieldStart, p, high, p);
                fields = n;
                keepSpan(n);
                return p;
            }
            // b[p] is a comma, a quote or a line end.
            int end = p;
            if (c == '"') {
                if (p != fieldStart) {
                    throw UNUSUAL; // a quote inside a field
                }
                fieldStart = ++p;
                quoted |= 1L << Math.min(n, 63);
                for (; ; p++) {
                    if (p >= limit) {
                        return eof ? fail() : -1;
                    }
                    byte q = b[p];
                    if (q == '"') {
                        break;
                    } else if (q == '\n' || q == '\r') {
                        throw UNUSUAL;
                    }
                    high |= q;
                }
                end = p++;
                if (p >= limit) {
                    if (!eof) {
                        return -1;
                    }
                    if (n == starts.length) {
                        throw UNUSUAL;
                    }
                    field(n++, fieldStart, end, high, p);
                    fields = n;
                    keepSpan(n);
                    return p;
                }
                c = b[p];
                if (c != ',' && c != '\n' && c != '\r') {
                    throw UNUSUAL; // an escaped quote, or text after the closing quote
                }
            }
            if (n == starts.length) {
                throw UNUSUAL;
            }
            field(n++, fieldStart, end, high, p);
            high = 0;
            if (c == ',') {
                fieldStart = ++p;
                if (n == spanFirst && spanLength >= 0) {
                    int to = p + spanLength;
                    if (to < limit && b[to] == ',' && Arrays.equals(b, p, to, spanBytes, 0, spanLength)) {
                        // The span of the line before: its fields but the last as they were, the last
                        // ended at the comma found next, as any field is.
                        for (int i = spanFirst, k = 0; i < spanLast; i++, k++) {
                            starts[i] = p + spanStarts[k];
                            ends[i] = p + spanEnds[k];
                            delimiters[i] = p + spanDelimiters[k];
                            ascii[i] = spanAscii[k];
                        }
                        n = spanLast;
                        fieldStart = p + spanLastStart;
                        high = spanLastAscii ? 0 : HIGHS;
                        p = to;
                        spanRepeated = true;
                    }
                }
                continue;
            }
            if (c == '\r') {
                if (p + 1 >= limit) {
                    return eof ? fail() : -1;
                }
                if (b[p + 1] != '\n') {
                    throw UNUSUAL; // a carriage return alone, which Commons CSV reads as a line break
                }
                p++;
            }
            fields = n;
            keepSpan(n);
            return p + 1;
        }
    }

    /**
     * Keeps the span of the line just split, of {@code n} fields, for the next line to be compared with;
     * or none, if the line has no such span (too few fields, a quoted one in it). Unchanged when the
     * span was the kept one.
     */
    private void keepSpan(int n) {
        if (spanFirst < 0 || spanRepeated) {
            return;
        }
        if (n <= spanLast + 1 || (quoted & (((1L << (spanLast + 1)) - 1) & ~((1L << spanFirst) - 1))) != 0) {
            spanLength = -1;
            return;
        }
        int from = delimiters[spanFirst - 1] + 1;
        int to = delimiters[spanLast];
        int length = to - from;
        if (spanBytes.length < length) {
            spanBytes = new byte[Math.max(length, 2 * spanBytes.length)];
        }
        System.arraycopy(buffer, from, spanBytes, 0, length);
        for (int i = spanFirst, k = 0; i < spanLast; i++, k++) {
            spanStarts[k] = starts[i] - from;
            spanEnds[k] = ends[i] - from;
            spanDelimiters[k] = delimiters[i] - from;
            spanAscii[k] = ascii[i];
        }
        spanLastStart = delimiters[spanLast - 1] + 1 - from;
        spanLastAscii = ascii[spanLast];
        spanLength = length;
    }

    /** Records field {@code i}, trimmed, and where it ends ({@code delimiter}, the comma or line end after it). */
    private void field(int i, int start, int end, long high, int delimiter) {
        delimiters[i] = delimiter;
        byte[] b = buffer;
        while (start < end && (b[start] & 0xFF) <= ' ') {
            start++;
        }
        while (end > start && (b[end - 1] & 0xFF) <= ' ') {
            end--;
        }
        starts[i] = start;
        ends[i] = end;
        ascii[i] = (high & HIGHS) == 0;
    }

    private static int fail() throws Unusual {
        throw UNUSUAL;
    }

    /** Whether field {@code i} of the current line is all ASCII (so valid UTF-8). */
    boolean isAscii(int i) {
        return ascii[i];
    }

    /** Requires field {@code i} of the current line to be valid UTF-8. */
    void requireUtf8(int i) throws Unusual {
        if (!ascii[i]) {
            requireUtf8(buffer, starts[i], ends[i]);
        }
    }

    /**
     * Requires {@code [from, to)} to be UTF-8 as Java's strict decoder checks it (Unicode's well-formed
     * sequences: no overlong forms, no surrogates, nothing above U+10FFFF).
     */
    static void requireUtf8(byte[] b, int from, int to) throws Unusual {
        int p = from;
        while (p < to) {
            int lead = b[p];
            if (lead >= 0) {
                p++;
                continue;
            }
            lead &= 0xFF;
            int length;
            int low = 0x80;
            int high = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                length = 2;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                length = 3;
                if (lead == 0xE0) {
                    low = 0xA0;
                } else if (lead == 0xED) {
                    high = 0x9F;
                }
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                length = 4;
                if (lead == 0xF0) {
                    low = 0x90;
                } else if (lead == 0xF4) {
                    high = 0x8F;
                }
            } else {
                throw UNUSUAL;
            }
            if (p + length > to) {
                throw UNUSUAL;
            }
            int second = b[p + 1] & 0xFF;
            if (second < low || second > high) {
                throw UNUSUAL;
            }
            for (int k = 2; k < length; k++) {
                if ((b[p + k] & 0xC0) != 0x80) {
                    throw UNUSUAL;
                }
            }
            p += length;
        }
    }

    /** Keeps the current line's bytes (moved to the start) and reads more after them. */
    private void fill() throws IOException, Unusual {
        int kept = limit - position;
        if (kept == buffer.length) {
            if (buffer.length >= MAX_LINE_BYTES) {
                throw UNUSUAL;
            }
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        } else if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, kept);
        }
        position = 0;
        limit = kept;
        while (limit < buffer.length) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                eof = true;
                return;
            }
            limit += read;
        }
    }
}

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
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import th.allocation.InputException;
import th.allocation.model.Limits;
import th.allocation.model.SchoolTable;
import th.allocation.model.SchoolTableColumns;

/**
 * The streaming reader of a school file: its bytes go straight into the table's columns, with no
 * String for a cell that is not read, the values of the hierarchy and geography (and the names,
 * while they repeat) interned once, counts and amounts parsed from the bytes, and duplicate ids
 * caught while reading. A large file is cut into parts at line ends, read side by side on the
 * machine's cores, and the parts' columns joined, their line numbers and codes put together.
 *
 * <p>It reads valid files in their simple, common form ({@link CsvLineScanner}). A cell that is
 * valid but not plain (a count written {@code 1e3}, an amount {@code +5}, a Thai area type) sends
 * its row through the full reader's checks ({@link SchoolRows}); anything else unusual, and any
 * problem at all, gives null, and the caller reads the file again with the full reader, which finds
 * and locates every problem. So the fast path never reports a problem of its own, and whenever it
 * gives a table, the full reader gives the same one.
 */
final class FastSchoolCsv {
    /**
     * Files of at least this size are read in parts, side by side. The national file (13 MiB) is one:
     * read while the JIT has compiled little, two parts on 2 cores cut a national run's CPU time to 0.86
     * and its wall time to 0.87 of reading it whole (paired runs, docs/performance.md).
     */
    static final long PARALLEL_BYTES = 4L << 20;

    private static final int MAX_PARTS = 4;

    /**
     * Files of at least this size are cut into twice as many parts as there are threads to read them,
     * each thread taking the next part left when done with one: where one thread is slowed (by the
     * compiler's threads, by other programs), the other reads more of the file instead of waiting for
     * it at the end. The national file (13 MiB) is cut into one part per thread, as before.
     */
    static final long SHARED_PARTS_BYTES = 64L << 20;
    /** Files of at least this many rows have their parts' labels merged side by side. */
    private static final int PARALLEL_ROWS = 1 << 18;

    private static final int BUFFER_BYTES = 1 << 20;
    private static final int MAX_HEADER_FIELDS = 1 << 14;

    private FastSchoolCsv() {}

    /** Where the bytes of a part of the file come from. */
    private interface Bytes {
        InputStream open(long from, long to) throws IOException;
    }

    /** The table of {@code file}, or null if the full reader must read it. */
    static SchoolTable read(Path file, String source, Map<String, String> columns, Set<String> indicators) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int threads = size >= PARALLEL_BYTES
                    ? Math.min(MAX_PARTS, Runtime.getRuntime().availableProcessors())
                    : 1;
            int parts = threads > 1 && size >= SHARED_PARTS_BYTES ? 2 * threads : threads;
            return read((from, to) -> stream(channel, from, to), size, parts, threads, source, columns, indicators);
        } catch (IOException e) {
            return null; // the full reader reports what it can
        }
    }

    /** The table of {@code bytes} read in (up to) {@code parts} parts, or null if the full reader must read them. */
    static SchoolTable read(byte[] bytes, int parts, String source, Map<String, String> columns, Set<String> indicators)
            throws IOException {
        return read(bytes, parts, parts, source, columns, indicators);
    }

    /**
     * The table of {@code bytes} read in (up to) {@code parts} parts by (up to) {@code threads} threads,
     * or null if the full reader must read them.
     */
    static SchoolTable read(
            byte[] bytes, int parts, int threads, String source, Map<String, String> columns, Set<String> indicators)
            throws IOException {
        return read(
                (from, to) -> new ByteArrayInputStream(bytes, (int) from, (int) (to - from)),
                bytes.length,
                parts,
                threads,
                source,
                columns,
                indicators);
    }

    private static SchoolTable read(
            Bytes file,
            long size,
            int parts,
            int threads,
            String source,
            Map<String, String> columns,
            Set<String> indicators)
            throws IOException {
        try {
            long[] bounds = bounds(file, size, parts);
            CsvLineScanner first = new CsvLineScanner(file.open(0, bounds[1]), BUFFER_BYTES, MAX_HEADER_FIELDS, true);
            if (!first.next()) {
                return null;
            }
            List<String> cells = new ArrayList<>(first.fields());
            for (int i = 0; i < first.fields(); i++) {
                cells.add(first.text(i));
            }
            FastLayout layout = FastLayout.of(cells, source, columns, indicators);
            if (layout == null) {
                return null;
            }
            first.maxFields(layout.width());
            FastSchoolRows[] rows = readParts(file, bounds, layout, first, threads);
            return rows == null ? null : join(rows);
        } catch (CsvLineScanner.Unusual | InputException e) {
            return null;
        }
    }

    /**
     * Where the parts start, and the end: {@code parts} parts of about equal size, each starting after
     * a line end (a line end inside a quoted field makes its part unusual, so the file is read whole
     * by the full reader).
     */
    private static long[] bounds(Bytes file, long size, int parts) throws IOException {
        List<Long> bounds = new ArrayList<>(List.of(0L));
        for (int k = 1; k < parts; k++) {
            long from = size * k / parts;
            long bound = -1;
            try (InputStream in = file.open(from, Math.min(size, from + BUFFER_BYTES))) {
                byte[] window = in.readAllBytes();
                for (int i = 0; i < window.length && bound < 0; i++) {
                    if (window[i] == '\n') {
                        bound = from + i + 1;
                    }
                }
            }
            if (bound > bounds.get(bounds.size() - 1) && bound < size) {
                bounds.add(bound);
            }
        }
        bounds.add(size);
        return bounds.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * Reads every part, on this thread and up to {@code threads - 1} others, each taking the next part
     * left when done with one, the first part on this thread; null if one is unusual.
     */
    private static FastSchoolRows[] readParts(
            Bytes file, long[] bounds, FastLayout layout, CsvLineScanner first, int threads)
            throws IOException, CsvLineScanner.Unusual {
        int parts = bounds.length - 1;
        FastSchoolRows[] rows = new FastSchoolRows[parts];
        Throwable[] failures = new Throwable[parts];
        boolean[] read = new boolean[parts];
        int[][][] sorted = new int[parts][SchoolTableColumns.CATEGORIES][];
        AtomicInteger next = new AtomicInteger(1);
        AtomicBoolean stop = new AtomicBoolean();
        Runnable rest = () -> {
            for (int part = next.getAndIncrement(); part < parts && !stop.get(); part = next.getAndIncrement()) {
                try {
                    CsvLineScanner lines = new CsvLineScanner(
                            file.open(bounds[part], bounds[part + 1]), BUFFER_BYTES, layout.width(), false);
                    rows[part] = new FastSchoolRows(layout, expectedRows(bounds[part + 1] - bounds[part], lines));
                    read[part] = rows[part].read(lines) && sortLabels(rows[part], sorted[part]);
                } catch (Throwable e) {
                    failures[part] = e;
                }
                if (!read[part]) {
                    stop.set(true); // the file is the full reader's: the other parts need not be read
                }
            }
        };
        List<Thread> started = new ArrayList<>();
        for (int t = 1; t < Math.min(threads, parts); t++) {
            Thread thread = new Thread(rest, "school-file-part-" + t);
            thread.setDaemon(true);
            thread.start();
            started.add(thread);
        }
        try {
            rows[0] = new FastSchoolRows(layout, expectedRows(bounds[1], first));
            read[0] = rows[0].read(first) && (parts == 1 || sortLabels(rows[0], sorted[0]));
        } finally {
            if (!read[0]) {
                stop.set(true);
            }
        }
        if (read[0]) {
            rest.run();
        }
        for (Thread thread : started) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop.set(true);
                return null;
            }
        }
        for (int k = 0; k < parts; k++) {
            // An unusual part, or one that cannot be read, is the full reader's to report; a fault is not.
            // A part left unread once another was found unusual comes after it, and is not looked at.
            if (failures[k] instanceof Error error) {
                throw error;
            }
            if (failures[k] instanceof RuntimeException fault && !(fault instanceof InputException)) {
                throw fault;
            }
            if (!read[k]) {
                return null;
            }
        }
        for (int k = 0; k < parts; k++) {
            rows[k].sortedCodes = sorted[k];
        }
        return rows;
    }

    /** Puts each category's codes of {@code part} in the order of their labels into {@code sorted}; true. */
    private static boolean sortLabels(FastSchoolRows part, int[][] sorted) {
        for (int c = 0; c < sorted.length; c++) {
            sorted[c] = part.sortedCodes(c);
        }
        return true;
    }

    /**
     * How many rows a part of {@code bytes} bytes may have, from the lines of the scanner's first buffer,
     * with a tenth more (the first lines may be longer than most, and growing the columns would copy
     * them).
     */
    private static int expectedRows(long bytes, CsvLineScanner lines) {
        byte[] buffer = lines.bytes();
        int count = 1;
        for (int i = 0; i < lines.buffered(); i++) {
            if (buffer[i] == '\n') {
                count++;
            }
        }
        long perLine = Math.max(1, lines.buffered() / count);
        return (int) Math.min(Limits.MAX_SCHOOLS, bytes / perLine * 11 / 10 + 16);
    }

    /**
     * The table of the parts' rows: line numbers counted on from the part before, category codes into
     * labels shared by all parts, the limits on the whole file checked again.
     */
    private static SchoolTable join(FastSchoolRows[] parts) {
        long rows = 0;
        long pupils = 0;
        long previous = 0;
        for (FastSchoolRows part : parts) {
            rows += part.rows;
            pupils += part.totalPupils;
            previous += part.totalPrevious;
        }
        if (rows == 0
                || rows > Limits.MAX_SCHOOLS
                || pupils > Limits.MAX_TOTAL_PUPILS
                || previous > Limits.MAX_AMOUNT_SATANG) {
            return null;
        }
        String[][] labels = new String[SchoolTableColumns.CATEGORIES][];
        if (parts.length == 1) {
            for (int c = 0; c < labels.length; c++) {
                labels[c] = parts[0].categories[c].labels();
            }
            parts[0].table().dropEmptyIndicators();
            return parts[0].table().build(labels);
        }
        long[] offsets = new long[parts.length];
        List<SchoolTableColumns> tables = new ArrayList<>();
        for (int k = 0; k < parts.length; k++) {
            offsets[k] = k == 0 ? 0 : offsets[k - 1] + parts[k - 1].lines;
            tables.add(parts[k].table());
        }
        // The categories' labels merged side by side (the networks' alone are as many as all the others').
        int[][][] newCodes = new int[parts.length][labels.length][];
        IntStream categories = IntStream.range(0, labels.length);
        (rows >= PARALLEL_ROWS ? categories.parallel() : categories)
                .forEach(c -> labels[c] = merge(parts, c, newCodes));
        SchoolTableColumns joined = SchoolTableColumns.join(tables, offsets, newCodes);
        joined.dropEmptyIndicators();
        return joined.build(labels);
    }

    /**
     * The labels of category {@code c} of every part, in order and each once, merged from each part's
     * labels in order ({@link FastSchoolRows#sortedCodes}); each part's codes' new numbers into them go
     * to {@code newCodes[part][c]}.
     */
    private static String[] merge(FastSchoolRows[] parts, int c, int[][][] newCodes) {
        String[][] own = new String[parts.length][];
        int[][] newCode = new int[parts.length][];
        int total = 0;
        for (int k = 0; k < parts.length; k++) {
            own[k] = parts[k].categories[c].labels();
            newCode[k] = new int[own[k].length];
            total += own[k].length;
        }
        int[] next = new int[parts.length]; // each part's place in its sorted codes
        String[] merged = new String[total];
        int count = 0;
        while (true) {
            String least = null;
            for (int k = 0; k < parts.length; k++) {
                if (next[k] < own[k].length) {
                    String head = own[k][parts[k].sortedCodes[c][next[k]]];
                    if (least == null || head.compareTo(least) < 0) {
                        least = head;
                    }
                }
            }
            if (least == null) {
                break;
            }
            merged[count] = least;
            for (int k = 0; k < parts.length; k++) {
                if (next[k] < own[k].length) {
                    int code = parts[k].sortedCodes[c][next[k]];
                    if (own[k][code].equals(least)) {
                        newCode[k][code] = count;
                        next[k]++;
                    }
                }
            }
            count++;
        }
        for (int k = 0; k < parts.length; k++) {
            newCodes[k][c] = newCode[k];
        }
        return Arrays.copyOf(merged, count);
    }

    /** The bytes {@code [from, to)} of a file, read at their positions (so parts may be read at once). */
    private static InputStream stream(FileChannel channel, long from, long to) {
        return new InputStream() {
            private long position = from;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (position >= to) {
                    return -1;
                }
                int wanted = (int) Math.min(length, to - position);
                int got = channel.read(ByteBuffer.wrap(buffer, offset, wanted), position);
                if (got < 0) {
                    return -1;
                }
                position += got;
                return got;
            }
        };
    }
}

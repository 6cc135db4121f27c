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
package th.allocation.model;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import th.allocation.InputException;
import th.allocation.Problem;

/**
 * The school ids of a table being filled ({@link SchoolTableColumns}), as one run of UTF-8 bytes and
 * the end of each id, with no object per school; then their canonical order (by id, as Strings
 * compare), the duplicates, and the {@link IdColumn} of the table.
 */
final class IdBuffer {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private byte[] bytes;
    private int length;
    private int[] ends;
    private int size;
    private boolean ascii = true;
    /** Whether {@link #order} found the ids in ascending order with no two equal. */
    private boolean ascendingDistinct;
    /** The ids as Strings, made for ordering when some id is not ASCII. */
    private String[] strings;

    IdBuffer(int capacity) {
        bytes = new byte[Math.max(64, capacity * 10)];
        ends = new int[Math.max(16, capacity)];
    }

    /** How many ids. */
    int size() {
        return size;
    }

    /** Adds an id given as text. */
    void add(String id) {
        byte[] encoded = id.getBytes(StandardCharsets.UTF_8);
        add(encoded, 0, encoded.length);
    }

    /** Adds an id given as UTF-8 bytes. */
    void add(byte[] from, int start, int end) {
        int n = end - start;
        if (length + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length + (bytes.length >> 1), length + n));
        }
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size + (size >> 1));
        }
        if (ascii) {
            ascii = isAscii(from, start, end);
        }
        System.arraycopy(from, start, bytes, length, n);
        length += n;
        ends[size++] = length;
    }

    /** Whether the bytes {@code [start, end)} are all ASCII, eight at a time. */
    private static boolean isAscii(byte[] from, int start, int end) {
        long high = 0;
        int k = start;
        for (; k + 8 <= end; k += 8) {
            high |= (long) LONGS.get(from, k);
        }
        for (; k < end; k++) {
            high |= from[k];
        }
        return (high & 0x8080808080808080L) == 0;
    }

    /** Id {@code i} as text. */
    String get(int i) {
        int start = start(i);
        return new String(bytes, start, ends[i] - start, StandardCharsets.UTF_8);
    }

    private int start(int i) {
        return i == 0 ? 0 : ends[i - 1];
    }

    /** The ids of {@code parts}, one after another; the parts are then empty. */
    static IdBuffer join(List<IdBuffer> parts) {
        int total = 0;
        int bytesTotal = 0;
        for (IdBuffer part : parts) {
            total += part.size;
            bytesTotal += part.length;
        }
        IdBuffer joined = new IdBuffer(0);
        joined.bytes = new byte[bytesTotal];
        joined.ends = new int[total];
        for (IdBuffer part : parts) {
            System.arraycopy(part.bytes, 0, joined.bytes, joined.length, part.length);
            for (int i = 0; i < part.size; i++) {
                joined.ends[joined.size + i] = joined.length + part.ends[i];
            }
            joined.length += part.length;
            joined.size += part.size;
            joined.ascii &= part.ascii;
            part.bytes = null;
            part.ends = null;
            part.size = 0;
        }
        return joined;
    }

    private int compare(int a, int b) {
        if (strings != null) {
            return strings[a].compareTo(strings[b]);
        }
        return Arrays.compareUnsigned(bytes, start(a), ends[a], bytes, start(b), ends[b]);
    }

    /**
     * The positions in canonical order: by id (for ASCII ids the order of the bytes is that of the
     * Strings; other ids are compared as Strings), then by line. A stable merge sort of plain indices,
     * linear when the ids come sorted, as generated and exported files do.
     */
    int[] order(long[] lines) {
        if (!ascii && strings == null) {
            strings = new String[size];
            for (int i = 0; i < size; i++) {
                strings[i] = get(i);
            }
        }
        int[] order = new int[size];
        boolean sorted = true;
        boolean distinct = true;
        for (int i = 0; i < size; i++) {
            order[i] = i;
            if (i > 0) {
                int byId = compare(i - 1, i);
                sorted &= byId < 0 || byId == 0 && lines[i - 1] <= lines[i];
                distinct &= byId != 0;
            }
        }
        if (!sorted) {
            mergeSort(order, new int[size], 0, size, lines);
        }
        ascendingDistinct = sorted && distinct;
        return order;
    }

    private int compare(int a, int b, long[] lines) {
        int order = compare(a, b);
        return order != 0 ? order : Long.compare(lines[a], lines[b]);
    }

    private void mergeSort(int[] order, int[] buffer, int from, int to, long[] lines) {
        if (to - from < 2) {
            return;
        }
        int middle = (from + to) >>> 1;
        mergeSort(order, buffer, from, middle, lines);
        mergeSort(order, buffer, middle, to, lines);
        if (compare(order[middle - 1], order[middle], lines) <= 0) {
            return; // already in order
        }
        System.arraycopy(order, from, buffer, from, to - from);
        int left = from;
        int right = middle;
        for (int k = from; k < to; k++) {
            if (right >= to || left < middle && compare(buffer[left], buffer[right], lines) <= 0) {
                order[k] = buffer[left++];
            } else {
                order[k] = buffer[right++];
            }
        }
    }

    /**
     * Rejects ids that appear twice, each problem at the line of the later one, naming the line of the
     * first.
     *
     * @param order the positions in canonical order ({@link #order})
     * @throws InputException listing every duplicated school id with the lines it stands on
     */
    void rejectDuplicates(String source, long[] lines, int[] order) {
        if (ascendingDistinct && order.length == size) {
            return; // the ids came in ascending order, each less than the next: no two are equal
        }
        List<Problem> problems = new ArrayList<>();
        for (int j = 1; j < order.length; j++) {
            if (compare(order[j], order[j - 1]) != 0) {
                continue;
            }
            int first = j - 1;
            while (first > 0 && compare(order[first - 1], order[j]) == 0) {
                first--;
            }
            long firstLine = lines[order[first]];
            problems.add(Problem.atRow(
                    source,
                    lines[order[j]],
                    "school_id",
                    get(order[j]),
                    "Duplicate school id" + (firstLine > 0 ? " (first on line " + firstLine + ")." : "."),
                    "Each school must appear once; remove or renumber the duplicate."));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingLong(Problem::line));
            throw new InputException(problems, problems.size(), null);
        }
    }

    /**
     * The ids in {@code order}, or in the order they were added if it is null, as the table keeps
     * them; the buffer is then empty.
     */
    IdColumn column(int[] order) {
        if (order == null) {
            if (!ascii) {
                String[] kept = Arrays.copyOf(strings, size);
                strings = null;
                bytes = null;
                return IdColumn.ofStrings(kept);
            }
            IdColumn kept = IdColumn.ofAscii(
                    bytes.length == length ? bytes : Arrays.copyOf(bytes, length),
                    ends.length == size ? ends : Arrays.copyOf(ends, size));
            bytes = null;
            ends = null;
            return kept;
        }
        if (!ascii) {
            String[] picked = new String[order.length];
            for (int j = 0; j < order.length; j++) {
                picked[j] = strings[order[j]];
            }
            bytes = null;
            strings = null;
            return IdColumn.ofStrings(picked);
        }
        byte[] sorted = new byte[length];
        int[] sortedEnds = new int[order.length];
        int at = 0;
        for (int j = 0; j < order.length; j++) {
            int i = order[j];
            int start = start(i);
            System.arraycopy(bytes, start, sorted, at, ends[i] - start);
            at += ends[i] - start;
            sortedEnds[j] = at;
        }
        bytes = null;
        ends = null;
        return IdColumn.ofAscii(sorted, sortedEnds);
    }
}

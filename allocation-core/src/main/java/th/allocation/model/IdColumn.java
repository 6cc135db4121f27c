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

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The school ids of a table, in canonical order. Where every id is ASCII (OBEC codes are digits) they
 * are kept as one run of bytes and the end of each, with no object per school, which at 1.5 million
 * schools is 60 MB less to hold and for the garbage collector to copy; {@link #get} makes the String
 * when asked. For ASCII, the order of the bytes is the order of the Strings. Other ids are kept as
 * Strings.
 */
final class IdColumn {
    private final byte[] bytes;
    private final int[] ends;
    private final String[] strings;

    private IdColumn(byte[] bytes, int[] ends, String[] strings) {
        this.bytes = bytes;
        this.ends = ends;
        this.strings = strings;
    }

    /** Ids kept as Strings. */
    static IdColumn ofStrings(String[] ids) {
        return new IdColumn(null, null, ids);
    }

    /** ASCII ids, id {@code i} being the bytes from {@code ends[i - 1]} (0 for the first) to {@code ends[i]}. */
    static IdColumn ofAscii(byte[] bytes, int[] ends) {
        return new IdColumn(bytes, ends, null);
    }

    /** How many ids. */
    int size() {
        return strings != null ? strings.length : ends.length;
    }

    /** Id {@code i}. */
    String get(int i) {
        if (strings != null) {
            return strings[i];
        }
        int start = i == 0 ? 0 : ends[i - 1];
        return new String(bytes, start, ends[i] - start, StandardCharsets.ISO_8859_1);
    }

    /**
     * Copies id {@code i}'s bytes into {@code into} where the ids are kept as ASCII bytes, if it has
     * room: its length in bytes (the bytes copied only if it is at most {@code into.length}), or -1 if
     * the ids are kept as Strings.
     */
    int bytes(int i, byte[] into) {
        if (strings != null) {
            return -1;
        }
        int start = i == 0 ? 0 : ends[i - 1];
        int length = ends[i] - start;
        if (length <= into.length) {
            System.arraycopy(bytes, start, into, 0, length);
        }
        return length;
    }

    /** The position of {@code id}, or -1 if there is none. */
    int indexOf(String id) {
        if (strings != null) {
            int at = Arrays.binarySearch(strings, id);
            return at >= 0 ? at : -1;
        }
        for (int k = 0; k < id.length(); k++) {
            if (id.charAt(k) >= 0x80) {
                return -1; // no ASCII id is equal to it
            }
        }
        byte[] wanted = id.getBytes(StandardCharsets.ISO_8859_1);
        int low = 0;
        int high = ends.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int start = middle == 0 ? 0 : ends[middle - 1];
            int order = Arrays.compareUnsigned(bytes, start, ends[middle], wanted, 0, wanted.length);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -1;
    }

    /** The ids at {@code rows}: id {@code k} of the new column is id {@code rows[k]} of this one. */
    IdColumn select(int[] rows) {
        if (strings != null) {
            String[] picked = new String[rows.length];
            for (int k = 0; k < rows.length; k++) {
                picked[k] = strings[rows[k]];
            }
            return ofStrings(picked);
        }
        int[] pickedEnds = new int[rows.length];
        int length = 0;
        for (int k = 0; k < rows.length; k++) {
            int row = rows[k];
            length += ends[row] - (row == 0 ? 0 : ends[row - 1]);
            pickedEnds[k] = length;
        }
        byte[] picked = new byte[length];
        for (int k = 0; k < rows.length; k++) {
            int row = rows[k];
            int start = row == 0 ? 0 : ends[row - 1];
            int to = k == 0 ? 0 : pickedEnds[k - 1];
            System.arraycopy(bytes, start, picked, to, ends[row] - start);
        }
        return ofAscii(picked, pickedEnds);
    }
}

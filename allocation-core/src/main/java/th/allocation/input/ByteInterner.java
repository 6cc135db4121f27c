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

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Distinct byte strings numbered in the order they are first met, each decoded to a {@link String}
 * once: the values of a column with few distinct values (cluster, ESA, province...) read straight
 * from a file's bytes, with no String per cell. An open-addressing hash table over a pool of the
 * distinct values' bytes; for values that come in runs (rows sorted by school id come in runs of one
 * ESA, district and subdistrict), the value of the row before is checked first. A value's String is
 * decoded when first asked for, not when the value is met: the ids interned to find duplicates in an
 * unsorted file are never decoded.
 *
 * <p>The bytes must be valid UTF-8 (the reader checks them), so equal bytes and equal Strings are the
 * same thing.
 */
final class ByteInterner {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private byte[] pool = new byte[1 << 12];
    private int poolSize;
    private int[] offsets = new int[64];
    private int[] lengths = new int[64];
    private String[] labels = new String[64];
    private int count;
    private int[] slots = new int[128]; // code + 1; 0 is empty
    private int lastCode = -1;
    private final boolean runs;

    /** An interner of values that come in runs (checks the last value first) or not. */
    ByteInterner(boolean runs) {
        this.runs = runs;
    }

    /**
     * The code of the bytes {@code [from, to)} of {@code bytes}, numbering them if they are new. Kept
     * small, with a value met for the first time added out of line ({@link #add}), so that the row
     * loop that calls it compiles quickly: inlined with the String decoding of a new value, it made
     * the reader's row method some 50 kB of compiled code that took the JIT over a second to compile,
     * the rows meanwhile read by code that profiles every branch.
     */
    int intern(byte[] bytes, int from, int to) {
        int length = to - from;
        int last = lastCode;
        if (runs && last >= 0 && lengths[last] == length && equal(last, bytes, from, to)) {
            return last;
        }
        int[] table = slots;
        int mask = table.length - 1;
        for (int slot = hash(bytes, from, to) & mask; ; slot = (slot + 1) & mask) {
            int code = table[slot] - 1;
            if (code < 0) {
                return add(slot, bytes, from, to);
            }
            if (lengths[code] == length && equal(code, bytes, from, to)) {
                lastCode = code;
                return code;
            }
        }
    }

    /** How many distinct values. */
    int count() {
        return count;
    }

    /** The value of a code, decoded from its bytes when first asked for. */
    String label(int code) {
        String label = labels[code];
        return label != null ? label : decode(code);
    }

    /** The values by code. */
    String[] labels() {
        for (int code = 0; code < count; code++) {
            if (labels[code] == null) {
                decode(code);
            }
        }
        return Arrays.copyOf(labels, count);
    }

    private String decode(int code) {
        String label = new String(pool, offsets[code], lengths[code], StandardCharsets.UTF_8);
        labels[code] = label;
        return label;
    }

    /** How many bytes the distinct values hold. */
    long poolBytes() {
        return poolSize;
    }

    private boolean equal(int code, byte[] bytes, int from, int to) {
        int offset = offsets[code];
        return Arrays.equals(pool, offset, offset + lengths[code], bytes, from, to);
    }

    /** Numbers the new value {@code [from, to)} of {@code bytes}, found missing at {@code slot}; its code. */
    private int add(int slot, byte[] bytes, int from, int to) {
        int length = to - from;
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
            labels = Arrays.copyOf(labels, count * 2);
        }
        if (poolSize + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
        }
        System.arraycopy(bytes, from, pool, poolSize, length);
        offsets[count] = poolSize;
        lengths[count] = length;
        poolSize += length;
        int code = count++;
        slots[slot] = code + 1;
        if (count * 2 > slots.length) {
            rehash();
        }
        lastCode = code;
        return code;
    }

    private void rehash() {
        int[] grown = new int[slots.length * 2];
        int mask = grown.length - 1;
        for (int code = 0; code < count; code++) {
            int offset = offsets[code];
            int slot = hash(pool, offset, offset + lengths[code]) & mask;
            while (grown[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            grown[slot] = code + 1;
        }
        slots = grown;
    }

    /** A hash of the bytes, eight at a time. */
    static int hash(byte[] bytes, int from, int to) {
        long h = 0x9E3779B97F4A7C15L ^ (to - from);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            h = Long.rotateLeft(h ^ (long) LONGS.get(bytes, i), 29) * 0xBF58476D1CE4E5B9L;
        }
        long tail = 0;
        for (int shift = 0; i < to; i++, shift += 8) {
            tail |= (bytes[i] & 0xFFL) << shift;
        }
        h ^= tail;
        h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL; // Murmur3's finaliser, so every byte moves every bit
        h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return (int) (h ^ (h >>> 33));
    }
}

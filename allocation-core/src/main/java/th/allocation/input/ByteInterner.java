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
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    /** The bytes before a value's in the pool: its length and its code. */
    private static final int ENTRY_HEAD = 8;

    /** Each value's length, code and bytes, one after the other. */
    private byte[] pool = new byte[1 << 12];

    private int poolSize;
    /** Where each value's bytes start in the pool, by code. */
    private int[] offsets = new int[64];

    private int[] lengths = new int[64];
    private String[] labels = new String[64];
    private int count;
    /**
     * The hash table: 0 for an empty slot, else a value's hash in the high half and where its entry
     * starts in the pool, plus one, in the low half. A look-up reads the slot and, if the hashes agree,
     * one run of the pool (length, code and bytes together): two places in memory, where a table of
     * codes with arrays of offsets and lengths by code took four, each a cache miss in a large table.
     */
    private long[] slots = new long[128];

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
        if (runs && last >= 0 && lengths[last] == length) {
            int offset = offsets[last];
            if (Arrays.equals(pool, offset, offset + length, bytes, from, to)) {
                return last;
            }
        }
        int hash = hash(bytes, from, to);
        long[] table = slots;
        byte[] entries = pool;
        int mask = table.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            long entry = table[slot];
            if (entry == 0) {
                return add(slot, hash, bytes, from, to);
            }
            if ((int) (entry >>> 32) == hash) {
                int at = (int) entry - 1;
                int offset = at + ENTRY_HEAD;
                if ((int) INTS.get(entries, at) == length
                        && Arrays.equals(entries, offset, offset + length, bytes, from, to)) {
                    int code = (int) INTS.get(entries, at + 4);
                    lastCode = code;
                    return code;
                }
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

    /** Numbers the new value {@code [from, to)} of {@code bytes}, of hash {@code hash}, missing at {@code slot}; its code. */
    private int add(int slot, int hash, byte[] bytes, int from, int to) {
        int length = to - from;
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
            labels = Arrays.copyOf(labels, count * 2);
        }
        int at = poolSize;
        if (at + ENTRY_HEAD + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, at + ENTRY_HEAD + length));
        }
        int code = count++;
        INTS.set(pool, at, length);
        INTS.set(pool, at + 4, code);
        System.arraycopy(bytes, from, pool, at + ENTRY_HEAD, length);
        poolSize = at + ENTRY_HEAD + length;
        offsets[code] = at + ENTRY_HEAD;
        lengths[code] = length;
        slots[slot] = entry(hash, at);
        if (count * 2 > slots.length) {
            rehash();
        }
        lastCode = code;
        return code;
    }

    private static long entry(int hash, int at) {
        return (long) hash << 32 | (at + 1L);
    }

    private void rehash() {
        long[] grown = new long[slots.length * 2];
        int mask = grown.length - 1;
        for (int code = 0; code < count; code++) {
            int offset = offsets[code];
            int hash = hash(pool, offset, offset + lengths[code]);
            int slot = hash & mask;
            while (grown[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            grown[slot] = entry(hash, offset - ENTRY_HEAD);
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

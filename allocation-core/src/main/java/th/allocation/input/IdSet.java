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

import java.util.Arrays;

/**
 * The school ids read so far, to catch a duplicate as it is read: an open-addressing hash set of
 * Strings (their own cached hash codes), with no boxed entry per id as a {@code HashMap} has.
 */
final class IdSet {
    private String[] slots = new String[1 << 10];
    private int size;

    /** Adds {@code id}; false if it was there already. */
    boolean add(String id) {
        int mask = slots.length - 1;
        int slot = spread(id.hashCode()) & mask;
        for (String there; (there = slots[slot]) != null; slot = (slot + 1) & mask) {
            if (there.equals(id)) {
                return false;
            }
        }
        slots[slot] = id;
        if (++size * 2 > slots.length) {
            rehash();
        }
        return true;
    }

    /** How many ids. */
    int size() {
        return size;
    }

    private void rehash() {
        String[] old = slots;
        slots = new String[old.length * 2];
        int mask = slots.length - 1;
        for (String id : old) {
            if (id != null) {
                int slot = spread(id.hashCode()) & mask;
                while (slots[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = id;
            }
        }
        Arrays.fill(old, null);
    }

    /** Murmur3's finaliser: every bit of the hash code moves every bit of the slot. */
    private static int spread(int hash) {
        int h = hash ^ (hash >>> 16);
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }
}

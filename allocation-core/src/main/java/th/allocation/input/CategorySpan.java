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
 * The category fields of the last row whose codes were looked up, where they stand side by side:
 * rows sorted by school id come in runs of one cluster, ESA, network, province, district and
 * subdistrict, and one comparison of the fields' bytes and boundaries with the last row's then
 * stands for six look-ups ({@link FastSchoolRows}). Where the scanner looks for the span itself
 * ({@link CsvLineScanner#span}), comparing its bytes as it splits the line, its finding is taken.
 */
final class CategorySpan {
    private final int first;
    private final int last;
    private final int[] bounds;
    private byte[] bytes = new byte[256];
    private int length = -1;
    /** Whether the codes of the row kept are the reader's current ones. */
    private boolean known;

    /** The span of fields {@code first} to {@code last}; none if {@code first} is -1. */
    CategorySpan(int first, int last) {
        this.first = first;
        this.last = last;
        this.bounds = new int[first < 0 ? 0 : 2 * (last - first + 1)];
    }

    /**
     * Whether the current row's fields have the bytes and boundaries of the row kept. The lengths and
     * boundaries are compared in one sum of differences, with one branch on it: a row whose span has
     * the same length but other boundaries is rare (in a 1.5 million-school file the first comes after
     * 284,000 rows), and as a branch of its own it was compiled away until it came, when the JIT threw
     * out the reader's compiled row loop and compiled it again, seconds of compiling in a large read.
     */
    boolean same(CsvLineScanner lines) {
        if (lines.spanTracked()) {
            return known && lines.spanRepeated();
        }
        int from = lines.start(first);
        int to = lines.end(last);
        int differ = (to - from) ^ length;
        for (int i = first, k = 0; i <= last; i++, k += 2) {
            differ |= ((lines.start(i) - from) ^ bounds[k]) | ((lines.end(i) - from) ^ bounds[k + 1]);
        }
        return differ == 0 && Arrays.equals(lines.bytes(), from, to, bytes, 0, length);
    }

    /** Keeps the current row's fields. */
    void keep(CsvLineScanner lines) {
        known = true;
        if (lines.spanTracked()) {
            return; // the scanner keeps the bytes
        }
        int from = lines.start(first);
        int n = lines.end(last) - from;
        if (bytes.length < n) {
            bytes = new byte[Math.max(n, bytes.length * 2)];
        }
        System.arraycopy(lines.bytes(), from, bytes, 0, n);
        for (int i = first, k = 0; i <= last; i++, k += 2) {
            bounds[k] = lines.start(i) - from;
            bounds[k + 1] = lines.end(i) - from;
        }
        length = n;
    }

    /** Forgets the row kept. */
    void forget() {
        known = false;
        length = -1;
    }
}

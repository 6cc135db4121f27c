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

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The parts of a table read side by side, joined into one set of columns ({@link SchoolTableColumns#join}):
 * a column at a time, each part's copy let go once joined, the columns joined on the machine's cores
 * side by side (at 1.5 M schools, some 170 MB of columns that one thread copied while the others
 * waited). A part's lines may be counted on from the part before and its category codes renumbered
 * into labels shared by all parts on the way, rather than in passes of their own.
 */
final class ColumnParts {
    /**
     * Tables of at least this many rows are joined on the machine's cores; a smaller one (the national
     * file's 29,449 schools) on the calling thread, as starting the pool's threads would cost more.
     */
    static final int PARALLEL_ROWS = 1 << 18;

    private ColumnParts() {}

    /**
     * The parts' rows as one set of columns; the parts are then empty.
     *
     * @param lineOffsets what to add to the lines of each part, or null for nothing
     * @param newCodes for each part and category column, its codes' new numbers ({@code code} becoming
     *     {@code newCodes[part][category][code]}), or null (for the whole, or a part, or a column) to keep
     *     them
     */
    static SchoolTableColumns join(List<SchoolTableColumns> parts, long[] lineOffsets, int[][][] newCodes) {
        long total = 0;
        for (SchoolTableColumns part : parts) {
            total += part.size;
        }
        return join(parts, lineOffsets, newCodes, total >= PARALLEL_ROWS);
    }

    /** As {@link #join(List, long[], int[][][])}, the columns joined side by side or one after another. */
    static SchoolTableColumns join(
            List<SchoolTableColumns> parts, long[] lineOffsets, int[][][] newCodes, boolean sideBySide) {
        SchoolTableColumns first = parts.get(0);
        int total = 0;
        for (SchoolTableColumns part : parts) {
            part.requireNotBuilt();
            if (!part.source.equals(first.source) || !part.indicatorNames.equals(first.indicatorNames)) {
                throw new IllegalArgumentException("Parts of one table have one source and the same indicators.");
            }
            total += part.size;
        }
        SchoolTableColumns joined = new SchoolTableColumns(first.source, first.indicatorNames, 0);
        joined.size = total;
        int n = parts.size();
        int[] at = new int[n + 1];
        for (int k = 0; k < n; k++) {
            at[k + 1] = at[k] + parts.get(k).size;
        }
        SchoolTableColumns[] from = parts.toArray(new SchoolTableColumns[0]);
        int indicators = first.indicatorNames.size();
        joined.categories = new int[SchoolTableColumns.CATEGORIES][];
        joined.pupils = new int[SchoolTableColumns.LEVELS][];
        joined.indicators = new double[indicators][];
        List<Runnable> columns = new ArrayList<>();
        columns.add(() -> {
            List<IdBuffer> ids = new ArrayList<>();
            for (SchoolTableColumns part : from) {
                ids.add(part.ids);
                part.ids = null;
            }
            joined.ids = IdBuffer.join(ids);
        });
        columns.add(() -> {
            joined.names = new String[at[n]];
            for (int k = 0; k < n; k++) {
                System.arraycopy(from[k].names, 0, joined.names, at[k], from[k].size);
                from[k].names = null;
            }
        });
        columns.add(() -> {
            joined.areaTypes = new byte[at[n]];
            joined.kinds = new byte[at[n]];
            joined.remote = new boolean[at[n]];
            for (int k = 0; k < n; k++) {
                System.arraycopy(from[k].areaTypes, 0, joined.areaTypes, at[k], from[k].size);
                System.arraycopy(from[k].kinds, 0, joined.kinds, at[k], from[k].size);
                System.arraycopy(from[k].remote, 0, joined.remote, at[k], from[k].size);
                from[k].areaTypes = null;
                from[k].kinds = null;
                from[k].remote = null;
            }
        });
        columns.add(() -> {
            joined.specialNeeds = new int[at[n]];
            joined.poor = new int[at[n]];
            for (int k = 0; k < n; k++) {
                System.arraycopy(from[k].specialNeeds, 0, joined.specialNeeds, at[k], from[k].size);
                System.arraycopy(from[k].poor, 0, joined.poor, at[k], from[k].size);
                from[k].specialNeeds = null;
                from[k].poor = null;
            }
        });
        columns.add(() -> {
            joined.previous = new long[at[n]];
            joined.previousPupils = new int[at[n]];
            for (int k = 0; k < n; k++) {
                System.arraycopy(from[k].previous, 0, joined.previous, at[k], from[k].size);
                System.arraycopy(from[k].previousPupils, 0, joined.previousPupils, at[k], from[k].size);
                from[k].previous = null;
                from[k].previousPupils = null;
            }
        });
        columns.add(() -> {
            long[] lines = new long[at[n]];
            for (int k = 0; k < n; k++) {
                long[] own = from[k].lines;
                long offset = lineOffsets == null ? 0 : lineOffsets[k];
                for (int i = 0, j = at[k]; i < from[k].size; i++, j++) {
                    lines[j] = own[i] + offset;
                }
                from[k].lines = null;
            }
            joined.lines = lines;
        });
        for (int c = 0; c < SchoolTableColumns.CATEGORIES; c++) {
            int category = c;
            columns.add(() -> {
                int[] column = new int[at[n]];
                for (int k = 0; k < n; k++) {
                    int[] own = from[k].categories[category];
                    int[] renumber = newCodes == null || newCodes[k] == null ? null : newCodes[k][category];
                    if (renumber == null) {
                        System.arraycopy(own, 0, column, at[k], from[k].size);
                    } else {
                        for (int i = 0, j = at[k]; i < from[k].size; i++, j++) {
                            column[j] = renumber[own[i]];
                        }
                    }
                    from[k].categories[category] = null;
                }
                joined.categories[category] = column;
            });
        }
        for (int l = 0; l < SchoolTableColumns.LEVELS; l++) {
            int level = l;
            columns.add(() -> {
                int[] column = new int[at[n]];
                for (int k = 0; k < n; k++) {
                    System.arraycopy(from[k].pupils[level], 0, column, at[k], from[k].size);
                    from[k].pupils[level] = null;
                }
                joined.pupils[level] = column;
            });
        }
        for (int x = 0; x < indicators; x++) {
            int indicator = x;
            columns.add(() -> {
                double[] column = new double[at[n]];
                for (int k = 0; k < n; k++) {
                    System.arraycopy(from[k].indicators[indicator], 0, column, at[k], from[k].size);
                    from[k].indicators[indicator] = null;
                }
                joined.indicators[indicator] = column;
            });
        }
        IntStream range = IntStream.range(0, columns.size());
        (sideBySide ? range.parallel() : range).forEach(k -> columns.get(k).run());
        for (SchoolTableColumns part : from) {
            part.size = 0;
        }
        return joined;
    }
}

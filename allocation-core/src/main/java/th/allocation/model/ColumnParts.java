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
import java.util.function.Function;

/** The parts of a table read side by side, joined into one set of columns ({@link SchoolTableColumns#join}). */
final class ColumnParts {
    private ColumnParts() {}

    static SchoolTableColumns join(List<SchoolTableColumns> parts) {
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
        List<IdBuffer> idParts = new ArrayList<>();
        for (SchoolTableColumns part : parts) {
            idParts.add(part.ids);
        }
        joined.ids = IdBuffer.join(idParts);
        joined.names = new String[total];
        joined.areaTypes = new byte[total];
        joined.kinds = new byte[total];
        joined.remote = new boolean[total];
        joined.specialNeeds = new int[total];
        joined.poor = new int[total];
        joined.previous = new long[total];
        joined.previousPupils = new int[total];
        joined.lines = new long[total];
        int at = 0;
        for (SchoolTableColumns part : parts) {
            int n = part.size;
            System.arraycopy(part.names, 0, joined.names, at, n);
            System.arraycopy(part.areaTypes, 0, joined.areaTypes, at, n);
            System.arraycopy(part.kinds, 0, joined.kinds, at, n);
            System.arraycopy(part.remote, 0, joined.remote, at, n);
            System.arraycopy(part.specialNeeds, 0, joined.specialNeeds, at, n);
            System.arraycopy(part.poor, 0, joined.poor, at, n);
            System.arraycopy(part.previous, 0, joined.previous, at, n);
            System.arraycopy(part.previousPupils, 0, joined.previousPupils, at, n);
            System.arraycopy(part.lines, 0, joined.lines, at, n);
            part.ids = null;
            part.names = null;
            part.areaTypes = null;
            part.kinds = null;
            part.remote = null;
            part.specialNeeds = null;
            part.poor = null;
            part.previous = null;
            part.previousPupils = null;
            part.lines = null;
            at += n;
        }
        joined.categories = joinColumns(parts, total, SchoolTableColumns.CATEGORIES, p -> p.categories);
        joined.pupils = joinColumns(parts, total, SchoolTableColumns.LEVELS, p -> p.pupils);
        joined.indicators = new double[first.indicatorNames.size()][];
        for (int k = 0; k < joined.indicators.length; k++) {
            double[] column = new double[total];
            int from = 0;
            for (SchoolTableColumns part : parts) {
                System.arraycopy(part.indicators[k], 0, column, from, part.size);
                part.indicators[k] = null;
                from += part.size;
            }
            joined.indicators[k] = column;
        }
        for (SchoolTableColumns part : parts) {
            part.size = 0;
        }
        return joined;
    }

    private static int[][] joinColumns(
            List<SchoolTableColumns> parts, int total, int count, Function<SchoolTableColumns, int[][]> of) {
        int[][] joined = new int[count][];
        for (int c = 0; c < count; c++) {
            int[] column = new int[total];
            int from = 0;
            for (SchoolTableColumns part : parts) {
                System.arraycopy(of.apply(part)[c], 0, column, from, part.size);
                of.apply(part)[c] = null;
                from += part.size;
            }
            joined[c] = column;
        }
        return joined;
    }
}

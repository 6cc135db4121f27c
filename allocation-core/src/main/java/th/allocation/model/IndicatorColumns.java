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

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The indicator columns of a {@link SchoolTable}: each school's own indicators, any subset of
 * names, made into one dense column per name, sorted by name, with NaN where a school has no value.
 */
final class IndicatorColumns {
    private IndicatorColumns() {}

    /** The same columns at {@code rows}: value {@code k} of each is value {@code rows[k]} of the original. */
    static Map<String, double[]> select(Map<String, double[]> columns, int[] rows) {
        int n = rows.length;
        Map<String, double[]> indicatorColumns = new TreeMap<>();
        columns.forEach((name, column) -> indicatorColumns.put(name, new double[n]));
        for (Map.Entry<String, double[]> entry : indicatorColumns.entrySet()) {
            double[] all = columns.get(entry.getKey());
            double[] some = entry.getValue();
            for (int k = 0; k < n; k++) {
                some[k] = all[rows[k]];
            }
        }
        return Collections.unmodifiableMap(indicatorColumns);
    }
}

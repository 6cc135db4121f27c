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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import th.allocation.InputException;

/**
 * The schools of a {@link SchoolTable.Builder} as a table: each school's values put into columns
 * ({@link SchoolTableColumns}), its hierarchy and geography as codes into the labels met, its
 * indicators into one column per name any school has; then the canonical order.
 */
final class CanonicalRows {
    private CanonicalRows() {}

    /**
     * The table of {@code rows}, added from {@code lines} of {@code source}.
     *
     * @throws InputException listing every duplicated school id with the lines it stands on
     */
    static SchoolTable table(String source, List<School> rows, List<Long> lines) {
        Set<String> indicatorNames = new TreeSet<>();
        rows.forEach(school -> indicatorNames.addAll(school.indicators().keySet()));
        List<String> indicators = List.copyOf(indicatorNames);
        SchoolTableColumns columns = new SchoolTableColumns(source, indicators, rows.size());
        List<Map<String, Integer>> codeOf = new ArrayList<>();
        for (int c = 0; c < SchoolTableColumns.CATEGORIES; c++) {
            codeOf.add(new HashMap<>());
        }
        int[] codes = new int[SchoolTableColumns.CATEGORIES];
        int[] pupils = new int[Level.values().length];
        double[] values = new double[indicators.size()];
        for (int i = 0; i < rows.size(); i++) {
            School school = rows.get(i);
            String[] text = {
                school.cluster(),
                school.esa(),
                school.network(),
                school.province(),
                school.district(),
                school.subdistrict()
            };
            for (int c = 0; c < codes.length; c++) {
                Map<String, Integer> column = codeOf.get(c);
                codes[c] = column.computeIfAbsent(text[c], label -> column.size());
            }
            for (Level level : Level.values()) {
                pupils[level.ordinal()] = school.pupils().of(level);
            }
            for (int k = 0; k < values.length; k++) {
                values[k] = school.indicators().getOrDefault(indicators.get(k), Double.NaN);
            }
            columns.add(
                    school.id(),
                    school.name(),
                    codes,
                    school.areaType(),
                    school.remote(),
                    school.kind(),
                    pupils,
                    school.specialNeeds(),
                    school.poor(),
                    school.previousAllocation().orElse(SchoolTable.NO_PREVIOUS),
                    values,
                    lines.get(i));
            if (school.previousPupils().isPresent()) {
                columns.previousPupils(school.previousPupils().getAsInt());
            }
        }
        String[][] labels = new String[SchoolTableColumns.CATEGORIES][];
        for (int c = 0; c < labels.length; c++) {
            String[] column = new String[codeOf.get(c).size()];
            codeOf.get(c).forEach((label, code) -> column[code] = label);
            labels[c] = column;
        }
        return columns.build(labels);
    }
}

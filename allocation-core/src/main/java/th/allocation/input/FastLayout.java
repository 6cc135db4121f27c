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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import th.allocation.model.Level;

/**
 * What the streaming reader does with each field of a row, from the header: read as the school id,
 * the name, one of the six category columns, a count, an amount, an indicator, or skip it. Resolved
 * once per file, with the full reader's header rules ({@link SchoolHeader}), and shared by the parts
 * of the file read side by side.
 */
final class FastLayout {
    static final int SKIP = 0;
    static final int ID = 1;
    static final int NAME = 2;
    static final int CATEGORY = 3;
    static final int AREA_TYPE = 4;
    static final int KIND = 5;
    static final int REMOTE = 6;
    static final int COUNT = 7;
    static final int SUBSET = 8;
    static final int PREVIOUS = 9;
    static final int INDICATOR = 10;
    static final int PREVIOUS_PUPILS = 11;

    final String source;
    final SchoolHeader header;
    final Set<String> indicatorNames;
    final List<String> indicators;
    final int[] role;
    final int[] argument;
    /** The first and last of the category fields when they stand side by side; -1 otherwise. */
    final int spanFirst;

    final int spanLast;

    private FastLayout(String source, SchoolHeader header, Set<String> indicators, int[] role, int[] argument) {
        this.source = source;
        this.header = header;
        this.indicatorNames = Set.copyOf(indicators);
        this.indicators = List.copyOf(new TreeSet<>(indicators));
        this.role = role;
        this.argument = argument;
        int first = -1;
        int last = -1;
        int count = 0;
        for (int i = 0; i < role.length; i++) {
            if (role[i] == CATEGORY) {
                first = first < 0 ? i : first;
                last = i;
                count++;
            }
        }
        boolean sideBySide = count >= 2 && last - first + 1 == count;
        this.spanFirst = sideBySide ? first : -1;
        this.spanLast = sideBySide ? last : -1;
    }

    /**
     * The layout of a header row, or null if the full reader must read the file: a header that appears
     * twice, a missing column, two columns read from one field.
     */
    static FastLayout of(List<String> cells, String source, Map<String, String> mapping, Set<String> indicators) {
        ProblemList problems = new ProblemList();
        SchoolHeader header = SchoolHeader.resolve(
                cells, Map.copyOf(mapping), Set.copyOf(indicators), SchoolCsvReader.place(source), problems);
        if (problems.count() > 0 || header.hasMissing()) {
            return null;
        }
        int[] role = new int[header.width()];
        int[] argument = new int[header.width()];
        List<String> columns = new ArrayList<>(List.of(
                SchoolColumns.SCHOOL_ID,
                SchoolColumns.NAME,
                SchoolColumns.CLUSTER,
                SchoolColumns.ESA,
                SchoolColumns.NETWORK,
                SchoolColumns.PROVINCE,
                SchoolColumns.DISTRICT,
                SchoolColumns.SUBDISTRICT,
                SchoolColumns.AREA_TYPE,
                SchoolColumns.SCHOOL_KIND,
                SchoolColumns.REMOTE,
                SchoolColumns.PUPILS_SPECIAL_NEEDS,
                SchoolColumns.PUPILS_POOR,
                SchoolColumns.PREVIOUS_ALLOCATION,
                SchoolColumns.PREVIOUS_PUPILS));
        int[] roles = {
            ID,
            NAME,
            CATEGORY,
            CATEGORY,
            CATEGORY,
            CATEGORY,
            CATEGORY,
            CATEGORY,
            AREA_TYPE,
            KIND,
            REMOTE,
            SUBSET,
            SUBSET,
            PREVIOUS,
            PREVIOUS_PUPILS
        };
        int[] arguments = {0, 0, 0, 1, 2, 3, 4, 5, 0, 0, 0, 0, 1, 0, 0};
        for (int k = 0; k < roles.length; k++) {
            if (!assign(header, role, argument, columns.get(k), roles[k], arguments[k])) {
                return null;
            }
        }
        for (Level level : Level.values()) {
            if (!assign(header, role, argument, level.column(), COUNT, level.ordinal())) {
                return null;
            }
        }
        List<String> sorted = List.copyOf(new TreeSet<>(indicators));
        for (int k = 0; k < sorted.size(); k++) {
            if (!assign(header, role, argument, sorted.get(k), INDICATOR, k)) {
                return null;
            }
        }
        return new FastLayout(source, header, indicators, role, argument);
    }

    /** Gives the column's field its role; false if another column is read from the same field. */
    private static boolean assign(
            SchoolHeader header, int[] role, int[] argument, String canonical, int what, int which) {
        int at = header.position(canonical);
        if (at < 0) {
            return true; // an optional column the file does not have
        }
        if (role[at] != SKIP) {
            return false;
        }
        role[at] = what;
        argument[at] = which;
        return true;
    }

    /** How many fields a row has. */
    int width() {
        return role.length;
    }
}

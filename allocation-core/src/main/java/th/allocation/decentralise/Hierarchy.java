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
package th.allocation.decentralise;

import java.util.ArrayList;
import java.util.List;
import th.allocation.Problem;
import th.allocation.internal.NaturalOrder;
import th.allocation.model.CategoryColumn;
import th.allocation.model.SchoolTable;
import th.allocation.scenario.AdminLevel;

/**
 * The hierarchy the levels of a scenario run through: which unit of each level a school is in, and
 * the check that units nest (every school of an ESA is in the same cluster, and so on), since a unit
 * can only split an envelope it received whole.
 */
final class Hierarchy {
    private static final int MAX_PROBLEMS = 20;

    private Hierarchy() {}

    /** The school table's column for a level's units. */
    static CategoryColumn column(SchoolTable schools, String by) {
        return switch (by) {
            case "cluster" -> schools.cluster();
            case "esa" -> schools.esa();
            case "network" -> schools.network();
            default -> throw new IllegalArgumentException("Not a hierarchy column: " + by);
        };
    }

    /**
     * Problems where a named unit of one level has schools in two units of the level above (or, for
     * the first level, nothing to check). Schools with no name at a level (no network, say) form a
     * group of their own inside each unit above and are not checked.
     */
    static List<Problem> nesting(List<AdminLevel> levels, SchoolTable schools) {
        List<Problem> problems = new ArrayList<>();
        for (int k = 1; k < levels.size(); k++) {
            CategoryColumn child = column(schools, levels.get(k).by());
            CategoryColumn parent = column(schools, levels.get(k - 1).by());
            int[] parentOf = new int[child.labelCount()];
            int[] firstSchool = new int[child.labelCount()];
            java.util.Arrays.fill(parentOf, -1);
            boolean[] reported = new boolean[child.labelCount()];
            for (int i = 0; i < schools.size() && problems.size() < MAX_PROBLEMS; i++) {
                int code = child.code(i);
                if (child.label(code).isEmpty()) {
                    continue;
                }
                if (parentOf[code] < 0) {
                    parentOf[code] = parent.code(i);
                    firstSchool[code] = i;
                } else if (parentOf[code] != parent.code(i) && !reported[code]) {
                    reported[code] = true;
                    int first = firstSchool[code];
                    String by = levels.get(k).by();
                    String above = levels.get(k - 1).by();
                    problems.add(Problem.atRow(
                            schools.source(),
                            schools.line(i),
                            above,
                            schools.id(i),
                            "The " + by + " '" + child.label(code) + "' is in the " + above + " '"
                                    + parent.value(i) + "' here but in '" + parent.label(parentOf[code])
                                    + "' at school " + schools.id(first)
                                    + (schools.line(first) > 0 ? " (line " + schools.line(first) + ")" : "") + ".",
                            "Each " + by + " must lie inside one " + above + ", since it splits an envelope its "
                                    + above + " gave it: correct the school file, or leave the " + above
                                    + " level out of 'levels'."));
                }
            }
        }
        return problems;
    }

    /**
     * Splits {@code rows} (ascending rows of the school table) by their unit in {@code column}: one
     * array of ascending rows per unit, units in natural name order (region 2 before region 10).
     */
    static List<Group> split(int[] rows, CategoryColumn column) {
        int labels = column.labelCount();
        int[] counts = new int[labels];
        for (int row : rows) {
            counts[column.code(row)]++;
        }
        int[][] members = new int[labels][];
        for (int code = 0; code < labels; code++) {
            members[code] = counts[code] == 0 ? null : new int[counts[code]];
        }
        int[] filled = new int[labels];
        for (int row : rows) {
            int code = column.code(row);
            members[code][filled[code]++] = row;
        }
        List<Group> groups = new ArrayList<>();
        for (int code = 0; code < labels; code++) {
            if (members[code] != null) {
                groups.add(new Group(column.label(code), members[code]));
            }
        }
        groups.sort((a, b) -> NaturalOrder.INSTANCE.compare(a.name(), b.name()));
        return groups;
    }

    /** A unit's name and its schools' rows, ascending. */
    record Group(String name, int[] rows) {}
}

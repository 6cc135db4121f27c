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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import th.allocation.InputException;
import th.allocation.Problem;

/**
 * The rows collected by a {@link SchoolTable.Builder} in canonical order: sorted by school id
 * (ordinal string order, ties by line), each id once, with the line each school stands on.
 *
 * @param schools the schools, by id
 * @param lines the line of each school in the source (0 for a school built in code)
 */
record CanonicalRows(List<School> schools, long[] lines) {
    /**
     * Sorts {@code rows}, added from {@code lines} of {@code source}.
     *
     * @throws InputException listing every duplicated school id with the lines it stands on
     */
    static CanonicalRows of(String source, List<School> rows, List<Long> lines) {
        Integer[] order = new Integer[rows.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> rows.get(i).id()).thenComparing(i -> lines.get(i)));
        List<Problem> problems = new ArrayList<>();
        List<School> sorted = new ArrayList<>(order.length);
        long[] sortedLines = new long[order.length];
        for (int k = 0; k < order.length; k++) {
            School school = rows.get(order[k]);
            if (k > 0 && school.id().equals(sorted.get(sorted.size() - 1).id())) {
                long firstLine = sortedLines[sorted.size() - 1];
                problems.add(Problem.atRow(
                        source,
                        lines.get(order[k]),
                        "school_id",
                        school.id(),
                        "Duplicate school id" + (firstLine > 0 ? " (first on line " + firstLine + ")." : "."),
                        "Each school must appear once; remove or renumber the duplicate."));
                continue;
            }
            sortedLines[sorted.size()] = lines.get(order[k]);
            sorted.add(school);
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingLong(Problem::line));
            throw new InputException(problems, problems.size(), null);
        }
        return new CanonicalRows(sorted, sortedLines);
    }
}

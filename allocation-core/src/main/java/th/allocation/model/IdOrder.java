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
import java.util.Comparator;
import java.util.List;
import th.allocation.InputException;
import th.allocation.Problem;

/** The canonical order of a table filled column by column ({@link SchoolTableColumns}): by school id. */
final class IdOrder {
    private IdOrder() {}

    /**
     * The first {@code n} positions in ascending order of id (ordinal string order), ties in position
     * order: a stable merge sort of plain indices, no boxing, and linear when the ids come sorted, as
     * generated and exported files do.
     */
    static int[] of(String[] ids, int n) {
        int[] order = new int[n];
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            order[i] = i;
            sorted &= i == 0 || ids[i - 1].compareTo(ids[i]) <= 0;
        }
        if (!sorted) {
            mergeSort(order, new int[n], 0, n, ids);
        }
        return order;
    }

    private static void mergeSort(int[] order, int[] buffer, int from, int to, String[] ids) {
        if (to - from < 2) {
            return;
        }
        int middle = (from + to) >>> 1;
        mergeSort(order, buffer, from, middle, ids);
        mergeSort(order, buffer, middle, to, ids);
        if (ids[order[middle - 1]].compareTo(ids[order[middle]]) <= 0) {
            return; // already in order
        }
        System.arraycopy(order, from, buffer, from, to - from);
        int left = from;
        int right = middle;
        for (int k = from; k < to; k++) {
            if (right >= to || left < middle && ids[buffer[left]].compareTo(ids[buffer[right]]) <= 0) {
                order[k] = buffer[left++];
            } else {
                order[k] = buffer[right++];
            }
        }
    }

    /**
     * Rejects ids that appear twice among the positions in {@code order} (as {@link #of} gives them),
     * each problem at the line of the later one, naming the line of the first.
     *
     * @throws InputException listing every duplicated school id with the lines it stands on
     */
    static void rejectDuplicates(String source, String[] ids, long[] lines, int[] order) {
        List<Problem> problems = new ArrayList<>();
        for (int j = 1; j < order.length; j++) {
            if (!ids[order[j]].equals(ids[order[j - 1]])) {
                continue;
            }
            int first = j - 1;
            while (first > 0 && ids[order[first - 1]].equals(ids[order[j]])) {
                first--;
            }
            long firstLine = lines[order[first]];
            problems.add(Problem.atRow(
                    source,
                    lines[order[j]],
                    "school_id",
                    ids[order[j]],
                    "Duplicate school id" + (firstLine > 0 ? " (first on line " + firstLine + ")." : "."),
                    "Each school must appear once; remove or renumber the duplicate."));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingLong(Problem::line));
            throw new InputException(problems, problems.size(), null);
        }
    }
}

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
package th.allocation.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.allocation.model.SchoolTable;
import th.allocation.result.Grouping;

/**
 * The group of every school for one grouping, as a small integer, with the groups' names in the
 * grouping's order (the order of {@code summary.json} and of the report). Computed once per school
 * table, so that summing a result by group is one pass over arrays.
 */
final class GroupCodes {
    private final Grouping grouping;
    private final int[] codes;
    private final List<String> labels;

    private GroupCodes(Grouping grouping, int[] codes, List<String> labels) {
        this.grouping = grouping;
        this.codes = codes;
        this.labels = List.copyOf(labels);
    }

    /** The codes of {@code schools} for {@code grouping}: code {@code k} is {@code labels().get(k)}. */
    static GroupCodes of(SchoolTable schools, Grouping grouping) {
        int n = schools.size();
        Map<String, Integer> seen = new HashMap<>();
        int[] provisional = new int[n];
        for (int i = 0; i < n; i++) {
            provisional[i] = seen.computeIfAbsent(grouping.groupOf(schools, i), g -> seen.size());
        }
        List<String> labels = new ArrayList<>(seen.keySet());
        labels.sort(grouping.order());
        int[] codeOf = new int[labels.size()];
        for (int code = 0; code < labels.size(); code++) {
            codeOf[seen.get(labels.get(code))] = code;
        }
        int[] codes = new int[n];
        for (int i = 0; i < n; i++) {
            codes[i] = codeOf[provisional[i]];
        }
        return new GroupCodes(grouping, codes, labels);
    }

    Grouping grouping() {
        return grouping;
    }

    /** The group of school {@code i}. */
    int code(int i) {
        return codes[i];
    }

    /** The groups' names, in the grouping's order. */
    List<String> labels() {
        return labels;
    }

    int size() {
        return labels.size();
    }
}

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
package th.allocation.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.allocation.model.Baht;
import th.allocation.model.SchoolTable;

/**
 * Totals of one group of schools.
 *
 * @param grouping how the schools were grouped
 * @param group the group's value, e.g. {@code special} or a cluster name
 * @param schools how many schools
 * @param pupils how many pupils
 * @param allocation the group's allocation, in satang
 */
public record GroupSummary(Grouping grouping, String group, long schools, long pupils, long allocation) {

    /** Baht per pupil, to the satang (halves up); empty when the group has no pupils. */
    public Optional<BigDecimal> perPupil() {
        return Baht.perPupil(allocation, pupils);
    }

    /** One summary per group of {@code result}'s schools, in group order. */
    public static List<GroupSummary> of(AllocationResult result, Grouping grouping) {
        SchoolTable schools = result.schools();
        Grouping.Groups groups = grouping.groups(schools);
        int count = groups.size();
        long[] members = new long[count];
        long[] pupils = new long[count];
        long[] allocation = new long[count];
        for (int i = 0; i < schools.size(); i++) {
            int group = groups.code(i);
            members[group]++;
            pupils[group] += schools.totalPupils(i);
            allocation[group] += result.allocation(i);
        }
        List<GroupSummary> summaries = new ArrayList<>(count);
        for (int group = 0; group < count; group++) {
            summaries.add(new GroupSummary(
                    grouping, groups.labels().get(group), members[group], pupils[group], allocation[group]));
        }
        return List.copyOf(summaries);
    }
}

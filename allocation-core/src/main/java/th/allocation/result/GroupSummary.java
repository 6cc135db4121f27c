package th.allocation.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
        Map<String, long[]> totals = new TreeMap<>(grouping.order());
        for (int i = 0; i < schools.size(); i++) {
            long[] sums = totals.computeIfAbsent(grouping.groupOf(schools, i), g -> new long[3]);
            sums[0]++;
            sums[1] += schools.totalPupils(i);
            sums[2] += result.allocation(i);
        }
        List<GroupSummary> summaries = new ArrayList<>(totals.size());
        totals.forEach((group, sums) -> summaries.add(new GroupSummary(grouping, group, sums[0], sums[1], sums[2])));
        return List.copyOf(summaries);
    }
}

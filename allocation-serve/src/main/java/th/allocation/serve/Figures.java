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

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import th.allocation.model.Baht;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.Bound;
import th.allocation.result.PerPupilSample;
import th.allocation.stats.EquityMeasure;
import th.allocation.stats.EquityStatistics;

/**
 * The figures the page shows for one allocation, against the baseline: total and scale, the schools
 * each bound holds, the amount per pupil by area type, cluster and province, the equity statistics and
 * the schools that gain or lose. Aggregates only, a few kilobytes whatever the number of schools;
 * amounts are exact decimal strings in baht (as in {@code summary.json}), so the page shows the same
 * digits as {@code alloc run}.
 */
final class Figures {
    /** How many of the largest gains and losses are listed. */
    static final int TOP = 5;

    /** The statistics of a sample's size, not of its equity: not shown. */
    private static final List<EquityMeasure> NOT_SHOWN = List.of(
            EquityMeasure.SCHOOLS,
            EquityMeasure.EXCLUDED_SCHOOLS,
            EquityMeasure.PUPILS,
            EquityMeasure.ATKINSON_EPSILON);

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Figures() {}

    /** The figures of {@code result}, an allocation to the baseline's schools, against the baseline. */
    static ObjectNode of(AllocationResult result, Baseline baseline) {
        SchoolTable schools = result.schools();
        int n = schools.size();
        ObjectNode root = NODES.objectNode();
        root.put("kind", result.kind().name().toLowerCase(java.util.Locale.ROOT));
        root.put("total", baht(result.total()));
        BigDecimal budget = result.scenario().budget();
        if (budget == null) {
            root.putNull("budget");
        } else {
            root.put("budget", budget.toPlainString());
        }
        if (Double.isFinite(result.scale())) {
            root.put("scale", result.scale());
        } else {
            root.putNull("scale"); // decentralised: each unit has its own
        }
        root.put("schools", n);
        root.put("pupils", baseline.totalPupils());
        root.put("per_pupil", perPupil(result.total(), baseline.totalPupils()));

        List<GroupCodes> groups = baseline.groups();
        long[][] groupSums = new long[groups.size()][];
        for (int g = 0; g < groups.size(); g++) {
            groupSums[g] = new long[groups.get(g).size()];
        }
        long[] bounds = new long[Bound.values().length];
        GroupCodes areaTypes = groups.get(0);
        Changes changes = new Changes(areaTypes.size());
        for (int i = 0; i < n; i++) {
            long amount = result.allocation(i);
            bounds[result.bound(i).ordinal()]++;
            for (int g = 0; g < groups.size(); g++) {
                groupSums[g][groups.get(g).code(i)] += amount;
            }
            changes.add(i, areaTypes.code(i), amount - baseline.allocation(i));
        }
        long baselineTotal = baseline.total();
        ObjectNode base = root.putObject("baseline");
        base.put("total", baht(baselineTotal));
        base.put("per_pupil", perPupil(baselineTotal, baseline.totalPupils()));

        ArrayNode boundList = root.putArray("bounds");
        for (Bound bound : Bound.values()) {
            boundList
                    .addObject()
                    .put("key", bound.key())
                    .put("schools", bounds[bound.ordinal()])
                    .put("baseline", baseline.bound(bound));
        }

        ObjectNode byGroup = root.putObject("groups");
        for (int g = 0; g < groups.size(); g++) {
            GroupCodes codes = groups.get(g);
            ArrayNode list = byGroup.putArray(codes.grouping().key());
            for (int code = 0; code < codes.size(); code++) {
                list.addObject()
                        .put("group", codes.labels().get(code))
                        .put("schools", baseline.groupSchools(g, code))
                        .put("pupils", baseline.groupPupils(g, code))
                        .put("allocation", baht(groupSums[g][code]))
                        .put("per_pupil", perPupil(groupSums[g][code], baseline.groupPupils(g, code)))
                        .put(
                                "baseline_per_pupil",
                                perPupil(baseline.groupAllocation(g, code), baseline.groupPupils(g, code)));
            }
        }

        equity(root.putArray("equity"), PerPupilSample.of(result).statistics(baseline.atkinsonEpsilon()), baseline);
        changes.write(root.putObject("winners"), schools, areaTypes);
        return root;
    }

    private static void equity(ArrayNode list, EquityStatistics statistics, EquityStatistics baseline) {
        for (EquityMeasure measure : EquityMeasure.all()) {
            if (NOT_SHOWN.contains(measure)) {
                continue;
            }
            double value = measure.of(statistics);
            double before = measure.of(baseline);
            ObjectNode row = list.addObject()
                    .put("key", measure.key())
                    .put("label", measure.label())
                    .put("direction", measure.direction().name().toLowerCase(java.util.Locale.ROOT))
                    .put("value", finite(value) ? measure.format(value) : "")
                    .put("baseline", finite(before) ? measure.format(before) : "")
                    .put("change", finite(value - before) ? measure.formatChange(value - before) : "")
                    .put("more_equal", measure.direction().equalityChange(value - before));
            if (finite(value)) {
                row.put("raw", value);
            }
        }
    }

    private static void equity(ArrayNode list, EquityStatistics statistics, Baseline baseline) {
        equity(list, statistics, baseline.equity());
    }

    private static boolean finite(double value) {
        return Double.isFinite(value);
    }

    /** Satang as baht with two decimals, e.g. {@code 18168984180.00}. */
    static String baht(long satang) {
        return Baht.toBaht(satang).toPlainString();
    }

    private static String perPupil(long satang, long pupils) {
        return Baht.perPupil(satang, pupils).map(BigDecimal::toPlainString).orElse(null);
    }

    /** Winners and losers against the baseline: counts and amounts, by area type, and the largest. */
    private static final class Changes {
        private final long[][] byGroup; // gaining, losing, unchanged, gained, lost
        private long gaining;
        private long losing;
        private long unchanged;
        private long gained;
        private long lost;
        private final int[] topGain = new int[TOP];
        private final long[] topGainAmount = new long[TOP];
        private final int[] topLoss = new int[TOP];
        private final long[] topLossAmount = new long[TOP];
        private int gains;
        private int losses;

        Changes(int groups) {
            byGroup = new long[groups][5];
        }

        void add(int i, int group, long change) {
            long[] row = byGroup[group];
            if (change > 0) {
                gaining++;
                gained += change;
                row[0]++;
                row[3] += change;
                gains = insert(topGain, topGainAmount, gains, i, change);
            } else if (change < 0) {
                losing++;
                lost -= change;
                row[1]++;
                row[4] -= change;
                losses = insert(topLoss, topLossAmount, losses, i, -change);
            } else {
                unchanged++;
                row[2]++;
            }
        }

        /** Keeps the {@link #TOP} largest amounts, the earlier school first among equals. */
        private static int insert(int[] schools, long[] amounts, int count, int school, long amount) {
            if (count == TOP && amount <= amounts[TOP - 1]) {
                return count;
            }
            int k = Math.min(count, TOP - 1);
            while (k > 0 && amounts[k - 1] < amount) {
                schools[k] = schools[k - 1];
                amounts[k] = amounts[k - 1];
                k--;
            }
            schools[k] = school;
            amounts[k] = amount;
            return Math.min(count + 1, TOP);
        }

        void write(ObjectNode node, SchoolTable schools, GroupCodes areaTypes) {
            node.put("gaining", gaining)
                    .put("losing", losing)
                    .put("unchanged", unchanged)
                    .put("gained", baht(gained))
                    .put("lost", baht(lost))
                    .put("net", baht(gained - lost));
            ArrayNode groups = node.putArray(areaTypes.grouping().key());
            for (int code = 0; code < areaTypes.size(); code++) {
                long[] row = byGroup[code];
                groups.addObject()
                        .put("group", areaTypes.labels().get(code))
                        .put("gaining", row[0])
                        .put("losing", row[1])
                        .put("unchanged", row[2])
                        .put("gained", baht(row[3]))
                        .put("lost", baht(row[4]))
                        .put("net", baht(row[3] - row[4]));
            }
            list(node.putArray("largest_gains"), schools, topGain, topGainAmount, gains, 1);
            list(node.putArray("largest_losses"), schools, topLoss, topLossAmount, losses, -1);
        }

        private static void list(ArrayNode list, SchoolTable schools, int[] rows, long[] amounts, int count, int sign) {
            for (int k = 0; k < count; k++) {
                int i = rows[k];
                list.addObject()
                        .put("school_id", schools.id(i))
                        .put("name", schools.name(i))
                        .put("province", schools.province().value(i))
                        .put("change", baht(sign * amounts[k]));
            }
        }
    }
}

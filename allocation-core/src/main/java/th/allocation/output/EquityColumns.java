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
package th.allocation.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import th.allocation.result.Grouping;
import th.allocation.result.PerPupilSample;
import th.allocation.stats.EquityMeasure;
import th.allocation.stats.EquityStatistics;
import th.allocation.stats.TheilDecomposition;

/**
 * The equity statistics as columns and JSON fields, named once for every output that has them
 * ({@code equity.csv} of a run and of a comparison, {@code sweep.csv}, the {@code equity} sections of
 * {@code summary.json}), so the names stay the same everywhere: the keys of {@link EquityMeasure},
 * the snake_case names of {@link EquityStatistics}'s components.
 */
final class EquityColumns {
    /** The row of a whole table in grouped outputs: grouping {@code all}, group {@code all}. */
    static final String ALL = "all";

    /** The statistics' column names: the keys of {@link EquityMeasure}, in its order. */
    static final List<String> NAMES =
            EquityMeasure.all().stream().map(EquityMeasure::key).toList();

    /** The groupings whose Theil decomposition {@code summary.json} gives. */
    static final List<Grouping> THEIL_GROUPINGS = List.of(Grouping.AREA_TYPE, Grouping.CLUSTER);

    private EquityColumns() {}

    /** The statistics as CSV cells, in the order of {@link #NAMES}; empty where a statistic is undefined. */
    static List<String> cells(EquityStatistics statistics) {
        List<String> cells = new ArrayList<>(NAMES.size());
        for (EquityMeasure measure : EquityMeasure.all()) {
            cells.add(Numbers.cell(measure.of(statistics)));
        }
        return cells;
    }

    /** Adds the statistics to {@code node} as fields named as in {@link #NAMES}; {@code null} where undefined. */
    static ObjectNode put(ObjectNode node, EquityStatistics statistics) {
        for (EquityMeasure measure : EquityMeasure.all()) {
            node.put(measure.key(), Numbers.decimal(measure.of(statistics)));
        }
        return node;
    }

    /**
     * Adds the change of every statistic from {@code baseline} to {@code statistics}, as fields named
     * as in {@link #NAMES}; {@code null} where either is undefined.
     */
    static ObjectNode putChange(ObjectNode node, EquityStatistics baseline, EquityStatistics statistics) {
        for (EquityMeasure measure : EquityMeasure.all()) {
            node.put(measure.key(), Numbers.decimal(measure.of(statistics) - measure.of(baseline)));
        }
        return node;
    }

    /** Adds a Theil decomposition: total, between, within, between_share and each group's terms. */
    static ObjectNode put(ObjectNode node, TheilDecomposition theil) {
        node.put("total", Numbers.decimal(theil.total()));
        node.put("between", Numbers.decimal(theil.between()));
        node.put("within", Numbers.decimal(theil.within()));
        node.put("between_share", Numbers.decimal(theil.betweenShare()));
        ArrayNode groups = node.putArray("groups");
        for (TheilDecomposition.Group group : theil.groups()) {
            groups.addObject()
                    .put("group", group.label())
                    .put("schools", group.schools())
                    .put("pupils", Numbers.decimal(group.pupils()))
                    .put("pupil_share", Numbers.decimal(group.pupilShare()))
                    .put("money_share", Numbers.decimal(group.moneyShare()))
                    .put("mean", Numbers.decimal(group.mean()))
                    .put(EquityMeasure.THEIL_T.key(), Numbers.decimal(group.theilT()))
                    .put("between", Numbers.decimal(group.between()))
                    .put("within", Numbers.decimal(group.within()));
        }
        return node;
    }

    /**
     * The {@code equity} section of a summary: the Atkinson epsilon, every statistic of all schools,
     * and Theil's T decomposed by each of {@link #THEIL_GROUPINGS}.
     */
    static ObjectNode section(ObjectNode node, PerPupilSample sample, double atkinsonEpsilon) {
        node.put(EquityMeasure.ATKINSON_EPSILON.key(), Numbers.decimal(atkinsonEpsilon));
        put(node.putObject(ALL), sample.all().statistics(atkinsonEpsilon));
        ObjectNode theil = node.putObject("theil_decomposition");
        for (Grouping grouping : THEIL_GROUPINGS) {
            put(theil.putObject(grouping.key()), TheilDecomposition.of(sample.by(grouping)));
        }
        return node;
    }

    /**
     * A row of an equity table.
     *
     * @param grouping the grouping's key, or {@link #ALL}
     * @param group the group, or {@link #ALL}
     * @param statistics its statistics
     */
    record Row(String grouping, String group, EquityStatistics statistics) {}

    /** The statistics of all schools of {@code sample}, then of each group of each of {@code groupings}, in group order. */
    static List<Row> rows(PerPupilSample sample, List<Grouping> groupings, double atkinsonEpsilon) {
        // The groups first, the grouping with the most groups first: thousands of small samples get the
        // statistics' passes compiled before the passes over every school run, once, at 1.5 million.
        List<Grouping> mostGroupsFirst = new ArrayList<>(groupings);
        mostGroupsFirst.sort(Comparator.comparingInt(
                        (Grouping grouping) -> sample.by(grouping).groups().size())
                .reversed());
        Map<Grouping, Map<String, EquityStatistics>> byGrouping = new EnumMap<>(Grouping.class);
        for (Grouping grouping : mostGroupsFirst) {
            byGrouping.put(grouping, sample.by(grouping).statisticsByGroup(atkinsonEpsilon));
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(ALL, ALL, sample.all().statistics(atkinsonEpsilon)));
        for (Grouping grouping : groupings) {
            byGrouping
                    .get(grouping)
                    .forEach((group, statistics) -> rows.add(new Row(grouping.key(), group, statistics)));
        }
        return rows;
    }
}

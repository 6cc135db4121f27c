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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.allocation.compare.GroupTotals;
import th.allocation.compare.WinnersLosers;
import th.allocation.explain.ExplainNumbers;
import th.allocation.model.Baht;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.Grouping;
import th.allocation.rule.Component;

/**
 * The data of the report's tables by group (province, ESA, inspection region, area type), of its
 * map and of its money-by-component chart: totals in satang and amounts per pupil in satang (halves
 * up), exact, for the page to sort, colour and download.
 */
final class ReportGroups extends ReportSection {
    /** The groupings with a table in the report, in the page's order. */
    static final List<Grouping> TABLES = List.of(Grouping.PROVINCE, Grouping.ESA, Grouping.CLUSTER, Grouping.AREA_TYPE);

    ReportGroups(ReportSection page) {
        super(page);
    }

    /** Each grouping's rows: name, schools, pupils, and per scenario the allocation and per pupil. */
    ObjectNode groups() {
        ObjectNode node = Json.COMPACT.createObjectNode();
        for (Grouping grouping : TABLES) {
            node.set(grouping.key(), grouping(grouping));
        }
        return node;
    }

    private ObjectNode grouping(Grouping grouping) {
        ObjectNode node = Json.COMPACT.createObjectNode();
        List<GroupTotals> totals = comparison.groups(grouping);
        ArrayNode names = node.putArray("names");
        ArrayNode labels = node.putArray("labels");
        ArrayNode schools = node.putArray("schools");
        ArrayNode pupils = node.putArray("pupils");
        for (GroupTotals g : totals) {
            names.add(g.group());
            labels.add(group(grouping, g.group()));
            schools.add(g.schools());
            pupils.add(g.pupils());
        }
        ArrayNode allocation = node.putArray("allocation");
        ArrayNode perPupil = node.putArray("perPupil");
        for (int s = 0; s < comparison.size(); s++) {
            ArrayNode a = allocation.addArray();
            ArrayNode p = perPupil.addArray();
            for (GroupTotals g : totals) {
                a.add(g.allocation(s));
                p.add(ExplainNumbers.perPupil(g.allocation(s), g.pupils()));
            }
        }
        // The change per pupil as groups.csv has it: the change of the total over the pupils, halves away
        // from zero; null without pupils.
        ArrayNode difference = node.putArray("perPupilDifference");
        for (int s = 1; s < comparison.size(); s++) {
            ArrayNode d = difference.addArray();
            for (GroupTotals g : totals) {
                Optional<BigDecimal> change = Baht.perPupil(g.difference(s), g.pupils());
                if (change.isPresent()) {
                    d.add(Baht.toSatang(change.get()));
                } else {
                    d.addNull();
                }
            }
        }
        ArrayNode gaining = node.putArray("gaining");
        ArrayNode losing = node.putArray("losing");
        for (int s = 1; s < comparison.size(); s++) {
            ArrayNode up = gaining.addArray();
            ArrayNode down = losing.addArray();
            for (WinnersLosers w : comparison.winnersLosers(s, grouping)) {
                up.add(w.gaining());
                down.add(w.losing());
            }
        }
        if (grouping == Grouping.ESA) {
            parents(node, totals);
        }
        return node;
    }

    /** Each ESA's inspection region and province: those of most of its schools. */
    private void parents(ObjectNode node, List<GroupTotals> totals) {
        SchoolTable table = comparison.schools();
        Map<String, Map<String, Integer>> clusters = new HashMap<>();
        Map<String, Map<String, Integer>> provinces = new HashMap<>();
        for (int i = 0; i < table.size(); i++) {
            String esa = table.esa().value(i);
            clusters.computeIfAbsent(esa, k -> new LinkedHashMap<>())
                    .merge(table.cluster().value(i), 1, Integer::sum);
            provinces
                    .computeIfAbsent(esa, k -> new LinkedHashMap<>())
                    .merge(table.province().value(i), 1, Integer::sum);
        }
        ArrayNode cluster = node.putArray("cluster");
        ArrayNode province = node.putArray("province");
        for (GroupTotals g : totals) {
            cluster.add(most(clusters.get(g.group())));
            province.add(most(provinces.get(g.group())));
        }
    }

    private static String most(Map<String, Integer> counts) {
        String best = "";
        int most = -1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most || (e.getValue() == most && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /**
     * Money by component: every component of any scenario (in the order first met), then what floors and
     * caps added or took away and what rounding did; per scenario its total of each, in satang.
     */
    ObjectNode components() {
        List<String> keys = new ArrayList<>();
        for (AllocationResult result : comparison.results()) {
            for (Component component : result.components()) {
                if (!keys.contains(component.key())) {
                    keys.add(component.key());
                }
            }
        }
        ObjectNode node = Json.COMPACT.createObjectNode();
        ArrayNode keyList = node.putArray("keys");
        keys.forEach(keyList::add);
        keyList.add("bound_adjustment");
        keyList.add("rounding");
        ArrayNode totals = node.putArray("totals");
        int n = comparison.schools().size();
        for (AllocationResult result : comparison.results()) {
            long[] sums = new long[keys.size() + 2];
            List<Component> own = result.components();
            int[] position = new int[own.size()];
            for (int c = 0; c < own.size(); c++) {
                position[c] = keys.indexOf(own.get(c).key());
            }
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < own.size(); c++) {
                    sums[position[c]] += result.component(c, i);
                }
                sums[keys.size()] += result.boundAdjustment(i);
                sums[keys.size() + 1] += result.rounding(i);
            }
            ArrayNode row = totals.addArray();
            for (long sum : sums) {
                row.add(sum);
            }
        }
        return node;
    }

    /** The tile grid of provinces, from {@code thailand-provinces.json}. */
    static JsonNode tiles() {
        try {
            return Json.COMPACT.readTree(ReportWriter.resource("thailand-provinces.json", false));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The report resource thailand-provinces.json is not valid JSON.", e);
        }
    }
}

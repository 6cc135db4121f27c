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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.allocation.model.CategoryColumn;
import th.allocation.model.Level;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.DecentralisedResult;
import th.allocation.result.Grouping;
import th.allocation.result.Unit;

/**
 * The data of the report's school lookup: every school's row, compactly, and what each scenario did
 * to it, from which the page writes the same explanation as {@code alloc explain}
 * ({@link th.allocation.explain.Explanation}) without a server. Columns, not rows: one array per
 * field, codes into label lists for the hierarchy, one character per school for small enumerations.
 * Amounts are integers (satang, or rounding units for allocations), so the page computes with them
 * exactly; the few doubles the rule multiplies by are given as their IEEE bits ({@link
 * ReportRules}), so the page multiplies by the very same numbers.
 */
final class ReportSchools extends ReportSection {
    ReportSchools(ReportSection page) {
        super(page);
    }

    /** The schools' columns. */
    ObjectNode schools() {
        SchoolTable schools = comparison.schools();
        int n = schools.size();
        ObjectNode node = Json.COMPACT.createObjectNode();
        ArrayNode ids = node.putArray("id");
        String prefix = commonNamePrefix(schools);
        node.put("namePrefix", prefix);
        ArrayNode names = node.putArray("name");
        for (int i = 0; i < n; i++) {
            ids.add(schools.id(i));
            names.add(schools.name(i).substring(prefix.length()));
        }
        category(node.putObject("esa"), schools.esa(), n);
        category(node.putObject("province"), schools.province(), n);
        category(node.putObject("cluster"), schools.cluster(), n);
        category(node.putObject("network"), schools.network(), n);
        StringBuilder area = new StringBuilder(n);
        StringBuilder remote = new StringBuilder(n);
        StringBuilder kind = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            area.append((char) ('0' + schools.areaType(i).ordinal()));
            remote.append(schools.remote(i) ? '1' : '0');
            kind.append((char) ('0' + schools.kind(i).ordinal()));
        }
        node.put("area", area.toString());
        node.put("remote", remote.toString());
        node.put("kind", kind.toString());
        ArrayNode pupils = node.putArray("pupils");
        for (Level level : Level.values()) {
            ArrayNode column = pupils.addArray();
            for (int i = 0; i < n; i++) {
                column.add(schools.pupils(level, i));
            }
        }
        ArrayNode poor = node.putArray("poor");
        ArrayNode special = node.putArray("specialNeeds");
        // Last year's allocations in whole baht when every one is (-1 for none): two digits fewer each.
        long previousUnit = 100;
        for (int i = 0; i < n; i++) {
            long value = schools.previousAllocation(i);
            if (value != SchoolTable.NO_PREVIOUS && value % 100 != 0) {
                previousUnit = 1;
            }
        }
        node.put("previousUnit", previousUnit);
        ArrayNode previous = node.putArray("previous");
        for (int i = 0; i < n; i++) {
            poor.add(schools.poor(i));
            special.add(schools.specialNeeds(i));
            long value = schools.previousAllocation(i);
            previous.add(value == SchoolTable.NO_PREVIOUS ? -1 : value / previousUnit);
        }
        return node;
    }

    /** What each scenario did: allocations, bounds and what the explanation needs besides the rule. */
    ArrayNode scenarios(ReportRules rules) {
        ArrayNode list = Json.COMPACT.createArrayNode();
        for (int s = 0; s < comparison.size(); s++) {
            list.add(scenario(s, rules));
        }
        return list;
    }

    private ObjectNode scenario(int s, ReportRules rules) {
        AllocationResult result = comparison.result(s);
        ObjectNode node = Json.COMPACT.createObjectNode();
        int n = comparison.schools().size();
        if (previousBaseline && s == 0) {
            node.put("kind", "previous");
            return node;
        }
        node.put("kind", result.kind().name().toLowerCase(Locale.ROOT));
        node.put(
                "name",
                result.scenario().name().isEmpty() ? "–" : result.scenario().name());
        node.put("year", Integer.toString(result.scenario().fiscalYear()));
        node.put(
                "rule",
                "rule." + result.scenario().rule().type() + (result.scenario().targets() != null ? "+targets" : ""));
        long unit = result.scenario().roundingUnitSatang();
        node.put("unit", unit);
        ArrayNode allocation = node.putArray("allocation");
        StringBuilder bound = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            allocation.add(result.allocation(i) / unit);
            bound.append((char) ('0' + result.bound(i).ordinal()));
        }
        node.put("bound", bound.toString());
        if (result instanceof DecentralisedResult decentralised) {
            node.put("split", "unit");
            decentralised(node, decentralised, rules);
        } else {
            node.put("split", "all");
            node.set("rules", rules.split(result.scenario(), result, null));
            new ReportTargetData(comparison.schools()).add(node, i -> result, i -> i);
        }
        return node;
    }

    private void decentralised(ObjectNode node, DecentralisedResult result, ReportRules rules) {
        int n = comparison.schools().size();
        SchoolTable schools = comparison.schools();
        ArrayNode levels = node.putArray("levels");
        result.scenario().levels().forEach(level -> levels.add(level.by()));
        ObjectNode centre = node.putObject("centreUnit");
        centre.put("envelope", result.centre().envelope());
        centre.put(
                "rule",
                "rule." + result.centre().rules().rule().type()
                        + (result.centre().rules().targets() != null ? "+targets" : ""));
        ArrayNode units = node.putArray("units");
        Map<AllocationResult, Integer> splitIndex = new IdentityHashMap<>();
        ArrayNode splits = node.putArray("splits");
        int[] localRow = new int[n];
        ArrayNode unitOf = node.putArray("splitOf");
        ArrayNode oneStep = node.putArray("oneStep");
        long unit = result.scenario().roundingUnitSatang();
        for (int i = 0; i < n; i++) {
            AllocationResult split = result.splitOf(i);
            Integer index = splitIndex.get(split);
            if (index == null) {
                index = splitIndex.size();
                splitIndex.put(split, index);
                String last = Grouping.byKey(levels.get(levels.size() - 1).asText())
                        .orElseThrow()
                        .groupOf(schools, i);
                splits.add(rules.split(split.scenario(), split, last.isEmpty() ? "(none)" : last));
            }
            unitOf.add(index);
            localRow[i] = split.schools().indexOf(schools.id(i));
            oneStep.add(result.oneStep(i) / unit);
        }
        List<List<Unit>> byLevel = result.levels();
        for (List<Unit> level : byLevel) {
            ArrayNode list = units.addArray();
            for (Unit u : level) {
                ObjectNode out = list.addObject();
                ArrayNode path = out.putArray("path");
                u.path().forEach(path::add);
                out.put("level", u.level())
                        .put("label", u.label())
                        .put("envelope", u.envelope())
                        .put("oneStep", u.oneStep())
                        .put("schools", u.schools())
                        .put("pupils", u.pupils())
                        .put(
                                "rule",
                                "rule." + u.rules().rule().type() + (u.rules().targets() != null ? "+targets" : ""));
                if (!u.overrides().isEmpty()) {
                    out.put("overrides", u.overridesText());
                }
                if (Double.isFinite(u.scale())) {
                    out.put("scale", th.allocation.explain.ExplainNumbers.scale(u.scale()));
                }
            }
        }
        new ReportTargetData(schools).add(node, result::splitOf, i -> localRow[i]);
    }

    private static void category(ObjectNode node, CategoryColumn column, int n) {
        ArrayNode labels = node.putArray("labels");
        for (int code = 0; code < column.labelCount(); code++) {
            labels.add(column.label(code));
        }
        ArrayNode codes = node.putArray("codes");
        for (int i = 0; i < n; i++) {
            codes.add(column.code(i));
        }
    }

    /** The start every school's name shares (e.g. {@code โรงเรียน}), left out of each name in the page. */
    static String commonNamePrefix(SchoolTable schools) {
        if (schools.size() == 0) {
            return "";
        }
        String prefix = schools.name(0);
        for (int i = 1; i < schools.size() && !prefix.isEmpty(); i++) {
            String name = schools.name(i);
            int k = 0;
            while (k < prefix.length() && k < name.length() && prefix.charAt(k) == name.charAt(k)) {
                k++;
            }
            prefix = prefix.substring(0, k);
        }
        // Never split a surrogate pair or leave a name empty.
        while (!prefix.isEmpty() && Character.isHighSurrogate(prefix.charAt(prefix.length() - 1))) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        for (int i = 0; i < schools.size() && !prefix.isEmpty(); i++) {
            if (schools.name(i).length() == prefix.length()) {
                prefix = prefix.substring(0, prefix.length() - 1);
                i = -1;
            }
        }
        return prefix;
    }
}

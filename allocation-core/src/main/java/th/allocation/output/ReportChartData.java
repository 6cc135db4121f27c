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
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import th.allocation.compare.Comparison;
import th.allocation.compare.GroupTotals;
import th.allocation.compare.WinnersLosers;
import th.allocation.result.Bound;
import th.allocation.result.Grouping;
import th.allocation.stats.LorenzCurve;

/**
 * The data the report's charts draw, as JSON for the page's script: the Lorenz curves, the amount
 * per pupil by area type and by cluster, winners and losers, and the schools held by a floor or cap.
 */
final class ReportChartData extends ReportSection {
    ReportChartData(ReportSection page) {
        super(page);
    }

    /** The charts' data. */
    ObjectNode data() {
        ObjectNode data = Json.COMPACT.createObjectNode();
        data.put("locale", language == ReportLanguage.TH ? "th-TH" : "en-GB");
        ObjectNode text = data.putObject("text");
        text.put("equality", t("equality"))
                .put("lorenzX", t("lorenz.x"))
                .put("lorenzY", t("lorenz.y"))
                .put("thbPerPupil", t("thb_per_pupil"))
                .put("gaining", t("gaining"))
                .put("losing", t("losing"))
                .put("unchanged", t("unchanged"))
                .put("schools", t("schools"));
        ArrayNode scenarios = data.putArray("scenarios");
        ArrayNode colors = data.putArray("colors");
        ArrayNode lorenz = data.putArray("lorenz");
        for (int s = 0; s < comparison.size(); s++) {
            scenarios.add(labels.get(s));
            colors.add(color(s));
            ArrayNode points = lorenz.addArray();
            for (LorenzCurve.Point point : comparison.lorenzCurve(s).points(100)) {
                points.addObject()
                        .put("x", Numbers.decimal(point.pupilShare()))
                        .put("y", Numbers.decimal(point.moneyShare()));
            }
        }
        perPupil(data.putObject("area"), Grouping.AREA_TYPE);
        perPupil(data.putObject("cluster"), Grouping.CLUSTER);
        ArrayNode winners = data.putArray("winners");
        for (int s = 1; s < comparison.size(); s++) {
            ObjectNode w = winners.addObject();
            ArrayNode groups = w.putArray("groups");
            ArrayNode gaining = w.putArray("gaining");
            ArrayNode losing = w.putArray("losing");
            ArrayNode unchanged = w.putArray("unchanged");
            for (WinnersLosers row : comparison.winnersLosers(s, Grouping.AREA_TYPE)) {
                groups.add(group(Grouping.AREA_TYPE, row.group()));
                gaining.add(row.gaining());
                losing.add(row.losing());
                unchanged.add(row.unchanged());
            }
        }
        ObjectNode bounds = data.putObject("bounds");
        ArrayNode kinds = bounds.putArray("kinds");
        for (Bound bound : Bound.values()) {
            if (bound != Bound.NONE && listed(comparison, bound)) {
                kinds.add(t("bound." + bound.key()));
            }
        }
        ArrayNode counts = bounds.putArray("values");
        for (int s = 0; s < comparison.size(); s++) {
            ArrayNode row = counts.addArray();
            Map<Bound, Long> byBound = comparison.bounds(s);
            for (Bound bound : Bound.values()) {
                if (bound != Bound.NONE && listed(comparison, bound)) {
                    row.add(byBound.get(bound));
                }
            }
        }
        return data;
    }

    private void perPupil(ObjectNode node, Grouping grouping) {
        ArrayNode groups = node.putArray("groups");
        ArrayNode values = node.putArray("values");
        // In the grouping's order: numbered names in number order, region 2 before region 10.
        List<GroupTotals> totals = comparison.groups(grouping);
        totals.forEach(g -> groups.add(group(grouping, g.group())));
        for (int s = 0; s < comparison.size(); s++) {
            ArrayNode row = values.addArray();
            for (GroupTotals g : totals) {
                BigDecimal perPupil = g.perPupil(s).orElse(null);
                if (perPupil == null) {
                    row.addNull();
                } else {
                    row.add(perPupil);
                }
            }
        }
    }

    /** Whether the report lists {@code bound}: always, or for a protection only where it holds a school. */
    static boolean listed(Comparison comparison, Bound bound) {
        long schools = 0;
        for (int s = 0; s < comparison.size(); s++) {
            schools += comparison.bounds(s).get(bound);
        }
        return bound.listed(schools);
    }
}

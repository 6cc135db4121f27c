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

import static th.allocation.output.ReportWriter.escape;

import th.allocation.compare.GroupTotals;
import th.allocation.model.Baht;
import th.allocation.result.Bound;
import th.allocation.stats.EquityMeasure;

/**
 * The summary's tiles, one per scenario in its colour: the total, the amount per pupil, the Gini
 * coefficient and how many schools a floor or cap holds.
 */
final class ReportTiles extends ReportSection {
    ReportTiles(ReportSection page) {
        super(page);
    }

    void tiles(GroupTotals total) {
        html.append("<div class=\"tiles\">\n");
        for (int s = 0; s < comparison.size(); s++) {
            long bound = comparison.schools().size() - comparison.bounds(s).get(Bound.NONE);
            html.append("<div class=\"tile\" style=\"--c:")
                    .append(color(s))
                    .append("\"><div class=\"label\">")
                    .append(escape(labels.get(s)));
            baselineBadge(s);
            html.append("</div><div class=\"name\">")
                    .append(escape(
                            previousBaseline && s == 0
                                    ? name(0)
                                    : comparison.result(s).scenario().name()))
                    .append("</div><dl>");
            tileRow(t("total"), Baht.grouped(total.allocation(s)));
            tileRow(t("per_pupil"), perPupilAmount(total.perPupil(s)));
            tileRow(
                    t("stat." + EquityMeasure.GINI.key()),
                    statistic(EquityMeasure.GINI, equity.get(s).gini()));
            tileRow(t("bound_schools"), whole(bound));
            html.append("</dl></div>\n");
        }
        html.append("</div>\n");
    }

    private void tileRow(String name, String value) {
        html.append("<dt>")
                .append(escape(name))
                .append("</dt><dd>")
                .append(escape(value))
                .append("</dd>");
    }
}

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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import th.allocation.evaluate.Evaluation;
import th.allocation.evaluate.Figures;
import th.allocation.evaluate.Level;
import th.allocation.evaluate.Plan;
import th.allocation.evaluate.SchoolResult;
import th.allocation.evaluate.Status;
import th.allocation.evaluate.UnitResult;
import th.allocation.scenario.Goal;
import th.allocation.scenario.Indicator;

/**
 * The parts of the evaluation report about units and schools: every level's units by status, where
 * money bought the least, and the schools furthest off track by goal.
 */
final class EvaluationReportUnits extends EvaluationHtml {
    /** Rows of a "where" or "furthest" list. */
    private static final int TOP = 10;

    /** Networks listed at most, in the list of those off track or worse. */
    private static final int NETWORKS = 50;

    EvaluationReportUnits(Evaluation evaluation, ReportLanguage language, StringBuilder html) {
        super(evaluation, language, html);
    }

    void levels() {
        card("levels", t("levels"), t("levels.note"));
        for (Level level : List.of(Level.CLUSTER, Level.ESA, Level.NETWORK, Level.AREA_TYPE)) {
            List<UnitResult> units = evaluation.units(level);
            int count = units.size() / Math.max(1, evaluation.indicators().size());
            html.append("<section class=\"level\" id=\"level-")
                    .append(level.key())
                    .append("\"><h3>")
                    .append(escape(t("level." + level.key())))
                    .append(" (")
                    .append(whole(count))
                    .append(")</h3>\n");
            counts(units);
            if (level == Level.NETWORK) {
                offTrackNetworks(units);
            } else if (level == Level.ESA) {
                html.append("<details><summary>").append(escape(t("show_all", "count", whole(count))));
                html.append("</summary>\n");
                matrix(level, units);
                html.append("</details>\n");
            } else {
                matrix(level, units);
            }
            html.append("</section>\n");
        }
        endCard();
    }

    /** Units by status, one row per indicator. */
    private void counts(List<UnitResult> units) {
        html.append("<div class=\"scroll\"><table class=\"data counts\"><thead><tr><th>")
                .append(escape(t("indicator")))
                .append("</th>");
        for (Status status : Status.values()) {
            html.append("<th>");
            badge(status);
            html.append("</th>");
        }
        html.append("</tr></thead><tbody>\n");
        for (Indicator indicator : evaluation.indicators()) {
            int[] counts = new int[Status.values().length];
            units.stream()
                    .filter(u -> u.indicator().name().equals(indicator.name()))
                    .forEach(u -> counts[u.status().ordinal()]++);
            html.append("<tr>");
            cell(indicator.name());
            for (int c : counts) {
                cell(whole(c));
            }
            html.append("</tr>\n");
        }
        endTable();
    }

    /** Each unit with its status and achievement per indicator. */
    private void matrix(Level level, List<UnitResult> units) {
        int k = evaluation.indicators().size();
        html.append("<div class=\"scroll\"><table class=\"data matrix\"><thead><tr><th>")
                .append(escape(t("unit")))
                .append("</th>");
        for (Indicator indicator : evaluation.indicators()) {
            html.append("<th>").append(escape(indicator.name())).append("</th>");
        }
        html.append("</tr></thead><tbody>\n");
        for (int start = 0; start < units.size(); start += k) {
            html.append("<tr>");
            cell(unitName(level, units.get(start).unit()));
            for (int j = 0; j < k; j++) {
                UnitResult unit = units.get(start + j);
                Figures f = unit.figures();
                html.append("<td>");
                badge(unit.status());
                html.append(" <span class=\"figure\">")
                        .append(escape(value(f.achieved())))
                        .append(" / ")
                        .append(escape(value(f.target())))
                        .append("</span></td>");
            }
            html.append("</tr>\n");
        }
        endTable();
    }

    private void offTrackNetworks(List<UnitResult> units) {
        List<UnitResult> off = new ArrayList<>();
        for (UnitResult unit : units) {
            if (unit.status() == Status.OFF_TRACK || unit.status() == Status.WORSE) {
                off.add(unit);
            }
        }
        off.sort(Comparator.comparingDouble((UnitResult u) -> -behind(u.figures())));
        html.append("<details><summary>")
                .append(escape(t("networks.off")))
                .append(" (")
                .append(whole(off.size()));
        html.append(")</summary>\n");
        head("unit", "esa", "indicator", "baseline", "projected", "achieved", "target", "money", "status");
        for (UnitResult unit : off.subList(0, Math.min(NETWORKS, off.size()))) {
            Figures f = unit.figures();
            html.append("<tr>");
            cell(unit.unit());
            cell(unit.parent());
            cell(unit.indicator().name());
            cell(value(f.baseline()));
            cell(value(f.projected()));
            cell(value(f.achieved()));
            cell(value(f.target()));
            cell(money(unit.money()));
            statusCell(unit.status());
            html.append("</tr>\n");
        }
        endTable();
        html.append("</details>\n");
    }

    void least() {
        card("least", t("least"), t("least.note"));
        for (Indicator indicator : evaluation.indicators()) {
            List<UnitResult> funded = new ArrayList<>();
            for (UnitResult unit : evaluation.units(Level.ESA)) {
                if (unit.indicator().name().equals(indicator.name())
                        && Double.isFinite(unit.spending().efficiency())) {
                    funded.add(unit);
                }
            }
            funded.sort(
                    Comparator.comparingDouble((UnitResult u) -> u.spending().efficiency())
                            .thenComparing(UnitResult::unit));
            html.append("<h3>").append(escape(indicator.name())).append("</h3>\n");
            if (funded.isEmpty()) {
                html.append("<p class=\"note\">").append(escape(t("none"))).append("</p>\n");
                continue;
            }
            head("esa", "cluster", "money", "efficiency", "cost_assumed", "cost_observed", "status");
            for (UnitResult unit : funded.subList(0, Math.min(TOP, funded.size()))) {
                html.append("<tr>");
                cell(unit.unit());
                cell(unit.parent());
                cell(money(unit.spending().money()));
                cell(ratio(unit.spending().efficiency()));
                cell(amount(unit.spending().costAssumed()));
                cell(amount(unit.spending().costObserved()));
                statusCell(unit.status());
                html.append("</tr>\n");
            }
            endTable();
        }
        endCard();
    }

    void offTrack() {
        card("off-track", t("off_track"), t("off_track.note"));
        Plan plan = evaluation.plan();
        for (Goal goal : Goal.values()) {
            List<SchoolResult> schools = new ArrayList<>();
            List<String> esas = new ArrayList<>();
            for (int k = 0; k < evaluation.indicators().size(); k++) {
                if (evaluation.indicators().get(k).goal() != goal) {
                    continue;
                }
                for (int i = 0; i < plan.size(); i++) {
                    Status status = evaluation.status(k, i);
                    if (status == Status.OFF_TRACK || status == Status.WORSE) {
                        schools.add(evaluation.school(k, i));
                        esas.add(plan.unit(Level.ESA, i));
                    }
                }
            }
            if (evaluation.indicators().stream().noneMatch(i -> i.goal() == goal)) {
                continue;
            }
            Integer[] order = new Integer[schools.size()];
            java.util.Arrays.setAll(order, r -> r);
            java.util.Arrays.sort(
                    order,
                    Comparator.comparingDouble(
                                    (Integer r) -> -behind(schools.get(r).figures()))
                            .thenComparing(r -> schools.get(r).id()));
            html.append("<h3>")
                    .append(escape(t("goal." + EvaluationTables.key(goal))))
                    .append("</h3>\n");
            if (order.length == 0) {
                html.append("<p class=\"note\">").append(escape(t("none"))).append("</p>\n");
                continue;
            }
            head("school", "", "esa", "indicator", "baseline", "projected", "achieved", "target", "money", "status");
            for (int r = 0; r < Math.min(TOP, order.length); r++) {
                SchoolResult school = schools.get(order[r]);
                Figures f = school.figures();
                html.append("<tr>");
                cell(school.id());
                cell(school.name());
                cell(esas.get(order[r]));
                cell(school.indicator().name());
                cell(value(f.baseline()));
                cell(value(f.projected()));
                cell(value(f.achieved()));
                cell(value(f.target()));
                cell(money(school.spending().money()));
                statusCell(school.status());
                html.append("</tr>\n");
            }
            endTable();
        }
        endCard();
    }

    private static double behind(Figures figures) {
        double behind = figures.behindProjection();
        return Double.isFinite(behind) ? behind : Double.NEGATIVE_INFINITY;
    }
}

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

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import th.allocation.evaluate.Evaluation;
import th.allocation.evaluate.Figures;
import th.allocation.evaluate.GoalResult;
import th.allocation.evaluate.History;
import th.allocation.evaluate.HistoryRow;
import th.allocation.evaluate.IndicatorResult;
import th.allocation.evaluate.Plan;
import th.allocation.evaluate.Spending;
import th.allocation.evaluate.Status;
import th.allocation.evaluate.StatusCounts;
import th.allocation.evaluate.Trend;
import th.allocation.evaluate.UnitResult;
import th.allocation.input.ResultsTable;
import th.allocation.scenario.Indicator;

/**
 * The tidy tables of an evaluation, one observation per row, for R and pandas: {@code schools.csv}
 * (school and indicator), {@code units.csv} (level, unit and indicator), {@code goals.csv} (level,
 * unit and goal), {@code indicators.csv} (indicator), and with a history {@code history.csv} (level,
 * unit, indicator and year) and {@code trends.csv} (level, unit and indicator). Indicator values have
 * at most six decimals, costs two, ratios six; an empty cell is undefined (no data, nothing closed).
 */
final class EvaluationTables {
    /** Decimals of indicator values and gaps. */
    static final int VALUE_DECIMALS = 6;

    /** Decimals of costs per unit of gap, in baht. */
    static final int COST_DECIMALS = 2;

    private EvaluationTables() {}

    /** The columns of {@code schools.csv}; {@code spent} only when the results report spending. */
    static List<String> schoolsHeader(boolean spending) {
        List<String> header = new ArrayList<>(List.of(
                "school_id",
                "indicator",
                "pupils",
                "baseline",
                "target",
                "projected",
                "achieved",
                "gap_closed_projected",
                "gap_closed",
                "money"));
        if (spending) {
            header.add("spent");
        }
        header.addAll(List.of("cost_assumed", "cost_observed", "status"));
        return header;
    }

    static void schools(Evaluation evaluation, Path file) throws IOException {
        Plan plan = evaluation.plan();
        List<Indicator> indicators = evaluation.indicators();
        boolean spending = hasSpending(evaluation);
        try (CsvRows csv = CsvRows.open(file)) {
            csv.header(schoolsHeader(spending));
            for (int i = 0; i < plan.size(); i++) {
                for (int k = 0; k < indicators.size(); k++) {
                    double weight = Evaluation.pupilWeighted(indicators.get(k)) ? plan.pupils(i) : 1;
                    double baseline = plan.baseline(k, i);
                    double target = plan.target(k, i);
                    double projected = plan.projected(k, i);
                    double achieved = evaluation.achieved(k, i);
                    Figures f = Figures.ofSchool(indicators.get(k).direction(), baseline, target, projected, achieved);
                    long money = plan.money(k, i);
                    long reported = evaluation.spentAgainst(k, i);
                    long spent = reported == ResultsTable.NOT_REPORTED ? money : reported;
                    boolean funded = money > 0 && !Double.isNaN(achieved);
                    csv.text(plan.id(i))
                            .text(indicators.get(k).name())
                            .whole(plan.pupils(i))
                            .number(baseline, VALUE_DECIMALS)
                            .number(target, VALUE_DECIMALS)
                            .number(projected, VALUE_DECIMALS)
                            .number(achieved, VALUE_DECIMALS)
                            .number(f.gapClosedProjected(), VALUE_DECIMALS)
                            .number(f.gapClosed(), VALUE_DECIMALS)
                            .money(money);
                    if (spending) {
                        if (reported == ResultsTable.NOT_REPORTED) {
                            csv.empty();
                        } else {
                            csv.money(reported);
                        }
                    }
                    Spending s = new Spending(
                            indicators.get(k).cost().per(),
                            funded ? 1 : 0,
                            money,
                            spent,
                            funded ? weight * f.gapClosed() : 0,
                            funded ? weight * f.gapClosedProjected() : 0);
                    csv.number(s.costAssumed(), COST_DECIMALS)
                            .number(s.costObserved(), COST_DECIMALS)
                            .text(evaluation.status(k, i).key())
                            .end();
                }
            }
        }
    }

    static final List<String> UNITS_HEADER = List.of(
            "level",
            "unit",
            "parent",
            "indicator",
            "goal",
            "weighting",
            "schools",
            "pupils",
            "baseline",
            "target",
            "projected",
            "achieved",
            "gap_baseline",
            "gap_projected",
            "gap_achieved",
            "gap_closed_projected",
            "gap_closed",
            "money",
            "funded_schools",
            "spent",
            "realisation",
            "efficiency",
            "cost_assumed",
            "cost_observed",
            "status",
            "schools_met",
            "schools_on_track",
            "schools_off_track",
            "schools_worse",
            "schools_no_data");

    static void units(Evaluation evaluation, Path file) throws IOException {
        try (CsvRows csv = CsvRows.open(file)) {
            csv.header(UNITS_HEADER);
            for (UnitResult unit : evaluation.units()) {
                Figures f = unit.figures();
                Spending s = unit.spending();
                csv.text(unit.level().key())
                        .text(unit.unit())
                        .text(unit.parent())
                        .text(unit.indicator().name())
                        .text(key(unit.indicator().goal()))
                        .text(unit.pupilWeighted() ? "pupils" : "schools")
                        .whole(unit.schools())
                        .whole(unit.pupils())
                        .number(f.baseline(), VALUE_DECIMALS)
                        .number(f.target(), VALUE_DECIMALS)
                        .number(f.projected(), VALUE_DECIMALS)
                        .number(f.achieved(), VALUE_DECIMALS)
                        .number(f.gapBaseline(), VALUE_DECIMALS)
                        .number(f.gapProjected(), VALUE_DECIMALS)
                        .number(f.gapAchieved(), VALUE_DECIMALS)
                        .number(f.gapClosedProjected(), VALUE_DECIMALS)
                        .number(f.gapClosed(), VALUE_DECIMALS)
                        .money(unit.money())
                        .whole(s.schools())
                        .money(s.spent())
                        .number(s.realisation(), VALUE_DECIMALS)
                        .number(s.efficiency(), VALUE_DECIMALS)
                        .number(s.costAssumed(), COST_DECIMALS)
                        .number(s.costObserved(), COST_DECIMALS)
                        .text(unit.status().key());
                counts(csv, unit.schoolStatuses()).end();
            }
        }
    }

    static final List<String> GOALS_HEADER = List.of(
            "level",
            "unit",
            "parent",
            "goal",
            "indicators",
            "money",
            "status",
            "indicators_met",
            "indicators_on_track",
            "indicators_off_track",
            "indicators_worse",
            "indicators_no_data");

    static void goals(Evaluation evaluation, Path file) throws IOException {
        try (CsvRows csv = CsvRows.open(file)) {
            csv.header(GOALS_HEADER);
            for (GoalResult goal : evaluation.goals()) {
                csv.text(goal.level().key())
                        .text(goal.unit())
                        .text(goal.parent())
                        .text(key(goal.goal()))
                        .text(String.join(";", goal.indicators()))
                        .money(goal.money())
                        .text(goal.status().key());
                counts(csv, goal.indicatorStatuses()).end();
            }
        }
    }

    static final List<String> INDICATORS_HEADER = List.of(
            "indicator",
            "column",
            "goal",
            "direction",
            "weighting",
            "cost_per",
            "range_min",
            "range_max",
            "measured",
            "schools_met",
            "schools_on_track",
            "schools_off_track",
            "schools_worse",
            "schools_no_data",
            "funded_schools",
            "money",
            "spent",
            "gap_closed_projected",
            "gap_closed",
            "realisation",
            "efficiency",
            "cost_assumed",
            "cost_observed",
            "cost",
            "shrinkage",
            "next_cost",
            "unfunded_schools",
            "unfunded_change_mean",
            "unfunded_change_sd");

    static void indicators(Evaluation evaluation, Path file) throws IOException {
        try (CsvRows csv = CsvRows.open(file)) {
            csv.header(INDICATORS_HEADER);
            for (IndicatorResult r : evaluation.indicatorResults()) {
                Indicator indicator = r.indicator();
                Spending s = r.spending();
                csv.text(indicator.name())
                        .text(indicator.column())
                        .text(key(indicator.goal()))
                        .text(key(indicator.direction()))
                        .text(Evaluation.pupilWeighted(indicator) ? "pupils" : "schools")
                        .text(key(indicator.cost().per()))
                        .number(r.range().min(), VALUE_DECIMALS)
                        .number(r.range().max(), VALUE_DECIMALS)
                        .text(Boolean.toString(r.measured()));
                counts(csv, r.schoolStatuses())
                        .whole(s.schools())
                        .money(s.money())
                        .money(s.spent())
                        .number(s.closedProjected(), VALUE_DECIMALS)
                        .number(s.closed(), VALUE_DECIMALS)
                        .number(s.realisation(), VALUE_DECIMALS)
                        .number(s.efficiency(), VALUE_DECIMALS)
                        .number(s.costAssumed(), COST_DECIMALS)
                        .number(s.costObserved(), COST_DECIMALS)
                        .text(r.cost().toPlainString())
                        .number(r.shrinkage(), VALUE_DECIMALS)
                        .text(r.nextCost().toPlainString())
                        .whole(r.unfundedSchools())
                        .number(r.unfundedChangeMean(), VALUE_DECIMALS)
                        .number(r.unfundedChangeSd(), VALUE_DECIMALS)
                        .end();
            }
        }
    }

    static final List<String> HISTORY_HEADER = List.of(
            "level",
            "unit",
            "parent",
            "indicator",
            "fiscal_year",
            "results_year",
            "money",
            "target",
            "baseline",
            "projected",
            "achieved",
            "status");

    static void history(History history, Path file) throws IOException {
        try (CsvRows csv = CsvRows.open(file)) {
            csv.header(HISTORY_HEADER);
            for (HistoryRow row : history.rows()) {
                csv.text(row.level().key())
                        .text(row.unit())
                        .text(row.parent())
                        .text(row.indicator())
                        .whole(row.fiscalYear())
                        .whole(row.resultsYear())
                        .money(row.money())
                        .number(row.target(), VALUE_DECIMALS)
                        .number(row.baseline(), VALUE_DECIMALS)
                        .number(row.projected(), VALUE_DECIMALS)
                        .number(row.achieved(), VALUE_DECIMALS)
                        .text(row.status().key())
                        .end();
            }
        }
    }

    static final List<String> TRENDS_HEADER = List.of(
            "level",
            "unit",
            "indicator",
            "points",
            "first_year",
            "last_year",
            "first",
            "last",
            "slope_per_year",
            "trend");

    static void trends(History history, Path file) throws IOException {
        try (CsvRows csv = CsvRows.open(file)) {
            csv.header(TRENDS_HEADER);
            for (Trend trend : history.trends()) {
                csv.text(trend.level().key())
                        .text(trend.unit())
                        .text(trend.indicator())
                        .whole(trend.points())
                        .whole(trend.firstYear())
                        .whole(trend.lastYear())
                        .number(trend.first(), VALUE_DECIMALS)
                        .number(trend.last(), VALUE_DECIMALS)
                        .number(trend.slopePerYear(), VALUE_DECIMALS)
                        .text(trend.way().key())
                        .end();
            }
        }
    }

    /** Whether the results reported money spent against any indicator. */
    static boolean hasSpending(Evaluation evaluation) {
        for (int k = 0; k < evaluation.indicators().size(); k++) {
            for (int i = 0; i < evaluation.plan().size(); i++) {
                if (evaluation.spentAgainst(k, i) != ResultsTable.NOT_REPORTED) {
                    return true;
                }
            }
        }
        return false;
    }

    private static CsvRows counts(CsvRows csv, StatusCounts counts) {
        for (Status status : Status.values()) {
            csv.whole(counts.of(status));
        }
        return csv;
    }

    static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}

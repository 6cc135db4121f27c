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
package th.allocation.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.allocation.scenario.Direction;
import th.allocation.scenario.Indicator;

/**
 * Several years of evaluations side by side: per unit and indicator, each year's money, target,
 * baseline, projection, achievement and status, and the trend across the years. Immutable.
 */
public final class History {
    private final List<Evaluation> years;
    private final List<HistoryRow> rows;
    private final List<Trend> trends;

    private History(List<Evaluation> years) {
        this.years = years;
        List<HistoryRow> allRows = new ArrayList<>();
        Map<String, List<HistoryRow>> byUnit = new LinkedHashMap<>();
        for (Evaluation year : years) {
            for (UnitResult unit : year.units()) {
                Figures f = unit.figures();
                HistoryRow row = new HistoryRow(
                        unit.level(),
                        unit.unit(),
                        unit.parent(),
                        unit.indicator().name(),
                        year.fiscalYear(),
                        year.resultsYear(),
                        unit.money(),
                        f.target(),
                        f.baseline(),
                        f.projected(),
                        f.achieved(),
                        unit.status());
                allRows.add(row);
                byUnit.computeIfAbsent(
                                unit.level().key() + "\u0000" + unit.unit() + "\u0000"
                                        + unit.indicator().name(),
                                key -> new ArrayList<>())
                        .add(row);
            }
        }
        allRows.sort(Comparator.comparing(HistoryRow::level)
                .thenComparing(HistoryRow::unit, th.allocation.internal.NaturalOrder.INSTANCE)
                .thenComparing(HistoryRow::indicator)
                .thenComparingInt(HistoryRow::fiscalYear));
        this.rows = List.copyOf(allRows);
        List<Trend> allTrends = new ArrayList<>();
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        years.forEach(y -> y.indicators().forEach(i -> indicators.putIfAbsent(i.name(), i)));
        byUnit.values()
                .forEach(unitRows -> allTrends.add(
                        trend(unitRows, indicators.get(unitRows.get(0).indicator()))));
        allTrends.sort(Comparator.comparing(Trend::level)
                .thenComparing(Trend::unit, th.allocation.internal.NaturalOrder.INSTANCE)
                .thenComparing(Trend::indicator));
        this.trends = List.copyOf(allTrends);
    }

    /**
     * The history of these evaluations, ordered by fiscal year.
     *
     * @throws IllegalArgumentException if two evaluate the same fiscal year, or none is given
     */
    public static History of(List<Evaluation> evaluations) {
        if (evaluations.isEmpty()) {
            throw new IllegalArgumentException("A history needs at least one year.");
        }
        List<Evaluation> sorted = new ArrayList<>(evaluations);
        sorted.sort(Comparator.comparingInt(Evaluation::fiscalYear));
        for (int y = 1; y < sorted.size(); y++) {
            if (sorted.get(y).fiscalYear() == sorted.get(y - 1).fiscalYear()) {
                throw new IllegalArgumentException(
                        "Two evaluations of fiscal year " + sorted.get(y).fiscalYear() + ".\nKeep one per year.");
            }
        }
        return new History(List.copyOf(sorted));
    }

    /** The evaluations, by fiscal year. */
    public List<Evaluation> years() {
        return years;
    }

    /** The latest year's evaluation. */
    public Evaluation latest() {
        return years.get(years.size() - 1);
    }

    /** One row per level, unit, indicator and year; by level, unit (natural order), indicator, year. */
    public List<HistoryRow> rows() {
        return rows;
    }

    /** One trend per level, unit and indicator, in the same order. */
    public List<Trend> trends() {
        return trends;
    }

    private static Trend trend(List<HistoryRow> rows, Indicator indicator) {
        List<double[]> points = new ArrayList<>();
        HistoryRow first = rows.get(0);
        if (Double.isFinite(first.baseline())) {
            points.add(new double[] {first.fiscalYear(), first.baseline()});
        }
        for (HistoryRow row : rows) {
            if (Double.isFinite(row.achieved())) {
                points.add(new double[] {row.resultsYear(), row.achieved()});
            }
        }
        if (points.isEmpty()) {
            return new Trend(
                    first.level(),
                    first.unit(),
                    first.indicator(),
                    0,
                    first.fiscalYear(),
                    first.resultsYear(),
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    Trend.Way.TOO_FEW_POINTS);
        }
        double[] start = points.get(0);
        double[] end = points.get(points.size() - 1);
        double slope = slope(points);
        Trend.Way way;
        if (Double.isNaN(slope)) {
            way = Trend.Way.TOO_FEW_POINTS;
        } else {
            double better = indicator.direction() == Direction.HIGHER ? slope : -slope;
            double band = Trend.STEADY_SHARE * Math.abs(indicator.target());
            way = better > band ? Trend.Way.IMPROVING : better < -band ? Trend.Way.WORSENING : Trend.Way.STEADY;
        }
        return new Trend(
                first.level(),
                first.unit(),
                first.indicator(),
                points.size(),
                (int) start[0],
                (int) end[0],
                start[1],
                end[1],
                slope,
                way);
    }

    /** The ordinary least-squares slope of y on x; NaN with fewer than two distinct x. */
    static double slope(List<double[]> points) {
        double meanX = 0;
        double meanY = 0;
        for (double[] p : points) {
            meanX += p[0];
            meanY += p[1];
        }
        meanX /= points.size();
        meanY /= points.size();
        double sxy = 0;
        double sxx = 0;
        for (double[] p : points) {
            sxy += (p[0] - meanX) * (p[1] - meanY);
            sxx += (p[0] - meanX) * (p[0] - meanX);
        }
        return sxx > 0 ? sxy / sxx : Double.NaN;
    }
}

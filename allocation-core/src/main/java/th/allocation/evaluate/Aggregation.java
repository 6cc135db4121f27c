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
import java.util.List;
import th.allocation.input.ResultsTable;
import th.allocation.scenario.Direction;
import th.allocation.scenario.Indicator;

/**
 * Sums schools into units, one pass over the schools per level and indicator: pupil- or
 * school-weighted means of the values and gaps, the money and the gap closed of funded schools, the
 * smallest and largest target, and the count of each status.
 */
final class Aggregation {
    private Aggregation() {}

    static List<UnitResult> units(Plan plan, Join.Joined joined, byte[][] status, EvaluationOptions options) {
        List<UnitResult> units = new ArrayList<>();
        for (Level level : Level.values()) {
            for (int k = 0; k < plan.indicators().size(); k++) {
                units.addAll(level(plan, joined, status, options, level, k));
            }
        }
        // Level by level, then unit by unit, then indicator by indicator, as the tables read best.
        List<UnitResult> ordered = new ArrayList<>(units.size());
        int k = plan.indicators().size();
        int start = 0;
        for (Level level : Level.values()) {
            int count = plan.units(level).size();
            for (int u = 0; u < count; u++) {
                for (int j = 0; j < k; j++) {
                    ordered.add(units.get(start + j * count + u));
                }
            }
            start += count * k;
        }
        return ordered;
    }

    private static List<UnitResult> level(
            Plan plan, Join.Joined joined, byte[][] status, EvaluationOptions options, Level level, int k) {
        Indicator indicator = plan.indicators().get(k);
        Direction direction = indicator.direction();
        boolean perPupil = Evaluation.pupilWeighted(indicator);
        int m = plan.units(level).size();
        double[] weight = new double[m];
        double[] baseline = new double[m];
        double[] projected = new double[m];
        double[] achieved = new double[m];
        double[] gapBaseline = new double[m];
        double[] gapProjected = new double[m];
        double[] gapAchieved = new double[m];
        int[] schools = new int[m];
        long[] pupils = new long[m];
        long[] money = new long[m];
        int[] funded = new int[m];
        long[] fundedMoney = new long[m];
        long[] fundedSpent = new long[m];
        double[] closed = new double[m];
        double[] closedProjected = new double[m];
        double[] smallest = new double[m];
        double[] largest = new double[m];
        java.util.Arrays.fill(smallest, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(largest, Double.NEGATIVE_INFINITY);
        int[][] counts = new int[m][Status.values().length];
        double[] values = joined.achieved()[k];
        long[] spentAgainst = joined.spentAgainst()[k];
        byte[] statuses = status[k];
        for (int i = 0; i < plan.size(); i++) {
            int u = plan.code(level, i);
            if (u < 0) {
                continue;
            }
            long schoolPupils = plan.pupils(i);
            long schoolMoney = plan.money(k, i);
            double t = plan.target(k, i);
            schools[u]++;
            pupils[u] += schoolPupils;
            money[u] += schoolMoney;
            smallest[u] = Math.min(smallest[u], t);
            largest[u] = Math.max(largest[u], t);
            counts[u][statuses[i]]++;
            double a = values[i];
            if (Double.isNaN(a)) {
                continue;
            }
            double w = perPupil ? schoolPupils : 1;
            double b = plan.baseline(k, i);
            double p = plan.projected(k, i);
            double gb = Figures.gap(direction, t, b);
            double gp = Figures.gap(direction, t, p);
            double ga = Figures.gap(direction, t, a);
            weight[u] += w;
            baseline[u] += w * b;
            projected[u] += w * p;
            achieved[u] += w * a;
            gapBaseline[u] += w * gb;
            gapProjected[u] += w * gp;
            gapAchieved[u] += w * ga;
            if (schoolMoney > 0) {
                funded[u]++;
                fundedMoney[u] += schoolMoney;
                long spent = spentAgainst[i];
                fundedSpent[u] += spent == ResultsTable.NOT_REPORTED ? schoolMoney : spent;
                closed[u] += w * (gb - ga);
                closedProjected[u] += w * (gb - gp);
            }
        }
        List<UnitResult> units = new ArrayList<>(m);
        for (int u = 0; u < m; u++) {
            double w = weight[u];
            double target =
                    schools[u] == 0 ? indicator.target() : UnitTargets.of(plan, k, level, u, smallest[u], largest[u]);
            Figures figures = w > 0
                    ? new Figures(
                            direction,
                            baseline[u] / w,
                            target,
                            projected[u] / w,
                            achieved[u] / w,
                            gapBaseline[u] / w,
                            gapProjected[u] / w,
                            gapAchieved[u] / w)
                    : new Figures(
                            direction, Double.NaN, target, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            Spending spending = new Spending(
                    indicator.cost().per(), funded[u], fundedMoney[u], fundedSpent[u], closed[u], closedProjected[u]);
            units.add(new UnitResult(
                    level,
                    plan.units(level).get(u),
                    plan.parent(level, u),
                    indicator,
                    schools[u],
                    pupils[u],
                    figures,
                    money[u],
                    spending,
                    figures.status(options.onTrackShare()),
                    StatusCounts.of(counts[u])));
        }
        return units;
    }
}

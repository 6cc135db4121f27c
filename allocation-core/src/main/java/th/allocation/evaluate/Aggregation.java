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
import java.util.Arrays;
import java.util.List;
import th.allocation.input.ResultsTable;
import th.allocation.scenario.Direction;
import th.allocation.scenario.Indicator;

/**
 * Sums schools into units, one pass over the schools per level: for each unit and indicator, the
 * pupil- or school-weighted sums of the values and gaps, the money and the gap closed of funded
 * schools, the smallest and largest target, and the count of each status. A unit's sums lie side by
 * side in one array, so that a pass touches a cache line or two per school, not one per sum.
 */
final class Aggregation {
    // The sums of one unit and indicator, at stride SUMS in the array of sums.
    private static final int WEIGHT = 0;
    private static final int BASELINE = 1;
    private static final int PROJECTED = 2;
    private static final int ACHIEVED = 3;
    private static final int GAP_BASELINE = 4;
    private static final int GAP_PROJECTED = 5;
    private static final int GAP_ACHIEVED = 6;
    private static final int CLOSED = 7;
    private static final int CLOSED_PROJECTED = 8;
    private static final int SMALLEST = 9;
    private static final int LARGEST = 10;
    private static final int SUMS = 11;

    // Amounts of one unit and indicator, at stride AMOUNTS.
    private static final int MONEY = 0;
    private static final int FUNDED_MONEY = 1;
    private static final int FUNDED_SPENT = 2;
    private static final int FUNDED = 3;
    private static final int AMOUNTS = 4;

    private static final int STATUSES = Status.values().length;

    private Aggregation() {}

    /** Every unit's evaluation: level by level, unit by unit, indicator by indicator. */
    static List<UnitResult> units(Plan plan, Join.Joined joined, byte[][] status, EvaluationOptions options) {
        List<UnitResult> units = new ArrayList<>();
        for (Level level : Level.values()) {
            level(plan, joined, status, options, level, units);
        }
        return units;
    }

    private static void level(
            Plan plan,
            Join.Joined joined,
            byte[][] status,
            EvaluationOptions options,
            Level level,
            List<UnitResult> out) {
        List<Indicator> indicators = plan.indicators();
        int k = indicators.size();
        int m = plan.units(level).size();
        double[] sums = new double[m * k * SUMS];
        long[] amounts = new long[m * k * AMOUNTS];
        int[] counts = new int[m * k * STATUSES];
        int[] schools = new int[m];
        long[] pupils = new long[m];
        for (int s = 0; s < m * k; s++) {
            sums[s * SUMS + SMALLEST] = Double.POSITIVE_INFINITY;
            sums[s * SUMS + LARGEST] = Double.NEGATIVE_INFINITY;
        }
        int[] codes = plan.codes(level);
        long[] pupilsOf = plan.pupilsColumn();
        boolean[] higher = new boolean[k];
        boolean[] perPupil = new boolean[k];
        for (int j = 0; j < k; j++) {
            higher[j] = indicators.get(j).direction() == Direction.HIGHER;
            perPupil[j] = Evaluation.pupilWeighted(indicators.get(j));
        }
        for (int i = 0; i < pupilsOf.length; i++) {
            int u = codes == null ? 0 : codes[i];
            if (u < 0) {
                continue;
            }
            long schoolPupils = pupilsOf[i];
            schools[u]++;
            pupils[u] += schoolPupils;
            for (int j = 0; j < k; j++) {
                int cell = u * k + j;
                int at = cell * SUMS;
                int money = cell * AMOUNTS;
                long schoolMoney = plan.moneyColumn(j)[i];
                double t = plan.targetColumn(j)[i];
                amounts[money + MONEY] += schoolMoney;
                if (t < sums[at + SMALLEST]) {
                    sums[at + SMALLEST] = t;
                }
                if (t > sums[at + LARGEST]) {
                    sums[at + LARGEST] = t;
                }
                counts[cell * STATUSES + status[j][i]]++;
                double a = joined.achieved()[j][i];
                if (a != a) { // NaN: not measured
                    continue;
                }
                double w = perPupil[j] ? schoolPupils : 1;
                double b = plan.baselineColumn(j)[i];
                double p = plan.projectedColumn(j)[i];
                boolean up = higher[j];
                double gb = Math.max(0, up ? t - b : b - t);
                double gp = Math.max(0, up ? t - p : p - t);
                double ga = Math.max(0, up ? t - a : a - t);
                sums[at + WEIGHT] += w;
                sums[at + BASELINE] += w * b;
                sums[at + PROJECTED] += w * p;
                sums[at + ACHIEVED] += w * a;
                sums[at + GAP_BASELINE] += w * gb;
                sums[at + GAP_PROJECTED] += w * gp;
                sums[at + GAP_ACHIEVED] += w * ga;
                if (schoolMoney > 0) {
                    long spent = joined.spentAgainst()[j][i];
                    amounts[money + FUNDED]++;
                    amounts[money + FUNDED_MONEY] += schoolMoney;
                    amounts[money + FUNDED_SPENT] += spent == ResultsTable.NOT_REPORTED ? schoolMoney : spent;
                    sums[at + CLOSED] += w * (gb - ga);
                    sums[at + CLOSED_PROJECTED] += w * (gb - gp);
                }
            }
        }
        for (int u = 0; u < m; u++) {
            for (int j = 0; j < k; j++) {
                out.add(unit(plan, options, level, u, j, k, sums, amounts, counts, schools[u], pupils[u]));
            }
        }
    }

    private static UnitResult unit(
            Plan plan,
            EvaluationOptions options,
            Level level,
            int u,
            int j,
            int k,
            double[] sums,
            long[] amounts,
            int[] counts,
            int schools,
            long pupils) {
        Indicator indicator = plan.indicators().get(j);
        int cell = u * k + j;
        int at = cell * SUMS;
        int money = cell * AMOUNTS;
        double w = sums[at + WEIGHT];
        double target = schools == 0
                ? indicator.target()
                : UnitTargets.of(plan, j, level, u, sums[at + SMALLEST], sums[at + LARGEST]);
        Figures figures = w > 0
                ? new Figures(
                        indicator.direction(),
                        sums[at + BASELINE] / w,
                        target,
                        sums[at + PROJECTED] / w,
                        sums[at + ACHIEVED] / w,
                        sums[at + GAP_BASELINE] / w,
                        sums[at + GAP_PROJECTED] / w,
                        sums[at + GAP_ACHIEVED] / w)
                : new Figures(
                        indicator.direction(),
                        Double.NaN,
                        target,
                        Double.NaN,
                        Double.NaN,
                        Double.NaN,
                        Double.NaN,
                        Double.NaN);
        Spending spending = new Spending(
                indicator.cost().per(),
                (int) amounts[money + FUNDED],
                amounts[money + FUNDED_MONEY],
                amounts[money + FUNDED_SPENT],
                sums[at + CLOSED],
                sums[at + CLOSED_PROJECTED]);
        return new UnitResult(
                level,
                plan.units(level).get(u),
                plan.parent(level, u),
                indicator,
                schools,
                pupils,
                figures,
                amounts[money + MONEY],
                spending,
                figures.status(options.onTrackShare()),
                StatusCounts.of(Arrays.copyOfRange(counts, cell * STATUSES, (cell + 1) * STATUSES)));
    }
}

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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import th.allocation.input.ResultsTable;
import th.allocation.rule.FlatPerHead;
import th.allocation.rule.LevelAmounts;
import th.allocation.scenario.Cost;
import th.allocation.scenario.CostBasis;
import th.allocation.scenario.Direction;
import th.allocation.scenario.Goal;
import th.allocation.scenario.Indicator;
import th.allocation.scenario.Scenario;
import th.allocation.scenario.TargetOverride;
import th.allocation.scenario.Targets;

/** Small plans and results built in code, for the evaluation's tests. */
final class Plans {
    private Plans() {}

    /** An indicator "reading", higher is better, target 0.6, cost 5,000 THB per pupil. */
    static Indicator reading(TargetOverride... overrides) {
        return new Indicator(
                "reading",
                "reading",
                Goal.QUALITY,
                Direction.HIGHER,
                0.6,
                1.0,
                new Cost(CostBasis.PUPIL, new BigDecimal("5000")),
                null,
                List.of(overrides));
    }

    /** An indicator "buildings", higher is better, target 3.5, cost 300,000 THB per school. */
    static Indicator buildings() {
        return new Indicator(
                "buildings",
                "building_condition",
                Goal.SAFETY,
                Direction.HIGHER,
                3.5,
                1.0,
                new Cost(CostBasis.SCHOOL, new BigDecimal("300000")),
                null,
                null);
    }

    /** An indicator "teachers" (pupils per teacher), lower is better, target 20, cost 400 THB per pupil. */
    static Indicator teachers() {
        return new Indicator(
                "teachers",
                "pupils_per_teacher",
                Goal.EFFICIENCY,
                Direction.LOWER,
                20.0,
                1.0,
                new Cost(CostBasis.PUPIL, new BigDecimal("400")),
                null,
                null);
    }

    static Scenario scenario(Indicator... indicators) {
        return new Scenario(
                "test",
                2570,
                "",
                new BigDecimal("1000000"),
                BigDecimal.ONE,
                Map.of(),
                new FlatPerHead(LevelAmounts.FY2567),
                null,
                null,
                new Targets(null, null, null, List.of(indicators), null));
    }

    /** A school of a plan being built. */
    record School(
            String id,
            long pupils,
            String cluster,
            String esa,
            String network,
            String areaType,
            double[] baseline,
            double[] target,
            double[] projected,
            long[] moneyBaht) {}

    /** A plan of these schools, for a scenario of these indicators (values by indicator, in order). */
    static Plan plan(Scenario scenario, List<School> schools) {
        int n = schools.size();
        int k = scenario.targets().indicators().size();
        String[] ids = new String[n];
        long[] pupils = new long[n];
        long[] allocation = new long[n];
        String[][] units = new String[4][n];
        double[][] baseline = new double[k][n];
        double[][] target = new double[k][n];
        double[][] projected = new double[k][n];
        long[][] money = new long[k][n];
        for (int i = 0; i < n; i++) {
            School s = schools.get(i);
            ids[i] = s.id();
            pupils[i] = s.pupils();
            units[0][i] = s.cluster();
            units[1][i] = s.esa();
            units[2][i] = s.network();
            units[3][i] = s.areaType();
            for (int j = 0; j < k; j++) {
                baseline[j][i] = s.baseline()[j];
                target[j][i] = s.target()[j];
                projected[j][i] = s.projected()[j];
                money[j][i] = s.moneyBaht()[j] * 100;
                allocation[i] += money[j][i];
            }
        }
        return Plan.of("test plan", scenario, ids, pupils, allocation, units, baseline, target, projected, money);
    }

    /** Results for fiscal year 2571: one row per school of the plan, values by indicator name. */
    static ResultsTable results(Plan plan, Map<String, double[]> values) {
        String[] ids = new String[plan.size()];
        int[] years = new int[plan.size()];
        for (int i = 0; i < plan.size(); i++) {
            ids[i] = plan.id(i);
            years[i] = 2571;
        }
        return ResultsTable.of("results.csv", ids, years, values, Map.of());
    }

    static List<School> list(School... schools) {
        return new ArrayList<>(List.of(schools));
    }

    static double[] d(double... values) {
        return values;
    }

    static long[] m(long... baht) {
        return baht;
    }
}

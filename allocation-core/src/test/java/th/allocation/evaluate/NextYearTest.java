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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.allocation.InputException;
import th.allocation.input.SchoolCsvReader;
import th.allocation.model.SchoolTable;
import th.allocation.scenario.Scenario;
import th.allocation.testing.SmallExample;

/** Next year's scenario and school table from the small example's evaluation. */
class NextYearTest {
    private static final SchoolTable SCHOOLS =
            SchoolCsvReader.read(SmallExample.FOLDER.resolve("schools.csv"), Map.of(), Set.of("reading"));

    private static Evaluation evaluation(double shrinkage) {
        Plan plan = Plan.of(SmallExample.allocate("targets.yaml", SCHOOLS));
        double[] realised = new double[plan.size()];
        for (int i = 0; i < plan.size(); i++) {
            realised[i] = plan.id(i).equals("10001") ? Double.NaN : 0.5;
        }
        return Evaluation.of(
                plan,
                Plans.results(plan, Map.of("reading", realised)),
                EvaluationOptions.defaults().withShrinkage(shrinkage));
    }

    @Test
    void scenario_isNextYears_withTheCostLearnt() {
        Evaluation evaluation = evaluation(0.5);
        Scenario next = NextYear.scenario(evaluation);
        assertEquals(2571, next.fiscalYear());
        assertEquals(NextYear.SCHOOLS, next.schools());
        assertEquals(evaluation.plan().scenario().budget(), next.budget());
        BigDecimal learnt = next.targets().indicators().get(0).cost().amount();
        assertEquals(evaluation.indicatorResults().get(0).nextCost(), learnt);
        assertEquals(0.6, next.targets().indicators().get(0).target(), "targets stay");
        assertEquals(
                0,
                new BigDecimal("5000")
                        .compareTo(NextYear.scenario(evaluation(1.0))
                                .targets()
                                .indicators()
                                .get(0)
                                .cost()
                                .amount()),
                "a shrinkage of 1 keeps the cost");
    }

    @Test
    void schools_takeTheRealisedValues_andThisYearsAllocationAsPrevious() {
        Evaluation evaluation = evaluation(0.5);
        SchoolTable next = NextYear.schools(evaluation, SCHOOLS);
        int a = next.indexOf("20002");
        assertEquals(0.5, next.indicator("reading", a));
        assertEquals(0.72, next.indicator("reading", next.indexOf("10001")), "not measured: the old baseline");
        assertEquals(evaluation.plan().allocation(evaluation.plan().indexOf("20002")), next.previousAllocation(a));
        assertEquals(SCHOOLS.totalPupils(SCHOOLS.indexOf("20002")), next.totalPupils(a), "this year's pupils");
    }

    @Test
    void anotherSchoolFile_isRefused() {
        SchoolTable other = SCHOOLS.rows(new int[] {0, 1, 2});
        InputException e = assertThrows(InputException.class, () -> NextYear.schools(evaluation(0.5), other));
        assertEquals(10, e.totalProblems(), "ten schools of the allocation are not in the file");
    }
}

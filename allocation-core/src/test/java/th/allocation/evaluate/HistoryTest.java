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
import static th.allocation.evaluate.Plans.d;
import static th.allocation.evaluate.Plans.m;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.allocation.input.ResultsTable;

/** Years side by side and their trend. */
class HistoryTest {
    /** One school, reading from {@code baseline}, achieving {@code achieved}, for the allocation of {@code year}. */
    private static Evaluation year(int year, double baseline, double achieved) {
        Plans.School school = new Plans.School(
                "A", 100, "c1", "e1", "n1", "district", d(baseline), d(0.6), d(baseline + 0.05), m(1000));
        var scenario = Plans.scenario(Plans.reading());
        scenario = new th.allocation.scenario.Scenario(
                scenario.name(),
                year,
                "",
                scenario.budget(),
                scenario.roundingUnit(),
                scenario.columns(),
                scenario.rule(),
                scenario.floors(),
                scenario.caps(),
                scenario.targets());
        Plan plan = Plans.plan(scenario, List.of(school));
        return Evaluation.of(
                plan,
                ResultsTable.of(
                        "r", new String[] {"A"}, new int[] {year + 1}, Map.of("reading", d(achieved)), Map.of()));
    }

    @Test
    void rowsAndTrend_overThreeYears() {
        History history = History.of(List.of(year(2572, 0.44, 0.46), year(2570, 0.40, 0.42), year(2571, 0.42, 0.44)));
        assertEquals(
                List.of(2570, 2571, 2572),
                history.years().stream().map(Evaluation::fiscalYear).toList());
        List<HistoryRow> centre =
                history.rows().stream().filter(r -> r.level() == Level.CENTRE).toList();
        assertEquals(
                List.of(2570, 2571, 2572),
                centre.stream().map(HistoryRow::fiscalYear).toList());
        Trend trend = history.trends().stream()
                .filter(t -> t.level() == Level.CENTRE)
                .findFirst()
                .orElseThrow();
        // Points (2570, 0.40), (2571, 0.42), (2572, 0.44), (2573, 0.46): a slope of 0.02 a year.
        assertEquals(4, trend.points());
        assertEquals(2570, trend.firstYear());
        assertEquals(2573, trend.lastYear());
        assertEquals(0.02, trend.slopePerYear(), 1e-12);
        assertEquals(Trend.Way.IMPROVING, trend.way());
    }

    @Test
    void steadyBand_andWorsening() {
        // 0.0005 a year is within the band, 0.001 x 0.6 = 0.0006.
        assertEquals(
                Trend.Way.STEADY,
                History.of(List.of(year(2570, 0.4, 0.4005))).trends().get(0).way());
        assertEquals(
                Trend.Way.WORSENING,
                History.of(List.of(year(2570, 0.4, 0.39))).trends().get(0).way());
    }

    @Test
    void twoEvaluationsOfOneYear_areRefused() {
        assertThrows(
                IllegalArgumentException.class, () -> History.of(List.of(year(2570, 0.4, 0.4), year(2570, 0.4, 0.4))));
    }
}

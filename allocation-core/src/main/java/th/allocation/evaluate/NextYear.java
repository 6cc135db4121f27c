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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.model.School;
import th.allocation.model.SchoolTable;
import th.allocation.scenario.AdminLevel;
import th.allocation.scenario.Cost;
import th.allocation.scenario.Indicator;
import th.allocation.scenario.Scenario;
import th.allocation.scenario.Targets;

/**
 * Next year's inputs from an evaluation: the feedback of results into decisions.
 *
 * <ul>
 *   <li>The <b>scenario</b> is this year's, for the fiscal year the results were measured in, with
 *       each indicator's unit cost replaced by the one learnt ({@link IndicatorResult#nextCost()}:
 *       shrunk towards this year's, see {@link EvaluationOptions}); targets, priorities, budget,
 *       rules and envelopes stay as they were, for the analyst to change.
 *   <li>The <b>school table</b> is this year's with each indicator's realised value as its new
 *       baseline (a value not measured keeps the old one) and this year's allocation as {@code
 *       previous_allocation}, for hold-harmless floors and gain caps; pupil counts are this year's
 *       until the new census is loaded.
 * </ul>
 */
public final class NextYear {
    /** The school file next year's scenario names, beside it. */
    public static final String SCHOOLS = "schools.csv";

    private NextYear() {}

    /** Next year's scenario (see the class description); its school file is {@value #SCHOOLS}. */
    public static Scenario scenario(Evaluation evaluation) {
        Scenario scenario = evaluation.plan().scenario();
        Map<String, BigDecimal> costs = new HashMap<>();
        evaluation.indicatorResults().forEach(r -> costs.put(r.indicator().name(), r.nextCost()));
        List<AdminLevel> levels = new ArrayList<>();
        for (AdminLevel level : scenario.levels()) {
            levels.add(new AdminLevel(
                    level.by(),
                    level.rule(),
                    level.floors(),
                    level.caps(),
                    withCosts(level.targets(), costs),
                    level.mayOverride(),
                    level.overrides(),
                    level.local()));
        }
        String name = (scenario.name().isEmpty() ? "Scenario" : scenario.name()) + " (FY "
                + evaluation.resultsYear() + ": realised values of FY " + evaluation.fiscalYear()
                + " as baselines, unit costs learnt)";
        return new Scenario(
                name,
                evaluation.resultsYear(),
                SCHOOLS,
                scenario.budget(),
                scenario.roundingUnit(),
                scenario.columns(),
                scenario.rule(),
                scenario.floors(),
                scenario.caps(),
                withCosts(scenario.targets(), costs),
                levels);
    }

    private static Targets withCosts(Targets targets, Map<String, BigDecimal> costs) {
        if (targets == null) {
            return null;
        }
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator i : targets.indicators()) {
            BigDecimal cost = costs.getOrDefault(i.name(), i.cost().amount());
            indicators.add(new Indicator(
                    i.name(),
                    i.column(),
                    i.goal(),
                    i.direction(),
                    i.target(),
                    i.priority(),
                    new Cost(i.cost().per(), cost),
                    i.returns(),
                    i.overrides()));
        }
        return new Targets(targets.objective(), targets.spend(), targets.solver(), indicators, targets.envelopes());
    }

    /**
     * Next year's school table from this year's ({@code schools}, the table the allocation was made
     * for): realised values as baselines, this year's allocation as the previous one.
     *
     * @throws InputException if the two tables do not hold the same schools
     */
    public static SchoolTable schools(Evaluation evaluation, SchoolTable schools) {
        Plan plan = evaluation.plan();
        List<Problem> problems = new ArrayList<>();
        boolean[] found = new boolean[plan.size()];
        SchoolTable.Builder next = SchoolTable.builder(SCHOOLS);
        List<Indicator> indicators = evaluation.indicators();
        for (int s = 0; s < schools.size(); s++) {
            int i = plan.indexOf(schools.id(s));
            if (i < 0) {
                problems.add(Problem.atRow(
                        schools.source(),
                        schools.line(s),
                        "school_id",
                        schools.id(s),
                        "The school is not in the allocation evaluated (" + plan.source() + ").",
                        "Give the school file the allocation was made for."));
                continue;
            }
            found[i] = true;
            School school = schools.school(s);
            Map<String, Double> values = new TreeMap<>(school.indicators());
            for (int k = 0; k < indicators.size(); k++) {
                double realised = evaluation.achieved(k, i);
                if (!Double.isNaN(realised)) {
                    values.put(indicators.get(k).column(), realised);
                }
            }
            next.add(school.withIndicators(values).withPreviousAllocation(plan.allocation(i)));
        }
        for (int i = 0; i < found.length; i++) {
            if (!found[i]) {
                problems.add(new Problem(
                        schools.source(),
                        0,
                        0,
                        "school_id",
                        plan.id(i),
                        "The school is in the allocation evaluated but not in the school file.",
                        "Give the school file the allocation was made for."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems.subList(0, Math.min(problems.size(), 100)), problems.size(), null);
        }
        return next.build();
    }
}

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
package th.allocation.transition;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import th.allocation.model.Baht;
import th.allocation.model.School;
import th.allocation.model.SchoolTable;
import th.allocation.rule.ComponentFormula;
import th.allocation.rule.FormulaComponent;
import th.allocation.scenario.Caps;
import th.allocation.scenario.Floors;
import th.allocation.scenario.Scenario;
import th.allocation.scenario.Transition;

/**
 * One year of a transition as an ordinary formula scenario and school table: the need is two
 * components, each one satang per satang of a numeric column that holds it, so that the year is
 * allocated, written and explained exactly as any composed formula is; {@code previous_allocation}
 * is the year before's allocation, which the floors and caps read.
 */
final class YearScenario {
    private static final BigDecimal ONE_SATANG = new BigDecimal("0.01");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private YearScenario() {}

    /** The scenario of year {@code k}: its fiscal year, budget, two-component rule and bounds. */
    static Scenario of(Scenario scenario, Transition transition, int k, long budget) {
        ComponentFormula rule = new ComponentFormula(List.of(
                component(
                        TransitionAllocator.BASELINE_SHARE,
                        "The baseline's share of the year's need: (1 - w) x baseline x (sum of target needs) / (sum of"
                                + " baselines).",
                        TransitionAllocator.BASELINE_COLUMN),
                component(
                        TransitionAllocator.FORMULA_SHARE,
                        "The target rule's share of the year's need: w x the rule's need.",
                        TransitionAllocator.FORMULA_COLUMN)));
        Floors floors = scenario.floors();
        if (transition.perPupilFloorPercent() != null) {
            BigDecimal percent = HUNDRED.add(transition.perPupilFloorPercent());
            floors = new Floors(floors.minPerPupil(), percent.max(floors.percentOfPrevious()));
        }
        Caps caps = scenario.caps();
        if (transition.perPupilCapPercent() != null) {
            BigDecimal percent = HUNDRED.add(transition.perPupilCapPercent());
            caps = new Caps(caps.usesPrevious() ? percent.min(caps.percentOfPrevious()) : percent);
        }
        String name = (scenario.name().isEmpty() ? "Transition" : scenario.name()) + ", year " + k + " of "
                + transition.years();
        return new Scenario(
                name,
                scenario.fiscalYear() + k - 1,
                scenario.schools(),
                Baht.toBaht(budget),
                scenario.roundingUnit(),
                scenario.columns(),
                rule,
                floors,
                caps,
                null,
                List.of());
    }

    private static FormulaComponent component(String name, String description, String column) {
        return new FormulaComponent(name, description, ONE_SATANG, column, null, null, null, null, null, null, null);
    }

    /**
     * The school table of a year: {@code previous_allocation} is {@code previous} (none where it is
     * {@link SchoolTable#NO_PREVIOUS}) and the two components are numeric columns, in satang.
     */
    static SchoolTable table(SchoolTable schools, long[] previous, long[] baselineShare, long[] formulaShare) {
        SchoolTable.Builder builder = SchoolTable.builder(schools.source());
        for (int i = 0; i < schools.size(); i++) {
            School school = schools.school(i);
            Map<String, Double> indicators = new HashMap<>(school.indicators());
            indicators.put(TransitionAllocator.BASELINE_COLUMN, (double) baselineShare[i]);
            indicators.put(TransitionAllocator.FORMULA_COLUMN, (double) formulaShare[i]);
            school = school.withIndicators(indicators);
            school = school.withPreviousAllocation(
                    previous[i] == SchoolTable.NO_PREVIOUS ? OptionalLong.empty() : OptionalLong.of(previous[i]));
            builder.add(school, schools.line(i));
        }
        return builder.build();
    }
}

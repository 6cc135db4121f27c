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
package th.allocation.optimise;

import java.util.ArrayList;
import java.util.List;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.Suggestions;
import th.allocation.model.SchoolTable;
import th.allocation.rule.Needs;
import th.allocation.scenario.Envelope;
import th.allocation.scenario.Indicator;
import th.allocation.scenario.Scenario;
import th.allocation.scenario.Targets;
import th.allocation.solve.SchoolBounds;

/**
 * Makes {@link TargetProblem}s from a scenario and a school table: checks the columns the targets
 * read, takes the rule's needs as base entitlements within the floors and caps, and bounds the
 * envelopes; and words the problems of missing indicator values.
 */
final class TargetProblems {
    private TargetProblems() {}

    /** See {@link TargetProblem#of}. */
    static TargetProblem of(Scenario scenario, SchoolTable schools) {
        Targets targets = scenario.targets();
        if (targets == null) {
            throw new IllegalArgumentException("The scenario has no targets.");
        }
        List<Problem> problems = new ArrayList<>();
        for (Indicator indicator : targets.indicators()) {
            if (!schools.indicatorNames().contains(indicator.column())) {
                problems.add(Problem.of(
                        schools.source(),
                        "Indicator '" + indicator.name() + "' reads the column '" + indicator.column()
                                + "', which the school table does not have.",
                        Suggestions.closest(indicator.column(), schools.indicatorNames())
                                .map(c -> "Did you mean '" + c + "'?")
                                .orElse("Add the column to the school file.")));
            }
        }
        IndicatorTargets.checkOverrides(targets, schools, problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems, problems.size(), null);
        }
        int n = schools.size();
        long unit = scenario.roundingUnitSatang();
        Needs needs = scenario.rule().evaluate(schools);
        SchoolBounds bounds = SchoolBounds.of(schools, scenario.floors(), scenario.caps(), unit);
        double[] base = new double[n];
        double[] required = new double[n];
        double[] room = new double[n];
        // Each school's own: in parallel blocks on large problems (see Blocks); the total in school order.
        Blocks.run(n, Blocks.PARALLEL_FROM, (from, to) -> {
            for (int s = from; s < to; s++) {
                base[s] = needs.total(s);
                // The base is kept whole, so it too is a floor, rounded up to the unit like the others.
                double floor = (double) Math.max(bounds.lower(s), -Math.floorDiv(-needs.total(s), unit)) * unit;
                required[s] = Math.max(0, floor - base[s]);
                room[s] = bounds.upper(s) == SchoolBounds.UNCAPPED
                        ? Double.POSITIVE_INFINITY
                        : Math.max(required[s], (double) bounds.upper(s) * unit - base[s]);
            }
        });
        double baseTotal = 0;
        for (int s = 0; s < n; s++) {
            baseTotal += base[s];
        }
        double budget = scenario.budgetSatang().orElseThrow();
        List<EnvelopeBounds> envelopes = new ArrayList<>();
        for (Envelope envelope : targets.envelopes()) {
            envelopes.add(EnvelopeBounds.of(envelope, schools, budget, unit));
        }
        return new TargetProblem(scenario, schools, needs, base, required, room, envelopes, budget - baseTotal, bounds);
    }

    /** The first 100 problems of missing indicator values, in school order. */
    static InputException missing(SchoolTable schools, List<Indicator> indicators, double[][] values) {
        List<Problem> missing = new ArrayList<>();
        for (int s = 0; s < schools.size() && missing.size() < 100; s++) {
            for (int k = 0; k < indicators.size() && missing.size() < 100; k++) {
                if (Double.isNaN(values[k][s])) {
                    Indicator ind = indicators.get(k);
                    missing.add(Problem.atRow(
                            schools.source(),
                            schools.line(s),
                            ind.column(),
                            schools.id(s),
                            "The value of indicator '" + ind.name() + "' is missing.",
                            "Give every school a value, or leave the indicator out of 'targets'."));
                }
            }
        }
        return new InputException(missing, missing.size(), null);
    }
}

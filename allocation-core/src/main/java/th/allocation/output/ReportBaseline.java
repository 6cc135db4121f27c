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

import java.math.BigDecimal;
import java.util.List;
import th.allocation.compare.Comparison;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.Bound;
import th.allocation.result.FormulaResult;
import th.allocation.rule.Component;
import th.allocation.rule.FlatPerHead;
import th.allocation.rule.LevelAmounts;
import th.allocation.scenario.Scenario;

/**
 * Last year's allocation ({@code previous_allocation}) as a result, the baseline of a single run's
 * report: each school gets what it got last year, 0 for a school without a previous allocation (a
 * new school). Used only to compare with, never written to a file.
 */
final class ReportBaseline implements FormulaResult {
    /** The baseline's label in the report. */
    static final String LABEL = "previous_allocation";

    private static final List<Component> COMPONENTS =
            List.of(new Component("previous_allocation", "Last year's allocation, from the school file."));

    private final Scenario scenario;
    private final SchoolTable schools;
    private final long total;

    private ReportBaseline(AllocationResult run) {
        Scenario of = run.scenario();
        this.scenario = new Scenario(
                "",
                Math.max(2500, of.fiscalYear() - 1),
                of.schools(),
                null,
                new BigDecimal("0.01"),
                of.columns(),
                new FlatPerHead(LevelAmounts.of(0, 0, 0, 0)),
                null,
                null);
        this.schools = run.schools();
        long sum = 0;
        for (int i = 0; i < schools.size(); i++) {
            sum += allocation(i);
        }
        this.total = sum;
    }

    /**
     * The comparison a single run's report draws: last year first, as the baseline, then the run; or
     * {@code comparison} itself when it already compares several results or no school has a previous
     * allocation.
     */
    static Comparison withBaseline(Comparison comparison) {
        if (comparison.size() != 1 || !comparison.schools().hasAnyPreviousAllocation()) {
            return comparison;
        }
        String label = comparison.labels().get(0).equals(LABEL) ? LABEL + "_last_year" : LABEL;
        return Comparison.of(
                List.of(label, comparison.labels().get(0)),
                List.of(new ReportBaseline(comparison.result(0)), comparison.result(0)),
                comparison.atkinsonEpsilon());
    }

    /** Whether scenario 0 of {@code comparison} is last year's allocation. */
    static boolean isBaseline(Comparison comparison) {
        return comparison.result(0) instanceof ReportBaseline;
    }

    /** How many schools have no previous allocation (they count 0 in the baseline). */
    static long withoutPrevious(SchoolTable schools) {
        long count = 0;
        for (int i = 0; i < schools.size(); i++) {
            if (schools.previousAllocation(i) == SchoolTable.NO_PREVIOUS) {
                count++;
            }
        }
        return count;
    }

    @Override
    public Scenario scenario() {
        return scenario;
    }

    @Override
    public SchoolTable schools() {
        return schools;
    }

    @Override
    public List<Component> components() {
        return COMPONENTS;
    }

    @Override
    public double scale() {
        return 1.0;
    }

    @Override
    public long total() {
        return total;
    }

    @Override
    public long need(int i) {
        return allocation(i);
    }

    @Override
    public long allocation(int i) {
        long previous = schools.previousAllocation(i);
        return previous == SchoolTable.NO_PREVIOUS ? 0 : previous;
    }

    @Override
    public long component(int c, int i) {
        return allocation(i);
    }

    @Override
    public long boundAdjustment(int i) {
        return 0;
    }

    @Override
    public long rounding(int i) {
        return 0;
    }

    @Override
    public Bound bound(int i) {
        return Bound.NONE;
    }

    @Override
    public long floor(int i) {
        return 0;
    }

    @Override
    public long cap(int i) {
        return NO_CAP;
    }
}

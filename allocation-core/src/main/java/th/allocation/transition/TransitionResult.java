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

import java.util.List;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.scenario.Scenario;

/**
 * A transition allocated: the baseline, each year's allocation and the target the path moves towards,
 * all on the same schools in the same (canonical) order.
 */
public final class TransitionResult {
    private final Scenario scenario;
    private final SchoolTable schools;
    private final long[] baseline;
    private final List<TransitionYear> years;
    private final AllocationResult target;

    TransitionResult(
            Scenario scenario,
            SchoolTable schools,
            long[] baseline,
            List<TransitionYear> years,
            AllocationResult target) {
        this.scenario = scenario;
        this.schools = schools;
        this.baseline = baseline;
        this.years = List.copyOf(years);
        this.target = target;
    }

    /** The scenario, with its transition. */
    public Scenario scenario() {
        return scenario;
    }

    /** The schools, as in the school file. */
    public SchoolTable schools() {
        return schools;
    }

    /** School {@code i}'s baseline in satang, or {@link SchoolTable#NO_PREVIOUS} if it has none. */
    public long baseline(int i) {
        return baseline[i];
    }

    /** The years, in order. */
    public List<TransitionYear> years() {
        return years;
    }

    /** The last year. */
    public TransitionYear last() {
        return years.get(years.size() - 1);
    }

    /**
     * The target: the scenario's rule alone at the last year's budget, with its minimum per pupil but
     * no bound against last year (a target has no year before).
     */
    public AllocationResult target() {
        return target;
    }

    /**
     * How far school {@code i} is from its target after the last year, in satang: the target minus the
     * last year's allocation (positive: still below it, as where a floor held it up elsewhere or the
     * path stops short; negative: still above it, as where the floor keeps it).
     */
    public long gap(int i) {
        return target.allocation(i) - last().result().allocation(i);
    }

    /** The mean absolute gap to the target over schools, in satang (0 without schools). */
    public double meanAbsoluteGap() {
        int n = schools.size();
        if (n == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.abs((double) gap(i));
        }
        return sum / n;
    }

    /**
     * What the floor against the year before still holds above the target in the last year, in
     * satang: the sum, over schools the floor holds up in the last year, of their allocation minus
     * their target. The other schools share that much less than the target gives them.
     */
    public long heldAboveTargetByFloor() {
        long sum = 0;
        AllocationResult last = last().result();
        for (int i = 0; i < schools.size(); i++) {
            if (last.bound(i) == th.allocation.result.Bound.HOLD_HARMLESS) {
                sum += Math.max(0, -gap(i));
            }
        }
        return sum;
    }

    /** How many of the years school {@code i} was held up by a floor against the year before. */
    public int yearsAtFloor(int i) {
        int count = 0;
        for (TransitionYear year : years) {
            if (year.result().bound(i) == th.allocation.result.Bound.HOLD_HARMLESS) {
                count++;
            }
        }
        return count;
    }
}

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
package th.allocation.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import th.allocation.model.Baht;
import th.allocation.model.SchoolTable;
import th.allocation.scenario.Scenario;

/**
 * A deliberately simple, independent model of a formula allocation's bounds and scale, written
 * from the definitions in the README rather than from the engine's code: BigDecimal for the
 * bounds, plain bisection for the scale. Property tests compare the engine against it.
 */
public final class ReferenceModel {
    private ReferenceModel() {}

    /** School {@code i}'s floor in satang: the larger floor, rounded up to the unit. */
    public static long floor(Scenario scenario, SchoolTable schools, int i) {
        BigDecimal byPupils = scenario.floors().minPerPupil().multiply(BigDecimal.valueOf(schools.totalPupils(i)));
        BigDecimal byPrevious = BigDecimal.ZERO;
        long previous = schools.previousAllocation(i);
        if (previous != SchoolTable.NO_PREVIOUS) {
            byPrevious = Baht.toBaht(previous)
                    .multiply(scenario.floors().percentOfPrevious())
                    .movePointLeft(2);
        }
        return toUnit(byPupils.max(byPrevious), scenario.roundingUnit(), RoundingMode.CEILING);
    }

    /** School {@code i}'s cap in satang, rounded down to the unit and never below its floor; Long.MAX_VALUE if none. */
    public static long cap(Scenario scenario, SchoolTable schools, int i) {
        long previous = schools.previousAllocation(i);
        if (!scenario.caps().usesPrevious() || previous == SchoolTable.NO_PREVIOUS) {
            return Long.MAX_VALUE;
        }
        BigDecimal cap = Baht.toBaht(previous)
                .multiply(scenario.caps().percentOfPrevious())
                .movePointLeft(2);
        return Math.max(toUnit(cap, scenario.roundingUnit(), RoundingMode.FLOOR), floor(scenario, schools, i));
    }

    private static long toUnit(BigDecimal baht, BigDecimal unit, RoundingMode mode) {
        return baht.divide(unit, 0, mode).multiply(unit).movePointRight(2).longValueExact();
    }

    /** Whether the budget lies between the sum of floors and what the caps (and zero needs) allow. */
    public static boolean feasible(Scenario scenario, SchoolTable schools, long[] needs) {
        long budget = scenario.budgetSatang().orElseThrow();
        BigDecimal floors = BigDecimal.ZERO;
        BigDecimal capacity = BigDecimal.ZERO;
        boolean unbounded = false;
        for (int i = 0; i < schools.size(); i++) {
            long floor = floor(scenario, schools, i);
            floors = floors.add(BigDecimal.valueOf(floor));
            if (needs[i] > 0) {
                long cap = cap(scenario, schools, i);
                unbounded |= cap == Long.MAX_VALUE;
                capacity = capacity.add(BigDecimal.valueOf(cap == Long.MAX_VALUE ? 0 : cap));
            } else {
                capacity = capacity.add(BigDecimal.valueOf(floor));
            }
        }
        BigDecimal b = BigDecimal.valueOf(budget);
        return floors.compareTo(b) <= 0 && (unbounded || capacity.compareTo(b) >= 0);
    }

    /** The scale at which the clamped scaled needs sum to the budget, by 200 steps of bisection. */
    public static double scale(long budget, long[] needs, long[] floors, long[] caps) {
        double low = 0;
        double high = 1;
        while (total(high, needs, floors, caps) < budget && high < 1e12) {
            high *= 2;
        }
        for (int step = 0; step < 200; step++) {
            double mid = (low + high) / 2;
            if (total(mid, needs, floors, caps) < budget) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    /** {@code clamp(scale * need, floor, cap)} in satang, as a real number. */
    public static double clamped(double scale, long need, long floor, long cap) {
        return Math.min(Math.max(scale * need, floor), (double) cap);
    }

    private static double total(double scale, long[] needs, long[] floors, long[] caps) {
        double sum = 0;
        for (int i = 0; i < needs.length; i++) {
            sum += clamped(scale, needs[i], floors[i], caps[i]);
        }
        return sum;
    }
}

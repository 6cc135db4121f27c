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

import java.util.function.DoubleUnaryOperator;

/**
 * Spends the money left when every gap the money can close is closed, where the budget must be spent
 * exactly: it goes to schools in proportion to their base entitlement, each within its cap and each
 * group within its envelope maximum. Each school gets {@code min(room, mu * base)} with the common
 * {@code mu} at which they take the money in all ({@link LevelSearch} on that piecewise-linear sum);
 * a group that would pass its maximum is held at it, in proportion within the group, and the rest is
 * shared among the others again. Schools without a base take none of it; if the others cannot take it
 * all, the scenario is infeasible ({@link Feasibility#leftoverBeyondCaps}).
 */
final class LeftoverSpending {
    private final Funding f;
    private final int n;

    LeftoverSpending(Funding funding) {
        this.f = funding;
        this.n = funding.n;
    }

    /**
     * Adds the money left to the schools' top-ups; nothing if the budget need not be spent or none is
     * left. Returns each school's extra money after it ({@link Funding#extras()}): when nothing is
     * added, the one it started from, so that the solution takes no second pass over the items.
     *
     * @throws th.allocation.InfeasibleException if caps and envelope maximums leave no room for it
     */
    double[] spend() {
        TargetProblem p = f.p;
        double[] extra = f.extras();
        double left = p.available;
        for (double e : extra) {
            left -= e;
        }
        if (!p.spendExactly() || left <= Tolerances.MONEY_ABSOLUTE) {
            return extra;
        }
        double tolerance = f.tolerance();
        // Every gap is closed: the rest goes in proportion to base, within caps (exact scaling).
        double[] weight = new double[n];
        double[] roomLeft = new double[n];
        double[] keys = new double[n];
        for (int s = 0; s < n; s++) {
            weight[s] = Math.max(p.base[s], 0);
            roomLeft[s] = f.upper[s] - extra[s];
        }
        double capacity = 0;
        for (int s = 0; s < n; s++) {
            capacity += weight[s] > 0 ? roomLeft[s] : 0;
        }
        if (capacity < left - tolerance) {
            throw Feasibility.leftoverBeyondCaps(left, capacity);
        }
        // Envelope maximums: a group's schools share its remaining room; the loop below holds a group
        // that would pass its maximum at that maximum and shares the rest among the others.
        int groups = f.groups;
        int[] group = f.group;
        double[] groupRoomLeft = new double[groups];
        for (int g = 0; g < groups; g++) {
            groupRoomLeft[g] = f.groupUpper[g];
        }
        for (int s = 0; s < n; s++) {
            if (group[s] >= 0) {
                groupRoomLeft[group[s]] -= extra[s];
            }
        }
        for (int round = 0; round <= groups && left > tolerance; round++) {
            double mu = shareInProportion(weight, roomLeft, keys, left);
            double[] groupGiven = new double[groups];
            double[] share = new double[n];
            for (int s = 0; s < n; s++) {
                share[s] = Math.min(roomLeft[s], mu * weight[s]);
                if (group[s] >= 0) {
                    groupGiven[group[s]] += share[s];
                }
            }
            boolean over = false;
            for (int g = 0; g < groups; g++) {
                over |= groupGiven[g] > groupRoomLeft[g] + tolerance;
            }
            if (!over) {
                for (int s = 0; s < n; s++) {
                    f.topUp[s] += share[s];
                }
                return f.extras();
            }
            // Hold each group that passes its maximum at it, in proportion within the group.
            for (int g = 0; g < groups; g++) {
                if (groupGiven[g] > groupRoomLeft[g] + tolerance) {
                    double factor = Math.max(0, groupRoomLeft[g]) / groupGiven[g];
                    for (int s = 0; s < n; s++) {
                        if (group[s] == g) {
                            double give = share[s] * factor;
                            f.topUp[s] += give;
                            left -= give;
                            roomLeft[s] = 0;
                            weight[s] = 0;
                        }
                    }
                    groupRoomLeft[g] = 0;
                }
            }
        }
        if (left > tolerance) {
            throw Feasibility.leftoverBeyondEnvelopes(left);
        }
        return f.extras();
    }

    /** The level mu at which schools, each given min(room, mu * weight), take {@code need} in all. */
    private double shareInProportion(double[] weight, double[] roomLeft, double[] scratch, double need) {
        int count = 0;
        double top = 0;
        double uncappedWeight = 0;
        for (int s = 0; s < n; s++) {
            if (weight[s] > 0 && Double.isFinite(roomLeft[s])) {
                scratch[count++] = roomLeft[s] / weight[s];
                top = Math.max(top, roomLeft[s] / weight[s]);
            }
            uncappedWeight += weight[s] > 0 && Double.isInfinite(roomLeft[s]) ? weight[s] : 0;
        }
        DoubleUnaryOperator taken = mu -> {
            double sum = 0;
            for (int s = 0; s < n; s++) {
                sum += Math.min(roomLeft[s], mu * weight[s]);
            }
            return -sum; // non-increasing, as LevelSearch expects
        };
        // Beyond the last kink only uncapped schools take more; at this level they alone take it all.
        double far = uncappedWeight > 0 ? top + need / uncappedWeight + 1 : top;
        return LevelSearch.segment(scratch, count, 0, far, taken, -need).solve(-need);
    }
}

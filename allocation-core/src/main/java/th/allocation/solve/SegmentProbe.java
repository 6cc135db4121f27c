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
package th.allocation.solve;

/** The schools still in question for a segment search ({@link ScaleSearch}), and the running sums of the settled ones. */
final class SegmentProbe {
    private final double[] need;
    private final double[] free;
    private final double freeSum;
    private final long[] lower;
    private final long[] upper;
    private final double[] lowKey;
    private final double[] highKey;
    private final long budget;
    /** Bounds of the settled schools at a bound, in units (exact). */
    long fixedUnits;
    /** Needs of the settled schools in proportion to need. */
    double slopeNeed;
    /** T at 0 (every school at its floor), added up by {@link #start}. */
    double floorTotal;

    private final int[] active;
    int activeCount;
    /** The largest breakpoint seen at or below the interval, 0 if none; the smallest at or above it. */
    double keyBelow;

    double keyAbove = Double.POSITIVE_INFINITY;

    SegmentProbe(
            double[] need,
            double[] free,
            double freeSum,
            long[] lower,
            long[] upper,
            double[] lowKey,
            double[] highKey,
            long budget,
            int[] active) {
        this.need = need;
        this.free = free;
        this.freeSum = freeSum;
        this.lower = lower;
        this.upper = upper;
        this.lowKey = lowKey;
        this.highKey = highKey;
        this.budget = budget;
        this.active = active;
    }

    /** Starts from the schools settled for {@code start}'s interval, those in question already in the active array. */
    void start(ScaleSearch.Start start) {
        fixedUnits = start.fixed;
        slopeNeed = start.slopeNeed;
        keyBelow = start.keyBelow;
        keyAbove = start.keyAbove;
        floorTotal = start.floorTotal;
        activeCount = start.activeCount;
    }

    /**
     * Puts in question the schools with need that have a breakpoint strictly inside (below, above),
     * where a full pass is below the budget at {@code below} (or it is 0) and reaches it at {@code
     * above}; settles the others as {@link #settle} does.
     */
    void start(double below, double above) {
        int kept = 0;
        for (int i = 0; i < need.length; i++) {
            floorTotal += lower[i];
            if (!(need[i] > 0)) {
                fixedUnits += lower[i];
            } else if (!settled(i, below, above)) {
                active[kept++] = i;
            }
        }
        activeCount = kept;
    }

    /**
     * Settles school {@code i} if it has no breakpoint strictly inside (below, above): adds it to
     * the running sums, notes its breakpoints, and returns true; false if it stays in question.
     */
    private boolean settled(int i, double below, double above) {
        double low = lowKey[i];
        double high = highKey[i];
        if (low >= above) {
            fixedUnits += lower[i];
            keyAbove = Math.min(keyAbove, low);
        } else if (high <= below) {
            fixedUnits += upper[i];
            keyBelow = Math.max(keyBelow, high);
        } else if (low <= below && high >= above) {
            slopeNeed += need[i];
            keyBelow = Math.max(keyBelow, low);
            keyAbove = Math.min(keyAbove, high); // +Infinity (no cap) is no breakpoint and changes nothing
        } else {
            return false;
        }
        return true;
    }

    /** The needs of the schools in question. */
    double activeNeed() {
        double sum = 0;
        for (int a = 0; a < activeCount; a++) {
            sum += need[active[a]];
        }
        return sum;
    }

    /** +1 if {@code total} (from running sums) surely reaches the budget, -1 if surely not, 0 if too close to tell. */
    int decide(double total) {
        return total >= budget * (1 + ScaleSolver.TIE) ? 1 : total < budget * (1 - ScaleSolver.TIE) ? -1 : 0;
    }

    /** T's slope at the last scale {@link #total(double)} was called with: the needs of the schools not at a bound. */
    double slope;

    /** T at {@code scale}, from the running sums and the schools in question; sets {@link #slope}. */
    double total(double scale) {
        double sum = fixedUnits + scale * slopeNeed;
        double free = slopeNeed;
        for (int a = 0; a < activeCount; a++) {
            int i = active[a];
            double amount = scale * need[i];
            if (amount < lower[i]) {
                sum += lower[i];
            } else if (amount > upper[i]) {
                sum += upper[i];
            } else {
                sum += amount;
                free += need[i];
            }
        }
        if (freeSum > 0) {
            sum += scale * freeSum;
            free += freeSum;
        }
        slope = free;
        return sum;
    }

    /** Whether a full pass at {@code scale} reaches the budget, given {@code total}, T from the running sums. */
    boolean reaches(double scale, double total) {
        int decision = decide(total);
        return decision != 0 ? decision > 0 : ScaleSolver.total(scale, need, free, lower, upper) >= budget;
    }

    /** Settles the schools with no breakpoint strictly inside (below, above), noting their breakpoints. */
    void settle(double below, double above) {
        int kept = 0;
        for (int a = 0; a < activeCount; a++) {
            int i = active[a];
            if (!settled(i, below, above)) {
                active[kept++] = i;
            }
        }
        activeCount = kept;
    }

    /** Sorts and searches the breakpoints still inside (below, above); returns {left, right}. */
    double[] finish(double below, double above) {
        double[] inside = new double[2 * activeCount];
        int count = 0;
        for (int a = 0; a < activeCount; a++) {
            int i = active[a];
            for (double key : new double[] {lowKey[i], highKey[i]}) {
                if (key <= below) {
                    keyBelow = Math.max(keyBelow, key);
                } else if (key >= above) {
                    keyAbove = Math.min(keyAbove, key);
                } else {
                    inside[count++] = key;
                }
            }
        }
        java.util.Arrays.sort(inside, 0, count);
        // The smallest inside breakpoint at which T reaches the budget; count if none.
        int low = 0;
        int high = count;
        while (low < high) {
            int mid = (low + high) >>> 1;
            double key = inside[mid];
            if (reaches(key, total(key))) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        double left = low > 0 ? Math.max(keyBelow, inside[low - 1]) : keyBelow;
        double right = low < count ? Math.min(keyAbove, inside[low]) : keyAbove;
        return new double[] {left, right};
    }
}

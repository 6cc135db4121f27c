package th.allocation.solve;

import th.allocation.internal.Selections;

import th.allocation.InfeasibleException;
import th.allocation.model.Baht;

/**
 * Finds the scale factor {@code lambda} at which the clamped, scaled needs add up to the budget:
 *
 * <pre>T(lambda) = sum over schools s of clamp(lambda * need(s), floor(s), cap(s)) = budget</pre>
 *
 * <p>{@code T} is continuous, non-decreasing and piecewise linear in {@code lambda}, with a breakpoint
 * where each school reaches its floor ({@code floor/need}) or its cap ({@code cap/need}). The solver
 * finds by binary search over the breakpoints' ranks (selecting, not sorting, them) the segment on
 * which {@code T} crosses the budget (O(n) per probe, O(n log n) in all), and solves the segment's
 * linear equation exactly:
 * {@code lambda = (budget - C) / S}, where {@code C} sums the bounds of the schools held at a bound
 * and {@code S} the needs of the free ones. No iteration can stop short.
 *
 * <p>Amounts are in rounding units; floors and caps are whole units.
 */
final class ScaleSolver {
    private ScaleSolver() {}

    /** The solution: the scale factor and each school's continuous amount, in units. */
    record Solution(double scale, double[] amounts) {}

    static Solution solve(double[] need, long[] lower, long[] upper, long budget, long unitSatang) {
        int n = need.length;
        long floorSum = 0;
        long capacity = 0;
        boolean unbounded = false;
        int keyCount = 0;
        for (int i = 0; i < n; i++) {
            floorSum = Math.addExact(floorSum, lower[i]);
            if (need[i] > 0) {
                keyCount += upper[i] == SchoolBounds.UNCAPPED ? 1 : 2;
                if (upper[i] == SchoolBounds.UNCAPPED) {
                    unbounded = true;
                } else {
                    capacity = Math.addExact(capacity, upper[i]);
                }
            } else {
                capacity = Math.addExact(capacity, lower[i]);
            }
        }
        if (floorSum > budget) {
            throw new InfeasibleException("Floors add up to " + money(floorSum, unitSatang) + " but the budget is "
                    + money(budget, unitSatang) + ". Raise the budget by at least "
                    + money(floorSum - budget, unitSatang) + ", or lower the floors (floors.min_per_pupil,"
                    + " floors.percent_of_previous).");
        }
        if (keyCount == 0 && floorSum < budget) {
            throw new InfeasibleException("The rule gives every school a need of 0, so a budget of "
                    + money(budget, unitSatang) + " cannot be shared out (floors take "
                    + money(floorSum, unitSatang) + "). Maybe the school file has no pupils; or leave out the"
                    + " budget to allocate what the rule gives.");
        }
        if (!unbounded && capacity < budget) {
            throw new InfeasibleException("Caps allow at most " + money(capacity, unitSatang) + " in all but the"
                    + " budget is " + money(budget, unitSatang) + ". Lower the budget by at least "
                    + money(budget - capacity, unitSatang) + ", or raise the caps (caps.percent_of_previous);"
                    + " schools the rule gives no need stay at their floor and cannot take the rest.");
        }
        double[] amounts = new double[n];
        if (floorSum == budget) {
            for (int i = 0; i < n; i++) {
                amounts[i] = lower[i];
            }
            return new Solution(0, amounts);
        }
        double[] lowKey = new double[n];
        double[] highKey = new double[n];
        double[] keys = new double[keyCount];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (need[i] > 0) {
                lowKey[i] = lower[i] / need[i];
                keys[k++] = lowKey[i];
                highKey[i] = upper[i] == SchoolBounds.UNCAPPED ? Double.POSITIVE_INFINITY : upper[i] / need[i];
                if (upper[i] != SchoolBounds.UNCAPPED) {
                    keys[k++] = highKey[i];
                }
            }
        }
        // Smallest breakpoint rank at which T reaches the budget; keys.length if only beyond the last.
        // Each probe selects the breakpoint of that rank within the ranks still in question, so the
        // keys are never fully sorted: O(n) for the selections in all, plus O(n) per probe for T.
        int low = 0;
        int high = keys.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            double key = Selections.select(keys, low, high, mid);
            if (total(key, need, lower, upper) >= budget) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        // Selections leave every key of a decided rank in its sorted place, so these are the
        // breakpoints on either side of the solution.
        double left = low == 0 ? 0 : keys[low - 1];
        double right = low == keys.length ? Double.POSITIVE_INFINITY : keys[low];
        long fixed = 0;
        double slope = 0;
        for (int i = 0; i < n; i++) {
            if (!(need[i] > 0) || lowKey[i] >= right) {
                fixed += lower[i];
            } else if (highKey[i] <= left) {
                fixed += upper[i];
            } else {
                slope += need[i];
            }
        }
        double scale = slope > 0 ? (budget - fixed) / slope : right;
        scale = Math.min(Math.max(scale, left), right);
        for (int i = 0; i < n; i++) {
            amounts[i] = clamp(scale * need[i], lower[i], upper[i]);
        }
        return new Solution(scale, amounts);
    }

    static double clamp(double value, long lower, long upper) {
        return value < lower ? lower : value > upper ? upper : value;
    }

    private static double total(double scale, double[] need, long[] lower, long[] upper) {
        double sum = 0;
        for (int i = 0; i < need.length; i++) {
            sum += clamp(scale * need[i], lower[i], upper[i]);
        }
        return sum;
    }

    private static String money(long units, long unitSatang) {
        return Baht.display(Math.multiplyExact(units, unitSatang));
    }
}

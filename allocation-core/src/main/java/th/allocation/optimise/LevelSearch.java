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
import th.allocation.internal.Selections;

/**
 * Finds where a continuous, non-increasing, piecewise-linear function of a level {@code z >= 0}
 * meets a target, exactly: a binary search over candidate kinks (selected, not sorted, as in the
 * formula's scale solver) finds the segment, on which the function is linear, and the segment's
 * equation is solved. Kinks the caller cannot list in advance are found on the segment and searched
 * in a second round. {@link MinMaxLevelSearch} uses it for the common level of shortfall, {@link
 * LeftoverSpending} for the common share of base.
 */
final class LevelSearch {
    private LevelSearch() {}

    /** A segment {@code [left, right]} of levels with the function's values at its ends. */
    record Segment(double left, double right, double atLeft, double atRight) {
        /** The level in the segment where the (linear) function equals {@code target}. */
        double solve(double target) {
            if (!(atLeft > atRight) || Double.isInfinite(right)) {
                return left;
            }
            double z = left + (atLeft - target) * (right - left) / (atLeft - atRight);
            return Math.min(Math.max(z, left), right);
        }

        /** How much the function falls per unit of level on this segment (0 if flat). */
        double slope() {
            return Double.isInfinite(right) || right == left ? 0 : (atLeft - atRight) / (right - left);
        }
    }

    /**
     * The segment between consecutive candidate kinks, within {@code [from, to]}, on which
     * {@code f} falls to {@code target}: {@code f(left) > target >= f(right)}, or the first
     * segment if {@code f(from) <= target}. The array is reordered.
     */
    static Segment segment(double[] kinks, int count, double from, double to, DoubleUnaryOperator f, double target) {
        // Keep the kinks strictly inside (from, to).
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (kinks[i] > from && kinks[i] < to) {
                kinks[kept++] = kinks[i];
            }
        }
        double atFrom = f.applyAsDouble(from);
        if (atFrom <= target) {
            return new Segment(from, from, atFrom, atFrom);
        }
        int low = 0;
        int high = kept;
        while (low < high) {
            int mid = (low + high) >>> 1;
            double key = Selections.select(kinks, low, high, mid);
            if (f.applyAsDouble(key) <= target) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        double left = low == 0 ? from : kinks[low - 1];
        double right = low == kept ? to : kinks[low];
        return new Segment(left, right, f.applyAsDouble(left), f.applyAsDouble(right));
    }
}

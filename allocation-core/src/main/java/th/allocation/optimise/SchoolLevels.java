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

import java.util.Arrays;

/**
 * The own levels of schools that a floor or a cap holds away from the common level, for {@link
 * MinMaxLevelSearch}: the level at which a school's pairs cost what its floor or cap allows, found
 * among the school's own kinks.
 */
final class SchoolLevels {
    private final PairCurves curves;
    private final int m;
    /** Room for one school's kinks. */
    private double[] schoolKinks = new double[64];

    SchoolLevels(PairCurves curves) {
        this.curves = curves;
        this.m = curves.m;
    }

    /**
     * The level at which school {@code s}'s pairs cost {@code target}: what {@link LevelSearch#segment}
     * finds among the school's kinks in {@code (0, top)} and solves, with the few kinks sorted rather
     * than selected (the binary search decides on the same values in the same order, as the cost is
     * monotone) and the costs at the segment's ends taken from the search where it computed them.
     */
    double of(int s, double target) {
        int at = 0;
        for (int pair = s * m; pair < s * m + m; pair++) {
            if (at + curves.kinkCount(pair) > schoolKinks.length) {
                schoolKinks = Arrays.copyOf(schoolKinks, 2 * (at + curves.kinkCount(pair)));
            }
            at = curves.kinks(pair, schoolKinks, at);
        }
        double[] kinks = schoolKinks;
        double top = 0;
        for (int i = 0; i < at; i++) {
            top = Math.max(top, kinks[i]);
        }
        int kept = 0;
        for (int i = 0; i < at; i++) {
            if (kinks[i] > 0 && kinks[i] < top) {
                kinks[kept++] = kinks[i];
            }
        }
        double atFrom = curves.schoolCost(s, 0);
        if (atFrom <= target) {
            return 0; // the segment (0, 0): its solution is its left end
        }
        Arrays.sort(kinks, 0, kept);
        int low = 0;
        int high = kept;
        double atLow = atFrom; // the cost at kinks[low - 1], or at 0
        double atHigh = Double.NaN; // the cost at kinks[high], where computed
        while (low < high) {
            int mid = (low + high) >>> 1;
            double cost = curves.schoolCost(s, kinks[mid]);
            if (cost <= target) {
                high = mid;
                atHigh = cost;
            } else {
                low = mid + 1;
                atLow = cost;
            }
        }
        double left = low == 0 ? 0 : kinks[low - 1];
        double right = low == kept ? top : kinks[low];
        if (low == kept) {
            atHigh = curves.schoolCost(s, top);
        }
        return new LevelSearch.Segment(left, right, atLow, atHigh).solve(target);
    }
}

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
package th.allocation.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The Lorenz curve of per-pupil amounts over pupils (M. O. Lorenz, "Methods of measuring the
 * concentration of wealth", <i>Publications of the American Statistical Association</i> 9(70),
 * 1905): with the schools sorted by per-pupil amount, point {@code k} is
 *
 * <pre>(C_k / N, Y_k / Y)</pre>
 *
 * where {@code C_k} and {@code Y_k} are the pupils and the money of the first {@code k} schools and
 * {@code N}, {@code Y} the totals; point 0 is the origin and the last point is (1, 1). Between points
 * the curve is a straight line (the pupils of one school all get the same amount), so
 * {@link #moneyShareAt(double)} interpolates linearly and is exact. The Gini coefficient is one
 * minus twice the area under this curve.
 *
 * <p>Immutable. For an empty sample the curve is the origin alone and {@link #moneyShareAt(double)}
 * is NaN; for a sample without money the money shares after the origin are NaN.
 */
public final class LorenzCurve {
    private final double[] pupilShare;
    private final double[] moneyShare;

    LorenzCurve(double[] pupilShare, double[] moneyShare) {
        this.pupilShare = pupilShare;
        this.moneyShare = moneyShare;
    }

    /** One point of the curve, for charts. */
    public record Point(double pupilShare, double moneyShare) {}

    /** How many points: the schools with pupils, plus the origin. */
    public int size() {
        return pupilShare.length;
    }

    /** The cumulative share of pupils at point {@code k}, {@code C_k / N}, in [0, 1], non-decreasing. */
    public double pupilShare(int k) {
        return pupilShare[k];
    }

    /** The cumulative share of money at point {@code k}, {@code Y_k / Y}, in [0, 1], never above the pupil share. */
    public double moneyShare(int k) {
        return moneyShare[k];
    }

    /**
     * The share of the money that the poorest {@code share} of pupils receive, {@code L(share)}, by
     * linear interpolation between points (exact, the curve being piecewise linear).
     *
     * @param share a share of pupils in [0, 1]
     * @throws IllegalArgumentException if {@code share} is outside [0, 1] or NaN
     */
    public double moneyShareAt(double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("A share of pupils must be between 0 and 1 (" + share + ").");
        }
        int last = pupilShare.length - 1;
        if (last == 0) {
            return Double.NaN;
        }
        // The first point at or beyond the share.
        int low = 0;
        int high = last;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (pupilShare[middle] < share) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        if (pupilShare[low] == share || low == 0) {
            return moneyShare[low];
        }
        double fraction = (share - pupilShare[low - 1]) / (pupilShare[low] - pupilShare[low - 1]);
        return moneyShare[low - 1] + fraction * (moneyShare[low] - moneyShare[low - 1]);
    }

    /**
     * The curve at evenly spaced shares of pupils, {@code 0, 1/intervals, ..., 1}: a small, fixed
     * number of points for a chart, however many schools there are.
     *
     * @param intervals how many intervals, at least 1 (e.g. 100 for percentiles of pupils)
     * @throws IllegalArgumentException if {@code intervals} is less than 1
     */
    public List<Point> points(int intervals) {
        if (intervals < 1) {
            throw new IllegalArgumentException("A Lorenz chart needs at least 1 interval (" + intervals + ").");
        }
        List<Point> points = new ArrayList<>(intervals + 1);
        for (int j = 0; j <= intervals; j++) {
            double share = j == intervals ? 1.0 : (double) j / intervals;
            points.add(new Point(share, moneyShareAt(share)));
        }
        return List.copyOf(points);
    }
}

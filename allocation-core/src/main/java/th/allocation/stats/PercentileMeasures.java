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

/**
 * The measures read off the sorted amounts by the pupils' ranks: the percentile over pupils and the
 * McLoone and Verstegen indices around the median. The formulas and their references are on the
 * {@link EquitySample} methods that call these; here {@code x} is ascending and {@code w} are the
 * matching positive weights.
 */
final class PercentileMeasures {
    private PercentileMeasures() {}

    /** {@link EquitySample#percentile(double)}: Hyndman and Fan's definition 2 over pupils. */
    static double percentile(double[] x, double[] w, double pupils, double percent) {
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("A percentile must be between 0 and 100 (" + percent + ").");
        }
        int n = x.length;
        if (n == 0) {
            return Double.NaN;
        }
        double target = percent * pupils;
        // Summed exactly as pupils was, so that the running sum ends at pupils.
        CompensatedSum cumulative = new CompensatedSum();
        for (int k = 0; k < n; k++) {
            cumulative.add(w[k]);
            double scaled = cumulative.value() * 100;
            if (scaled == target) {
                return k + 1 < n ? (x[k] + x[k + 1]) / 2 : x[k];
            }
            if (scaled > target) {
                return x[k];
            }
        }
        return x[n - 1];
    }

    /** {@link EquitySample#mcLooneIndex()} for unequal amounts, given the median. */
    static double mcLoone(double[] x, double[] w, double median) {
        CompensatedSum money = new CompensatedSum();
        CompensatedSum below = new CompensatedSum();
        for (int k = 0; k < x.length && x[k] <= median; k++) {
            money.add(w[k] * x[k]);
            below.add(w[k]);
        }
        return money.value() / (median * below.value());
    }

    /** {@link EquitySample#verstegenIndex()} for unequal amounts, given the median. */
    static double verstegen(double[] x, double[] w, double median) {
        CompensatedSum money = new CompensatedSum();
        CompensatedSum above = new CompensatedSum();
        for (int k = x.length - 1; k >= 0 && x[k] >= median; k--) {
            money.add(w[k] * x[k]);
            above.add(w[k]);
        }
        return money.value() / (median * above.value());
    }
}

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
 * The measures built on the cumulative shares of pupils and money: the Gini coefficient and the
 * Lorenz curve. The formulas and their references are on {@link EquitySample#gini()} and
 * {@link EquitySample#lorenzCurve()}; here {@code x} is ascending, {@code w} are the matching
 * positive weights, {@code pupils} their sum and {@code amount} the sum of {@code w_i x_i}.
 */
final class LorenzMeasures {
    private LorenzMeasures() {}

    /** {@link EquitySample#gini()} for unequal amounts and some money. */
    static double gini(double[] x, double[] w, double pupils, double amount) {
        CompensatedSum before = new CompensatedSum();
        CompensatedSum sum = new CompensatedSum();
        for (int k = 0; k < x.length; k++) {
            sum.add(w[k] * x[k] * (2 * before.value() + w[k] - pupils));
            before.add(w[k]);
        }
        return sum.value() / (pupils * amount);
    }

    /** {@link EquitySample#lorenzCurve()}. */
    static LorenzCurve lorenzCurve(double[] x, double[] w, double pupils, double amount) {
        int n = x.length;
        double[] pupilShare = new double[n + 1];
        double[] moneyShare = new double[n + 1];
        CompensatedSum cumulativePupils = new CompensatedSum();
        CompensatedSum cumulativeMoney = new CompensatedSum();
        for (int k = 0; k < n; k++) {
            cumulativePupils.add(w[k]);
            cumulativeMoney.add(w[k] * x[k]);
            pupilShare[k + 1] = cumulativePupils.value() / pupils;
            moneyShare[k + 1] = cumulativeMoney.value() / amount;
        }
        if (n > 0) {
            pupilShare[n] = 1.0; // the running sums end exactly at the totals; make that explicit
            moneyShare[n] = amount > 0 ? 1.0 : Double.NaN;
        }
        return new LorenzCurve(pupilShare, moneyShare);
    }
}

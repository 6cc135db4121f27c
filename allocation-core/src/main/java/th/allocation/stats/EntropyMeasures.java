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
 * The measures built on logarithms and powers of the amounts relative to the mean: Theil's T, the
 * mean log deviation and the Atkinson index. The formulas, references and the numerical devices
 * are described on the {@link EquitySample} methods that call these; here {@code x} is ascending,
 * {@code w} are the matching positive weights, {@code pupils} their sum and {@code mean} the
 * weighted mean, positive, with the amounts not all equal.
 */
final class EntropyMeasures {
    private EntropyMeasures() {}

    /** {@link EquitySample#theilT()}, with {@code 0 ln 0 = 0}. */
    static double theilT(double[] x, double[] w, double pupils, double mean) {
        CompensatedSum sum = new CompensatedSum();
        for (int k = 0; k < x.length; k++) {
            if (x[k] > 0) {
                double ratio = x[k] / mean;
                sum.add(w[k] * ratio * Math.log(ratio));
            }
        }
        return sum.value() / pupils;
    }

    /** {@link EquitySample#meanLogDeviation()}. */
    static double meanLogDeviation(double[] x, double[] w, double pupils, double mean) {
        CompensatedSum sum = new CompensatedSum();
        for (int k = 0; k < x.length; k++) {
            sum.add(w[k] * Math.log(mean / x[k]));
        }
        return sum.value() / pupils;
    }

    /**
     * {@link EquitySample#atkinson(double)} for a positive {@code epsilon}, given the mean log
     * deviation (used only when {@code epsilon = 1}); clamped to {@code [0, 1 - min / mu]}.
     */
    static double atkinson(
            double[] x, double[] w, double pupils, double mean, double epsilon, double meanLogDeviation) {
        return atkinson(x, w, 0, x.length, pupils, mean, epsilon, meanLogDeviation);
    }

    /** {@link #atkinson(double[], double[], double, double, double, double)} of {@code x[from, to)}, {@code w[from, to)}. */
    static double atkinson(
            double[] x,
            double[] w,
            int from,
            int to,
            double pupils,
            double mean,
            double epsilon,
            double meanLogDeviation) {
        double min = x[from];
        // The limit as epsilon grows, and the bound for every epsilon: 1 when some pupil gets nothing.
        double bound = 1 - min / mean;
        double index;
        if (epsilon == 1) {
            index = -Math.expm1(-meanLogDeviation);
        } else if (epsilon > 1 && min == 0) {
            index = 1.0;
        } else {
            double power = 1 - epsilon;
            double reference = power < 0 ? min : x[to - 1];
            CompensatedSum terms = new CompensatedSum();
            CompensatedSum termsBelowOne = new CompensatedSum();
            for (int k = from; k < to; k++) {
                // power * ln(x / reference) <= 0 by the choice of reference: no term exceeds 1.
                double exponent = power * Math.log(x[k] / reference);
                terms.add(w[k] * Math.exp(exponent));
                termsBelowOne.add(w[k] * Math.expm1(exponent));
            }
            double s = terms.value() / pupils;
            double logS = s > 0.5 ? Math.log1p(termsBelowOne.value() / pupils) : Math.log(s);
            index = -Math.expm1(Math.log(reference / mean) + logS / power);
        }
        return Math.max(0.0, Math.min(index, bound));
    }
}

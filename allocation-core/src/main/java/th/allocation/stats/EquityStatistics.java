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

import java.util.Map;
import java.util.Objects;

/**
 * Every equity statistic of docs/equity.md for one sample of per-pupil amounts, weighted by
 * pupils. Each value is computed by the {@link EquitySample} method of the same name, whose Javadoc
 * gives the formula, the literature reference and what happens on empty input, zero totals and
 * equal amounts (in short: no pupils gives NaN everywhere; no money gives NaN for every measure
 * relative to the mean, median or P5).
 *
 * @param schools schools with pupils, which the measures describe
 * @param excludedSchools schools left out because they have no pupils
 * @param pupils the pupils (sum of the weights), {@code N}
 * @param mean the pupil-weighted mean per-pupil amount, {@code mu}
 * @param standardDeviation the pupil-weighted population standard deviation, {@code sigma}
 * @param min the smallest per-pupil amount
 * @param p5 the 5th percentile over pupils
 * @param median the median over pupils
 * @param p95 the 95th percentile over pupils
 * @param max the largest per-pupil amount
 * @param range {@code max - min}
 * @param restrictedRange {@code P95 - P5}
 * @param federalRangeRatio {@code (P95 - P5) / P5}
 * @param coefficientOfVariation {@code sigma / mu}
 * @param mcLooneIndex money at or below the median over what the median would cost for those pupils
 * @param verstegenIndex money at or above the median over what the median would cost for those pupils
 * @param gini the Gini coefficient over pupils, without small-sample correction
 * @param theilT Theil's T, GE(1)
 * @param meanLogDeviation the mean log deviation, Theil's L, GE(0)
 * @param atkinsonEpsilon the inequality aversion used for {@code atkinson}
 * @param atkinson the Atkinson index for {@code atkinsonEpsilon}
 */
public record EquityStatistics(
        int schools,
        int excludedSchools,
        double pupils,
        double mean,
        double standardDeviation,
        double min,
        double p5,
        double median,
        double p95,
        double max,
        double range,
        double restrictedRange,
        double federalRangeRatio,
        double coefficientOfVariation,
        double mcLooneIndex,
        double verstegenIndex,
        double gini,
        double theilT,
        double meanLogDeviation,
        double atkinsonEpsilon,
        double atkinson) {

    /**
     * The inequality aversion of the Atkinson index that outputs use unless told otherwise:
     * {@code epsilon = 1}, for which the index is one minus the geometric mean over the arithmetic
     * mean, {@code 1 - exp(-L)} with {@code L} the mean log deviation. It is the middle of the values
     * usual in the literature (0.5, 1, 2; Atkinson 1970) and the one most reported in school-finance
     * equity studies.
     */
    public static final double DEFAULT_ATKINSON_EPSILON = 1.0;

    /**
     * Computes every statistic of {@code sample}: linear in the number of schools, the sample being
     * sorted already. Each is the value of the {@link EquitySample} method of its name, to the bit,
     * but the measures share their passes over the sample (three and a part of a fourth, and one
     * more for an Atkinson aversion other than 1).
     *
     * @param atkinsonEpsilon the inequality aversion of the Atkinson index, finite and at least 0
     * @throws IllegalArgumentException if {@code atkinsonEpsilon} is negative, infinite or NaN
     */
    public static EquityStatistics of(EquitySample sample, double atkinsonEpsilon) {
        Objects.requireNonNull(sample, "sample");
        EquitySample.checkEpsilon(atkinsonEpsilon);
        // The values of the sample's methods, to the bit, in a few passes rather than one or more each.
        return sample.statisticsInPasses(atkinsonEpsilon);
    }

    /**
     * The statistics of each group of {@code sample}, keyed by group label in the sample's group
     * order (the order of the labels given to {@link EquitySample#of(double[], double[], int[],
     * java.util.List)}). A group without pupils has NaN measures. Linear in the number of schools overall.
     *
     * @param atkinsonEpsilon the inequality aversion of the Atkinson index, finite and at least 0
     * @return an unmodifiable map in group order
     * @throws IllegalStateException if the sample has no groups
     * @throws IllegalArgumentException if {@code atkinsonEpsilon} is negative, infinite or NaN
     */
    public static Map<String, EquityStatistics> byGroup(EquitySample sample, double atkinsonEpsilon) {
        Objects.requireNonNull(sample, "sample");
        EquitySample.checkEpsilon(atkinsonEpsilon);
        return sample.groupStatistics(atkinsonEpsilon);
    }
}

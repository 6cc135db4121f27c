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

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * Per-pupil amounts of many schools, each weighted by its pupils, ready for equity statistics
 * (docs/equity.md). Immutable and safe to share between threads.
 *
 * <p>With {@code x_i} the per-pupil amount of school {@code i} and {@code n_i} its pupils (its
 * weight), every measure treats the data as the list of pupils, each pupil carrying the per-pupil
 * amount of their school: a school of weight {@code n} counts exactly as {@code n} schools of
 * weight 1 with the same amount. This is the school-finance convention of Berne and Stiefel (1984),
 * who weight district statistics by pupils so that a measure describes what pupils receive, not
 * what administrative units receive.
 *
 * <p><b>Input.</b> Columns: one per-pupil amount and one weight per school, optionally a group code
 * per school. Amounts and weights must be finite and at least 0; a NaN, an infinity or a negative
 * number fails with an {@link IllegalArgumentException} that names the row. A school of weight 0
 * (no pupils) has no per-pupil amount: it is left out of every measure, counted in
 * {@link #excludedSchools()}, and its amount is not read (it may be NaN, as {@code 0.0 / 0} is).
 * The sample is sorted once, in linear time, when built; every measure is then one pass over it.
 *
 * <p><b>Empty samples and zero totals.</b> A sample with no pupils (no schools, or only schools of
 * weight 0) gives NaN for every measure. When the amounts are all zero, the location measures
 * (mean, percentiles, min, max) are 0, the ranges are 0, and every measure relative to the mean,
 * the median or P5 is NaN (0/0). When the amounts are all equal and positive, every inequality
 * measure is exactly 0 and the McLoone and Verstegen indices are exactly 1.
 *
 * <p><b>References.</b> R. Berne and L. Stiefel, <i>The Measurement of Equity in School Finance</i>,
 * Johns Hopkins University Press, 1984 (range, restricted range, federal range ratio, coefficient
 * of variation, McLoone index, Gini, Theil, Atkinson as school-finance equity measures);
 * A. R. Odden and L. O. Picus, <i>School Finance: A Policy Perspective</i>, McGraw-Hill (the McLoone
 * and Verstegen indices and the federal range ratio as used in state equity studies).
 *
 * <p>Longer than 400 lines because each public measure keeps its formula, reference and edge cases
 * in its Javadoc; the computations are in {@link SampleSorter}, {@link PercentileMeasures},
 * {@link LorenzMeasures} and {@link EntropyMeasures}.
 */
public final class EquitySample {
    /** The per-pupil amounts of the included schools, ascending. */
    private final double[] x;
    /** The weights of the included schools, all positive, in the order of {@link #x}. */
    private final double[] w;
    /** The sum of the weights, summed in the order of {@link #x} (so that a running sum ends exactly here). */
    private final double pupils;
    /** The sum of {@code w_i x_i}: the money, in the amounts' unit. */
    private final double amount;
    /** The sums of the first pass over the sample, {@link #pupils} and {@link #amount} among them. */
    private final SortedPasses.Totals totals;

    /**
     * The mean, once {@link #mean()} has computed it; shared with the samples of other groupings over
     * the same amounts. The statistics find it in a pass of their own, so a sample measured only
     * through them never takes this one.
     */
    private final LazyMean mean;

    private final int excluded;
    /** Group labels; empty when the sample has no groups. */
    private final List<String> labels;
    /** Positions into {@link #x}, group by group, ascending within each group. */
    private final int[] byGroup;
    /** Where each group starts in {@link #byGroup}; one more entry than there are groups. */
    private final int[] groupStart;

    private final int[] excludedByGroup;
    /**
     * The row of the factory's columns that each entry of {@link #x} came from, so that
     * {@link #withGroups} can group the sample without sorting it again; {@code null} for the sample
     * of one group.
     */
    private final int[] rows;

    /** The statistics of all schools already computed, shared by every sample over the same sorted amounts. */
    private final Memo memo;

    /** The statistics of each group, once computed ({@link #groupResults(double)}); null until then. */
    private volatile GroupPasses.Results groupResults;

    /** The last statistics of the whole sample, for one Atkinson aversion, so that every output asking gets them at once. */
    private static final class Memo {
        volatile EquityStatistics statistics;
    }

    /** A sample from columns already checked and sorted, by {@link SampleSorter} or {@link #group(int)}. */
    EquitySample(
            double[] x,
            double[] w,
            int excluded,
            List<String> labels,
            int[] byGroup,
            int[] groupStart,
            int[] excludedByGroup,
            int[] rows) {
        this(x, w, excluded, labels, byGroup, groupStart, excludedByGroup, rows, SortedPasses.Totals.of(x, w));
    }

    /** A sample from columns already checked and sorted, and their sums ({@link SortedPasses.Totals#of}). */
    EquitySample(
            double[] x,
            double[] w,
            int excluded,
            List<String> labels,
            int[] byGroup,
            int[] groupStart,
            int[] excludedByGroup,
            int[] rows,
            SortedPasses.Totals totals) {
        this.x = x;
        this.w = w;
        this.excluded = excluded;
        this.labels = labels;
        this.byGroup = byGroup;
        this.groupStart = groupStart;
        this.excludedByGroup = excludedByGroup;
        this.rows = rows;
        this.totals = totals;
        this.memo = new Memo();
        this.pupils = totals.pupils();
        this.amount = totals.amount();
        this.mean = new LazyMean();
    }

    /** {@code base} with other groups: the same sorted amounts, sums and mean, shared, not copied. */
    private EquitySample(
            EquitySample base, List<String> labels, int[] byGroup, int[] groupStart, int[] excludedByGroup) {
        this.x = base.x;
        this.w = base.w;
        this.excluded = base.excluded;
        this.rows = base.rows;
        this.totals = base.totals;
        this.memo = base.memo;
        this.pupils = base.pupils;
        this.amount = base.amount;
        this.mean = base.mean;
        this.labels = labels;
        this.byGroup = byGroup;
        this.groupStart = groupStart;
        this.excludedByGroup = excludedByGroup;
    }

    /**
     * A sample of per-pupil amounts weighted by pupils.
     *
     * @param perPupil the per-pupil amount of each school, finite and at least 0 (read only where the weight
     *     is positive)
     * @param pupils the weight of each school, finite and at least 0; fractional weights are allowed
     * @throws IllegalArgumentException if the arrays differ in length or a value is NaN, infinite or negative
     */
    public static EquitySample of(double[] perPupil, double[] pupils) {
        Objects.requireNonNull(perPupil, "perPupil");
        Objects.requireNonNull(pupils, "pupils");
        return SampleSorter.sort(perPupil, pupils, null, List.of());
    }

    /**
     * A sample of per-pupil amounts weighted by whole numbers of pupils.
     *
     * @param perPupil the per-pupil amount of each school, finite and at least 0 (read only where pupils are positive)
     * @param pupils the pupils of each school, at least 0
     * @throws IllegalArgumentException if the arrays differ in length, an amount is NaN, infinite or negative,
     *     or a pupil count is negative
     */
    public static EquitySample of(double[] perPupil, long[] pupils) {
        Objects.requireNonNull(pupils, "pupils");
        double[] weights = new double[pupils.length];
        for (int i = 0; i < pupils.length; i++) {
            weights[i] = pupils[i];
        }
        return of(perPupil, weights);
    }

    /**
     * A sample whose schools fall into groups (area types, clusters...), for statistics by group
     * ({@link #group(String)}, {@link EquityStatistics#byGroup}) and the between/within
     * decomposition of Theil's T ({@link TheilDecomposition#of(EquitySample)}).
     *
     * @param perPupil the per-pupil amount of each school, finite and at least 0 (read only where the weight
     *     is positive)
     * @param pupils the weight of each school, finite and at least 0
     * @param groups the group of each school, an index into {@code labels}
     * @param labels the groups' names, distinct, in the order results should list them
     * @throws IllegalArgumentException if the arrays differ in length, a value is NaN, infinite or negative,
     *     a group index is out of range, or the labels are not distinct
     */
    public static EquitySample of(double[] perPupil, double[] pupils, int[] groups, List<String> labels) {
        Objects.requireNonNull(perPupil, "perPupil");
        Objects.requireNonNull(pupils, "pupils");
        Objects.requireNonNull(groups, "groups");
        List<String> names = List.copyOf(labels);
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("Group labels must be distinct (" + names + ").");
        }
        return SampleSorter.sort(perPupil, pupils, groups, names);
    }

    /**
     * This sample with its schools in groups: the sample {@link #of(double[], double[], int[], List)}
     * gives for the same columns and these groups, without sorting the amounts again. Sorting is
     * most of the cost of a sample, so one sample serves every grouping of the same schools.
     *
     * @param groups the group of each row of the columns this sample was made from (schools of
     *     weight 0 included), an index into {@code labels}
     * @param labels the groups' names, distinct, in the order results should list them
     * @throws IllegalArgumentException if {@code groups} does not have one entry per row, a group index
     *     is out of range, or the labels are not distinct
     * @throws IllegalStateException if this sample is the sample of one group ({@link #group(String)}),
     *     which no longer knows its rows
     */
    public EquitySample withGroups(int[] groups, List<String> labels) {
        Objects.requireNonNull(groups, "groups");
        List<String> names = List.copyOf(labels);
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("Group labels must be distinct (" + names + ").");
        }
        if (rows == null) {
            throw new IllegalStateException("The sample of one group cannot be grouped again.\nMaybe group the"
                    + " sample of every school, made by one of the factories.");
        }
        SampleSorter.Groups indexed = SampleSorter.group(rows, x.length + excluded, groups, names);
        return new EquitySample(this, names, indexed.byGroup(), indexed.start(), indexed.excludedByGroup());
    }

    /**
     * A sample in which every school counts once (weight 1), e.g. to reproduce a textbook example.
     *
     * @param values finite amounts, at least 0
     * @throws IllegalArgumentException if a value is NaN, infinite or negative
     */
    public static EquitySample unweighted(double... values) {
        double[] ones = new double[values.length];
        Arrays.fill(ones, 1.0);
        return of(values, ones);
    }

    /** How many schools the measures describe: those with a positive weight. */
    public int schools() {
        return x.length;
    }

    /** How many schools were left out because their weight (pupils) was 0. */
    public int excludedSchools() {
        return excluded;
    }

    /** The sum of the weights, {@code N = sum n_i}: the pupils the measures describe. */
    public double pupils() {
        return pupils;
    }

    /** The money, {@code sum n_i x_i}, in the unit of the amounts. */
    public double amount() {
        return amount;
    }

    /** The group labels in order; empty if the sample has no groups. */
    public List<String> groups() {
        return labels;
    }

    /**
     * The schools of one group, as a sample of their own (without groups), already sorted.
     *
     * @param label one of {@link #groups()}
     * @throws IllegalArgumentException if there is no such group
     */
    public EquitySample group(String label) {
        int code = labels.indexOf(label);
        if (code < 0) {
            throw new IllegalArgumentException("No group '" + label + "' (groups: " + labels + ").");
        }
        return group(code);
    }

    EquitySample group(int code) {
        int from = groupStart[code];
        int size = groupStart[code + 1] - from;
        double[] gx = new double[size];
        double[] gw = new double[size];
        for (int j = 0; j < size; j++) {
            int k = byGroup[from + j];
            gx[j] = x[k];
            gw[j] = w[k];
        }
        return new EquitySample(gx, gw, excludedByGroup[code], List.of(), new int[0], new int[] {0}, new int[0], null);
    }

    /** The mean, computed on first use. */
    private static final class LazyMean {
        private volatile boolean known;
        private double value;

        double of(EquitySample sample) {
            if (!known) {
                // Commons Math's weighted mean (its sums from the sample's first pass), with its
                // second-pass correction, accurate at a million schools.
                value = SortedPasses.mean(sample.x, sample.w, sample.totals);
                known = true; // a volatile write after the value's: a thread that sees it sees the value
            }
            return value;
        }
    }

    /** Whether the measures are undefined: no pupils, or no money (mean 0). */
    private boolean undefined() {
        return !(mean() > 0);
    }

    /** Whether every pupil gets the same positive amount. */
    private boolean allEqual() {
        return x.length > 0 && x[0] == x[x.length - 1] && x[0] > 0;
    }

    /**
     * The pupil-weighted mean, {@code mu = sum n_i x_i / N}, computed as Commons Math's weighted
     * {@code Mean} computes it (a two-pass corrected sum; {@link SortedPasses#mean}). NaN when there
     * are no pupils.
     */
    public double mean() {
        return mean.of(this);
    }

    /**
     * The pupil-weighted population standard deviation, {@code sigma = sqrt(sum n_i (x_i - mu)^2 / N)},
     * by Commons Math's weighted {@link Variance} without bias correction (the weights are frequencies:
     * pupils, not a sample of schools). NaN when there are no pupils.
     */
    public double standardDeviation() {
        if (x.length == 0) {
            return Double.NaN;
        }
        if (x[0] == x[x.length - 1]) {
            return 0.0;
        }
        return Math.sqrt(new Variance(false).evaluate(x, w, mean()));
    }

    /** The smallest per-pupil amount; NaN when there are no pupils. */
    public double min() {
        return x.length == 0 ? Double.NaN : x[0];
    }

    /** The largest per-pupil amount; NaN when there are no pupils. */
    public double max() {
        return x.length == 0 ? Double.NaN : x[x.length - 1];
    }

    /**
     * A percentile over pupils, the pupil-weighted "empirical distribution function with averaging".
     * With the schools sorted by amount, {@code C_k} the pupils of the first {@code k} schools and
     * {@code p = percent / 100}:
     *
     * <pre>
     * P(p) = (x_k + x_(k+1)) / 2   if C_k = p N
     * P(p) = x_(k+1)               if C_k &lt; p N &lt; C_(k+1)
     * </pre>
     *
     * (with {@code P(1) = x_max}). This is definition 2 of R. J. Hyndman and Y. Fan, "Sample
     * quantiles in statistical packages", <i>The American Statistician</i> 50(4), 1996, applied to
     * the list of pupils, R's {@code quantile(rep(x, n), type = 2)}, and SAS PROC UNIVARIATE's
     * percentile with a WEIGHT statement. Why this one: it is exactly the percentile of the list of
     * pupils, so splitting a school into several with the same amount, or duplicating every school,
     * changes nothing; it needs no interpolation between schools, so a percentile is an amount some
     * school actually gets (or the midpoint of two neighbours at an exact tie); and for equal weights
     * it gives the usual median (the mean of the two middle values for an even count). Interpolating
     * definitions (R's default type 7) are not invariant under splitting schools.
     *
     * <p>The test {@code C_k = p N} is exact for whole-number weights (computed as
     * {@code 100 C_k == percent N} on integers held exactly in doubles).
     *
     * @param percent between 0 and 100, e.g. 5, 50, 95
     * @return the percentile; NaN when there are no pupils
     * @throws IllegalArgumentException if {@code percent} is outside [0, 100] or NaN
     */
    public double percentile(double percent) {
        return PercentileMeasures.percentile(x, w, pupils, percent);
    }

    /** The median over pupils, {@link #percentile(double) percentile(50)}. */
    public double median() {
        return percentile(50);
    }

    /** The range, {@code max - min}; NaN when there are no pupils (Berne and Stiefel 1984). */
    public double range() {
        return max() - min();
    }

    /**
     * The restricted range, {@code P95 - P5}, percentiles over pupils as in {@link #percentile(double)}:
     * the range without the extreme 5% of pupils at each end (Berne and Stiefel 1984). NaN when there
     * are no pupils.
     */
    public double restrictedRange() {
        return percentile(95) - percentile(5);
    }

    /**
     * The federal range ratio, {@code (P95 - P5) / P5}, percentiles over pupils as in
     * {@link #percentile(double)}: the restricted range relative to what the pupil at the 5th
     * percentile gets. It comes from the disparity test of the U.S. federal Impact Aid programme,
     * which ranks per-pupil revenue over pupils (Odden and Picus). NaN when there are no pupils or
     * when P5 and P95 are both 0; +Infinity when P5 is 0 and P95 is not.
     */
    public double federalRangeRatio() {
        double p5 = percentile(5);
        return (percentile(95) - p5) / p5;
    }

    /**
     * The coefficient of variation, {@code sigma / mu}, with the population standard deviation over
     * pupils ({@link #standardDeviation()}) (Berne and Stiefel 1984). Exactly 0 when all amounts are
     * equal and positive; NaN when there are no pupils or the mean is 0.
     */
    public double coefficientOfVariation() {
        if (undefined()) {
            return Double.NaN;
        }
        return allEqual() ? 0.0 : standardDeviation() / mean();
    }

    /**
     * The McLoone index: the money of the pupils at or below the median over what it would take to
     * bring them all to the median,
     *
     * <pre>McLoone = sum over x_i &lt;= m of n_i x_i / (m * sum over x_i &lt;= m of n_i)</pre>
     *
     * with {@code m} the median over pupils ({@link #median()}). 1 means no pupil below the median
     * gets less than the median (E. P. McLoone, 1975, as summarised by Odden and Picus). Exactly 1
     * when all amounts are equal and positive; NaN when there are no pupils or the median is 0.
     */
    public double mcLooneIndex() {
        return x.length == 0 ? Double.NaN : mcLooneIndex(median());
    }

    /** The McLoone index given the median, so that {@link EquityStatistics#of} finds the median once. */
    double mcLooneIndex(double median) {
        if (x.length == 0) {
            return Double.NaN;
        }
        return allEqual() ? 1.0 : PercentileMeasures.mcLoone(x, w, median);
    }

    /**
     * The Verstegen index: the McLoone index of the upper half, the money of the pupils at or above
     * the median over what they would get at the median,
     *
     * <pre>Verstegen = sum over x_i &gt;= m of n_i x_i / (m * sum over x_i &gt;= m of n_i)</pre>
     *
     * with {@code m} the median over pupils. 1 means no pupil above the median gets more than the
     * median (D. A. Verstegen, "Concepts and measures of fiscal inequality: a new approach and effects
     * for five states", <i>Journal of Education Finance</i> 22(2), 1996; Odden and Picus). Exactly 1
     * when all amounts are equal and positive; NaN when there are no pupils or no money; +Infinity
     * when the median is 0 and some pupils get money.
     */
    public double verstegenIndex() {
        return x.length == 0 ? Double.NaN : verstegenIndex(median());
    }

    /** The Verstegen index given the median, so that {@link EquityStatistics#of} finds the median once. */
    double verstegenIndex(double median) {
        if (x.length == 0) {
            return Double.NaN;
        }
        return allEqual() ? 1.0 : PercentileMeasures.verstegen(x, w, median);
    }

    /**
     * The Gini coefficient over pupils, without small-sample correction: the area between the
     * Lorenz curve ({@link #lorenzCurve()}) and the diagonal over the area under the diagonal. With
     * the schools sorted by amount and {@code C_(i-1)} the pupils of the schools before {@code i},
     *
     * <pre>G = sum_i n_i x_i (2 C_(i-1) + n_i - N) / (N * sum_i n_i x_i)</pre>
     *
     * which is {@code 1 - 2 * (area under the piecewise-linear Lorenz curve)} and equals
     * {@code sum_i sum_j n_i n_j |x_i - x_j| / (2 N^2 mu)} (C. Gini, 1912; Berne and Stiefel 1984).
     * It is the formula of R's {@code laeken::gini} (divided by 100). Ties may be in any order. 0 for
     * equal amounts, approaching 1 when one pupil gets everything; NaN when there are no pupils or
     * no money.
     */
    public double gini() {
        if (undefined()) {
            return Double.NaN;
        }
        return allEqual() ? 0.0 : LorenzMeasures.gini(x, w, pupils, amount);
    }

    /**
     * Theil's T (the Theil index, GE(1)) over pupils:
     *
     * <pre>T = sum_i (n_i / N) (x_i / mu) ln(x_i / mu)</pre>
     *
     * with {@code 0 ln 0 = 0} for schools that get nothing (H. Theil, <i>Economics and Information
     * Theory</i>, North-Holland, 1967). Between 0 (equal amounts) and {@code ln N}. It decomposes
     * exactly into between- and within-group parts: {@link TheilDecomposition}. NaN when there are no
     * pupils or no money.
     */
    public double theilT() {
        EquityStatistics known = memo.statistics;
        if (known != null) {
            return known.theilT(); // the same sum, term for term (SortedPasses)
        }
        if (undefined()) {
            return Double.NaN;
        }
        return allEqual() ? 0.0 : EntropyMeasures.theilT(x, w, pupils, mean());
    }

    /**
     * The mean log deviation (Theil's L, GE(0)) over pupils:
     *
     * <pre>L = sum_i (n_i / N) ln(mu / x_i)</pre>
     *
     * (Theil 1967). It is {@code -ln(1 - A_1)} for the Atkinson index with {@code epsilon = 1}.
     * +Infinity when some pupils get nothing while others get money; NaN when there are no pupils
     * or no money.
     */
    public double meanLogDeviation() {
        if (undefined()) {
            return Double.NaN;
        }
        return allEqual() ? 0.0 : EntropyMeasures.meanLogDeviation(x, w, pupils, mean());
    }

    /**
     * The Atkinson index over pupils with inequality aversion {@code epsilon}: one minus the ratio of
     * the equally distributed equivalent amount, the power mean {@code M} of order {@code 1 - epsilon},
     * to the arithmetic mean,
     *
     * <pre>
     * A = 1 - M / mu,   M = (sum_i (n_i / N) x_i^(1 - epsilon))^(1 / (1 - epsilon))   for epsilon != 1
     * A = 1 - exp(sum_i (n_i / N) ln x_i) / mu = 1 - exp(-L)                        for epsilon = 1
     * </pre>
     *
     * (A. B. Atkinson, "On the measurement of inequality", <i>Journal of Economic Theory</i> 2(3),
     * 244-263, 1970, doi:10.1016/0022-0531(70)90039-6). For {@code epsilon = 1} the equivalent amount
     * is the geometric mean, computed from the mean log deviation {@code L} ({@link #meanLogDeviation()}).
     * {@code epsilon = 0} gives 0 (no aversion); larger values weigh the pupils who get least more
     * heavily; the slope at {@code epsilon = 0} is Theil's T.
     *
     * <p><b>Bounds and large epsilon.</b> {@code M} lies between the smallest amount and the mean, so
     * {@code 0 <= A <= 1 - min / mu}, and {@code A} rises with {@code epsilon} towards that bound:
     * as {@code epsilon} tends to infinity, {@code M} tends to the smallest amount (Rawls's maximin),
     * {@code A} to {@code 1 - min / mu}. Every finite {@code epsilon} gives its own value below the
     * limit; since the pupils at the minimum alone give {@code M <= min (N / n_min)^(1 / (epsilon - 1))},
     * the gap is at most {@code (min / mu) ((N / n_min)^(1 / (epsilon - 1)) - 1)}, about
     * {@code (min / mu) ln(N / n_min) / epsilon}. Rounding is never allowed to carry the result outside
     * {@code [0, 1 - min / mu]}: it is clamped there.
     *
     * <p><b>Computation.</b> Raising {@code x / mu} to the power {@code 1 - epsilon} overflows for
     * large {@code epsilon} (at {@code epsilon = 2000}, {@code 0.6^-1999} is beyond the largest
     * double). So the power mean is taken relative to a reference amount {@code r}: the minimum
     * when {@code epsilon > 1}, the maximum when {@code epsilon < 1}, so that every term
     * {@code t_i = (x_i / r)^(1 - epsilon) = exp((1 - epsilon) ln(x_i / r))} lies in {@code [0, 1]}
     * and the reference's own term is exactly 1 (the log-sum-exp device, shifted by the largest
     * exponent, which is 0):
     *
     * <pre>
     * s = sum_i (n_i / N) t_i            in [n_r / N, 1]
     * ln(M / mu) = ln(r / mu) + ln(s) / (1 - epsilon)
     * A = -expm1(ln(M / mu))
     * </pre>
     *
     * Where {@code s > 1/2}, {@code ln s} is taken as {@code log1p(sum_i (n_i / N) expm1(...))}, so
     * that small indices and {@code epsilon} near 1 keep their digits. With {@code epsilon > 1} a pupil
     * who gets nothing makes {@code M = 0} and the index 1 (its bound); with {@code epsilon = 1} too
     * ({@code L} is infinite). NaN when there are no pupils or no money.
     *
     * @param epsilon the inequality aversion, finite and at least 0 (0.5, 1 and 2 are usual)
     * @throws IllegalArgumentException if {@code epsilon} is negative, infinite or NaN
     */
    public double atkinson(double epsilon) {
        return atkinson(epsilon, epsilon == 1 ? meanLogDeviation() : Double.NaN);
    }

    /**
     * The Atkinson index given the mean log deviation, which is all that {@code epsilon = 1} needs, so
     * that {@link EquityStatistics#of} takes the logarithms of every amount once, not twice.
     */
    double atkinson(double epsilon, double meanLogDeviation) {
        checkEpsilon(epsilon);
        if (undefined()) {
            return Double.NaN;
        }
        if (allEqual() || epsilon == 0) {
            return 0.0;
        }
        return EntropyMeasures.atkinson(x, w, pupils, mean(), epsilon, meanLogDeviation);
    }

    static void checkEpsilon(double epsilon) {
        if (!(epsilon >= 0 && epsilon < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("The Atkinson inequality aversion epsilon (" + epsilon
                    + ") must be a finite number, at least 0.\nMaybe use 0.5, 1 or 2, the values usual in the"
                    + " literature.");
        }
    }

    /**
     * The Lorenz curve over pupils: cumulative share of pupils against cumulative share of money,
     * schools in ascending order of amount, one point per school after the origin. See
     * {@link LorenzCurve}.
     */
    public LorenzCurve lorenzCurve() {
        return LorenzMeasures.lorenzCurve(x, w, pupils, amount);
    }

    /** Every statistic, in a few passes over the sorted sample ({@link SortedPasses#statistics}). */
    EquityStatistics statisticsInPasses(double atkinsonEpsilon) {
        EquityStatistics known = memo.statistics;
        if (known != null && Double.compare(known.atkinsonEpsilon(), atkinsonEpsilon) == 0) {
            return known;
        }
        EquityStatistics computed = SortedPasses.statistics(x, w, excluded, totals, atkinsonEpsilon);
        memo.statistics = computed;
        return computed;
    }

    /** Every statistic, with the Atkinson index for {@code epsilon}; see {@link EquityStatistics#of}. */
    public EquityStatistics statistics(double atkinsonEpsilon) {
        return EquityStatistics.of(this, atkinsonEpsilon);
    }

    /**
     * Every statistic for each group, in group order; see {@link EquityStatistics#byGroup}.
     *
     * @throws IllegalStateException if the sample has no groups
     */
    public Map<String, EquityStatistics> statisticsByGroup(double atkinsonEpsilon) {
        return EquityStatistics.byGroup(this, atkinsonEpsilon);
    }

    Map<String, EquityStatistics> groupStatistics(double atkinsonEpsilon) {
        if (labels.isEmpty()) {
            throw new IllegalStateException("This sample has no groups.\nMaybe build it with"
                    + " EquitySample.of(perPupil, pupils, groups, labels), or PerPupilSample.of(result, grouping).");
        }
        EquityStatistics[] statistics = groupResults(atkinsonEpsilon).statistics();
        Map<String, EquityStatistics> byLabel = new LinkedHashMap<>();
        for (int code = 0; code < labels.size(); code++) {
            byLabel.put(labels.get(code), statistics[code]);
        }
        return Collections.unmodifiableMap(byLabel);
    }

    /**
     * The statistics and money of each group for this Atkinson aversion, computed once ({@link
     * GroupPasses}): each the statistics of {@link #group(int)}, to the bit.
     */
    GroupPasses.Results groupResults(double atkinsonEpsilon) {
        GroupPasses.Results known = groupResults;
        if (known != null && Double.compare(known.atkinsonEpsilon(), atkinsonEpsilon) == 0) {
            return known;
        }
        GroupPasses.Results computed = GroupPasses.of(x, w, byGroup, groupStart, excludedByGroup, atkinsonEpsilon);
        groupResults = computed;
        return computed;
    }

    /** The statistics of each group for whichever aversion they were last computed, else for the default one. */
    GroupPasses.Results groupResults() {
        GroupPasses.Results known = groupResults;
        return known != null ? known : groupResults(EquityStatistics.DEFAULT_ATKINSON_EPSILON);
    }

    @Override
    public String toString() {
        return "EquitySample[schools=" + x.length + ", excludedSchools=" + excluded + ", pupils=" + pupils + ", groups="
                + labels.size() + "]";
    }
}

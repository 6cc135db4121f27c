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
package th.allocation.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.model.SchoolTable;
import th.allocation.parameters.ScenarioParameters;
import th.allocation.parameters.ScenarioParameters.Kind;
import th.allocation.parameters.ScenarioParameters.Parameter;
import th.allocation.scenario.Scenario;
import th.allocation.stats.EquityStatistics;

/**
 * A sweep over numeric parameters of a scenario: a plan of variants, each the base scenario with
 * some parameters set ({@link ScenarioParameters#with}), and the means to allocate them all.
 *
 * <p><b>Grid</b> ({@link #grid}): every combination of the axes' values, the first axis varying
 * slowest, so the variants of {@code a=1:2:1, b=0:20:10} are (1, 0), (1, 10), (1, 20), (2, 0), ...
 *
 * <p><b>Monte Carlo</b> ({@link #monteCarlo}): {@code draws} variants, each parameter drawn
 * independently and uniformly from its range, then rounded (halves to even) to its resolution: 1
 * for whole numbers, 0.000001 for real numbers (weights), 0.01 for decimals (baht amounts: whole
 * satang; percentages), and the scenario's rounding unit for the budget. The draw of parameter
 * {@code k} in variant {@code v} is a pure function of ({@code seed}, {@code v}, {@code k}): the
 * SplitMix64 finaliser (Steele, Lea and Flood, OOPSLA 2014) applied to a counter, the top 53 bits
 * read as a fraction in [0, 1) and scaled in exact decimal arithmetic. So the same seed gives the
 * same variants on every machine and JDK, in any order of evaluation.
 *
 * <p><b>Running</b> ({@link #run}): the variants are allocated in parallel on a fixed pool of
 * threads sharing the one immutable school table; each variant evaluates its rule once and keeps
 * only its row (total, scale, bound counts, every equity statistic, allocation by area type), so
 * memory does not grow with the schools times the variants. A variant that is not a valid scenario,
 * or is infeasible, gets a row with that status and the reason; the sweep goes on. Rows come back in
 * variant order, identical whatever the number of threads.
 *
 * <p>Immutable; {@link #run} may be called from several threads at once.
 */
public final class Sweep {
    /** The most variants a sweep may have. */
    public static final int MAX_VARIANTS = 1_000_000;

    private final Scenario base;
    private final ScenarioParameters.Variants variants;
    private final List<Parameter> parameters;
    private final List<Axis> axes;
    private final List<Range> ranges;
    private final List<BigDecimal> resolutions;
    private final int draws;
    private final long seed;
    private final double atkinsonEpsilon;
    private final int size;

    private Sweep(
            ScenarioParameters.Variants variants,
            List<Axis> axes,
            List<Range> ranges,
            List<BigDecimal> resolutions,
            int draws,
            long seed,
            double atkinsonEpsilon,
            int size) {
        this.base = variants.base();
        this.variants = variants;
        this.parameters = variants.parameters();
        this.axes = axes;
        this.ranges = ranges;
        this.resolutions = resolutions;
        this.draws = draws;
        this.seed = seed;
        this.atkinsonEpsilon = atkinsonEpsilon;
        this.size = size;
    }

    /**
     * A grid sweep: every combination of the axes' values.
     *
     * @throws InputException if there is no axis, a path repeats, is unknown (with a "did you mean") or
     *     is not a number, a whole-number parameter gets fractional values, or the grid has more than
     *     {@link #MAX_VARIANTS} variants
     */
    public static Sweep grid(Scenario base, List<Axis> axes) {
        Objects.requireNonNull(base, "base");
        List<Axis> copy = List.copyOf(axes);
        ScenarioParameters.Variants variants =
                VaryChecks.resolve(base, copy.stream().map(Axis::path).toList());
        List<Parameter> parameters = variants.parameters();
        long size = 1;
        for (int k = 0; k < copy.size(); k++) {
            Axis axis = copy.get(k);
            if (parameters.get(k).kind() == Kind.WHOLE_NUMBER
                    && !(VaryChecks.whole(axis.from()) && VaryChecks.whole(axis.step()))) {
                throw new InputException(Problem.of(
                        VaryChecks.spec(axis),
                        "'" + axis.path() + "' takes whole numbers, but" + " FROM or STEP has a fraction.",
                        "Use a whole FROM and STEP, e.g. 20:60:10."));
            }
            size *= axis.size();
            if (size > MAX_VARIANTS) {
                throw new InputException(Problem.of(
                        "--vary",
                        "The grid has more than " + MAX_VARIANTS + " variants.",
                        "Use larger steps, fewer parameters, or a Monte Carlo sweep (--draws)."));
            }
        }
        return new Sweep(
                variants, copy, List.of(), List.of(), 0, 0, EquityStatistics.DEFAULT_ATKINSON_EPSILON, (int) size);
    }

    /**
     * A Monte Carlo sweep: {@code draws} variants with every parameter drawn uniformly from its range.
     *
     * @throws InputException if there is no range, a path repeats, is unknown or is not a number, a
     *     range's ends are not multiples of the parameter's resolution, or {@code draws} is not between 1
     *     and {@link #MAX_VARIANTS}
     */
    public static Sweep monteCarlo(Scenario base, List<Range> ranges, int draws, long seed) {
        Objects.requireNonNull(base, "base");
        List<Range> copy = List.copyOf(ranges);
        if (draws < 1 || draws > MAX_VARIANTS) {
            throw new InputException(Problem.of(
                    "--draws", "The number of draws must be between 1 and " + MAX_VARIANTS + " (" + draws + ").", ""));
        }
        ScenarioParameters.Variants variants =
                VaryChecks.resolve(base, copy.stream().map(Range::path).toList());
        List<Parameter> parameters = variants.parameters();
        List<BigDecimal> resolutions = new ArrayList<>();
        for (int k = 0; k < copy.size(); k++) {
            Parameter parameter = parameters.get(k);
            BigDecimal resolution = MonteCarloDraws.resolution(parameter, base);
            Range range = copy.get(k);
            if (!VaryChecks.multiple(range.low(), resolution) || !VaryChecks.multiple(range.high(), resolution)) {
                throw new InputException(Problem.of(
                        "--vary " + range.path() + "=" + range.low().toPlainString() + ":"
                                + range.high().toPlainString(),
                        "LOW and HIGH must be multiples of "
                                + resolution.toPlainString() + ", the resolution draws of '" + range.path()
                                + "' are rounded to.",
                        ""));
            }
            resolutions.add(resolution);
        }
        return new Sweep(
                variants,
                List.of(),
                copy,
                List.copyOf(resolutions),
                draws,
                seed,
                EquityStatistics.DEFAULT_ATKINSON_EPSILON,
                draws);
    }

    /**
     * The same sweep with another inequality aversion for the Atkinson index.
     *
     * @throws IllegalArgumentException if {@code epsilon} is negative, infinite or NaN
     */
    public Sweep withAtkinsonEpsilon(double epsilon) {
        if (!(epsilon >= 0 && epsilon < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(
                    "The Atkinson inequality aversion epsilon (" + epsilon + ") must be a finite number, at least 0.");
        }
        return new Sweep(variants, axes, ranges, resolutions, draws, seed, epsilon, size);
    }

    /** The scenario every variant starts from. */
    public Scenario base() {
        return base;
    }

    /** The varied parameters, in the order given. */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** The key paths of the varied parameters, in the order given: the order of {@link SweepRow#values()}. */
    public List<String> paths() {
        return parameters.stream().map(Parameter::path).toList();
    }

    /** Whether this is a Monte Carlo sweep (else a grid). */
    public boolean isMonteCarlo() {
        return !ranges.isEmpty();
    }

    /** The grid's axes; empty for a Monte Carlo sweep. */
    public List<Axis> axes() {
        return axes;
    }

    /** The Monte Carlo ranges; empty for a grid. */
    public List<Range> ranges() {
        return ranges;
    }

    /** The resolution each Monte Carlo draw is rounded to, in the order of {@link #ranges()}; empty for a grid. */
    public List<BigDecimal> resolutions() {
        return resolutions;
    }

    /** The seed of the Monte Carlo draws; 0 for a grid. */
    public long seed() {
        return seed;
    }

    /** The inequality aversion of the Atkinson index in the rows' statistics. */
    public double atkinsonEpsilon() {
        return atkinsonEpsilon;
    }

    /** How many variants. */
    public int size() {
        return size;
    }

    /** The values of the varied parameters in variant {@code variant} (from 1), in the order of {@link #paths()}. */
    public List<BigDecimal> values(int variant) {
        Objects.checkIndex(variant - 1, size);
        int index = variant - 1;
        List<BigDecimal> values = new ArrayList<>(parameters.size());
        if (isMonteCarlo()) {
            for (int k = 0; k < ranges.size(); k++) {
                values.add(
                        MonteCarloDraws.draw(ranges.get(k), resolutions.get(k), MonteCarloDraws.unit(seed, index, k)));
            }
        } else {
            int stride = size;
            for (Axis axis : axes) {
                stride /= axis.size();
                int position = (index / stride) % axis.size();
                values.add(axis.from().add(axis.step().multiply(BigDecimal.valueOf(position))));
            }
        }
        return List.copyOf(values);
    }

    /**
     * The scenario of variant {@code variant} (from 1).
     *
     * @throws InputException if the variant is not a valid scenario
     */
    public Scenario scenario(int variant) {
        return variants.with(values(variant), "variant " + variant);
    }

    /** Reports progress of {@link #run}. */
    @FunctionalInterface
    public interface Progress {
        /**
         * Called on the thread that called {@link #run} each time a variant is done, {@code done} rising by
         * one from 1 to {@code total}.
         */
        void update(int done, int total);
    }

    /**
     * Allocates every variant to {@code schools} on {@code threads} threads and returns the rows in
     * variant order. The rows do not depend on {@code threads}.
     *
     * @param threads how many threads, at least 1 (e.g. {@code Runtime.getRuntime().availableProcessors()})
     * @param progress told of each variant done, on the calling thread
     * @throws IllegalArgumentException if {@code threads} is less than 1
     * @throws IllegalStateException if the calling thread is interrupted
     */
    public SweepResult run(SchoolTable schools, int threads, Progress progress) {
        Objects.requireNonNull(schools, "schools");
        Objects.requireNonNull(progress, "progress");
        if (threads < 1) {
            throw new IllegalArgumentException("A sweep needs at least 1 thread (" + threads + ").");
        }
        return new SweepRunner(this).run(schools, threads, progress);
    }
}

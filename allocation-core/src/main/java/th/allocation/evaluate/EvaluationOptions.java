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
package th.allocation.evaluate;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The settings of an evaluation, immutable: each {@code with...} method returns new options.
 *
 * <ul>
 *   <li><b>Shrinkage</b> {@code s} (default {@value #DEFAULT_SHRINKAGE}): the weight next year's unit
 *       cost keeps on this year's assumption. With {@code e} the efficiency observed (gap closed per
 *       baht, achieved over projected; 1 when the money bought what was assumed), next year's cost
 *       is {@code cost / (s + (1 - s) x max(0, e))}. At {@code s = 1} costs never change; at 0.5 a
 *       year in which money closed nothing doubles the cost, and one in which it closed three times
 *       the projection halves it. The shrinkage acts on gap closed per baht, which is what a year
 *       measures, so a year that closed nothing gives a finite cost.
 *   <li><b>On-track share</b> (default {@value #DEFAULT_ON_TRACK_SHARE}): the share of the projected
 *       improvement that keeps a school or unit below target {@link Status#ON_TRACK}.
 *   <li><b>Ranges</b>: the values an indicator can take; a realised value outside is an input error.
 *       Unless given, an indicator's range is inferred from its baseline values and its central
 *       target: 0 to 1 when they all lie in [0, 1] (a share), at least 0 when none is negative, any
 *       number otherwise.
 * </ul>
 */
public final class EvaluationOptions {
    /** The default shrinkage towards the assumed unit cost. */
    public static final double DEFAULT_SHRINKAGE = 0.5;

    /** The default share of the projected improvement that is on track. */
    public static final double DEFAULT_ON_TRACK_SHARE = 0.5;

    private static final EvaluationOptions DEFAULTS =
            new EvaluationOptions(DEFAULT_SHRINKAGE, DEFAULT_ON_TRACK_SHARE, Map.of());

    private final double shrinkage;
    private final double onTrackShare;
    private final Map<String, Range> ranges;

    private EvaluationOptions(double shrinkage, double onTrackShare, Map<String, Range> ranges) {
        this.shrinkage = shrinkage;
        this.onTrackShare = onTrackShare;
        this.ranges = Map.copyOf(ranges);
    }

    /** Shrinkage 0.5, on-track share 0.5, ranges inferred. */
    public static EvaluationOptions defaults() {
        return DEFAULTS;
    }

    /**
     * The same options with another shrinkage.
     *
     * @param shrinkage greater than 0 and at most 1
     * @throws IllegalArgumentException otherwise (NaN included)
     */
    public EvaluationOptions withShrinkage(double shrinkage) {
        if (!(shrinkage > 0 && shrinkage <= 1)) {
            throw new IllegalArgumentException("The shrinkage (" + shrinkage + ") must be greater than 0 and at most 1:"
                    + " the weight next year's unit cost keeps on this year's.\nMaybe use 0.5 (the default), or 1 to"
                    + " keep the costs as they are.");
        }
        return new EvaluationOptions(shrinkage, onTrackShare, ranges);
    }

    /**
     * The same options with another on-track share.
     *
     * @param share greater than 0 and at most 1
     * @throws IllegalArgumentException otherwise (NaN included)
     */
    public EvaluationOptions withOnTrackShare(double share) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("The on-track share (" + share + ") must be greater than 0 and at most"
                    + " 1: the share of the projected improvement that counts as on track.\nMaybe use 0.5 (the"
                    + " default).");
        }
        return new EvaluationOptions(shrinkage, share, ranges);
    }

    /**
     * The same options with indicator {@code indicator}'s range set (by its name in the scenario).
     *
     * @throws IllegalArgumentException if {@code min > max} or either is NaN
     */
    public EvaluationOptions withRange(String indicator, double min, double max) {
        Objects.requireNonNull(indicator, "indicator");
        Map<String, Range> copy = new TreeMap<>(ranges);
        copy.put(indicator, new Range(min, max, "given"));
        return new EvaluationOptions(shrinkage, onTrackShare, copy);
    }

    /** The weight next year's unit cost keeps on this year's, in (0, 1]. */
    public double shrinkage() {
        return shrinkage;
    }

    /** The share of the projected improvement that is on track, in (0, 1]. */
    public double onTrackShare() {
        return onTrackShare;
    }

    /** The range given for an indicator, if any. */
    public Optional<Range> range(String indicator) {
        return Optional.ofNullable(ranges.get(indicator));
    }

    /** Every range given, by indicator name. */
    public Map<String, Range> ranges() {
        return new TreeMap<>(ranges);
    }
}

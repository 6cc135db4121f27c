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

import java.util.Objects;
import th.allocation.scenario.Direction;

/**
 * An indicator's figures for a school or a unit: the baseline (before the money), the target in
 * force, the value projected, the value achieved, and the gaps to the target at each of the three,
 * in the indicator's own unit. For a school, {@code gap(v) = max(0, target - v)} when higher is
 * better and {@code max(0, v - target)} when lower is; for a unit, the values are means over its
 * schools with a realised value (weighted by pupils when the indicator's cost is per pupil, else
 * one per school) and the gaps are the same means of the schools' gaps, each to its own target.
 * NaN where there is nothing to average.
 *
 * @param direction whether higher or lower is better
 * @param baseline the value before the allocation
 * @param target the target in force
 * @param projected the value the allocation projected
 * @param achieved the value realised
 * @param gapBaseline the gap at the baseline
 * @param gapProjected the gap the allocation projected to leave
 * @param gapAchieved the gap left in fact
 */
public record Figures(
        Direction direction,
        double baseline,
        double target,
        double projected,
        double achieved,
        double gapBaseline,
        double gapProjected,
        double gapAchieved) {

    /** The relative tolerance of comparisons, so that values written with six decimals compare as meant. */
    static final double TOLERANCE = 1e-9;

    /** Requires the direction. */
    public Figures {
        Objects.requireNonNull(direction, "direction");
    }

    /** A school's figures, its gaps computed from its values. */
    public static Figures ofSchool(
            Direction direction, double baseline, double target, double projected, double achieved) {
        return new Figures(
                direction,
                baseline,
                target,
                projected,
                achieved,
                gap(direction, target, baseline),
                gap(direction, target, projected),
                gap(direction, target, achieved));
    }

    /** The gap of {@code value} to {@code target}; NaN if the value is. */
    static double gap(Direction direction, double target, double value) {
        if (Double.isNaN(value)) {
            return Double.NaN;
        }
        return Math.max(0, direction == Direction.HIGHER ? target - value : value - target);
    }

    /** The gap closed in fact: {@code gapBaseline - gapAchieved}; negative where the gap grew. */
    public double gapClosed() {
        return gapBaseline - gapAchieved;
    }

    /** The gap the allocation projected to close: {@code gapBaseline - gapProjected}. */
    public double gapClosedProjected() {
        return gapBaseline - gapProjected;
    }

    /** The improvement achieved, in the better direction: {@code achieved - baseline}, negated when lower is better. */
    public double progress() {
        return sign() * (achieved - baseline);
    }

    /** The improvement projected, in the better direction. */
    public double projectedProgress() {
        return sign() * (projected - baseline);
    }

    /**
     * The status these figures earn (see {@link Status} for the rules, applied in order).
     *
     * @param onTrackShare the share of the projected improvement that is on track
     */
    public Status status(double onTrackShare) {
        if (Double.isNaN(achieved) || Double.isNaN(baseline) || Double.isNaN(target)) {
            return Status.NO_DATA;
        }
        double tolerance = TOLERANCE * Math.max(1, Math.max(Math.abs(target), Math.abs(baseline)));
        if (sign() * (achieved - target) >= -tolerance) {
            return Status.MET;
        }
        double progress = progress();
        if (progress < -tolerance) {
            return Status.WORSE;
        }
        double projectedProgress = Double.isNaN(projected) ? 0 : projectedProgress();
        boolean onTrack = projectedProgress > tolerance
                ? progress >= onTrackShare * projectedProgress - tolerance
                : progress > tolerance;
        return onTrack ? Status.ON_TRACK : Status.OFF_TRACK;
    }

    /**
     * How far achieved falls behind projected, relative to the target: {@code (projected - achieved)
     * / |target|} in the better direction; what "furthest off track" ranks by.
     */
    public double behindProjection() {
        return sign() * (projected - achieved) / Math.abs(target);
    }

    private int sign() {
        return direction == Direction.HIGHER ? 1 : -1;
    }
}

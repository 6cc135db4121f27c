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

/**
 * How a school or a unit did on an indicator, judged by the first rule that holds, in this order.
 * "Better" follows the indicator's direction (higher or lower is better); with {@code b} the
 * baseline, {@code t} the target, {@code p} the projected value, {@code a} the achieved one and
 * {@code s} the on-track share of the options (default 0.5):
 *
 * <ol>
 *   <li>{@link #NO_DATA}: no realised value;
 *   <li>{@link #MET}: {@code a} is at or better than {@code t};
 *   <li>{@link #WORSE}: {@code a} is worse than {@code b};
 *   <li>{@link #ON_TRACK}: the improvement {@code a - b} (in the better direction) is at least
 *       {@code s} times the projected improvement {@code p - b}, or, where nothing was projected,
 *       greater than 0;
 *   <li>{@link #OFF_TRACK}: otherwise (below target, not worse, short of the projection).
 * </ol>
 *
 * <p>A unit is judged the same way on its pupil- or school-weighted means, against the target in
 * force for it. Comparisons allow a relative tolerance of 1e-9, so that a value written with six
 * decimals still meets a target it equals.
 */
public enum Status {
    /** The target is met. */
    MET("met", "achieved is at or better than the target"),
    /** Below target, but at least the on-track share of the projected improvement was achieved. */
    ON_TRACK(
            "on_track",
            "below target, not worse than the baseline, and the improvement is at least the on-track share of the"
                    + " projected improvement (or above 0 where none was projected)"),
    /** Below target and short of the projection, though not worse than the baseline. */
    OFF_TRACK("off_track", "below target, not worse than the baseline, and short of that share of the projection"),
    /** Worse than the baseline. */
    WORSE("worse", "below target and worse than the baseline"),
    /** No realised value. */
    NO_DATA("no_data", "no realised value in the results");

    private final String key;
    private final String rule;

    Status(String key, String rule) {
        this.key = key;
        this.rule = rule;
    }

    /** The status's name in output files, e.g. {@code on_track}. */
    public String key() {
        return key;
    }

    /** The rule that gives this status, in words (each status applies only if no earlier one does). */
    public String rule() {
        return rule;
    }

    /** The worse of two statuses, ignoring {@link #NO_DATA} unless both are: met, on track, off track, worse. */
    public static Status worst(Status a, Status b) {
        if (a == NO_DATA) {
            return b;
        }
        if (b == NO_DATA) {
            return a;
        }
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}

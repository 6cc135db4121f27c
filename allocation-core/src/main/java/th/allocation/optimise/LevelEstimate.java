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
package th.allocation.optimise;

/**
 * Where a {@link SpendingBracket}'s spending meets its target, estimated inside the bracket: the
 * spending is known at both ends, and a sample of the schools in question (every k-th, about
 * {@value #SAMPLE} of them) gives its shape in between, {@code T(z) ~ T(below) + (T(above) -
 * T(below)) * (S(z) - S(below)) / (S(above) - S(below))} with {@code S} the sampled spending. Where
 * the spending curves strongly (it falls fast at low levels, where every gap is costed), a Newton or
 * secant step from a probe lands far from the level; the sample's shape lands close, for a small
 * part of a pass. The bracket probes a little either side of the estimate with every school.
 * Nothing depends on the estimate being right: a probe on the wrong side only narrows the bracket
 * less.
 */
final class LevelEstimate {
    /** About how many schools the sample has. */
    static final int SAMPLE = 512;

    /** The probes' distance from the estimate, as a share of the bracket's width. */
    private static final double MARGIN = 2e-3;

    private LevelEstimate() {}

    /** {@code {level, margin}}, or null if the bracket has no two known ends or the sample no shape. */
    static double[] of(SpendingBracket bracket) {
        int stride = Math.max(1, bracket.sums().inQuestion() / SAMPLE);
        double target = bracket.target();
        double lo = bracket.low();
        double hi = bracket.high();
        double totalLo = bracket.lowTotal(stride);
        double totalHi = bracket.highTotal();
        double sampleLo = bracket.sums().sampled(lo, stride);
        double sampleHi = bracket.sums().sampled(hi, stride);
        if (!(hi > lo && totalLo > target && totalHi <= target && sampleLo > sampleHi)) {
            return null;
        }
        double scale = (totalHi - totalLo) / (sampleHi - sampleLo);
        // Regula falsi, Illinois variant (the end kept twice in a row has its value halved), on the estimate.
        double from = lo;
        double to = hi;
        double atFrom = totalLo - target;
        double atTo = totalHi - target;
        int side = 0;
        double z = lo;
        for (int i = 0; i < 40 && to - from > 1e-4 * (hi - lo); i++) {
            z = (from * atTo - to * atFrom) / (atTo - atFrom);
            if (!(z > from && z < to)) {
                z = from + (to - from) / 2;
            }
            double at = totalLo + scale * (bracket.sums().sampled(z, stride) - sampleLo) - target;
            if (at > 0) {
                from = z;
                atFrom = at;
                atTo = side > 0 ? atTo / 2 : atTo;
                side = 1;
            } else {
                to = z;
                atTo = at;
                atFrom = side < 0 ? atFrom / 2 : atFrom;
                side = -1;
            }
            if (Math.abs(at) <= 1e-7 * Math.abs(target)) {
                break;
            }
        }
        return new double[] {z, MARGIN * (hi - lo)};
    }
}

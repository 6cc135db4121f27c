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

import java.util.function.DoubleUnaryOperator;

/**
 * Decides, for levels {@code z} of shortfall, whether the spending that brings every pair to {@code
 * z} is at most a target, exactly as a full pass over the schools ({@code exact}) decides, while
 * visiting few schools. The spending is {@code sum over schools of clamp(cost_s(z), floor, cap)},
 * each group's sum clamped to its envelope: continuous, non-increasing and piecewise linear in
 * {@code z}.
 *
 * <p>The bracket ({@code below}, {@code above}) holds what is known: the spending is above the
 * target at {@code below} and at most the target at {@code above}. The schools linear on the bracket
 * enter the spending through running sums ({@link SpendingSums}); only the others are visited.
 * {@link #narrow} shrinks the bracket: around an estimate of the level from a sample of the schools
 * ({@link LevelEstimate}), then by secant steps from the probes nearest the target, with a probe on
 * either side of each step, as in the formula's scale solver. A decision that the running sums
 * cannot take for sure (the spending within a relative {@value #TIE} of the target, where the sums
 * and a full pass may round differently) is taken by the full pass. The full pass is monotone in
 * {@code z} (each of its operations is), so these decisions are the ones the full pass gives at every
 * level, and a search over candidate kinks finds what a binary search with full passes finds, to the
 * bit.
 */
final class SpendingBracket {
    /**
     * Below this relative distance of the target (or of the sums' size), the full pass decides. The
     * running sums and a full pass each err by at most about {@code n * 2^-53} of the sums' size
     * (1.7e-10 at 1.5 million schools), so farther from the target they cannot decide differently.
     */
    static final double TIE = 1e-8;

    /** Below this many schools in question, {@link #narrow} stops and candidate kinks are sorted. */
    static final int FEW = 64;

    /** Above this many schools in question, {@link #narrow} starts from estimates on a sample of them. */
    static final int SAMPLED = 8 * LevelEstimate.SAMPLE;

    /**
     * When the narrowing stops ({@code few} schools in question), when it starts from estimates (more
     * than {@code sampled} in question), the tie band ({@code tie}, relative) within which the full
     * pass decides, and from how many schools a walk over them runs in parallel ({@code
     * parallelFrom}, see {@link Blocks}): {@link #DEFAULT}; tests try other values, so that every path
     * runs on small problems too.
     */
    record Tuning(int few, int sampled, double tie, int parallelFrom) {
        /** The values the solver uses. */
        static final Tuning DEFAULT = new Tuning(FEW, SAMPLED, TIE);

        /** The given values, with walks in parallel from {@link Blocks#PARALLEL_FROM} schools. */
        Tuning(int few, int sampled, double tie) {
            this(few, sampled, tie, Blocks.PARALLEL_FROM);
        }
    }

    /**
     * The first two probes' distance from the first estimate, as a share of it: a sample of 512
     * schools put the level 7% (1.5 million schools) to 10% (national) too high in the bundled targets
     * scenario.
     */
    static final double FIRST_SPREAD = 0.15;

    /** The distance of each probe from the secant step's target, as a share of the step, after a hit. */
    private static final double SPREAD = 0.05;

    private final SpendingSums sums;
    private final double top;
    private final DoubleUnaryOperator exact;
    private final int few;
    private final int sampled;
    private final double tie;
    private double target;

    private double below = Double.NEGATIVE_INFINITY;
    private double above = Double.POSITIVE_INFINITY;
    /** The spending at below and at above, from the running sums. */
    private double belowTotal;

    private double aboveTotal;
    /** The two levels evaluated nearest the target (for secant steps), NaN until evaluated. */
    private double nearZ = Double.NaN;

    private double nearTotal;
    private double otherZ = Double.NaN;
    private double otherTotal;
    /** The last level evaluated, and the spending there from the running sums. */
    private double lastZ = Double.NaN;

    private double lastTotal;

    /**
     * A bracket over {@code members} (school indices, ascending) for levels in {@code [0, top]}.
     *
     * @param groupOf each school's envelope group (-1 for none), or null to clamp no group
     * @param topKink per school, its largest pair kink ({@link PairCurves#topKink})
     * @param exact the spending by a full pass, in school order
     * @param tuning when narrowing stops and starts from estimates, and the tie band
     */
    SpendingBracket(
            Funding f,
            int[] members,
            int[] groupOf,
            double[] topKink,
            double top,
            double target,
            DoubleUnaryOperator exact,
            Tuning tuning) {
        this.sums = new SpendingSums(f, members, groupOf, topKink, top, tuning.parallelFrom());
        this.top = top;
        this.target = target;
        this.exact = exact;
        this.few = tuning.few();
        this.sampled = tuning.sampled();
        this.tie = tuning.tie();
    }

    /**
     * Turns this bracket into one for {@code higher}, a target at least the current one, keeping the
     * schools settled; returns false (and the bracket is no longer usable) if the spending at
     * {@code below} is not surely above the new target.
     */
    boolean retarget(double higher) {
        target = higher; // spending at most the target at `above` is at most a higher one there too
        nearZ = Double.NaN;
        otherZ = Double.NaN;
        return below == Double.NEGATIVE_INFINITY || sure(evaluate(below)) < 0;
    }

    /** Whether a full pass at {@code z} spends at most the target; narrows the bracket. */
    boolean atMost(double z) {
        if (z <= below) {
            return false;
        }
        if (z >= above) {
            return true;
        }
        double total = evaluate(z);
        int sure = sure(total);
        boolean atMost = sure != 0 ? sure > 0 : exact.applyAsDouble(z) <= target;
        record(z, atMost);
        remember(z, total);
        settle();
        return atMost;
    }

    /** The level known to spend above the target, or -infinity. */
    double below() {
        return below;
    }

    /** The highest level in question: where the spending is known to be at most the target, or the top kink. */
    double high() {
        return Math.min(above, top);
    }

    /** The lowest level in question: {@link #below()}, or 0 while none is known. */
    double low() {
        return Math.max(below, 0);
    }

    /**
     * The spending at {@link #low()}, from the running sums where it is a level known to spend above
     * the target; else (0, never probed) as a sample of the schools tells, an estimate.
     */
    double lowTotal(int stride) {
        return below == Double.NEGATIVE_INFINITY ? sums.sampled(0, stride) : belowTotal;
    }

    /**
     * The spending at {@link #high()}, from the running sums where it is a level known to spend at
     * most the target; else (the top kink, never probed) where every gap is closed, an estimate.
     */
    double highTotal() {
        return above == Double.POSITIVE_INFINITY ? sums.withoutGaps() : aboveTotal;
    }

    /** The target. */
    double target() {
        return target;
    }

    /** The running sums. */
    SpendingSums sums() {
        return sums;
    }

    /**
     * Narrows the bracket until few schools are in question: first around estimates of the level
     * from a sample of the schools in question, then by secant steps from the probes nearest the
     * target, with a probe on either side of each step. Where no level is known to spend above the
     * target, only the estimates run (their probes usually find one, and then {@link #atMost}{@code
     * (0)} needs no pass); call again once one is known.
     */
    void narrow() {
        for (int round = 0; round < 8 && sums.inQuestion() > Math.max(few, sampled); round++) {
            double width = high() - Math.max(below, 0);
            double[] estimate = LevelEstimate.of(this);
            if (estimate == null) {
                break;
            }
            double[] levels = {estimate[0] - estimate[1], estimate[0] + estimate[1]};
            if (below == Double.NEGATIVE_INFINITY && above == Double.POSITIVE_INFINITY) {
                // The first estimate, from a sample alone, is often off by several percent: probes
                // farther apart, costed in one walk, straddle the level, so that the schools outside
                // the wider bracket settle at once (the next estimate, on the rest, is much closer).
                levels[0] = estimate[0] * (1 - FIRST_SPREAD);
                levels[1] = estimate[0] * (1 + FIRST_SPREAD);
            }
            prepare(levels[0], levels[1], Math.max(below, 0));
            for (double z : levels) {
                if (z > Math.max(below, 0) && z < high()) {
                    probe(z);
                }
            }
            settle();
            if (!(high() - Math.max(below, 0) < width / 2)) {
                break;
            }
        }
        if (sums.inQuestion() <= few || below == Double.NEGATIVE_INFINITY) {
            return;
        }
        if (Double.isNaN(nearZ)) {
            remember(below, lastZ == below ? lastTotal : evaluate(below));
        }
        double spread = SPREAD;
        for (int round = 0; sums.inQuestion() > few && round < 100; round++) {
            double high = high();
            double width = high - below;
            double slope = slopeNear();
            double root = slope < 0 ? nearZ + (target - nearTotal) / slope : Double.NaN;
            if (!(root > below && root < high)) {
                root = below + width / 2;
            }
            double offset = spread * Math.abs(root - nearZ) + Math.ulp(root);
            double[] probes = {
                Math.max(root - offset, below + (root - below) / 2), Math.min(root + offset, high - (high - root) / 2)
            };
            boolean straddled = true;
            prepare(probes[0], probes[1], below);
            for (double z : probes) {
                if (!(z > below && z < high)) {
                    straddled = false;
                    continue;
                }
                straddled &= probe(z);
            }
            straddled &= below == probes[0] && above == probes[1];
            if (!(high() - below < width)) {
                break; // nothing decided: leave the rest to the search among the kinks
            }
            spread = straddled ? SPREAD : Math.min(4 * spread, 1);
            settle();
        }
    }

    /**
     * The pair kinks in {@code (0, top)} consecutive around the target, as a binary search over them
     * with full passes finds them: {@code {left, right}}, the largest at which the spending is above
     * the target (0 if none) and the smallest at which it is at most the target ({@code top} if none).
     * Expects a level known to spend above the target.
     */
    double[] pairKinks() {
        double[] inside = sums.kinksInside(below, high());
        int low = 0;
        int high = inside.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (atMost(inside[mid])) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        double left = low > 0 ? Math.max(sums.kinkBelow(), inside[low - 1]) : sums.kinkBelow();
        double right = low < inside.length ? Math.min(sums.kinkAbove(), inside[low]) : sums.kinkAbove();
        return new double[] {left, right};
    }

    /** Evaluates a probe, records it if the running sums decide it for sure; returns whether they did. */
    private boolean probe(double z) {
        double total = evaluate(z);
        int sure = sure(total);
        if (sure != 0) {
            record(z, sure > 0);
        }
        remember(z, total);
        return sure != 0; // within the tie band: decided later, among the kinks
    }

    /**
     * Computes the costs at two probes in one walk where both lie strictly inside {@code (low,
     * high())} (the second may then fall outside the bracket the first leaves, and go unused).
     */
    private void prepare(double a, double b, double low) {
        if (a != b && a > low && a < high() && b > low && b < high()) {
            sums.prepare(a, b);
        }
    }

    /** Keeps the two levels evaluated nearest the target, for the next secant step. */
    private void remember(double z, double total) {
        if (Double.isNaN(nearZ) || Math.abs(total - target) <= Math.abs(nearTotal - target)) {
            otherZ = nearZ;
            otherTotal = nearTotal;
            nearZ = z;
            nearTotal = total;
        } else if (Double.isNaN(otherZ) || Math.abs(total - target) <= Math.abs(otherTotal - target)) {
            otherZ = z;
            otherTotal = total;
        }
    }

    /** The spending's slope near the target: the secant of the two nearest probes, else its derivative there. */
    private double slopeNear() {
        double secant = (nearTotal - otherTotal) / (nearZ - otherZ);
        return secant < 0 && Double.isFinite(secant) ? secant : sums.slope(nearZ);
    }

    /** +1 if {@code total}, from the running sums, is surely at most the target, -1 if surely above, 0 if too close. */
    private int sure(double total) {
        double band = tie * Math.max(Math.abs(target), sums.lastSize());
        return total <= target - band ? 1 : total > target + band ? -1 : 0;
    }

    private double evaluate(double z) {
        lastZ = z;
        lastTotal = sums.evaluate(z);
        return lastTotal;
    }

    /** Records the last evaluated level as the bracket's new low or high end. */
    private void record(double z, boolean atMost) {
        if (atMost) {
            above = z;
            aboveTotal = lastTotal;
            sums.probeIsHigh();
        } else {
            below = z;
            belowTotal = lastTotal;
            sums.probeIsLow();
        }
    }

    /** Moves the schools that are linear on the bracket into the running sums. */
    private void settle() {
        double hi = high();
        if (below == Double.NEGATIVE_INFINITY || above == Double.POSITIVE_INFINITY || !(hi > below)) {
            return; // settled schools need the costs at both ends
        }
        sums.settle(below, hi);
    }
}

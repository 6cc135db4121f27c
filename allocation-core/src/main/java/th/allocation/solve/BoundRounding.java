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
package th.allocation.solve;

import th.allocation.internal.ParallelBlocks;
import th.allocation.result.Bound;
import th.allocation.rule.Needs;

/**
 * Each school's amount {@code clamp(scale * need, floor, cap)}, rounded to the budget in all as
 * {@link LargestRemainder#round} rounds it, and the bound it is held at, as {@link
 * FormulaAllocator#allocate} finds it: the arithmetic of those, school by school, in one pass instead
 * of three. On a large table the pass runs in blocks ({@link Blocks}): each school's entries depend
 * on that school alone, and the sums the rounding needs are whole numbers (the units rounded down,
 * the schools that may take a unit, counted by bucket), so the blocks give the same to the bit.
 */
final class BoundRounding {
    private static final byte NONE = (byte) Bound.NONE.ordinal();

    private final double[] need;
    private final Needs needs;
    private final long unit;
    private final double scale;
    private final SchoolBounds bounds;
    private final double[] fraction;
    private final long[] units;
    private final byte[] bound;

    private BoundRounding(
            double[] need,
            Needs needs,
            long unit,
            double scale,
            SchoolBounds bounds,
            double[] fraction,
            long[] units,
            byte[] bound) {
        this.need = need;
        this.needs = needs;
        this.unit = unit;
        this.scale = scale;
        this.bounds = bounds;
        this.fraction = fraction;
        this.units = units;
        this.bound = bound;
    }

    /**
     * Rounds {@code clamp(scale * need, floor, cap)} to {@code budgetUnits} in all into {@code units},
     * and each school's bound into {@code bound}.
     */
    static void round(
            double[] need,
            Needs needs,
            long unit,
            double scale,
            SchoolBounds bounds,
            long budgetUnits,
            LargestRemainder.Work rounding,
            long[] units,
            byte[] bound) {
        int n = need.length;
        double[] fraction = rounding.start(n);
        int[] counts = rounding.counts();
        BoundRounding pass = new BoundRounding(need, needs, unit, scale, bounds, fraction, units, bound);
        int blocks = Blocks.count(n);
        long sum = 0;
        int candidates = 0;
        if (blocks == 1) {
            candidates = (int) pass.run(0, n, counts);
            sum = pass.sum;
        } else {
            int[][] blockCounts = new int[blocks][counts.length];
            long[] sums = new long[blocks];
            int[] blockCandidates = new int[blocks];
            try {
                ParallelBlocks.run(n, blocks, (b, from, to) -> {
                    BoundRounding part = new BoundRounding(need, needs, unit, scale, bounds, fraction, units, bound);
                    blockCandidates[b] = (int) part.run(from, to, blockCounts[b]);
                    sums[b] = part.sum;
                });
            } catch (RuntimeException e) {
                // The failure of the first school in school order, as on one thread.
                java.util.Arrays.fill(counts, 0);
                pass.run(0, n, counts);
                throw e;
            }
            for (int b = 0; b < blocks; b++) {
                sum = Math.addExact(sum, sums[b]);
                candidates += blockCandidates[b];
                for (int k = 0; k < counts.length; k++) {
                    counts[k] += blockCounts[b][k];
                }
            }
        }
        rounding.finish(units, bounds.lower, bounds.upper, budgetUnits, sum, n, candidates);
    }

    /** The units rounded down by {@link #run}, added up. */
    private long sum;

    /** The pass over schools {@code from} to {@code to - 1}, counting into {@code counts}; returns the candidates. */
    private long run(int from, int to, int[] counts) {
        double[] need = this.need;
        long[] lower = bounds.lower;
        long[] upper = bounds.upper;
        double[] fraction = this.fraction;
        long[] units = this.units;
        byte[] bound = this.bound;
        double scale = this.scale;
        long sum = 0;
        int candidates = 0;
        for (int i = from; i < to; i++) {
            long low = lower[i];
            long high = upper[i];
            double scaled = scale * need[i];
            // ScaleSolver.clamp without its branches (a third of the schools are at a bound, in no order a
            // processor could predict): the same value, the scaled need never being -0.0 or NaN (a
            // need of at least 0 times a positive scale; an infinite one is refused below).
            double amount = Math.min(Math.max(scaled, (double) low), (double) high);
            if (!Double.isFinite(amount)) {
                throw LargestRemainder.Work.notFinite(i, amount);
            }
            long whole = (long) Math.floor(amount);
            whole = Math.min(Math.max(whole, low), high);
            units[i] = whole;
            double f = amount - whole;
            fraction[i] = f;
            sum = Math.addExact(sum, whole);
            // Without branches on whether the school may take a unit or is at a bound: a third of the
            // schools are, in no order a processor could predict.
            int candidate = whole < high ? 1 : 0;
            counts[LargestRemainder.Work.bucketOf(f)] += candidate;
            candidates += candidate;
            bound[i] = amount == low | amount == high ? held(i, amount, scaled) : NONE;
        }
        this.sum = sum;
        return candidates;
    }

    /** The bound school {@code i} is held at, its amount at its floor or its cap. */
    private byte held(int i, double amount, double scaled) {
        long low = bounds.lower[i];
        long high = bounds.upper[i];
        if (amount == low) {
            if (below(scaled, low, scale, needs.total(i), unit)) {
                return bounds.floorKind[i];
            } else if (amount == high && below(-scaled, -high, -scale, needs.total(i), unit)) {
                return bounds.capKind[i];
            }
        } else if (amount == high && below(-scaled, -high, -scale, needs.total(i), unit)) {
            return bounds.capKind[i];
        }
        return NONE;
    }

    /**
     * Whether {@code scale * total / unit < bound}, as {@link FormulaAllocator#allocate} computes it, given {@code
     * scaled}, the same product computed as {@code scale * (total / unit)}: the two lie within a few
     * units in the last place of the exact product (each is two roundings from it), so where {@code
     * scaled} is farther from the bound than a relative 1e-12 it decides the same, and only nearer is
     * the division done. ({@code scale * total / unit > bound} is {@code below(-scaled, -bound,
     * -scale, ...)}: negating is exact.)
     */
    private static boolean below(double scaled, double bound, double scale, long total, long unit) {
        double margin = Math.abs(bound) * 1e-12;
        if (scaled < bound - margin) {
            return true;
        }
        if (scaled > bound + margin) {
            return false;
        }
        return scale * total / unit < bound;
    }
}

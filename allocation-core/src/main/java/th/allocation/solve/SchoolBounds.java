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

import java.math.BigDecimal;
import th.allocation.internal.ParallelBlocks;
import th.allocation.model.Baht;
import th.allocation.model.Level;
import th.allocation.model.SchoolTable;
import th.allocation.result.Bound;
import th.allocation.scenario.Caps;
import th.allocation.scenario.Floors;
import th.allocation.scenario.Protections;

/**
 * Each school's floor and cap in rounding units (used by the formula and the target allocators). Floors are rounded up and caps down to the unit,
 * so that any allocation between them, rounded either way, still respects both. Where a school's
 * floor exceeds its cap the floor wins: the cap is raised to the floor.
 *
 * <p>The floor is the largest of: {@code floors.min_per_pupil} times the pupils, {@code
 * floors.percent_of_previous} of last year's allocation, the protections' minimum per pupil by level
 * (pupils of each level times its amount), their minimum per school (for a school with pupils), and
 * their funding guarantee (pupils times last year's protected per-pupil amount times {@code 1 +
 * g/100}). The cap is the smallest of {@code caps.percent_of_previous} of last year's allocation and
 * the protections' gains cap (as the guarantee, with {@code 1 + c/100}). With components excluded by
 * the protections, every floor and cap bounds the protected part of the allocation (docs/model.md).
 * Last year's protected per-pupil amount is {@code max(previous_allocation - excluded, 0) /
 * previous_pupils}, {@code excluded} this year's stated (unscaled) amounts of the excluded
 * components; a school without a previous allocation, or with 0 previous pupils, has no guarantee
 * and no gains cap.
 */
public final class SchoolBounds {
    /** No cap. */
    public static final long UNCAPPED = Long.MAX_VALUE;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The bounds by ordinal, made once: {@code values()} makes a new array on every call. */
    private static final Bound[] BOUNDS = Bound.values();

    final long[] lower;
    final long[] upper;
    final byte[] floorKind;
    final byte[] capKind;
    /** Each school's stated amount of the excluded components, in satang; null if none are excluded. */
    final long[] excluded;

    private SchoolBounds(int n, long[] excluded) {
        lower = new long[n];
        upper = new long[n];
        floorKind = new byte[n];
        capKind = new byte[n];
        this.excluded = excluded;
    }

    /** School {@code i}'s floor, in rounding units. */
    public long lower(int i) {
        return lower[i];
    }

    /** School {@code i}'s cap, in rounding units, or {@link #UNCAPPED}. */
    public long upper(int i) {
        return upper[i];
    }

    /**
     * Which floor is school {@code i}'s: min_per_pupil (also the minimum per pupil by level),
     * hold_harmless, min_per_school, funding_guarantee, or none if it has none.
     */
    public Bound floorKind(int i) {
        return BOUNDS[floorKind[i]];
    }

    /** Which cap is school {@code i}'s: cap, gains_cap, or none if it has none. */
    public Bound capKind(int i) {
        return BOUNDS[capKind[i]];
    }

    /** The floors and caps of {@code schools}, in units of {@code unit} satang. */
    public static SchoolBounds of(SchoolTable schools, Floors floors, Caps caps, long unit) {
        return of(schools, floors, caps, Protections.NONE, null, unit);
    }

    /**
     * The floors and caps of {@code schools} with {@code protections}, in units of {@code unit}
     * satang.
     *
     * @param excluded each school's stated amount of the components the protections exclude, in
     *     satang; null if they exclude none
     */
    public static SchoolBounds of(
            SchoolTable schools, Floors floors, Caps caps, Protections protections, long[] excluded, long unit) {
        int n = schools.size();
        SchoolBounds bounds = new SchoolBounds(n, excluded);
        long minPerPupil = Baht.toSatang(floors.minPerPupil());
        Percent holdHarmless = new Percent(floors.percentOfPrevious());
        Percent cap = caps.usesPrevious() ? new Percent(caps.percentOfPrevious()) : null;
        boolean holds = floors.percentOfPrevious().compareTo(BigDecimal.ZERO) > 0;
        long[] byLevel = null;
        if (protections.minPerPupilByLevel() != null) {
            byLevel = new long[Level.values().length];
            for (Level level : Level.values()) {
                byLevel[level.ordinal()] =
                        Baht.toSatang(protections.minPerPupilByLevel().of(level));
            }
        }
        long perSchool = protections.minPerSchool() == null ? 0 : Baht.toSatang(protections.minPerSchool());
        Percent guarantee = protections.fundingGuarantee() == null
                ? null
                : new Percent(HUNDRED.add(protections.fundingGuarantee()));
        Percent gains = protections.gainsCap() == null ? null : new Percent(HUNDRED.add(protections.gainsCap()));
        Level[] levels = Level.values();
        long[] levelRates = byLevel;
        ParallelBlocks.Body pass = (b, from, to) -> {
            for (int i = from; i < to; i++) {
                bounds.set(
                        i,
                        schools,
                        minPerPupil,
                        holds ? holdHarmless : null,
                        cap,
                        levels,
                        levelRates,
                        perSchool,
                        guarantee,
                        gains,
                        unit);
            }
        };
        int blocks = Blocks.count(n);
        try {
            ParallelBlocks.run(n, blocks, pass);
        } catch (RuntimeException e) {
            if (blocks == 1) {
                throw e;
            }
            pass.run(0, 0, n); // the failure of the first school in school order, as on one thread
            throw e;
        }
        return bounds;
    }

    /** Sets school {@code i}'s floor and cap, and which bound each is (as {@link #of} computes them). */
    private void set(
            int i,
            SchoolTable schools,
            long minPerPupil,
            Percent holdHarmless,
            Percent cap,
            Level[] levels,
            long[] byLevel,
            long perSchool,
            Percent guarantee,
            Percent gains,
            long unit) {
        long previous = schools.previousAllocation(i);
        long byPupils = Math.multiplyExact(minPerPupil, schools.totalPupils(i));
        long byPrevious =
                holdHarmless != null && previous != SchoolTable.NO_PREVIOUS ? holdHarmless.ceilOf(previous) : 0;
        long floor = Math.max(byPupils, byPrevious);
        Bound floorBound = floor == 0 ? Bound.NONE : byPrevious > byPupils ? Bound.HOLD_HARMLESS : Bound.MIN_PER_PUPIL;
        if (byLevel != null) {
            long sum = 0;
            for (Level level : levels) {
                sum = Math.addExact(sum, Math.multiplyExact(byLevel[level.ordinal()], schools.pupils(level, i)));
            }
            if (sum > floor) {
                floor = sum;
                floorBound = Bound.MIN_PER_PUPIL;
            }
        }
        if (perSchool > floor && schools.totalPupils(i) > 0) {
            floor = perSchool;
            floorBound = Bound.MIN_PER_SCHOOL;
        }
        long pupils = schools.totalPupils(i);
        long previousPupils = schools.previousPupilsOrTotal(i);
        // last year's protected amount, to be divided by last year's pupils; -1 if none
        long base = -1;
        if ((guarantee != null || gains != null) && previous != SchoolTable.NO_PREVIOUS && previousPupils > 0) {
            base = Math.max(previous - (excluded == null ? 0 : excluded[i]), 0);
        }
        if (guarantee != null && base >= 0) {
            long guaranteed = perPupil(guarantee, pupils, base, previousPupils, true);
            if (guaranteed > floor) {
                floor = guaranteed;
                floorBound = Bound.FUNDING_GUARANTEE;
            }
        }
        lower[i] = unit == 1 ? floor : -Math.floorDiv(-floor, unit);
        floorKind[i] = (byte) floorBound.ordinal();
        long upper = cap != null && previous != SchoolTable.NO_PREVIOUS ? units(cap.floorOf(previous), unit) : UNCAPPED;
        Bound capBound = upper == UNCAPPED ? Bound.NONE : Bound.CAP;
        if (gains != null && base >= 0) {
            long capped = units(perPupil(gains, pupils, base, previousPupils, false), unit);
            if (capped < upper) {
                upper = capped;
                capBound = Bound.GAINS_CAP;
            }
        }
        capKind[i] = (byte) capBound.ordinal();
        this.upper[i] = Math.max(upper, lower[i]);
    }

    /** {@code floorDiv(satang, unit)}, without a division for a unit of one satang. */
    private static long units(long satang, long unit) {
        return unit == 1 ? satang : Math.floorDiv(satang, unit);
    }

    /**
     * {@code pupils x base / previousPupils x percent / 100}, rounded up or down to the satang,
     * exactly: {@code ceil(ceil(x) / n) = ceil(x / n)} for a whole {@code n > 0}, and so for floor.
     */
    private static long perPupil(Percent percent, long pupils, long base, long previousPupils, boolean up) {
        long high = Math.multiplyHigh(pupils, base);
        long product = pupils * base;
        if (high == 0 && product >= 0) {
            return up
                    ? -Math.floorDiv(-percent.ceilOf(product), previousPupils)
                    : Math.floorDiv(percent.floorOf(product), previousPupils);
        }
        return percent.of(
                java.math.BigInteger.valueOf(pupils).multiply(java.math.BigInteger.valueOf(base)), previousPupils, up);
    }
}

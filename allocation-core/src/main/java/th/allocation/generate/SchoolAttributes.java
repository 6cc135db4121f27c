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
package th.allocation.generate;

import th.allocation.internal.SplitMix64;
import th.allocation.model.AreaType;
import th.allocation.model.Enrolment;
import th.allocation.model.Level;
import th.allocation.model.SchoolKind;
import th.allocation.rule.LevelAmounts;

/**
 * What a placed school has: pupils by level, special-needs and poor pupils, teachers, last year's
 * allocation and the indicator values. As in {@link Model}, every constant is an assumption unless
 * its comment names a fact of docs/formulas.md (Thai facts), and only {@link StrictMath} and exact
 * integer arithmetic are used, so the draws are the same on every JDK.
 */
final class SchoolAttributes {
    private static final long[] ORIGINAL_RATE_BAHT = rates(Model.ORIGINAL_RATES);

    // ---- Pupils ----
    /**
     * Poor pupils per eligible pupil (pre-primary to lower secondary, as the Equitable Education
     * Fund's transfer covers K to M3) before the province, area, remoteness and size factors; tuned
     * so that the national file has 1.1-1.2 million poor pupils (EEF, docs/formulas.md, Thai facts).
     */
    static final double POOR_BASE_RATE = 0.194;
    /** Share of pupils with special needs in ordinary schools: 4% (assumption, see the README). */
    static final double SPECIAL_NEEDS_RATE = 0.04;

    // ---- Teachers ----
    /**
     * Teachers = (fixed + pupils / per) with a little noise. Small schools keep a minimum of staff,
     * so their pupils-per-teacher ratios are low. Tuned to 382,499 teachers for 6.6 million pupils
     * (OBEC 2022, docs/formulas.md, Thai facts).
     */
    private static final double TEACHERS_FIXED_PRIMARY = 1.4;

    private static final double PUPILS_PER_EXTRA_TEACHER_PRIMARY = 19.5;
    private static final double TEACHERS_FIXED_SECONDARY = 4.0;
    private static final double PUPILS_PER_EXTRA_TEACHER_SECONDARY = 21.0;
    private static final double TEACHERS_FIXED_SPECIAL = 4.0;
    private static final double PUPILS_PER_EXTRA_TEACHER_SPECIAL = 5.0;

    /** The largest distance to an ESA office drawn, in km. */
    private static final double MAX_DISTANCE_KM = 250;

    private SchoolAttributes() {}

    /** The school of {@code unit} placed and sized by {@link Model}, its id and network still empty. */
    static GeneratedSchool school(
            Plan.Unit unit,
            SchoolKind kind,
            double u,
            int pupils,
            int district,
            int subdistrict,
            AreaType area,
            boolean remote,
            Enrolment enrolment,
            SplitMix64 random) {
        Province province = unit.province();
        int specialNeeds = kind == SchoolKind.SPECIAL_EDUCATION
                ? pupils
                : clamp(
                        random.roundRandomly(pupils
                                * SPECIAL_NEEDS_RATE
                                * specialNeedsFactor(kind)
                                * StrictMath.exp(0.4 * random.nextGaussian() - 0.08)),
                        0,
                        pupils);
        int eligible = enrolment.preprimary() + enrolment.primary() + enrolment.lowerSecondary();
        double poorRate = StrictMath.min(
                0.95,
                POOR_BASE_RATE
                        * province.povertyPercent()
                        / 100.0
                        * poorAreaFactor(area)
                        * (remote ? 1.3 : 1.0)
                        * (1.15 - 0.3 * u)
                        * StrictMath.exp(0.3 * random.nextGaussian() - 0.045));
        int poor = clamp(random.roundRandomly(eligible * poorRate), 0, eligible);
        double poorShare = (double) poor / pupils;

        int teachers = clamp(
                random.roundRandomly((teachersFixed(kind) + pupils / pupilsPerExtraTeacher(kind))
                        * StrictMath.exp(0.12 * random.nextGaussian())),
                1,
                Integer.MAX_VALUE);

        double distance = distanceMedian(area) * StrictMath.exp(0.5 * random.nextGaussian());
        if (remote) {
            distance = StrictMath.max(distance * 1.6, 40 + 20 * random.nextDouble());
        }
        // Assumption: no school is more than MAX_DISTANCE_KM by road from its ESA office.
        long distanceTenths = StrictMath.max(1, StrictMath.round(StrictMath.min(distance, MAX_DISTANCE_KM) * 10));

        double logit = -0.35
                + benchmarkAreaEffect(area)
                - (remote ? 0.35 : 0)
                - 2.0 * (poorShare - 0.2)
                + 0.12 * StrictMath.log(pupils / 150.0)
                + (kind == SchoolKind.SECONDARY ? 0.1 : 0)
                + (kind == SchoolKind.SPECIAL_EDUCATION ? -0.8 : 0)
                + 0.45 * random.nextGaussian();
        long benchmark = StrictMath.round(1000 / (1 + StrictMath.exp(-logit)));

        double perComputer = computerMedian(area)
                * (remote ? 1.4 : 1.0)
                * (1 + poorShare)
                * StrictMath.exp(0.35 * random.nextGaussian());
        long computers = StrictMath.max(1, random.roundRandomly(pupils / perComputer));

        double condition = 3.4
                + buildingAreaEffect(area)
                - (remote ? 0.25 : 0)
                + 0.1 * StrictMath.log(pupils / 150.0)
                + 0.5 * random.nextGaussian();
        long conditionTenths = StrictMath.round(10 * StrictMath.min(5, StrictMath.max(1, condition)));

        double incidentRate = 6.0
                * (area == AreaType.SPECIAL ? 1.5 : 1.0)
                * (province.specialReason().startsWith("southern border") ? 2.0 : 1.0)
                * StrictMath.exp(0.3 * random.nextGaussian());
        long incidents = random.poisson(incidentRate * pupils / 1000.0);

        return new GeneratedSchool(
                "",
                SchoolNames.name(unit, kind, random),
                unit.cluster(),
                unit.esa(),
                "",
                province.thai(),
                SchoolNames.districtName(province, district),
                SchoolNames.subdistrictName(province, subdistrict),
                area,
                remote,
                kind,
                enrolment,
                specialNeeds,
                poor,
                previousAllocation(enrolment),
                teachers,
                distanceTenths,
                benchmark,
                ratioHundredths(pupils, teachers),
                ratioHundredths(pupils, computers),
                conditionTenths,
                ratioHundredths(incidents * 1000, pupils));
    }

    /**
     * Pupils by level, consistent with the kind of school: primary schools teach pre-primary and
     * primary; combined (opportunity-expansion) schools pre-primary to lower secondary and some of
     * them upper secondary; secondary schools lower and upper secondary; special-education schools
     * every level. Each level takes a share of what the levels before it left, so the counts add up.
     */
    static Enrolment levels(SchoolKind kind, int pupils, SplitMix64 random) {
        int[] byLevel = new int[Level.values().length];
        int left = pupils;
        switch (kind) {
            case PRIMARY -> {
                byLevel[0] = share(pupils, left, 0.20, 0.04, 0.05, 0.35, random);
                byLevel[1] = pupils - byLevel[0];
            }
            case COMBINED -> {
                byLevel[0] = share(pupils, left, 0.14, 0.03, 0.05, 0.25, random);
                left -= byLevel[0];
                byLevel[2] = share(pupils, left, 0.30, 0.05, 0.15, 0.45, random);
                left -= byLevel[2];
                // Some opportunity-expansion schools also teach upper secondary (assumption: 12%).
                byLevel[3] = random.chance(0.12) ? share(pupils, left, 0.12, 0.03, 0.05, 0.2, random) : 0;
                byLevel[1] = left - byLevel[3];
            }
            case SECONDARY -> {
                byLevel[3] = share(pupils, left, 0.42, 0.06, 0.15, 0.65, random);
                byLevel[2] = pupils - byLevel[3];
            }
            case SPECIAL_EDUCATION -> {
                byLevel[0] = share(pupils, left, 0.10, 0.03, 0.0, 0.2, random);
                left -= byLevel[0];
                byLevel[2] = share(pupils, left, 0.25, 0.05, 0.1, 0.4, random);
                left -= byLevel[2];
                byLevel[3] = share(pupils, left, 0.12, 0.04, 0.0, 0.25, random);
                byLevel[1] = left - byLevel[3];
            }
        }
        return new Enrolment(byLevel[0], byLevel[1], byLevel[2], byLevel[3]);
    }

    /**
     * A share of {@code pupils}, normal around {@code mean} and clamped to [min, max], rounded at
     * random, and at most the {@code left} pupils not yet given a level.
     */
    static int share(int pupils, int left, double mean, double sd, double min, double max, SplitMix64 random) {
        double fraction = StrictMath.min(max, StrictMath.max(min, mean + sd * random.nextGaussian()));
        return clamp(random.roundRandomly(pupils * fraction), 0, left);
    }

    static long previousAllocation(Enrolment enrolment) {
        long baht = 0;
        for (Level level : Level.values()) {
            baht += ORIGINAL_RATE_BAHT[level.ordinal()] * enrolment.of(level);
        }
        return baht;
    }

    static double specialNeedsFactor(SchoolKind kind) {
        return switch (kind) {
            case PRIMARY -> 1.05;
            case COMBINED -> 1.1;
            case SECONDARY -> 0.75;
            case SPECIAL_EDUCATION -> 1.0;
        };
    }

    static double poorAreaFactor(AreaType area) {
        return switch (area) {
            case CAPITAL -> 0.5;
            case MUNICIPAL -> 0.6;
            case DISTRICT -> 0.85;
            case SUBDISTRICT -> 1.1;
            case SPECIAL -> 1.35;
        };
    }

    static double teachersFixed(SchoolKind kind) {
        return switch (kind) {
            case PRIMARY, COMBINED -> TEACHERS_FIXED_PRIMARY;
            case SECONDARY -> TEACHERS_FIXED_SECONDARY;
            case SPECIAL_EDUCATION -> TEACHERS_FIXED_SPECIAL;
        };
    }

    static double pupilsPerExtraTeacher(SchoolKind kind) {
        return switch (kind) {
            case PRIMARY, COMBINED -> PUPILS_PER_EXTRA_TEACHER_PRIMARY;
            case SECONDARY -> PUPILS_PER_EXTRA_TEACHER_SECONDARY;
            case SPECIAL_EDUCATION -> PUPILS_PER_EXTRA_TEACHER_SPECIAL;
        };
    }

    static double distanceMedian(AreaType area) {
        return switch (area) {
            case CAPITAL -> 6;
            case MUNICIPAL -> 8;
            case DISTRICT -> 18;
            case SUBDISTRICT -> 28;
            case SPECIAL -> 55;
        };
    }

    static double benchmarkAreaEffect(AreaType area) {
        return switch (area) {
            case CAPITAL -> 0.8;
            case MUNICIPAL -> 0.45;
            case DISTRICT -> 0.15;
            case SUBDISTRICT -> -0.05;
            case SPECIAL -> -0.45;
        };
    }

    static double computerMedian(AreaType area) {
        return switch (area) {
            case CAPITAL -> 5;
            case MUNICIPAL -> 6;
            case DISTRICT -> 8;
            case SUBDISTRICT -> 9;
            case SPECIAL -> 13;
        };
    }

    static double buildingAreaEffect(AreaType area) {
        return switch (area) {
            case CAPITAL -> 0.35;
            case MUNICIPAL -> 0.25;
            case DISTRICT -> 0.1;
            case SUBDISTRICT -> -0.05;
            case SPECIAL -> -0.35;
        };
    }

    /** {@code numerator / denominator} in hundredths, rounded half up, exactly. */
    private static long ratioHundredths(long numerator, long denominator) {
        return (200 * numerator + denominator) / (2 * denominator);
    }

    private static int clamp(long value, int min, int max) {
        return (int) StrictMath.min(max, StrictMath.max(min, value));
    }

    private static long[] rates(LevelAmounts amounts) {
        long[] baht = new long[Level.values().length];
        for (Level level : Level.values()) {
            baht[level.ordinal()] = amounts.of(level).longValueExact();
        }
        return baht;
    }
}

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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import th.allocation.internal.SplitMix64;
import th.allocation.model.AreaType;
import th.allocation.model.Enrolment;
import th.allocation.model.Level;
import th.allocation.model.SchoolKind;
import th.allocation.rule.LevelAmounts;

/**
 * How one school is drawn: its size, place, area type, pupils by level, poor and special-needs
 * pupils, teachers and indicator values. Every constant here is an assumption unless its comment
 * names a fact of docs/formulas.md (Thai facts); the calibration report ({@link Calibration}) shows what
 * they add up to against the facts.
 *
 * <p>Only {@link StrictMath} and exact integer arithmetic are used, so the draws are the same on
 * every JDK.
 */
final class Model {
    // ---- Structure ----
    /** Special-education schools nationally: "few (~50 nationally)", the brief. */
    static final int SPECIAL_EDUCATION_SCHOOLS = 50;
    /** Secondary schools (under secondary ESAs), per thousand schools outside Bangkok: about 2,350 nationally. */
    static final int SECONDARY_PERMILLE = 77;
    /** OBEC's Bangkok schools are mostly secondary (Bangkok's own primary schools are run by the city). */
    static final int CAPITAL_SECONDARY_PERMILLE = 750;
    /** Opportunity-expansion (combined) schools among the schools of primary ESAs: about 7,000 nationally. */
    static final int COMBINED_PERMILLE = 260;
    /** Schools per district (synthetic districts; no real list is used). */
    static final int SCHOOLS_PER_DISTRICT = 35;
    /** Schools per subdistrict. */
    static final int SCHOOLS_PER_SUBDISTRICT = 4;
    /** Schools per school network (กลุ่มเครือข่าย) in a primary ESA. */
    static final int SCHOOLS_PER_NETWORK = 10;
    /** Schools per secondary consortium (สหวิทยาเขต). */
    static final int SCHOOLS_PER_CONSORTIUM = 8;
    /** Bangkok's OBEC schools are large: their sizes are drawn from the top 45% of each kind's distribution. */
    static final double CAPITAL_SIZE_QUANTILE_FLOOR = 0.55;
    /** A provincial seat (อำเภอเมือง) is this many times as likely as another district for a primary ESA's school. */
    static final int SEAT_WEIGHT_PRIMARY = 2;
    /** ... and for a secondary school, which is more often in town. */
    static final int SEAT_WEIGHT_SECONDARY = 3;

    // ---- Money ----
    /**
     * Last year's allocation: the per-head teaching subsidy at the original free-education rates
     * (pre-primary 1,700; primary 1,900; lower secondary 3,500; upper secondary 3,800 THB per
     * pupil; docs/formulas.md, Thai facts, 15-year free education programme).
     */
    static final LevelAmounts ORIGINAL_RATES = LevelAmounts.of(1700, 1900, 3500, 3800);

    private static final long[] ORIGINAL_RATE_BAHT = rates(ORIGINAL_RATES);

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

    private static final String[] VILLAGE_PREFIXES = {
        "หนอง", "โนน", "ดอน", "ห้วย", "นา", "โคก", "ป่า", "บ่อ", "ทุ่ง", "สระ", "วัง", "ท่า", "คลอง", "บึง", "เขา",
        "ดง", "ปาก", "หาด", "บาง", "แม่", "ศรี", "หัว", "ซับ", "ไร่", "สวน", "โพน", "กุด", "ห้วยทราย", "น้ำ", "ผา"
    };
    private static final String[] VILLAGE_SUFFIXES = {
        "บัว", "แดง", "ใหญ่", "สูง", "ยาว", "ทอง", "งาม", "คำ", "หว้า", "ไผ่", "ตะเคียน", "จาน", "น้อย", "ขาม", "แก",
        "กุง", "ม่วง", "เหล็ก", "โพธิ์", "ไทร", "มะค่า", "สำโรง", "ตาล", "แสง", "ทราย", "หิน", "เตย", "ยาง", "ชัย",
        "สะอาด", "เจริญ", "สามัคคี", "หลวง", "กลาง", "อุดม", "พัฒนา", "ทองหลาง", "เก่า", "ใหม่", "สว่าง"
    };
    private static final String[] SECONDARY_ENDINGS = {
        "วิทยา", "วิทยาคม", "พิทยาคม", "ศึกษา", "วิทยาคาร", "รัฐประชาสรรค์"
    };

    private Model() {}

    /** The schools of one unit of the plan, in id order. */
    static List<GeneratedSchool> generate(Plan.Unit unit, long seed) {
        SplitMix64 random = SplitMix64.forPart(seed, unit.province().code(), unit.esaIndex());
        List<Placed> placed = new ArrayList<>(unit.schools());
        draw(unit, SchoolKind.PRIMARY, unit.primary(), random, placed);
        draw(unit, SchoolKind.COMBINED, unit.combined(), random, placed);
        draw(unit, SchoolKind.SECONDARY, unit.secondary(), random, placed);
        draw(unit, SchoolKind.SPECIAL_EDUCATION, unit.specialEducation(), random, placed);
        // OBEC codes follow geography: number the schools district by district, subdistrict by subdistrict.
        placed.sort(Comparator.comparingInt(Placed::district)
                .thenComparingInt(Placed::subdistrict)
                .thenComparingInt(Placed::order));
        int networked = unit.primary() + unit.combined();
        int networks = (int) StrictMath.max(1, Plan.divideRounded(networked, SCHOOLS_PER_NETWORK));
        List<GeneratedSchool> schools = new ArrayList<>(placed.size());
        int serial = 0;
        int position = 0;
        for (Placed school : placed) {
            serial++;
            String network;
            if (school.school().kind() == SchoolKind.SPECIAL_EDUCATION) {
                network = ""; // special-education schools belong to no network
            } else if (unit.secondaryEsa()) {
                network = unit.esa() + " สหวิทยาเขตที่ "
                        + ((unit.networkOffset() + position++) / SCHOOLS_PER_CONSORTIUM + 1);
            } else {
                network = unit.esa() + " กลุ่มเครือข่ายที่ " + ((long) position++ * networks / networked + 1);
            }
            schools.add(school.school().withPlace(id(unit, serial), network));
        }
        return schools;
    }

    private record Placed(int district, int subdistrict, int order, GeneratedSchool school) {}

    private static void draw(Plan.Unit unit, SchoolKind kind, int count, SplitMix64 random, List<Placed> out) {
        if (count == 0) {
            return;
        }
        // Stratified size quantiles: each of the unit's schools of this kind gets its own slice of
        // [0, 1), in random order, so that small units still have the national size mix and the
        // national totals barely vary with the seed.
        int[] strata = new int[count];
        for (int i = 0; i < count; i++) {
            strata[i] = i;
        }
        random.shuffle(strata);
        Province province = unit.province();
        boolean capital = province.isCapital();
        for (int j = 0; j < count; j++) {
            double u = (strata[j] + random.nextDouble()) / count;
            if (capital) {
                u = CAPITAL_SIZE_QUANTILE_FLOOR + (1 - CAPITAL_SIZE_QUANTILE_FLOOR) * u;
            }
            int pupils = SizeTable.of(kind).pupils(u);
            int district = kind == SchoolKind.SPECIAL_EDUCATION ? 1 : district(unit, kind, random);
            int subdistrict = 1 + random.nextInt(unit.subdistrictsPerDistrict());
            AreaType area = capital ? AreaType.CAPITAL : areaType(province, u, district == 1, random);
            boolean remote = random.chance(remoteProbability(province, area, pupils));
            Enrolment enrolment = levels(kind, pupils, random);
            out.add(new Placed(
                    district,
                    subdistrict,
                    out.size(),
                    school(unit, kind, u, pupils, district, subdistrict, area, remote, enrolment, random)));
        }
    }

    private static GeneratedSchool school(
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
                name(unit, kind, random),
                unit.cluster(),
                unit.esa(),
                "",
                province.thai(),
                districtName(province, district),
                subdistrictName(province, subdistrict),
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

    /** The district of a school: uniform over the unit's districts, the provincial seat weighted up. */
    private static int district(Plan.Unit unit, SchoolKind kind, SplitMix64 random) {
        int count = unit.lastDistrict() - unit.firstDistrict() + 1;
        if (unit.firstDistrict() != 1) {
            return unit.firstDistrict() + random.nextInt(count);
        }
        int extra = (kind == SchoolKind.SECONDARY ? SEAT_WEIGHT_SECONDARY : SEAT_WEIGHT_PRIMARY) - 1;
        int draw = random.nextInt(count + extra);
        return draw <= extra ? 1 : draw - extra + 1;
    }

    /**
     * The area type outside Bangkok. Special areas come from the province's share, more often for
     * small schools and outside the provincial seat; municipal areas from how urban the province
     * is, strongly favouring large schools and the seat; district seats next; the rest, the
     * majority, are subdistrict schools.
     */
    private static AreaType areaType(Province province, double u, boolean seat, SplitMix64 random) {
        double special =
                StrictMath.min(0.97, province.specialPermille() / 1000.0 * (1.6 - 1.2 * u) * (seat ? 0.5 : 1.05));
        if (random.chance(special)) {
            return AreaType.SPECIAL;
        }
        double municipal = StrictMath.min(0.9, province.urbanPermille() / 1000.0 * 4 * u * u * u * (seat ? 2.5 : 0.75));
        double district = StrictMath.min(0.95 - municipal, 0.15 * (0.5 + u));
        double draw = random.nextDouble();
        if (draw < municipal) {
            return AreaType.MUNICIPAL;
        }
        return draw < municipal + district ? AreaType.DISTRICT : AreaType.SUBDISTRICT;
    }

    /**
     * Remote schools: mostly small schools in special and subdistrict areas, more in highland and
     * border provinces. The chance falls with enrolment (a school far from everything stays small).
     */
    private static double remoteProbability(Province province, AreaType area, int pupils) {
        double base = switch (area) {
            case SPECIAL -> 0.35;
            case SUBDISTRICT -> 0.06;
            case DISTRICT -> 0.015;
            case MUNICIPAL, CAPITAL -> 0.0;
        };
        return StrictMath.min(
                0.95, base * 2.6 * StrictMath.exp(-pupils / 90.0) * (1 + 1.5 * province.specialPermille() / 1000.0));
    }

    /**
     * Pupils by level, consistent with the kind of school: primary schools teach pre-primary and
     * primary; combined (opportunity-expansion) schools pre-primary to lower secondary and some of
     * them upper secondary; secondary schools lower and upper secondary; special-education schools
     * every level. Each level takes a share of what the levels before it left, so the counts add up.
     */
    private static Enrolment levels(SchoolKind kind, int pupils, SplitMix64 random) {
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
    private static int share(int pupils, int left, double mean, double sd, double min, double max, SplitMix64 random) {
        double fraction = StrictMath.min(max, StrictMath.max(min, mean + sd * random.nextGaussian()));
        return clamp(random.roundRandomly(pupils * fraction), 0, left);
    }

    private static long previousAllocation(Enrolment enrolment) {
        long baht = 0;
        for (Level level : Level.values()) {
            baht += ORIGINAL_RATE_BAHT[level.ordinal()] * enrolment.of(level);
        }
        return baht;
    }

    private static double specialNeedsFactor(SchoolKind kind) {
        return switch (kind) {
            case PRIMARY -> 1.05;
            case COMBINED -> 1.1;
            case SECONDARY -> 0.75;
            case SPECIAL_EDUCATION -> 1.0;
        };
    }

    private static double poorAreaFactor(AreaType area) {
        return switch (area) {
            case CAPITAL -> 0.5;
            case MUNICIPAL -> 0.6;
            case DISTRICT -> 0.85;
            case SUBDISTRICT -> 1.1;
            case SPECIAL -> 1.35;
        };
    }

    private static double teachersFixed(SchoolKind kind) {
        return switch (kind) {
            case PRIMARY, COMBINED -> TEACHERS_FIXED_PRIMARY;
            case SECONDARY -> TEACHERS_FIXED_SECONDARY;
            case SPECIAL_EDUCATION -> TEACHERS_FIXED_SPECIAL;
        };
    }

    private static double pupilsPerExtraTeacher(SchoolKind kind) {
        return switch (kind) {
            case PRIMARY, COMBINED -> PUPILS_PER_EXTRA_TEACHER_PRIMARY;
            case SECONDARY -> PUPILS_PER_EXTRA_TEACHER_SECONDARY;
            case SPECIAL_EDUCATION -> PUPILS_PER_EXTRA_TEACHER_SPECIAL;
        };
    }

    private static double distanceMedian(AreaType area) {
        return switch (area) {
            case CAPITAL -> 6;
            case MUNICIPAL -> 8;
            case DISTRICT -> 18;
            case SUBDISTRICT -> 28;
            case SPECIAL -> 55;
        };
    }

    private static double benchmarkAreaEffect(AreaType area) {
        return switch (area) {
            case CAPITAL -> 0.8;
            case MUNICIPAL -> 0.45;
            case DISTRICT -> 0.15;
            case SUBDISTRICT -> -0.05;
            case SPECIAL -> -0.45;
        };
    }

    private static double computerMedian(AreaType area) {
        return switch (area) {
            case CAPITAL -> 5;
            case MUNICIPAL -> 6;
            case DISTRICT -> 8;
            case SUBDISTRICT -> 9;
            case SPECIAL -> 13;
        };
    }

    private static double buildingAreaEffect(AreaType area) {
        return switch (area) {
            case CAPITAL -> 0.35;
            case MUNICIPAL -> 0.25;
            case DISTRICT -> 0.1;
            case SUBDISTRICT -> -0.05;
            case SPECIAL -> -0.35;
        };
    }

    private static String name(Plan.Unit unit, SchoolKind kind, SplitMix64 random) {
        String village = VILLAGE_PREFIXES[random.nextInt(VILLAGE_PREFIXES.length)]
                + VILLAGE_SUFFIXES[random.nextInt(VILLAGE_SUFFIXES.length)];
        String province = unit.province().thai();
        switch (kind) {
            case SECONDARY:
                return "โรงเรียน" + village + SECONDARY_ENDINGS[random.nextInt(SECONDARY_ENDINGS.length)];
            case SPECIAL_EDUCATION:
                return switch (random.nextInt(3)) {
                    case 0 -> "โรงเรียนศึกษาพิเศษ" + province;
                    case 1 -> "โรงเรียนโสตศึกษาจังหวัด" + province;
                    default -> "โรงเรียน" + province + "ปัญญานุกูล";
                };
            default:
                int style = random.nextInt(100);
                String prefix = style < 68
                        ? "โรงเรียนบ้าน"
                        : style < 88 ? "โรงเรียนวัด" : style < 96 ? "โรงเรียนชุมชน" : "โรงเรียนอนุบาล";
                return prefix + village;
        }
    }

    private static String districtName(Province province, int district) {
        if (province.isCapital()) {
            return "เขตที่ " + district;
        }
        return district == 1 ? "อำเภอเมือง" + province.thai() : "อำเภอที่ " + district + " " + province.thai();
    }

    private static String subdistrictName(Province province, int subdistrict) {
        return (province.isCapital() ? "แขวงที่ " : "ตำบลที่ ") + subdistrict;
    }

    /** The id: 1, the two-digit province code, the three-digit ESA number, the four-digit serial. */
    private static String id(Plan.Unit unit, int serial) {
        StringBuilder id = new StringBuilder(10).append('1');
        pad(id, unit.province().code(), 2);
        pad(id, unit.esaIndex(), 3);
        pad(id, serial, 4);
        return id.toString();
    }

    private static void pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        out.append(digits);
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

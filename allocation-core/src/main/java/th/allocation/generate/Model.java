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
import th.allocation.model.SchoolKind;
import th.allocation.rule.LevelAmounts;

/**
 * How one school is drawn: its size, place, area type and remoteness here; its pupils by level,
 * poor and special-needs pupils, teachers and indicator values in {@link SchoolAttributes}; its
 * name and id in {@link SchoolNames}. Every constant here is an assumption unless its comment
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
            schools.add(school.school().withPlace(SchoolNames.id(unit, serial), network));
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
            Enrolment enrolment = SchoolAttributes.levels(kind, pupils, random);
            out.add(new Placed(
                    district,
                    subdistrict,
                    out.size(),
                    SchoolAttributes.school(
                            unit, kind, u, pupils, district, subdistrict, area, remote, enrolment, random)));
        }
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
}

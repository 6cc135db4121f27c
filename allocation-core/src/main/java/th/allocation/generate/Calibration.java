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

import static th.allocation.generate.CalibrationChecks.atLeast;
import static th.allocation.generate.CalibrationChecks.count;
import static th.allocation.generate.CalibrationChecks.relative;
import static th.allocation.generate.CalibrationChecks.share;
import static th.allocation.generate.CalibrationChecks.shareAtLeast;
import static th.allocation.generate.CalibrationChecks.violations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import th.allocation.model.AreaType;
import th.allocation.model.SchoolKind;
import th.allocation.model.SchoolTable;

/**
 * Measures a generated school table against the targets it is calibrated to: the published figures
 * of docs/formulas.md (Thai facts), the brief, and the generator's stated assumptions, each with its
 * tolerance. {@code examples/thailand/README.md} shows the report of the national default file, and
 * a test keeps it current.
 *
 * <p>Targets that count things (pupils, teachers, poor pupils, special-education schools) are scaled
 * by {@code schools / 29,449} for files of another size, and the ESA counts by the generator's ESA
 * multiplier; below the national size a province or ESA may get no school, so structural counts may
 * then fall short. Read the table with {@code SchoolCsvReader} and
 * {@code indicators = GeneratedColumns.EXTRA}.
 */
public final class Calibration {
    /** Where a target comes from: a published fact, the brief, or the generator's assumption. */
    public enum Basis {
        /** A figure of docs/formulas.md (Thai facts), with its source. */
        FACT,
        /** The brief. */
        BRIEF,
        /** An assumption of the generator, stated in the README. */
        ASSUMPTION
    }

    /**
     * One aggregate compared with its target.
     *
     * @param aggregate what is measured
     * @param target the target, as text
     * @param tolerance how far the file may be from the target, as text
     * @param basis where the target comes from
     * @param source the source of the target, or the reasoning behind an assumption
     * @param measured what the file has, as text
     * @param passed whether the file is within the tolerance
     */
    public record Check(
            String aggregate,
            String target,
            String tolerance,
            Basis basis,
            String source,
            String measured,
            boolean passed) {}

    private static final String FACTS = "docs/formulas.md, Thai facts: ";
    /** Inspection regions 1-5 and 9: the central plains and the east. */
    private static final int[] CENTRAL_AND_EAST = {1, 2, 3, 4, 5, 9};
    /** Inspection regions 10-18: the north-east and the north. */
    private static final int[] NORTH_EAST_AND_NORTH = {10, 11, 12, 13, 14, 15, 16, 17, 18};

    private Calibration() {}

    /** Every check of {@code schools}, in report order. */
    public static List<Check> of(SchoolTable schools) {
        CalibrationMeasures m = new CalibrationMeasures(schools);
        double f = (double) schools.size() / SchoolGenerator.NATIONAL_SCHOOLS;
        int multiplier = Plan.multiplierFor(schools.size());
        List<Check> checks = new ArrayList<>();

        checks.add(count(
                "Schools",
                SchoolGenerator.NATIONAL_SCHOOLS * f,
                0,
                schools.size(),
                Basis.FACT,
                FACTS + "OBEC 2022 statistics as cited by the press (the --schools option)"));
        checks.add(
                relative("Pupils", 6_626_068 * f, 0.015, m.pupils, Basis.FACT, FACTS + "OBEC 2022, 6,626,068 pupils"));
        checks.add(relative(
                "Teachers (sum of `teachers`)",
                382_499 * f,
                0.02,
                m.teachers,
                Basis.FACT,
                FACTS + "OBEC 2022, 382,499 teachers"));
        checks.add(count("Provinces", 77, 0, schools.province().labelCount(), Basis.BRIEF, "76 provinces and Bangkok"));
        checks.add(count(
                "Clusters",
                19,
                0,
                schools.cluster().labelCount(),
                Basis.FACT,
                FACTS + "19 committees, one per inspection region (second seed)"));
        checks.add(count(
                "Primary ESAs (สพป.)",
                183 * multiplier,
                0,
                m.esas("สพป."),
                Basis.FACT,
                FACTS + "OBEC structure, 183 primary + 62 secondary = 245"));
        checks.add(count(
                "Secondary ESAs (สพม.)", 62 * multiplier, 0, m.esas("สพม."), Basis.FACT, FACTS + "OBEC structure"));
        checks.add(share(
                "Small schools (1-120 pupils), share of schools",
                0.50,
                0.05,
                m.sizeShare(1, 120),
                Basis.FACT,
                FACTS + "about half of all schools (~15,000); OBEC, World Bank"));
        checks.add(share(
                "Medium schools (121-600)",
                0.43,
                0.05,
                m.sizeShare(121, 600),
                Basis.ASSUMPTION,
                "what remains after half small and the pupil total"));
        checks.add(share(
                "Large schools (601-1,500)",
                0.05,
                0.02,
                m.sizeShare(601, 1500),
                Basis.ASSUMPTION,
                "size classes of ESA guidance (docs/formulas.md, Thai facts); shares assumed"));
        checks.add(share(
                "Extra-large schools (1,501+)",
                0.02,
                0.01,
                m.sizeShare(1501, Integer.MAX_VALUE),
                Basis.ASSUMPTION,
                "long tail of urban secondary schools"));
        checks.add(relative(
                "Poor pupils",
                1_150_000 * f,
                50_000.0 / 1_150_000,
                m.poor,
                Basis.FACT,
                FACTS + "EEF: more than 1.1 million poor pupils (K to M3); brief: 1.1-1.2 million"));
        checks.add(share(
                "Special-needs pupils, share of pupils",
                0.04,
                0.005,
                m.specialNeeds / m.pupils,
                Basis.ASSUMPTION,
                "no national figure in docs/formulas.md; see the README"));
        checks.add(count(
                "Special-education schools",
                50 * f,
                1,
                m.kindCount(SchoolKind.SPECIAL_EDUCATION),
                Basis.BRIEF,
                "about 50 nationally, small"));
        checks.add(share(
                "Secondary schools, share of schools",
                0.08,
                0.01,
                m.kindShare(SchoolKind.SECONDARY),
                Basis.ASSUMPTION,
                "schools of the 62 secondary ESAs"));
        checks.add(share(
                "Combined (opportunity-expansion) schools, share",
                0.24,
                0.02,
                m.kindShare(SchoolKind.COMBINED),
                Basis.ASSUMPTION,
                "primary schools teaching lower secondary"));
        checks.add(violations(
                "Capital schools outside Bangkok, or Bangkok schools not capital",
                m.capitalMismatches,
                Basis.BRIEF,
                "capital only in Bangkok, all of Bangkok capital"));
        checks.add(shareAtLeast(
                "Subdistrict schools, share of schools",
                0.5,
                m.areaShare(AreaType.SUBDISTRICT),
                Basis.BRIEF,
                "subdistrict schools are the majority"));
        checks.add(share(
                "Special-area schools, share of schools",
                0.07,
                0.02,
                m.areaShare(AreaType.SPECIAL),
                Basis.ASSUMPTION,
                "highland, island, border and southern-border areas (docs/formulas.md, Thai facts)"));
        checks.add(shareAtLeast(
                "Special-area share of schools in Pattani, Yala, Narathiwat",
                0.6,
                m.southernBorderSpecial,
                Basis.ASSUMPTION,
                "southern border provinces are special areas almost throughout"));
        checks.add(atLeast(
                "Mean pupils, municipal / subdistrict schools",
                2.0,
                m.meanPupils(AreaType.MUNICIPAL) / m.meanPupils(AreaType.SUBDISTRICT),
                Basis.BRIEF,
                "municipal schools larger on average"));
        checks.add(share(
                "Remote schools, share of schools",
                0.07,
                0.03,
                m.remoteShare,
                Basis.ASSUMPTION,
                "remote flag for hard-to-reach schools"));
        checks.add(shareAtLeast(
                "Remote schools that are small",
                0.8,
                m.remoteSmall,
                Basis.BRIEF,
                "remote flag correlated with small size"));
        checks.add(atLeast(
                "Remote share, special areas / all schools",
                3.0,
                m.remoteShareOf(i -> schools.areaType(i) == AreaType.SPECIAL) / m.remoteShare,
                Basis.BRIEF,
                "remote flag correlated with special areas"));
        checks.add(atLeast(
                "Poor share of K-M3 pupils, north & north-east / central & east",
                1.8,
                m.poorShareOfClusters(NORTH_EAST_AND_NORTH) / m.poorShareOfClusters(CENTRAL_AND_EAST),
                Basis.BRIEF,
                "poverty concentrated in the north and north-east"));
        checks.add(atLeast(
                "Poor share of K-M3 pupils, rural & remote / urban",
                1.8,
                m.poorShareWhere(i -> schools.remote(i)
                                || schools.areaType(i) == AreaType.SUBDISTRICT
                                || schools.areaType(i) == AreaType.SPECIAL)
                        / m.poorShareWhere(i ->
                                schools.areaType(i) == AreaType.CAPITAL || schools.areaType(i) == AreaType.MUNICIPAL),
                Basis.BRIEF,
                "poverty concentrated in rural and remote areas"));
        checks.add(violations(
                "Pupils at levels the school kind does not teach",
                m.levelMismatches,
                Basis.BRIEF,
                "primary: pre-primary + primary; secondary: lower + upper; combined: up to lower (some upper)"));
        checks.add(violations(
                "Special-education schools with pupils not all special-needs",
                m.specialEducationMismatches,
                Basis.BRIEF,
                "pupils_special_needs = all their pupils"));
        checks.add(violations(
                "previous_allocation not at the original rates",
                m.previousMismatches,
                Basis.FACT,
                FACTS + "1,700 / 1,900 / 3,500 / 3,800 THB per pupil, 15-year free education programme"));
        checks.add(atLeast(
                "Test benchmark share, non-remote minus remote (mean)",
                0.05,
                m.meanIndicator(GeneratedColumns.TEST_BENCHMARK_SHARE, i -> !schools.remote(i))
                        - m.meanIndicator(GeneratedColumns.TEST_BENCHMARK_SHARE, schools::remote),
                Basis.BRIEF,
                "remote and poor schools lower on the test benchmark"));
        checks.add(atLeast(
                "Pupils per teacher, large (601+) minus small (1-120) schools (mean)",
                5.0,
                m.meanIndicator(GeneratedColumns.PUPILS_PER_TEACHER, i -> schools.totalPupils(i) > 600)
                        - m.meanIndicator(GeneratedColumns.PUPILS_PER_TEACHER, i -> schools.totalPupils(i) <= 120),
                Basis.BRIEF,
                "small schools have low pupils-per-teacher ratios"));
        checks.add(atLeast(
                "Pupils per computer, remote / non-remote (mean)",
                1.3,
                m.meanIndicator(GeneratedColumns.PUPILS_PER_COMPUTER, schools::remote)
                        / m.meanIndicator(GeneratedColumns.PUPILS_PER_COMPUTER, i -> !schools.remote(i)),
                Basis.BRIEF,
                "remote and poor schools lower on ICT"));
        checks.add(atLeast(
                "Building condition, municipal minus special areas (mean)",
                0.3,
                m.meanIndicator(GeneratedColumns.BUILDING_CONDITION, i -> schools.areaType(i) == AreaType.MUNICIPAL)
                        - m.meanIndicator(
                                GeneratedColumns.BUILDING_CONDITION, i -> schools.areaType(i) == AreaType.SPECIAL),
                Basis.ASSUMPTION,
                "buildings in special areas are in worse condition"));
        return List.copyOf(checks);
    }

    /** The checks as a Markdown table. */
    public static String markdown(List<Check> checks) {
        StringBuilder table = new StringBuilder();
        table.append("| aggregate | target | tolerance | basis | source or reasoning | generated | ok |\n");
        table.append("|---|---:|---|---|---|---:|---|\n");
        for (Check check : checks) {
            table.append("| ")
                    .append(check.aggregate())
                    .append(" | ")
                    .append(check.target())
                    .append(" | ")
                    .append(check.tolerance())
                    .append(" | ")
                    .append(check.basis().name().toLowerCase(Locale.ROOT))
                    .append(" | ")
                    .append(check.source())
                    .append(" | ")
                    .append(check.measured())
                    .append(" | ")
                    .append(check.passed() ? "yes" : "**no**")
                    .append(" |\n");
        }
        return table.toString();
    }

    /**
     * What the file holds, by area type, by kind of school and by level, as Markdown tables: the
     * shape a reader of the README wants to see beside the calibration.
     */
    public static String profile(SchoolTable schools) {
        return CalibrationProfile.of(schools);
    }
}

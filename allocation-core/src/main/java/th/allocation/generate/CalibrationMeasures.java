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

import static th.allocation.generate.CalibrationNumbers.ratio;

import java.util.HashSet;
import java.util.Set;
import java.util.function.IntPredicate;
import th.allocation.model.AreaType;
import th.allocation.model.Level;
import th.allocation.model.SchoolKind;
import th.allocation.model.SchoolTable;

/** The aggregates of one table that {@link Calibration#of} checks, computed in one pass where they can be. */
final class CalibrationMeasures {
    private final SchoolTable schools;
    final double pupils;
    final double teachers;
    final double poor;
    final double specialNeeds;
    final long capitalMismatches;
    final long levelMismatches;
    final long specialEducationMismatches;
    final long previousMismatches;
    final double remoteShare;
    final double remoteSmall;
    final double southernBorderSpecial;

    CalibrationMeasures(SchoolTable schools) {
        this.schools = schools;
        long pupilSum = 0;
        long poorSum = 0;
        long specialSum = 0;
        double teacherSum = 0;
        long capital = 0;
        long levels = 0;
        long special = 0;
        long previous = 0;
        long remote = 0;
        long remoteAndSmall = 0;
        long border = 0;
        long borderSpecial = 0;
        Set<String> southernBorder = new HashSet<>();
        for (Province province : Provinces.ALL) {
            if (province.specialReason().equals("southern border")) {
                southernBorder.add(province.thai());
            }
        }
        String bangkok = Provinces.bangkok().thai();
        for (int i = 0; i < schools.size(); i++) {
            long n = schools.totalPupils(i);
            pupilSum += n;
            poorSum += schools.poor(i);
            specialSum += schools.specialNeeds(i);
            teacherSum += schools.indicator(GeneratedColumns.TEACHERS, i);
            boolean inBangkok = schools.province().value(i).equals(bangkok);
            if (inBangkok != (schools.areaType(i) == AreaType.CAPITAL)) {
                capital++;
            }
            if (!levelsFit(i)) {
                levels++;
            }
            if (schools.kind(i) == SchoolKind.SPECIAL_EDUCATION && schools.specialNeeds(i) != n) {
                special++;
            }
            long expected = 0;
            for (Level level : Level.values()) {
                expected += Model.ORIGINAL_RATES.of(level).longValueExact() * 100 * schools.pupils(level, i);
            }
            if (schools.previousAllocation(i) != expected) {
                previous++;
            }
            if (schools.remote(i)) {
                remote++;
                remoteAndSmall += n <= 120 ? 1 : 0;
            }
            if (southernBorder.contains(schools.province().value(i))) {
                border++;
                borderSpecial += schools.areaType(i) == AreaType.SPECIAL ? 1 : 0;
            }
        }
        pupils = pupilSum;
        poor = poorSum;
        specialNeeds = specialSum;
        teachers = teacherSum;
        capitalMismatches = capital;
        levelMismatches = levels;
        specialEducationMismatches = special;
        previousMismatches = previous;
        remoteShare = ratio(remote, schools.size());
        remoteSmall = ratio(remoteAndSmall, remote);
        southernBorderSpecial = ratio(borderSpecial, border);
    }

    private boolean levelsFit(int i) {
        int pre = schools.pupils(Level.PREPRIMARY, i);
        int primary = schools.pupils(Level.PRIMARY, i);
        int upper = schools.pupils(Level.UPPER_SECONDARY, i);
        int lower = schools.pupils(Level.LOWER_SECONDARY, i);
        return switch (schools.kind(i)) {
            case PRIMARY -> lower == 0 && upper == 0;
            case SECONDARY -> pre == 0 && primary == 0;
            case COMBINED -> primary > 0 && lower > 0;
            case SPECIAL_EDUCATION -> true;
        };
    }

    long esas(String prefix) {
        long count = 0;
        for (int code = 0; code < schools.esa().labelCount(); code++) {
            count += schools.esa().label(code).startsWith(prefix) ? 1 : 0;
        }
        return count;
    }

    double sizeShare(long min, long max) {
        return shareOf(i -> schools.totalPupils(i) >= min && schools.totalPupils(i) <= max);
    }

    long kindCount(SchoolKind kind) {
        long count = 0;
        for (int i = 0; i < schools.size(); i++) {
            count += schools.kind(i) == kind ? 1 : 0;
        }
        return count;
    }

    double kindShare(SchoolKind kind) {
        return ratio(kindCount(kind), schools.size());
    }

    double areaShare(AreaType type) {
        return shareOf(i -> schools.areaType(i) == type);
    }

    double meanPupils(AreaType type) {
        long count = 0;
        long pupils = 0;
        for (int i = 0; i < schools.size(); i++) {
            if (schools.areaType(i) == type) {
                count++;
                pupils += schools.totalPupils(i);
            }
        }
        return ratio(pupils, count);
    }

    double remoteShareOf(IntPredicate which) {
        long count = 0;
        long remote = 0;
        for (int i = 0; i < schools.size(); i++) {
            if (which.test(i)) {
                count++;
                remote += schools.remote(i) ? 1 : 0;
            }
        }
        return ratio(remote, count);
    }

    double poorShareOfClusters(int[] numbers) {
        Set<String> clusters = new HashSet<>();
        for (int number : numbers) {
            clusters.add(Provinces.CLUSTERS.get(number));
        }
        return poorShareWhere(i -> clusters.contains(schools.cluster().value(i)));
    }

    double poorShareWhere(IntPredicate which) {
        long poorSum = 0;
        long eligibleSum = 0;
        for (int i = 0; i < schools.size(); i++) {
            if (which.test(i)) {
                poorSum += schools.poor(i);
                eligibleSum += eligible(schools, i);
            }
        }
        return ratio(poorSum, eligibleSum);
    }

    double meanIndicator(String column, IntPredicate which) {
        double sum = 0;
        long count = 0;
        for (int i = 0; i < schools.size(); i++) {
            double value = schools.indicator(column, i);
            if (which.test(i) && !Double.isNaN(value)) {
                sum += value;
                count++;
            }
        }
        return ratio(sum, count);
    }

    private double shareOf(IntPredicate which) {
        long count = 0;
        for (int i = 0; i < schools.size(); i++) {
            count += which.test(i) ? 1 : 0;
        }
        return ratio(count, schools.size());
    }

    /**
     * The pupils of school {@code i} from pre-primary to lower secondary (K to M3): those among whom
     * poor pupils are counted, so the denominator of a poor share.
     */
    static int eligible(SchoolTable schools, int i) {
        return schools.pupils(Level.PREPRIMARY, i)
                + schools.pupils(Level.PRIMARY, i)
                + schools.pupils(Level.LOWER_SECONDARY, i);
    }
}

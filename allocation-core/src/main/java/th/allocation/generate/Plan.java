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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.allocation.internal.SplitMix64;

/**
 * The shape of a generated file before any school is drawn: how many schools of each kind every
 * province gets, its ESAs and districts, and which schools go to which ESA. A plan holds a few
 * numbers per ESA, never per school, so that a file of any size streams in bounded memory.
 *
 * <p>At the national size the plan has the ESAs of the province table (183 primary, 62 secondary).
 * For larger files every province gets {@code multiplier} times as many ESAs, so that an ESA keeps
 * about the same number of schools and the file keeps its shape.
 */
final class Plan {
    /** One part of the file generated at once: the schools of one province in one ESA. */
    record Unit(
            Province province,
            String cluster,
            String esa,
            int esaIndex,
            boolean secondaryEsa,
            int primary,
            int combined,
            int secondary,
            int specialEducation,
            int firstDistrict,
            int lastDistrict,
            int districts,
            int subdistrictsPerDistrict,
            int networkOffset) {

        int schools() {
            return primary + combined + secondary + specialEducation;
        }
    }

    /** Index of the first secondary ESA in the school ids, after the primary ESAs 1 to 499. */
    static final int SECONDARY_ESA_BASE = 500;
    /** Ids hold four digits for the school within its province and ESA. */
    static final int MAX_SCHOOLS_PER_UNIT = 9_999;

    private final int multiplier;
    private final List<Unit> units;

    private Plan(int multiplier, List<Unit> units) {
        this.multiplier = multiplier;
        this.units = List.copyOf(units);
    }

    int multiplier() {
        return multiplier;
    }

    List<Unit> units() {
        return units;
    }

    /** The plan for {@code schools} schools; the ESA weights are drawn from {@code seed}. */
    static Plan of(int schools, long seed) {
        int multiplier = multiplierFor(schools);
        List<Province> provinces = Provinces.ALL;
        long[] weights = new long[provinces.size()];
        for (int p = 0; p < weights.length; p++) {
            weights[p] = provinces.get(p).schools();
        }
        int[] perProvince = split(schools, weights);
        long specialTotal =
                divideRounded((long) Model.SPECIAL_EDUCATION_SCHOOLS * schools, SchoolGenerator.NATIONAL_SCHOOLS);
        int[] specialPerProvince = split(specialTotal, weights);
        Map<String, int[]> secondaryFill = new HashMap<>(); // schools placed so far in each secondary ESA
        List<Unit> units = new ArrayList<>();
        for (int p = 0; p < provinces.size(); p++) {
            Province province = provinces.get(p);
            SplitMix64 random = SplitMix64.forPart(seed, province.code(), 0);
            int total = perProvince[p];
            int specialEducation = StrictMath.min(specialPerProvince[p], total);
            int secondary = (int) StrictMath.min(
                    total - specialEducation, divideRounded((long) total * secondaryPermille(province), 1000));
            int primaryEsaSchools = total - specialEducation - secondary;
            int combined = (int) divideRounded((long) primaryEsaSchools * Model.COMBINED_PERMILLE, 1000);
            int primaryEsas = province.primaryEsas() * multiplier;
            int districts = (int) StrictMath.max(primaryEsas, divideRounded(total, Model.SCHOOLS_PER_DISTRICT));
            int subdistricts =
                    (int) StrictMath.max(1, divideRounded(total, (long) districts * Model.SCHOOLS_PER_SUBDISTRICT));
            String cluster = Provinces.CLUSTERS.get(province.cluster());

            int[] regular = split(primaryEsaSchools, jitteredWeights(primaryEsas, random));
            long[] regularWeights = new long[primaryEsas];
            for (int e = 0; e < primaryEsas; e++) {
                regularWeights[e] = regular[e];
            }
            int[] combinedPerEsa = split(combined, regularWeights);
            for (int e = 0; e < primaryEsas; e++) {
                String name =
                        primaryEsas == 1 ? "สพป." + province.thai() : "สพป." + province.thai() + " เขต " + (e + 1);
                units.add(checked(new Unit(
                        province,
                        cluster,
                        name,
                        e + 1,
                        false,
                        regular[e] - combinedPerEsa[e],
                        combinedPerEsa[e],
                        0,
                        e == 0 ? specialEducation : 0,
                        e * districts / primaryEsas + 1,
                        (e + 1) * districts / primaryEsas,
                        districts,
                        subdistricts,
                        0)));
            }

            int secondaryEsas = province.secondaryEsas() * multiplier;
            int[] secondaryPerEsa = split(secondary, jitteredWeights(secondaryEsas, random));
            int[] fill = secondaryFill.computeIfAbsent(province.secondaryEsa(), k -> new int[secondaryEsas]);
            for (int k = 0; k < secondaryEsas; k++) {
                String name =
                        secondaryEsas == 1 ? province.secondaryEsa() : province.secondaryEsa() + " เขต " + (k + 1);
                units.add(checked(new Unit(
                        province,
                        cluster,
                        name,
                        SECONDARY_ESA_BASE + k + 1,
                        true,
                        0,
                        0,
                        secondaryPerEsa[k],
                        0,
                        1,
                        districts,
                        districts,
                        subdistricts,
                        fill[k])));
                fill[k] += secondaryPerEsa[k];
            }
        }
        return new Plan(multiplier, units);
    }

    /** How many times the national ESAs a file of {@code schools} schools has: N / 29,449, rounded, at least 1. */
    static int multiplierFor(int schools) {
        return (int) StrictMath.max(1, divideRounded(schools, SchoolGenerator.NATIONAL_SCHOOLS));
    }

    private static int secondaryPermille(Province province) {
        return province.isCapital() ? Model.CAPITAL_SECONDARY_PERMILLE : Model.SECONDARY_PERMILLE;
    }

    private static Unit checked(Unit unit) {
        if (unit.schools() > MAX_SCHOOLS_PER_UNIT) {
            throw new IllegalStateException("ESA " + unit.esa() + " would have " + unit.schools()
                    + " schools in one province, more than the " + MAX_SCHOOLS_PER_UNIT + " the ids can number.");
        }
        return unit;
    }

    /** Weights of about equal size, 700 to 1,299, so that ESAs differ in size as real ones do. */
    private static long[] jitteredWeights(int count, SplitMix64 random) {
        long[] weights = new long[count];
        for (int i = 0; i < count; i++) {
            weights[i] = 700 + random.nextInt(600);
        }
        return weights;
    }

    /** {@code a / b} rounded half up, for non-negative {@code a} and positive {@code b}. */
    static long divideRounded(long a, long b) {
        return (a + b / 2) / b;
    }

    /**
     * Splits {@code total} in proportion to {@code weights} into whole numbers that add up to it
     * (largest remainder, ties to the earlier index), in integer arithmetic so that the result is
     * the same everywhere.
     */
    static int[] split(long total, long[] weights) {
        long sum = 0;
        for (long w : weights) {
            sum += w;
        }
        int[] parts = new int[weights.length];
        if (sum == 0 || total == 0) {
            return parts;
        }
        long[] remainders = new long[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            parts[i] = (int) (total * weights[i] / sum);
            remainders[i] = total * weights[i] % sum;
            given += parts[i];
        }
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(
                order,
                (a, b) -> remainders[a] != remainders[b]
                        ? Long.compare(remainders[b], remainders[a])
                        : Integer.compare(a, b));
        for (int k = 0; given < total; k++, given++) {
            parts[order[k]]++;
        }
        return parts;
    }
}

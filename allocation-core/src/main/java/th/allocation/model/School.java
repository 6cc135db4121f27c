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
package th.allocation.model;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One school as a value: the row form of the canonical school table (docs/model.md, data contract). Build
 * one with {@link #of(String, String)} and the {@code with...} methods; collect many into a
 * {@link SchoolTable}, which stores them column by column.
 *
 * @param id the unique school code
 * @param name the school's name (Thai allowed)
 * @param cluster the inspection-region cluster
 * @param esa the Educational Service Area office
 * @param network the school network or consortium; empty if none
 * @param province the province; empty if not given
 * @param district the district; empty if not given
 * @param subdistrict the subdistrict; empty if not given
 * @param areaType the kind of area the school stands in
 * @param remote whether the school is remote
 * @param kind the kind of school
 * @param pupils pupils by level
 * @param specialNeeds pupils with special needs, a subset of all pupils
 * @param poor poor pupils, a subset of all pupils
 * @param previousAllocation last year's allocation in satang, if known
 * @param indicators indicator values by column name
 * @param previousPupils last year's pupils, if known ({@code previous_pupils}); a school without
 *     them is taken to have had this year's pupils (docs/model.md, data contract)
 */
public record School(
        String id,
        String name,
        String cluster,
        String esa,
        String network,
        String province,
        String district,
        String subdistrict,
        AreaType areaType,
        boolean remote,
        SchoolKind kind,
        Enrolment pupils,
        int specialNeeds,
        int poor,
        OptionalLong previousAllocation,
        Map<String, Double> indicators,
        OptionalInt previousPupils) {

    /** Validates the school's own consistency and copies the indicator map. */
    public School {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("A school id must not be blank.");
        }
        name = Objects.requireNonNullElse(name, "");
        cluster = Objects.requireNonNullElse(cluster, "");
        esa = Objects.requireNonNullElse(esa, "");
        network = Objects.requireNonNullElse(network, "");
        province = Objects.requireNonNullElse(province, "");
        district = Objects.requireNonNullElse(district, "");
        subdistrict = Objects.requireNonNullElse(subdistrict, "");
        Objects.requireNonNull(areaType, "areaType");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pupils, "pupils");
        Objects.requireNonNull(previousAllocation, "previousAllocation");
        if (specialNeeds < 0 || specialNeeds > pupils.total()) {
            throw new IllegalArgumentException("School " + id + ": special-needs pupils (" + specialNeeds
                    + ") must be between 0 and all pupils (" + pupils.total() + ").");
        }
        if (poor < 0 || poor > pupils.total()) {
            throw new IllegalArgumentException("School " + id + ": poor pupils (" + poor
                    + ") must be between 0 and all pupils (" + pupils.total() + ").");
        }
        if (previousAllocation.isPresent() && previousAllocation.getAsLong() < 0) {
            throw new IllegalArgumentException("School " + id + ": previous allocation ("
                    + previousAllocation.getAsLong() + " satang) must not be negative.");
        }
        indicators = Map.copyOf(indicators);
        previousPupils = previousPupils == null ? OptionalInt.empty() : previousPupils;
        if (previousPupils.isPresent() && previousPupils.getAsInt() < 0) {
            throw new IllegalArgumentException(
                    "School " + id + ": previous pupils (" + previousPupils.getAsInt() + ") must not be negative.");
        }
    }

    /** A school without last year's pupils. */
    public School(
            String id,
            String name,
            String cluster,
            String esa,
            String network,
            String province,
            String district,
            String subdistrict,
            AreaType areaType,
            boolean remote,
            SchoolKind kind,
            Enrolment pupils,
            int specialNeeds,
            int poor,
            OptionalLong previousAllocation,
            Map<String, Double> indicators) {
        this(
                id,
                name,
                cluster,
                esa,
                network,
                province,
                district,
                subdistrict,
                areaType,
                remote,
                kind,
                pupils,
                specialNeeds,
                poor,
                previousAllocation,
                indicators,
                OptionalInt.empty());
    }

    /** Last year's pupils: {@code previousPupils} if known, else this year's (docs/model.md). */
    public long previousPupilsOrTotal() {
        return previousPupils.isPresent() ? previousPupils.getAsInt() : totalPupils();
    }

    /** The same school with last year's pupils. */
    public School withPreviousPupils(int count) {
        return new School(
                id,
                name,
                cluster,
                esa,
                network,
                province,
                district,
                subdistrict,
                areaType,
                remote,
                kind,
                pupils,
                specialNeeds,
                poor,
                previousAllocation,
                indicators,
                OptionalInt.of(count));
    }

    /** A primary school in a subdistrict area with no pupils, to be completed with {@code with...}. */
    public static School of(String id, String name) {
        return new School(
                id,
                name,
                "",
                "",
                "",
                "",
                "",
                "",
                AreaType.SUBDISTRICT,
                false,
                SchoolKind.PRIMARY,
                Enrolment.NONE,
                0,
                0,
                OptionalLong.empty(),
                Map.of());
    }

    /** All pupils, every level. */
    public long totalPupils() {
        return pupils.total();
    }

    /** The same school in another place of the hierarchy. */
    public School withHierarchy(String cluster, String esa, String network) {
        return new School(
                id,
                name,
                cluster,
                esa,
                network,
                province,
                district,
                subdistrict,
                areaType,
                remote,
                kind,
                pupils,
                specialNeeds,
                poor,
                previousAllocation,
                indicators,
                previousPupils);
    }

    /** The same school with another geography. */
    public School withGeography(String province, String district, String subdistrict) {
        return new School(
                id,
                name,
                cluster,
                esa,
                network,
                province,
                district,
                subdistrict,
                areaType,
                remote,
                kind,
                pupils,
                specialNeeds,
                poor,
                previousAllocation,
                indicators,
                previousPupils);
    }

    /** The same school with another context: area type, remote flag and kind. */
    public School withContext(AreaType areaType, boolean remote, SchoolKind kind) {
        return new School(
                id,
                name,
                cluster,
                esa,
                network,
                province,
                district,
                subdistrict,
                areaType,
                remote,
                kind,
                pupils,
                specialNeeds,
                poor,
                previousAllocation,
                indicators,
                previousPupils);
    }

    /** The same school with other pupil counts. */
    public School withPupils(Enrolment pupils, int specialNeeds, int poor) {
        return new School(
                id,
                name,
                cluster,
                esa,
                network,
                province,
                district,
                subdistrict,
                areaType,
                remote,
                kind,
                pupils,
                specialNeeds,
                poor,
                previousAllocation,
                indicators,
                previousPupils);
    }

    /** The same school with last year's allocation, in satang. */
    public School withPreviousAllocation(long satang) {
        return withPreviousAllocation(OptionalLong.of(satang));
    }

    /** The same school with last year's allocation in satang, or none (a new school). */
    public School withPreviousAllocation(OptionalLong satang) {
        return new School(
                id,
                name,
                cluster,
                esa,
                network,
                province,
                district,
                subdistrict,
                areaType,
                remote,
                kind,
                pupils,
                specialNeeds,
                poor,
                satang,
                indicators,
                previousPupils);
    }

    /** The same school with these indicator values. */
    public School withIndicators(Map<String, Double> indicators) {
        return new School(
                id,
                name,
                cluster,
                esa,
                network,
                province,
                district,
                subdistrict,
                areaType,
                remote,
                kind,
                pupils,
                specialNeeds,
                poor,
                previousAllocation,
                indicators,
                previousPupils);
    }
}

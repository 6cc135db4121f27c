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
package th.allocation.scenario;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import th.allocation.Suggestions;
import th.allocation.model.Limits;
import th.allocation.rule.Component;
import th.allocation.rule.LevelAmounts;
import th.allocation.rule.Rule;

/**
 * Protections of each school's allocation, on top of {@link Floors} and {@link Caps}
 * ({@code protections:} in a scenario; docs/model.md, Protections): a minimum per pupil by phase, a
 * minimum per school, and a per-pupil funding guarantee and gains cap against last year's per-pupil
 * amount. They bound the <em>protected part</em> of the allocation: the allocation without the
 * {@code excluded} components, which are paid on top (England's NFF leaves the lump sum and
 * sparsity out of its minimum funding guarantee). With nothing excluded the protected part is the
 * whole allocation.
 *
 * <p>Last year's protected per-pupil amount is {@code max(previous_allocation - this year's stated
 * amounts of the excluded components, 0) / previous_pupils}: the school file carries last year's
 * total only, so this year's excluded amounts stand in for last year's. A school without {@code
 * previous_pupils} is taken to have had this year's pupils; a school without a previous allocation
 * has no guarantee and no gains cap.
 *
 * @param minPerPupilByLevel baht per pupil of each level no school's protected part may fall below
 *     (England's minimum per-pupil levels); {@code null} for none
 * @param minPerSchool baht no school with pupils may fall below (California's minimum per school);
 *     {@code null} for none
 * @param fundingGuarantee percent: the protected per-pupil amount is at least last year's times
 *     {@code 1 + g/100} ({@code g} may be negative, e.g. -0.5); {@code null} for none
 * @param gainsCap percent: the protected per-pupil amount is at most last year's times {@code 1 +
 *     c/100}; {@code null} for none
 * @param excluded names of the rule's components left out of the protected part ({@code type:
 *     components} only); empty for none
 */
public record Protections(
        LevelAmounts minPerPupilByLevel,
        BigDecimal minPerSchool,
        BigDecimal fundingGuarantee,
        BigDecimal gainsCap,
        List<String> excluded) {

    /** No protections. */
    public static final Protections NONE = new Protections(null, null, null, null, List.of());

    /** Validates the amounts and percentages and copies the list of excluded components. */
    public Protections {
        if (minPerSchool != null) {
            Limits.requireAmount(minPerSchool, "min_per_school", Limits.MAX_PER_SCHOOL_BAHT, " per school");
        }
        for (BigDecimal percent : new BigDecimal[] {fundingGuarantee, gainsCap}) {
            String name = percent == fundingGuarantee ? "funding_guarantee" : "gains_cap";
            if (percent != null) {
                Limits.requirePercent(percent, name);
                if (percent.compareTo(BigDecimal.valueOf(-100)) < 0) {
                    throw new IllegalArgumentException("'" + name + "' must be at least -100 (" + Limits.show(percent)
                            + "): it is the change in per-pupil funding from last year, in percent, e.g. -0.5.");
                }
            }
        }
        excluded = excluded == null ? List.of() : List.copyOf(excluded);
        Set<String> seen = new HashSet<>();
        for (String name : excluded) {
            Objects.requireNonNull(name, "excluded component");
            if (!seen.add(name)) {
                throw new IllegalArgumentException("'protections.excluded' names '" + name + "' twice.");
            }
        }
    }

    /** The protections of {@code scenario}: {@link #NONE} if it has none. */
    public static Protections of(Scenario scenario) {
        return scenario.protections() == null ? NONE : scenario.protections();
    }

    /** Whether a protection compares with last year's allocation (the guarantee or the gains cap). */
    public boolean needsPrevious() {
        return fundingGuarantee != null || gainsCap != null;
    }

    /** Whether there is no protection at all. */
    public boolean none() {
        return minPerPupilByLevel == null
                && minPerSchool == null
                && fundingGuarantee == null
                && gainsCap == null
                && excluded.isEmpty();
    }

    /**
     * Checks that every excluded name is one of {@code rule}'s components, and that only a composed
     * rule excludes any.
     *
     * @throws IllegalArgumentException naming the first excluded component that is not one, with the
     *     closest name
     */
    public void checkExcluded(Rule rule) {
        if (excluded.isEmpty()) {
            return;
        }
        if (!"components".equals(rule.type())) {
            throw new IllegalArgumentException("'protections.excluded' leaves named components out of the protected"
                    + " part, so it needs a rule of type: components (this rule is type: " + rule.type() + ").");
        }
        List<String> names = rule.components().stream().map(Component::key).toList();
        for (int k = 0; k < excluded.size(); k++) {
            String name = excluded.get(k);
            if (!names.contains(name)) {
                Optional<String> closest = Suggestions.closest(name, names);
                throw new IllegalArgumentException("'protections.excluded[" + k + "]' names '" + name
                        + "', which is not a component of the rule. "
                        + closest.map(s -> "Did you mean '" + s + "'? ").orElse("")
                        + "Components: " + String.join(", ", names) + ".");
            }
        }
    }
}

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
package th.allocation.explain;

import static th.allocation.explain.ExplainNumbers.count;
import static th.allocation.explain.ExplainNumbers.money;
import static th.allocation.explain.ExplainNumbers.percent;

import java.util.ArrayList;
import java.util.List;
import th.allocation.model.Baht;
import th.allocation.model.Level;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.Bound;
import th.allocation.rule.Needs;
import th.allocation.scenario.Protections;
import th.allocation.scenario.Scenario;
import th.allocation.solve.SchoolBounds;

/**
 * The steps of a school's floor and cap that come from a scenario's protections (docs/model.md,
 * Protections): the protected part, the minimum per pupil by level, the minimum per school, the
 * per-pupil funding guarantee and gains cap. The other floors and caps are {@link CoreSteps}'.
 */
final class ProtectionSteps {
    private final Scenario scenario;
    private final Protections protections;
    private final SchoolTable school;
    private final AllocationResult result;
    private final int row;
    private final SchoolBounds bounds;
    private final long excluded;

    /** @param school the school alone, as a table of one */
    ProtectionSteps(Scenario scenario, SchoolTable school, AllocationResult result, int row) {
        this.scenario = scenario;
        this.protections = Protections.of(scenario);
        this.school = school;
        this.result = result;
        this.row = row;
        Needs needs = scenario.rule().evaluate(school);
        long sum = 0;
        for (int c = 0; c < needs.components().size(); c++) {
            if (protections.excluded().contains(needs.components().get(c).key())) {
                sum += needs.amount(c, 0);
            }
        }
        this.excluded = sum;
        this.bounds = SchoolBounds.of(
                school,
                scenario.floors(),
                scenario.caps(),
                protections,
                protections.excluded().isEmpty() ? null : new long[] {sum},
                scenario.roundingUnitSatang());
    }

    /** Adds the protected part's step and the floor's, if a protection sets it; false if none does. */
    boolean floor(Steps steps) {
        if (!protections.excluded().isEmpty()) {
            long paid = 0;
            List<String> names = new ArrayList<>();
            for (int c = 0; c < result.components().size(); c++) {
                if (protections.excluded().contains(result.components().get(c).key())) {
                    paid += result.component(c, row);
                    names.add(result.components().get(c).key());
                }
            }
            steps.add("protected.part", "excluded", String.join(", ", names), "excluded_amount", money(paid));
        }
        long floor = result.floor(row);
        switch (bounds.floorKind(0)) {
            case MIN_PER_SCHOOL ->
                steps.add(
                        "floor.min_per_school",
                        "floor",
                        money(floor),
                        "min",
                        money(Baht.toSatang(protections.minPerSchool())));
            case FUNDING_GUARANTEE ->
                steps.add(
                        "floor.funding_guarantee",
                        "floor",
                        money(floor),
                        "base",
                        money(base()),
                        "previous_pupils",
                        count(school.previousPupilsOrTotal(0)),
                        "percent",
                        percent(protections.fundingGuarantee()),
                        "pupils",
                        count(school.totalPupils(0)));
            case MIN_PER_PUPIL -> {
                if (protections.minPerPupilByLevel() == null) {
                    return false;
                }
                long byLevel = 0;
                for (Level level : Level.values()) {
                    byLevel += Baht.toSatang(protections.minPerPupilByLevel().of(level)) * school.pupils(level, 0);
                }
                long byPupils = Baht.toSatang(scenario.floors().minPerPupil()) * school.totalPupils(0);
                if (byLevel <= byPupils) {
                    return false;
                }
                steps.add("floor.min_per_pupil_by_level", "floor", money(floor), "by_level", money(byLevel));
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The excluded components as scaled in the school's row, in satang (0 if none are excluded). */
    long excludedScaled() {
        long paid = 0;
        for (int c = 0; c < result.components().size(); c++) {
            if (protections.excluded().contains(result.components().get(c).key())) {
                paid += result.component(c, row);
            }
        }
        return paid;
    }

    /** Adds the cap's step if the gains cap sets it; false if not. */
    boolean cap(Steps steps) {
        if (bounds.capKind(0) != Bound.GAINS_CAP) {
            return false;
        }
        steps.add(
                "cap.gains_cap",
                "cap",
                money(result.cap(row)),
                "base",
                money(base()),
                "previous_pupils",
                count(school.previousPupilsOrTotal(0)),
                "percent",
                percent(protections.gainsCap()),
                "pupils",
                count(school.totalPupils(0)));
        return true;
    }

    /** Last year's protected amount: the previous allocation less this year's stated excluded amounts. */
    private long base() {
        return Math.max(school.previousAllocation(0) - excluded, 0);
    }
}

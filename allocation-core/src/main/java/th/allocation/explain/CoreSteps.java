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

import static th.allocation.explain.ExplainNumbers.amount;
import static th.allocation.explain.ExplainNumbers.count;
import static th.allocation.explain.ExplainNumbers.indicator;
import static th.allocation.explain.ExplainNumbers.money;
import static th.allocation.explain.ExplainNumbers.perPupil;
import static th.allocation.explain.ExplainNumbers.percent;
import static th.allocation.explain.ExplainNumbers.scale;
import static th.allocation.explain.ExplainNumbers.signedMoney;
import static th.allocation.explain.Steps.term;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import th.allocation.model.Baht;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.Bound;
import th.allocation.result.IndicatorColumns;
import th.allocation.result.TargetResult;
import th.allocation.rule.Needs;
import th.allocation.scenario.Floors;
import th.allocation.scenario.Indicator;
import th.allocation.scenario.Scenario;
import th.allocation.solve.SchoolBounds;

/**
 * What one allocation (a formula or target allocation; in a decentralised one, the split of the
 * school's last-level unit) did for a school: its need component by component, the scaling or the
 * targets, the floor and the cap, the rounding and the allocation.
 */
final class CoreSteps {
    private final AllocationResult result;
    private final int row;
    private final String unitName;
    private final Scenario scenario;
    /** The steps of the scenario's protections; null if it has none. */
    private final ProtectionSteps protections;

    private final SchoolTable school;
    private final Needs needs;
    private final int ruleComponents;
    private final boolean targets;
    private final long unit;

    /**
     * @param result the allocation that gave the school its money
     * @param row the school's row in it
     * @param unitName the name of the unit whose envelope it shares, or {@code null} for the budget
     */
    CoreSteps(AllocationResult result, int row, String unitName) {
        this.result = result;
        this.row = row;
        this.unitName = unitName;
        this.scenario = result.scenario();
        this.school = result.schools().rows(new int[] {row});
        this.needs = scenario.rule().evaluate(school);
        this.ruleComponents = needs.components().size();
        this.targets = result.kind() == AllocationResult.Kind.TARGETS;
        this.unit = scenario.roundingUnitSatang();
        this.protections = scenario.protections() == null ? null : new ProtectionSteps(scenario, school, result, row);
    }

    /** The components as stated and as allocated. */
    List<Explanation.Amount> amounts() {
        List<Explanation.Amount> amounts = new ArrayList<>();
        for (int c = 0; c < result.components().size(); c++) {
            long allocated = result.component(c, row);
            amounts.add(new Explanation.Amount(
                    result.components().get(c).key(), c < ruleComponents ? needs.amount(c, 0) : allocated, allocated));
        }
        return amounts;
    }

    long need() {
        return result.need(row);
    }

    double scaleFactor() {
        return targets ? 1.0 : result.scale();
    }

    void write(Steps steps) {
        boolean scaled = !targets && scenario.budget() != null;
        long[] allocated = new long[ruleComponents];
        long scaledNeed = 0;
        for (int c = 0; c < ruleComponents; c++) {
            allocated[c] = result.component(c, row);
            scaledNeed += allocated[c];
        }
        steps.add("h.need");
        new NeedSteps(scenario.rule(), school, needs, scaled ? allocated : null).write(steps);
        if (targets) {
            steps.add("need.targets", "need", money(need()));
        } else {
            steps.add("need", "need", money(need()), "scaled", scaled ? money(scaledNeed) : null);
        }
        steps.add("h.scale");
        scaling(steps, scaledNeed);
        if (targets) {
            targets(steps);
        }
        steps.add("h.bounds");
        floor(steps);
        cap(steps);
        bound(steps, scaledNeed);
        steps.add("h.result");
        steps.add(
                scaled || targets ? "rounding.budget" : "rounding.nearest",
                "unit",
                amount(unit),
                "rounding",
                signedMoney(result.rounding(row)));
        long allocation = result.allocation(row);
        long perPupil = perPupil(allocation, school.totalPupils(0));
        String perPupilText = perPupil < 0 ? null : money(perPupil);
        if (targets) {
            long targeted = 0;
            for (int c = ruleComponents; c < result.components().size() - 1; c++) {
                targeted += result.component(c, row);
            }
            steps.add(
                    "allocation.targets",
                    "allocation",
                    money(allocation),
                    "need",
                    money(need()),
                    "targeted",
                    money(targeted),
                    "top_up",
                    money(topUp()),
                    "rounding",
                    signedMoney(result.rounding(row)),
                    "per_pupil",
                    perPupilText);
        } else {
            steps.add(
                    "allocation",
                    "allocation",
                    money(allocation),
                    "scaled",
                    money(scaledNeed),
                    "adjustment",
                    signedMoney(result.boundAdjustment(row)),
                    "rounding",
                    signedMoney(result.rounding(row)),
                    "per_pupil",
                    perPupilText);
        }
    }

    private void scaling(Steps steps, long scaledNeed) {
        String budget =
                scenario.budget() == null ? null : money(scenario.budgetSatang().getAsLong());
        if (targets) {
            steps.add("scale.targets", "budget", budget);
            return;
        }
        if (budget == null) {
            steps.add("scale.none");
            return;
        }
        long totalNeed = 0;
        for (int i = 0; i < result.schools().size(); i++) {
            totalNeed += result.need(i);
        }
        steps.add(
                unitName == null ? "scale.budget" : "scale.unit",
                "budget",
                budget,
                "unit",
                unitName,
                "scale",
                scale(result.scale()),
                "total_need",
                money(totalNeed),
                "schools",
                count(result.schools().size()),
                "need",
                money(need()),
                "scaled",
                money(scaledNeed));
    }

    private void targets(Steps steps) {
        steps.add("h.targets");
        if (result instanceof TargetResult solved) {
            steps.add(
                    "targets.objective",
                    "objective",
                    term("objective." + lower(scenario.targets().objective().name())),
                    "solver",
                    solved.solver());
        }
        IndicatorColumns columns = (IndicatorColumns) result;
        for (int k = 0; k < columns.indicators().size(); k++) {
            Indicator indicator = columns.indicators().get(k);
            String target = indicator(columns.target(k, row));
            String central = indicator(indicator.target());
            steps.add(
                    "target",
                    "indicator",
                    indicator.name(),
                    "goal",
                    term("goal." + lower(indicator.goal().name())),
                    "direction",
                    term("direction." + lower(indicator.direction().name())),
                    "value",
                    indicator(columns.value(k, row)),
                    "target",
                    target,
                    "central",
                    target.equals(central) ? null : central,
                    "money",
                    money(result.component(ruleComponents + k, row)),
                    "projected",
                    indicator(columns.projected(k, row)),
                    "gap_left",
                    indicator(columns.gapLeft(k, row)));
        }
        steps.add("target.top_up", "top_up", money(topUp()));
    }

    private long topUp() {
        return result.component(result.components().size() - 1, row);
    }

    private void floor(Steps steps) {
        if (protections != null && protections.floor(steps)) {
            return;
        }
        Floors floors = scenario.floors();
        SchoolBounds bounds = SchoolBounds.of(school, floors, scenario.caps(), unit);
        long floor = result.floor(row);
        if (floor > bounds.lower(0) * unit) {
            steps.add("floor.base", "floor", money(floor));
            return;
        }
        long minimum = Baht.toSatang(floors.minPerPupil());
        long pupils = school.totalPupils(0);
        long previous = school.previousAllocation(0);
        boolean holds = floors.percentOfPrevious().signum() > 0 && previous != SchoolTable.NO_PREVIOUS;
        String byPrevious =
                holds ? money(ofPrevious(previous, floors.percentOfPrevious(), RoundingMode.CEILING)) : null;
        String percent = holds ? percent(floors.percentOfPrevious()) : null;
        switch (bounds.floorKind(0)) {
            case MIN_PER_PUPIL ->
                steps.add(
                        "floor.min_per_pupil",
                        "floor",
                        money(floor),
                        "min",
                        amount(minimum),
                        "pupils",
                        count(pupils),
                        "by_pupils",
                        money(minimum * pupils),
                        "percent",
                        percent,
                        "by_previous",
                        byPrevious);
            case HOLD_HARMLESS ->
                steps.add(
                        "floor.hold_harmless",
                        "floor",
                        money(floor),
                        "percent",
                        percent,
                        "previous",
                        money(previous),
                        "by_previous",
                        byPrevious,
                        "min",
                        minimum > 0 ? amount(minimum) : null,
                        "pupils",
                        minimum > 0 ? count(pupils) : null,
                        "by_pupils",
                        minimum > 0 ? money(minimum * pupils) : null);
            default -> steps.add("floor.none");
        }
    }

    private void cap(Steps steps) {
        if (protections != null && protections.cap(steps)) {
            return;
        }
        BigDecimal capPercent = scenario.caps().percentOfPrevious();
        long previous = school.previousAllocation(0);
        if (capPercent == null) {
            steps.add("cap.none");
        } else if (previous == SchoolTable.NO_PREVIOUS) {
            steps.add("cap.no_previous");
        } else {
            long byPrevious = ofPrevious(previous, capPercent, RoundingMode.FLOOR);
            long cap = result.cap(row);
            boolean floorWins = cap > Math.floorDiv(byPrevious, unit) * unit;
            steps.add(
                    floorWins ? "cap.floor_wins" : "cap",
                    "cap",
                    money(cap),
                    "percent",
                    percent(capPercent),
                    "previous",
                    money(previous),
                    "by_previous",
                    floorWins ? money(byPrevious) : null);
        }
    }

    private void bound(Steps steps, long allScaled) {
        // With components excluded by the protections, the floor or cap bounds the rest.
        long scaledNeed = protections == null ? allScaled : allScaled - protections.excludedScaled();
        Bound bound = result.bound(row);
        String adjustment = money(Math.abs(result.boundAdjustment(row)));
        if (bound == Bound.ENVELOPE) {
            steps.add("binds.envelope");
        } else if (targets) {
            switch (bound) {
                case CAP, GAINS_CAP -> steps.add("binds.targets.cap");
                case NONE -> steps.add("binds.targets.none");
                default -> steps.add("binds.targets.floor", "bound", term("bound." + bound.key()));
            }
        } else {
            switch (bound) {
                case CAP, GAINS_CAP ->
                    steps.add(
                            "binds.cap",
                            "scaled",
                            money(scaledNeed),
                            "cap",
                            money(result.cap(row)),
                            "adjustment",
                            adjustment);
                case NONE ->
                    steps.add(
                            result.floor(row) == 0 && result.cap(row) == AllocationResult.NO_CAP
                                    ? "binds.free"
                                    : "binds.none",
                            "scaled",
                            money(scaledNeed));
                default ->
                    steps.add(
                            "binds.floor",
                            "scaled",
                            money(scaledNeed),
                            "floor",
                            money(result.floor(row)),
                            "bound",
                            term("bound." + bound.key()),
                            "adjustment",
                            adjustment);
            }
        }
    }

    /** {@code percent}% of {@code previous} satang, rounded to the satang as {@code mode} says. */
    private static long ofPrevious(long previous, BigDecimal percent, RoundingMode mode) {
        return BigDecimal.valueOf(previous)
                .multiply(percent)
                .movePointLeft(2)
                .setScale(0, mode)
                .longValueExact();
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}

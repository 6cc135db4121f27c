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

import static th.allocation.explain.ExplainNumbers.changePercent;
import static th.allocation.explain.ExplainNumbers.count;
import static th.allocation.explain.ExplainNumbers.money;
import static th.allocation.explain.ExplainNumbers.perPupil;
import static th.allocation.explain.ExplainNumbers.scale;
import static th.allocation.explain.ExplainNumbers.signedMoney;
import static th.allocation.explain.Steps.term;

import java.util.List;
import th.allocation.model.Level;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.DecentralisedResult;
import th.allocation.result.Unit;
import th.allocation.scenario.Scenario;

/**
 * Writes an explanation: who the school is, the units above it (decentralised), then what the
 * allocation that gave it its money did ({@link CoreSteps}), and how it compares with last year and
 * with the one-step allocation.
 */
final class Explainer {
    private Explainer() {}

    static Explanation explain(AllocationResult result, int i) {
        SchoolTable schools = result.schools();
        Steps steps = new Steps();
        identity(steps, result, i);
        AllocationResult split = result;
        int local = i;
        String unitName = null;
        if (result instanceof DecentralisedResult decentralised) {
            split = decentralised.splitOf(i);
            local = split.schools().indexOf(schools.id(i));
            unitName = units(steps, decentralised, i);
        }
        CoreSteps core = new CoreSteps(split, local, unitName);
        core.write(steps);
        long allocation = result.allocation(i);
        if (result instanceof DecentralisedResult decentralised) {
            long oneStep = decentralised.oneStep(i);
            steps.add("one_step", "one_step", money(oneStep), "difference", signedMoney(allocation - oneStep));
        }
        long previous = schools.previousAllocation(i);
        if (previous != SchoolTable.NO_PREVIOUS) {
            steps.add(
                    "change",
                    "previous",
                    money(previous),
                    "change",
                    signedMoney(allocation - previous),
                    "percent",
                    previous > 0 ? changePercent(allocation - previous, previous) : null);
        }
        return new Explanation(
                schools.id(i),
                i,
                result.kind(),
                steps.list(),
                core.amounts(),
                core.need(),
                core.scaleFactor(),
                split,
                local);
    }

    private static void identity(Steps steps, AllocationResult result, int i) {
        SchoolTable schools = result.schools();
        steps.add("h.school");
        steps.add("school", "id", schools.id(i), "name", schools.name(i));
        steps.add(
                "place",
                "esa",
                orDash(schools.esa().value(i)),
                "province",
                orDash(schools.province().value(i)),
                "cluster",
                orDash(schools.cluster().value(i)));
        if (!schools.network().value(i).isEmpty()) {
            steps.add("network", "network", schools.network().value(i));
        }
        steps.add(
                "context",
                "area",
                term("area." + schools.areaType(i).key()),
                "remote",
                term("remote." + schools.remote(i)),
                "kind",
                term("kind." + schools.kind(i).key()));
        steps.add(
                "pupils",
                "pupils",
                count(schools.totalPupils(i)),
                "preprimary",
                count(schools.pupils(Level.PREPRIMARY, i)),
                "primary",
                count(schools.pupils(Level.PRIMARY, i)),
                "lower_secondary",
                count(schools.pupils(Level.LOWER_SECONDARY, i)),
                "upper_secondary",
                count(schools.pupils(Level.UPPER_SECONDARY, i)),
                "poor",
                count(schools.poor(i)),
                "special_needs",
                count(schools.specialNeeds(i)));
        long previous = schools.previousAllocation(i);
        if (previous == SchoolTable.NO_PREVIOUS) {
            steps.add("previous.none");
        } else {
            steps.add("previous", "previous", money(previous));
        }
        Scenario scenario = result.scenario();
        steps.add(
                "scenario",
                "name",
                orDash(scenario.name()),
                "rule",
                term(ruleKey(scenario)),
                "year",
                Integer.toString(scenario.fiscalYear()));
    }

    /** Writes the centre and the school's unit at each level; returns the last unit's name. */
    private static String units(Steps steps, DecentralisedResult result, int i) {
        SchoolTable schools = result.schools();
        Unit centre = result.centre();
        steps.add("h.units");
        steps.add("unit.centre", "budget", money(centre.envelope()), "rule", term(ruleKey(centre.rules())));
        Unit unit = centre;
        for (int k = 0; k < result.scenario().levels().size(); k++) {
            String name = switch (result.scenario().levels().get(k).by()) {
                case "cluster" -> schools.cluster().value(i);
                case "esa" -> schools.esa().value(i);
                default -> schools.network().value(i);
            };
            unit = child(unit, name);
            long perPupil = perPupil(unit.envelope(), unit.pupils());
            steps.add(
                    "unit",
                    "level",
                    term("level." + unit.level()),
                    "name",
                    unit.label(),
                    "envelope",
                    money(unit.envelope()),
                    "schools",
                    count(unit.schools()),
                    "pupils",
                    count(unit.pupils()),
                    "per_pupil",
                    perPupil < 0 ? null : money(perPupil),
                    "one_step",
                    money(unit.oneStep()),
                    "difference",
                    signedMoney(unit.envelope() - unit.oneStep()),
                    "rule",
                    term(ruleKey(unit.rules())),
                    "overrides",
                    unit.overrides().isEmpty() ? null : unit.overridesText(),
                    "scale",
                    Double.isFinite(unit.scale()) ? scale(unit.scale()) : null);
        }
        return unit.label();
    }

    private static Unit child(Unit parent, String name) {
        List<Unit> children = parent.children();
        for (Unit child : children) {
            if (child.name().equals(name)) {
                return child;
            }
        }
        throw new IllegalStateException("No unit '" + name + "' below '" + parent.name() + "'.");
    }

    /** The key of a rule's name: {@code rule.weighted}, {@code rule.flat+targets}, ... */
    static String ruleKey(Scenario scenario) {
        return "rule." + scenario.rule().type() + (scenario.targets() != null ? "+targets" : "");
    }

    private static String orDash(String text) {
        return text.isEmpty() ? "–" : text;
    }
}

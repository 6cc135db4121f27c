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
import static th.allocation.explain.ExplainNumbers.money;
import static th.allocation.explain.ExplainNumbers.weight;
import static th.allocation.explain.Steps.term;

import java.math.BigDecimal;
import java.util.List;
import th.allocation.model.Baht;
import th.allocation.model.Level;
import th.allocation.model.SchoolTable;
import th.allocation.rule.Component;
import th.allocation.rule.FlatPerHead;
import th.allocation.rule.LevelAmounts;
import th.allocation.rule.Needs;
import th.allocation.rule.Rule;
import th.allocation.rule.SmallSchoolTaper;
import th.allocation.rule.WeightedFormula;

/**
 * The sentences of a school's need, one per component of the rule: the rule's numbers and the
 * school's counts that give the stated amount ({@code rate × pupils × weights}), and the amount
 * after scaling where a budget scales it.
 */
final class NeedSteps {
    private final Rule rule;
    private final SchoolTable school;
    private final Needs needs;
    private final long[] allocated;

    /**
     * @param rule the rule that stated the need
     * @param school a table of the one school explained
     * @param needs the rule's need for it
     * @param allocated each rule component after scaling, or {@code null} when nothing is scaled
     */
    NeedSteps(Rule rule, SchoolTable school, Needs needs, long[] allocated) {
        this.rule = rule;
        this.school = school;
        this.needs = needs;
        this.allocated = allocated;
    }

    void write(Steps steps) {
        List<Component> components = needs.components();
        for (int c = 0; c < components.size(); c++) {
            component(steps, components.get(c).key(), c);
        }
    }

    private void component(Steps steps, String key, int c) {
        Object name = ExplanationText.has("component." + key) ? term("component." + key) : key;
        String stated = money(needs.amount(c, 0));
        String scaled = allocated == null ? null : money(allocated[c]);
        long pupils = school.totalPupils(0);
        if (rule instanceof th.allocation.rule.ComponentFormula) {
            steps.add("part.other", "name", name, "stated", stated, "scaled", scaled);
            return;
        }
        for (Level level : Level.values()) {
            if (key.equals("base_" + level.key())) {
                steps.add(
                        "part.base",
                        "name",
                        name,
                        "rate",
                        amount(Baht.toSatang(rates().of(level))),
                        "pupils",
                        count(school.pupils(level, 0)),
                        "stated",
                        stated,
                        "scaled",
                        scaled);
                return;
            }
        }
        if (!(rule instanceof WeightedFormula formula)) {
            steps.add("part.other", "name", name, "stated", stated, "scaled", scaled);
            return;
        }
        double areaWeight = formula.weights().areaType().of(school.areaType(0));
        double remoteWeight = school.remote(0) ? formula.weights().remote() : 1.0;
        switch (key) {
            case "area_type_uplift" ->
                steps.add(
                        "part.area_type_uplift",
                        "name",
                        name,
                        "base",
                        money(base()),
                        "area",
                        term("area." + school.areaType(0).key()),
                        "weight",
                        weight(areaWeight),
                        "stated",
                        stated,
                        "scaled",
                        scaled);
            case "remote_uplift" -> {
                if (school.remote(0)) {
                    steps.add(
                            "part.remote_uplift",
                            "name",
                            name,
                            "base",
                            money(base()),
                            "area_weight",
                            weight(areaWeight),
                            "weight",
                            weight(remoteWeight),
                            "stated",
                            stated,
                            "scaled",
                            scaled);
                } else {
                    steps.add("part.remote_uplift.not_remote", "name", name, "stated", stated, "scaled", scaled);
                }
            }
            case "school_kind_uplift" ->
                steps.add(
                        "part.school_kind_uplift",
                        "name",
                        name,
                        "base",
                        money(base()),
                        "area_weight",
                        weight(areaWeight),
                        "remote_weight",
                        weight(remoteWeight),
                        "kind",
                        term("kind." + school.kind(0).key()),
                        "weight",
                        weight(formula.weights().schoolKind().of(school.kind(0))),
                        "stated",
                        stated,
                        "scaled",
                        scaled);
            case "poor_loading" ->
                steps.add(
                        "part.poor_loading",
                        "name",
                        name,
                        "rate",
                        amount(Baht.toSatang(formula.loadings().poor())),
                        "pupils",
                        count(school.poor(0)),
                        "stated",
                        stated,
                        "scaled",
                        scaled);
            case "special_needs_loading" ->
                steps.add(
                        "part.special_needs_loading",
                        "name",
                        name,
                        "rate",
                        amount(Baht.toSatang(formula.loadings().specialNeeds())),
                        "pupils",
                        count(school.specialNeeds(0)),
                        "stated",
                        stated,
                        "scaled",
                        scaled);
            case "lump_sum" -> {
                if (pupils > 0) {
                    steps.add(
                            "part.lump_sum",
                            "name",
                            name,
                            "amount",
                            amount(Baht.toSatang(formula.lumpSum())),
                            "stated",
                            stated,
                            "scaled",
                            scaled);
                } else {
                    steps.add("part.lump_sum.no_pupils", "name", name, "stated", stated, "scaled", scaled);
                }
            }
            case "small_school" -> smallSchool(steps, formula.smallSchool(), name, pupils, stated, scaled);
            default -> steps.add("part.other", "name", name, "stated", stated, "scaled", scaled);
        }
    }

    private static void smallSchool(
            Steps steps, SmallSchoolTaper taper, Object name, long pupils, String stated, String scaled) {
        if (taper.amount().compareTo(BigDecimal.ZERO) == 0) {
            steps.add("part.other", "name", name, "stated", stated, "scaled", scaled);
        } else if (pupils == 0) {
            steps.add("part.small_school.no_pupils", "name", name, "stated", stated, "scaled", scaled);
        } else if (pupils >= taper.zeroFrom()) {
            steps.add(
                    "part.small_school.none",
                    "name",
                    name,
                    "pupils",
                    count(pupils),
                    "zero_from",
                    count(taper.zeroFrom()),
                    "stated",
                    stated,
                    "scaled",
                    scaled);
        } else if (pupils <= taper.fullUpTo()) {
            steps.add(
                    "part.small_school.full",
                    "name",
                    name,
                    "amount",
                    amount(Baht.toSatang(taper.amount())),
                    "pupils",
                    count(pupils),
                    "full_up_to",
                    count(taper.fullUpTo()),
                    "stated",
                    stated,
                    "scaled",
                    scaled);
        } else {
            steps.add(
                    "part.small_school.taper",
                    "name",
                    name,
                    "amount",
                    amount(Baht.toSatang(taper.amount())),
                    "zero_from",
                    count(taper.zeroFrom()),
                    "pupils",
                    count(pupils),
                    "full_up_to",
                    count(taper.fullUpTo()),
                    "stated",
                    stated,
                    "scaled",
                    scaled);
        }
    }

    /** The rates of the base components. */
    private LevelAmounts rates() {
        if (rule instanceof FlatPerHead flat) {
            return flat.rates();
        }
        return ((WeightedFormula) rule).basePerPupil();
    }

    /** The sum of the base components, as stated: what the weights multiply. */
    private long base() {
        long base = 0;
        for (int c = 0; c < needs.components().size(); c++) {
            if (needs.components().get(c).key().startsWith("base_")) {
                base += needs.amount(c, 0);
            }
        }
        return base;
    }
}

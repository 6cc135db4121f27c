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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.Suggestions;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.Bound;

/**
 * Why one school gets what it gets under one allocation: each component as the scenario states it
 * ({@code rate × pupils × weights}) and after scaling, the need, the scale factor and what it did,
 * the floor and the cap and which of them bound, the rounding, the money bought for each indicator
 * target, and in a decentralised allocation the unit the school sits in at each level with that
 * unit's own values. In English or Thai ({@link #text(Locale)}), and as data: the figures, which are
 * the result's own (so they agree with {@code allocations.csv} to the satang), and the
 * {@link #steps()} the text is written from.
 *
 * <pre>{@code
 * Explanation why = Explanation.of(result, "1270010057");
 * why.allocation() == why.scaledNeed() + why.boundAdjustment() + why.rounding()  // to the satang
 * }</pre>
 *
 * <p>Explaining one school costs about as much as evaluating the rule for it and adding up the needs
 * of its split once: microseconds to a few milliseconds at national scale. Immutable.
 */
public final class Explanation {
    /**
     * One component of the school's allocation.
     *
     * @param key the component's column in {@code allocations.csv}, e.g. {@code lump_sum}
     * @param stated the amount as the scenario states it, before scaling, in satang
     * @param allocated the amount allocated (after scaling), in satang: the column's value
     */
    public record Amount(String key, long stated, long allocated) {}

    private final String schoolId;
    private final int row;
    private final AllocationResult.Kind kind;
    private final List<Step> steps;
    private final List<Amount> components;
    private final long need;
    private final double scale;
    private final long floor;
    private final long cap;
    private final Bound bound;
    private final long boundAdjustment;
    private final long rounding;
    private final long allocation;

    Explanation(
            String schoolId,
            int row,
            AllocationResult.Kind kind,
            List<Step> steps,
            List<Amount> components,
            long need,
            double scale,
            AllocationResult split,
            int localRow) {
        this.schoolId = schoolId;
        this.row = row;
        this.kind = kind;
        this.steps = List.copyOf(steps);
        this.components = List.copyOf(components);
        this.need = need;
        this.scale = scale;
        this.floor = split.floor(localRow);
        this.cap = split.cap(localRow);
        this.bound = split.bound(localRow);
        this.boundAdjustment = split.boundAdjustment(localRow);
        this.rounding = split.rounding(localRow);
        this.allocation = split.allocation(localRow);
    }

    /**
     * Explains the allocation of the school {@code schoolId} under {@code result}.
     *
     * @throws InputException if the result has no such school, saying which school is closest (or
     *     which school has that name)
     */
    public static Explanation of(AllocationResult result, String schoolId) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(schoolId, "schoolId");
        SchoolTable schools = result.schools();
        int row = schools.indexOf(schoolId.trim());
        if (row < 0) {
            throw new InputException(unknown(schools, schoolId));
        }
        return of(result, row);
    }

    /** Explains the allocation of the school at row {@code row} of {@code result}'s school table. */
    public static Explanation of(AllocationResult result, int row) {
        Objects.requireNonNull(result, "result");
        Objects.checkIndex(row, result.schools().size());
        return Explainer.explain(result, row);
    }

    /**
     * Every sentence and word of explanations in the language of {@code locale} (Thai for {@code th},
     * English otherwise), by key, for renderers that draw steps themselves, such as a web page.
     */
    public static Map<String, String> texts(Locale locale) {
        return ExplanationText.all(locale);
    }

    /**
     * {@link #texts(Locale)}, with the words of the protections' floors and caps only if {@code
     * protections} (so that a page of scenarios without them keeps its words).
     */
    public static Map<String, String> texts(Locale locale, boolean protections) {
        return ExplanationText.all(locale, protections);
    }

    private static Problem unknown(SchoolTable schools, String id) {
        List<String> ids = new ArrayList<>(schools.size());
        for (int i = 0; i < schools.size(); i++) {
            if (schools.name(i).equals(id.trim())) {
                return new Problem(
                        schools.source(),
                        0,
                        0,
                        "school_id",
                        id,
                        "No school has the id '" + id + "'.",
                        "'" + id + "' is the name of school " + schools.id(i) + "; give its id.");
            }
            ids.add(schools.id(i));
        }
        String advice = Suggestions.closest(id, ids)
                .map(closest -> "Did you mean '" + closest + "'?")
                .orElse(
                        schools.size() == 0
                                ? "The school table is empty."
                                : "School ids are in the school_id column, e.g. '" + schools.id(0) + "'.");
        return new Problem(
                schools.source(),
                0,
                0,
                "school_id",
                id,
                "No school has the id '" + id + "' (" + ExplainNumbers.count(schools.size()) + " schools).",
                advice);
    }

    /** The school's id. */
    public String schoolId() {
        return schoolId;
    }

    /** The school's row in the result's school table. */
    public int row() {
        return row;
    }

    /** The kind of allocation explained. */
    public AllocationResult.Kind kind() {
        return kind;
    }

    /** The sentences, in order; a key starting with {@code h.} is a heading. */
    public List<Step> steps() {
        return steps;
    }

    /**
     * The components of the allocation that explain the school, in column order: the rule's, then for
     * targets one per indicator and the top-up. In a decentralised allocation, those of the rules of the
     * school's last-level unit.
     */
    public List<Amount> components() {
        return components;
    }

    /** The need as the scenario states it (the base entitlement, for targets), in satang. */
    public long need() {
        return need;
    }

    /**
     * The factor the need was multiplied by: the result's, or in a decentralised allocation that of
     * the school's last-level unit; 1 for targets and without a budget.
     */
    public double scale() {
        return scale;
    }

    /** The sum of the components as allocated (after scaling), in satang. */
    public long scaledNeed() {
        long sum = 0;
        for (Amount amount : components) {
            sum += amount.allocated();
        }
        return sum;
    }

    /** The school's floor, in satang; 0 if none. */
    public long floor() {
        return floor;
    }

    /** The school's cap, in satang; {@link AllocationResult#NO_CAP} if none. */
    public long cap() {
        return cap;
    }

    /** The bound that set the allocation, if any. */
    public Bound bound() {
        return bound;
    }

    /** What the floor added or the cap took away, in satang. */
    public long boundAdjustment() {
        return boundAdjustment;
    }

    /** What rounding to the unit added or took away, in satang. */
    public long rounding() {
        return rounding;
    }

    /** The allocation, in satang: {@code scaledNeed() + boundAdjustment() + rounding()}. */
    public long allocation() {
        return allocation;
    }

    /**
     * The explanation as lines of text in the language of {@code locale} (Thai for {@code th}, English
     * otherwise): each heading on a line of its own, each sentence under it indented by two spaces.
     */
    public List<String> lines(Locale locale) {
        List<String> lines = new ArrayList<>(steps.size());
        for (Step step : steps) {
            lines.add(step.heading() ? step.text(locale) : "  " + step.text(locale));
        }
        return lines;
    }

    /** {@link #lines(Locale)} as one text, each line ended by a line feed. */
    public String text(Locale locale) {
        StringBuilder text = new StringBuilder(4096);
        for (String line : lines(locale)) {
            text.append(line).append('\n');
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return text(Locale.ENGLISH);
    }
}

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
package th.allocation.rule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import th.allocation.model.AllocationColumns;
import th.allocation.model.Level;

/**
 * A formula composed of named components ({@code type: components}; docs/formulas.md, Composed
 * formula): each component is an amount per pupil, per pupil by level, per school, a percentage of
 * earlier components or an uplift of them, times multipliers (category factors, tapers, stepped
 * bands), for the schools that meet its conditions (see {@link FormulaComponent}).
 *
 * <pre>need(s) = sum over components c of amount_c(s)</pre>
 *
 * <p>Each component is a column of the output, named as in the scenario. Additive weights (US
 * weighted student funding: base x (1 + sum of weights)) are components that are percentages of the
 * base or per-pupil amounts on a pupil group; multiplicative weights are multipliers; an adjustment
 * that applies to some components only is an {@code uplift_of} those components.
 *
 * <p>Unlike {@link WeightedFormula}, a composed formula makes no promise that more pupils never mean
 * less money: a per-school amount may taper with enrolment faster than the per-pupil amounts grow.
 *
 * @param parts the components, in column order; {@code components} in a scenario file
 */
public record ComponentFormula(List<FormulaComponent> parts) implements Rule {

    /** Output columns a component may not be named after. */
    public static final Set<String> RESERVED = Stream.concat(
                    AllocationColumns.BEFORE_COMPONENTS.stream(), AllocationColumns.AFTER_COMPONENTS.stream())
            .collect(Collectors.toUnmodifiableSet());

    /**
     * Validates that there is a component, that names are distinct and free, and that each component
     * refers only to components before it.
     */
    public ComponentFormula {
        if (parts == null || parts.isEmpty()) {
            throw new IllegalArgumentException("A components rule needs 'components': a list of named components.");
        }
        parts = List.copyOf(parts);
        Set<String> seen = new HashSet<>();
        for (FormulaComponent part : parts) {
            Objects.requireNonNull(part, "component");
            if (RESERVED.contains(part.name()) || part.name().startsWith("target_")) {
                throw new IllegalArgumentException("The component '" + part.name() + "' has the name of another column"
                        + " of allocations.csv; choose another name.");
            }
            for (String reference : part.references()) {
                if (!seen.contains(reference)) {
                    throw new IllegalArgumentException("The component '" + part.name() + "' refers to '" + reference
                            + "', which is not a component before it."
                            + (parts.stream().anyMatch(p -> p.name().equals(reference))
                                    ? " Move it after '" + reference + "'."
                                    : " Components before it: " + String.join(", ", seen) + "."));
                }
            }
            if (!seen.add(part.name())) {
                throw new IllegalArgumentException("Two components are named '" + part.name() + "'.");
            }
        }
    }

    @Override
    public String type() {
        return "components";
    }

    @Override
    public List<Component> components() {
        List<Component> components = new ArrayList<>(parts.size());
        for (FormulaComponent part : parts) {
            components.add(new Component(
                    part.name(), part.description() == null ? "Component " + part.name() + "." : part.description()));
        }
        return List.copyOf(components);
    }

    /** The extra numeric columns of the school file the formula reads (not counted or derived ones). */
    @Override
    public Set<String> columns() {
        Set<String> columns = new TreeSet<>();
        for (FormulaComponent part : parts) {
            if (part.perPupil() != null) {
                columns.add(part.countOrPupils());
            }
            part.multipliers().forEach(m -> columns.add(m.of()));
            part.when().forEach(c -> columns.add(c.of()));
        }
        columns.removeAll(SchoolQuantities.NUMERIC);
        columns.removeAll(SchoolQuantities.CATEGORIES);
        return columns;
    }

    @Override
    public Needs evaluate(th.allocation.model.SchoolTable schools) {
        Objects.requireNonNull(schools, "schools");
        int n = schools.size();
        long[][] amounts = new long[parts.size()][];
        Map<String, Integer> index = new HashMap<>();
        Map<String, double[]> numeric = new HashMap<>();
        Map<String, SchoolQuantities.Coded> categories = new HashMap<>();
        for (int c = 0; c < parts.size(); c++) {
            FormulaComponent part = parts.get(c);
            double[] multiplier = multipliers(part, schools, numeric, categories);
            boolean[] eligible = eligible(part, schools, numeric, categories);
            long[] column = new long[n];
            switch (part.form()) {
                case PER_PUPIL -> {
                    double rate = Money.requirePerPupil(part.perPupil(), part.name());
                    double[] count = quantity(part.countOrPupils(), schools, numeric, part.name());
                    for (int i = 0; i < n; i++) {
                        column[i] =
                                ok(eligible, i) ? Needs.satang(rate * count[i] * factor(multiplier, i), schools, i) : 0;
                    }
                }
                case PER_PUPIL_BY_LEVEL -> {
                    long[] rates = new long[Level.values().length];
                    for (Level level : Level.values()) {
                        rates[level.ordinal()] =
                                Money.requirePerPupil(part.perPupilByLevel().of(level), level.key());
                    }
                    Level[] levels = Level.values();
                    for (int i = 0; i < n; i++) {
                        long sum = 0;
                        for (Level level : levels) {
                            sum += rates[level.ordinal()] * schools.pupils(level, i);
                        }
                        column[i] = ok(eligible, i) ? Needs.satang(sum * factor(multiplier, i), schools, i) : 0;
                    }
                }
                case PER_SCHOOL -> {
                    double amount = Money.requirePerSchool(part.perSchool(), part.name());
                    for (int i = 0; i < n; i++) {
                        column[i] = ok(eligible, i) ? Needs.satang(amount * factor(multiplier, i), schools, i) : 0;
                    }
                }
                case PERCENT_OF, UPLIFT_OF -> {
                    boolean percent = part.form() == FormulaComponent.Form.PERCENT_OF;
                    double share = percent ? part.percent().doubleValue() / 100 : 0;
                    int[] references = new int[part.references().size()];
                    for (int r = 0; r < references.length; r++) {
                        references[r] = index.get(part.references().get(r));
                    }
                    for (int i = 0; i < n; i++) {
                        if (!ok(eligible, i)) {
                            continue;
                        }
                        long sum = 0;
                        for (int reference : references) {
                            sum += amounts[reference][i];
                        }
                        double value =
                                percent ? sum * share * factor(multiplier, i) : sum * (factor(multiplier, i) - 1);
                        column[i] = Needs.satang(value, schools, i);
                    }
                }
            }
            amounts[c] = column;
            index.put(part.name(), c);
        }
        return new Needs(components(), amounts, schools);
    }

    /** The product of the multipliers of school {@code i}: 1 where there are none ({@code null}). */
    private static double factor(double[] multiplier, int i) {
        return multiplier == null ? 1.0 : multiplier[i];
    }

    /** Whether school {@code i} meets the conditions: yes where there are none ({@code null}). */
    private static boolean ok(boolean[] eligible, int i) {
        return eligible == null || eligible[i];
    }

    /** Whether each school meets every condition of {@code part}, or {@code null} if it has none. */
    private static boolean[] eligible(
            FormulaComponent part,
            th.allocation.model.SchoolTable schools,
            Map<String, double[]> numeric,
            Map<String, SchoolQuantities.Coded> categories) {
        if (part.when().isEmpty()) {
            return null;
        }
        boolean[] eligible = new boolean[schools.size()];
        java.util.Arrays.fill(eligible, true);
        for (Condition condition : part.when()) {
            if (SchoolQuantities.isCategory(condition.of())) {
                SchoolQuantities.Coded coded =
                        categories.computeIfAbsent(condition.of(), name -> SchoolQuantities.category(name, schools));
                boolean[] holds = new boolean[coded.labels().length];
                for (int c = 0; c < holds.length; c++) {
                    holds[c] = condition.holds(coded.labels()[c]);
                }
                int[] codes = coded.codes();
                for (int i = 0; i < eligible.length; i++) {
                    eligible[i] &= holds[codes[i]];
                }
            } else {
                double[] values = quantity(condition.of(), schools, numeric, part.name());
                for (int i = 0; i < eligible.length; i++) {
                    eligible[i] &= condition.holds(values[i]);
                }
            }
        }
        return eligible;
    }

    /** The product of the multipliers of {@code part} for each school, or {@code null} if it has none. */
    private static double[] multipliers(
            FormulaComponent part,
            th.allocation.model.SchoolTable schools,
            Map<String, double[]> numeric,
            Map<String, SchoolQuantities.Coded> categories) {
        if (part.multipliers().isEmpty()) {
            return null;
        }
        double[] factor = new double[schools.size()];
        java.util.Arrays.fill(factor, 1.0);
        for (Multiplier multiplier : part.multipliers()) {
            if (multiplier.values() != null) {
                SchoolQuantities.Coded coded =
                        categories.computeIfAbsent(multiplier.of(), name -> SchoolQuantities.category(name, schools));
                double[] byCode = new double[coded.labels().length];
                for (int c = 0; c < byCode.length; c++) {
                    byCode[c] = multiplier.factorOf(coded.labels()[c]);
                }
                int[] codes = coded.codes();
                for (int i = 0; i < factor.length; i++) {
                    factor[i] *= byCode[codes[i]];
                }
            } else {
                double[] values = quantity(multiplier.of(), schools, numeric, part.name());
                double[] xs = multiplier.xs();
                double[] ys = multiplier.ys();
                boolean linear = multiplier.taper() != null;
                for (int i = 0; i < factor.length; i++) {
                    factor[i] *= Multiplier.at(xs, ys, linear, values[i]);
                }
            }
        }
        return factor;
    }

    private static double[] quantity(
            String name, th.allocation.model.SchoolTable schools, Map<String, double[]> numeric, String component) {
        double[] values = numeric.get(name);
        if (values == null) {
            values = SchoolQuantities.numeric(name, schools, component);
            numeric.put(name, values);
        }
        return values;
    }
}

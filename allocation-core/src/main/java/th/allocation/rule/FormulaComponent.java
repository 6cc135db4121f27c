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

import java.math.BigDecimal;
import java.util.List;
import th.allocation.model.Limits;

/**
 * One named component of a {@link ComponentFormula}: an amount in exactly one of five forms, times
 * its multipliers, for the schools that meet its conditions.
 *
 * <pre>
 * per_pupil (+ count)   rate x count(s)                       count: pupils (default) or any numeric quantity
 * per_pupil_by_level    sum over levels l of rate(l) x pupils(s, l)
 * per_school            amount
 * percent_of            percent / 100 x sum of the named earlier components of s
 * uplift_of             sum of the named earlier components of s x (product of multipliers - 1)
 *
 * amount(s) = form(s) x product of multipliers(s)     (uplift_of: the multipliers are inside the form)
 *           = 0 if s fails a condition in 'when'
 * </pre>
 *
 * <p>The amount is rounded to the satang, halves up. Every factor is at least 0, so no component is
 * negative; an uplift's factors must be at least 1.
 *
 * @param name the column name in allocations.csv (lower-case letters, digits, {@code _})
 * @param description what the component pays for, for readers (optional)
 * @param perPupil baht per unit of {@code count}
 * @param count the numeric quantity {@code per_pupil} is paid on (default {@code pupils})
 * @param perPupilByLevel baht per pupil of each level
 * @param perSchool baht per school
 * @param percentOf earlier components this one is a percentage of
 * @param percent the percentage of {@code percent_of}
 * @param upliftOf earlier components this one uplifts by its multipliers
 * @param multipliers factors the amount is multiplied by
 * @param when conditions a school must meet to receive the component
 */
public record FormulaComponent(
        String name,
        String description,
        BigDecimal perPupil,
        String count,
        LevelAmounts perPupilByLevel,
        BigDecimal perSchool,
        List<String> percentOf,
        BigDecimal percent,
        List<String> upliftOf,
        List<Multiplier> multipliers,
        List<Condition> when) {

    /** The form of a component's amount. */
    public enum Form {
        /** {@code per_pupil}, on a count. */
        PER_PUPIL,
        /** {@code per_pupil_by_level}. */
        PER_PUPIL_BY_LEVEL,
        /** {@code per_school}. */
        PER_SCHOOL,
        /** {@code percent_of}. */
        PERCENT_OF,
        /** {@code uplift_of}. */
        UPLIFT_OF
    }

    /** Validates the name, that exactly one form is given, and its numbers. */
    public FormulaComponent {
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("A component needs a 'name' of lower-case letters, digits and '_',"
                    + " starting with a letter (" + name + ").");
        }
        int forms = (perPupil != null ? 1 : 0)
                + (perPupilByLevel != null ? 1 : 0)
                + (perSchool != null ? 1 : 0)
                + (percentOf != null ? 1 : 0)
                + (upliftOf != null ? 1 : 0);
        if (forms != 1) {
            throw new IllegalArgumentException("The component '" + name + "' needs exactly one of 'per_pupil',"
                    + " 'per_pupil_by_level', 'per_school', 'percent_of' or 'uplift_of' (" + forms + " given).");
        }
        if (count != null && perPupil == null) {
            throw new IllegalArgumentException(
                    "The component '" + name + "' has a 'count' but no 'per_pupil' amount to pay on it.");
        }
        if (count != null && SchoolQuantities.isCategory(count)) {
            throw new IllegalArgumentException("The component '" + name + "' counts '" + count
                    + "', a category column; count a number such as pupils_poor.");
        }
        if ((percent != null) != (percentOf != null)) {
            throw new IllegalArgumentException(
                    "The component '" + name + "' needs 'percent' and 'percent_of'" + " together.");
        }
        if (perPupil != null) {
            Money.requirePerPupil(perPupil, name + ".per_pupil");
        }
        if (perSchool != null) {
            Money.requirePerSchool(perSchool, name + ".per_school");
        }
        if (percent != null && (percent.signum() < 0 || percent.compareTo(Limits.MAX_PERCENT) > 0)) {
            throw new IllegalArgumentException("The component '" + name + "' has 'percent' " + percent.toPlainString()
                    + "; it must be from 0 to " + Limits.MAX_PERCENT.toPlainString() + ".");
        }
        percentOf = percentOf == null ? null : nonEmpty(percentOf, name, "percent_of");
        upliftOf = upliftOf == null ? null : nonEmpty(upliftOf, name, "uplift_of");
        multipliers = multipliers == null ? List.of() : List.copyOf(multipliers);
        when = when == null ? List.of() : List.copyOf(when);
        if (upliftOf != null) {
            if (multipliers.isEmpty()) {
                throw new IllegalArgumentException(
                        "The uplift '" + name + "' needs 'multipliers': the factors it uplifts by.");
            }
            for (Multiplier multiplier : multipliers) {
                if (multiplier.smallest() < 1) {
                    throw new IllegalArgumentException("The uplift '" + name + "' has a factor of '" + multiplier.of()
                            + "' below 1 (" + multiplier.smallest() + "), which would make it negative. Maybe"
                            + " multiply the components themselves instead.");
                }
            }
        }
    }

    /** The form of the amount. */
    public Form form() {
        if (perPupil != null) {
            return Form.PER_PUPIL;
        }
        if (perPupilByLevel != null) {
            return Form.PER_PUPIL_BY_LEVEL;
        }
        if (perSchool != null) {
            return Form.PER_SCHOOL;
        }
        return percentOf != null ? Form.PERCENT_OF : Form.UPLIFT_OF;
    }

    /** The quantity {@code per_pupil} is paid on: {@code count}, or {@code pupils}. */
    public String countOrPupils() {
        return count == null ? "pupils" : count;
    }

    /** The earlier components this one is computed from ({@code percent_of} or {@code uplift_of}), or none. */
    public List<String> references() {
        return percentOf != null ? percentOf : upliftOf != null ? upliftOf : List.of();
    }

    private static List<String> nonEmpty(List<String> names, String name, String key) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException(
                    "The component '" + name + "' needs at least one name in '" + key + "'.");
        }
        return List.copyOf(names);
    }
}

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

import java.util.List;

/**
 * An eligibility condition of a component of a {@link ComponentFormula}: a school that fails it gets
 * nothing from the component. On a numeric quantity, {@code at_least} and {@code below} bound it
 * ({@code at_least <= x < below}, either left out); on a category column, {@code in} lists the values
 * that qualify.
 *
 * @param of the school quantity or category column read
 * @param atLeast the smallest qualifying value, or {@code null}
 * @param below the first value that no longer qualifies, or {@code null}
 * @param in the qualifying values of a category column, or {@code null}
 */
public record Condition(String of, Double atLeast, Double below, List<String> in) {

    /** Validates that the condition reads one quantity in the form its kind allows. */
    public Condition {
        if (of == null || of.isBlank()) {
            throw new IllegalArgumentException("A condition needs 'of': the school quantity it tests.");
        }
        if (SchoolQuantities.isCategory(of)) {
            if (in == null || in.isEmpty() || atLeast != null || below != null) {
                throw new IllegalArgumentException("A condition on the category '" + of + "' lists the qualifying"
                        + " values in 'in' (and has no 'at_least' or 'below').");
            }
            in = List.copyOf(in);
        } else {
            if (in != null || (atLeast == null && below == null)) {
                throw new IllegalArgumentException(
                        "A condition on the number '" + of + "' needs 'at_least', 'below'" + " or both (and no 'in').");
            }
            if ((atLeast != null && !Double.isFinite(atLeast)) || (below != null && !Double.isFinite(below))) {
                throw new IllegalArgumentException("The bounds of a condition on '" + of + "' must be finite.");
            }
            if (atLeast != null && below != null && !(atLeast < below)) {
                throw new IllegalArgumentException(
                        "A condition on '" + of + "' needs at_least < below (" + atLeast + ", " + below + ").");
            }
        }
    }

    /** Whether a school whose quantity is {@code x} qualifies. */
    public boolean holds(double x) {
        return (atLeast == null || x >= atLeast) && (below == null || x < below);
    }

    /** Whether a school whose category value is {@code value} qualifies. */
    public boolean holds(String value) {
        return in.contains(value);
    }
}

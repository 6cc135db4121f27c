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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import th.allocation.Suggestions;
import th.allocation.model.AreaType;
import th.allocation.model.Limits;
import th.allocation.model.SchoolKind;

/**
 * A factor a component of a {@link ComponentFormula} is multiplied by, read from one school
 * quantity {@code of}, in exactly one of three forms:
 *
 * <ul>
 *   <li>{@code values}: a factor per value of a category column ({@code area_type}, {@code
 *       school_kind}, {@code remote}, {@code cluster}, ...); a value left out has factor 1;
 *   <li>{@code taper}: a piecewise-linear function of a numeric quantity through points {@code [x,
 *       y]} with strictly increasing {@code x}, constant beyond the first and the last point;
 *   <li>{@code steps}: a step function of a numeric quantity: {@code y_k} for {@code x_k <= x <
 *       x_(k+1)}, the first value below the first point, the last from the last point on (stepped
 *       bands).
 * </ul>
 *
 * <p>Every factor is finite, at least 0 and at most {@link Limits#MAX_WEIGHT}.
 *
 * @param of the school quantity read (docs/model.md, Derived school quantities)
 * @param values factors by category value
 * @param taper points of a piecewise-linear function
 * @param steps points of a step function
 */
public record Multiplier(String of, Map<String, Double> values, List<List<Double>> taper, List<List<Double>> steps) {

    /** Validates the form and its numbers. */
    public Multiplier {
        if (of == null || of.isBlank()) {
            throw new IllegalArgumentException("A multiplier needs 'of': the school quantity it reads.");
        }
        int forms = (values != null ? 1 : 0) + (taper != null ? 1 : 0) + (steps != null ? 1 : 0);
        if (forms != 1) {
            throw new IllegalArgumentException("A multiplier of '" + of + "' needs exactly one of 'values', 'taper' or"
                    + " 'steps' (" + forms + " given).");
        }
        if (values != null) {
            if (!SchoolQuantities.isCategory(of)) {
                throw new IllegalArgumentException("'values' multiply by a category column; '" + of + "' is not one."
                        + " Maybe use 'taper' or 'steps' for a number, or 'of' one of "
                        + String.join(", ", SchoolQuantities.CATEGORIES) + ".");
            }
            values = new TreeMap<>(values);
            List<String> known = knownValues(of);
            for (Map.Entry<String, Double> entry : values.entrySet()) {
                if (!known.isEmpty() && !known.contains(entry.getKey())) {
                    throw new IllegalArgumentException("Unknown value '" + entry.getKey() + "' of '" + of + "'. "
                            + Suggestions.advice(entry.getKey(), known));
                }
                factor(entry.getValue(), of + "." + entry.getKey());
            }
            values = java.util.Collections.unmodifiableMap(values);
        } else {
            if (SchoolQuantities.isCategory(of)) {
                throw new IllegalArgumentException("'" + of + "' is a category column: multiply by it with 'values'.");
            }
            taper = taper == null ? null : points(taper, of, "taper", 2);
            steps = steps == null ? null : points(steps, of, "steps", 1);
        }
    }

    /** The factor for a school whose quantity is {@code x} (for a taper or steps). */
    public double at(double x) {
        return at(xs(), ys(), taper != null, x);
    }

    /** The x of each point of the taper or steps. */
    double[] xs() {
        List<List<Double>> points = taper != null ? taper : steps;
        double[] xs = new double[points.size()];
        for (int k = 0; k < xs.length; k++) {
            xs[k] = points.get(k).get(0);
        }
        return xs;
    }

    /** The factor of each point of the taper or steps. */
    double[] ys() {
        List<List<Double>> points = taper != null ? taper : steps;
        double[] ys = new double[points.size()];
        for (int k = 0; k < ys.length; k++) {
            ys[k] = points.get(k).get(1);
        }
        return ys;
    }

    /**
     * The value at {@code x} of the function through points {@code (xs[k], ys[k])}, constant beyond
     * the ends: linear between points if {@code linear}, else a step function.
     */
    static double at(double[] xs, double[] ys, boolean linear, double x) {
        int last = xs.length - 1;
        if (x <= xs[0]) {
            return ys[0];
        }
        if (x >= xs[last]) {
            return ys[last];
        }
        int k = 0;
        while (xs[k + 1] <= x) {
            k++;
        }
        if (!linear) {
            return ys[k];
        }
        return ys[k] + (ys[k + 1] - ys[k]) * (x - xs[k]) / (xs[k + 1] - xs[k]);
    }

    /** The factor for category value {@code value}: its factor, or 1 if left out. */
    public double factorOf(String value) {
        Double factor = values.get(value);
        return factor == null ? 1.0 : factor;
    }

    /** The smallest factor the multiplier can give. */
    public double smallest() {
        double smallest = values != null ? 1.0 : Double.MAX_VALUE;
        if (values != null) {
            for (double factor : values.values()) {
                smallest = Math.min(smallest, factor);
            }
            return smallest;
        }
        for (List<Double> point : taper != null ? taper : steps) {
            smallest = Math.min(smallest, point.get(1));
        }
        return smallest;
    }

    private static List<String> knownValues(String of) {
        List<String> known = new ArrayList<>();
        switch (of) {
            case "area_type" -> {
                for (AreaType type : AreaType.values()) {
                    known.add(type.key());
                }
            }
            case "school_kind" -> {
                for (SchoolKind kind : SchoolKind.values()) {
                    known.add(kind.key());
                }
            }
            case "remote" -> known.addAll(List.of("false", "true"));
            default -> {
                // free-text categories (cluster, esa, ...): any value
            }
        }
        return known;
    }

    private static double factor(Double factor, String name) {
        if (factor == null || !(factor >= 0) || factor > Limits.MAX_WEIGHT) {
            throw new IllegalArgumentException("The factor '" + name + "' must be a number from 0 to "
                    + (long) Limits.MAX_WEIGHT + " (" + factor + ").");
        }
        return factor;
    }

    private static List<List<Double>> points(List<List<Double>> points, String of, String form, int min) {
        if (points.size() < min) {
            throw new IllegalArgumentException("A " + form + " of '" + of + "' needs at least " + min + " point"
                    + (min > 1 ? "s" : "") + " [x, factor].");
        }
        List<List<Double>> copy = new ArrayList<>();
        double previous = Double.NEGATIVE_INFINITY;
        for (List<Double> point : points) {
            if (point == null || point.size() != 2 || point.get(0) == null || !Double.isFinite(point.get(0))) {
                throw new IllegalArgumentException("Each point of the " + form + " of '" + of
                        + "' is a pair [x, factor]" + " of finite numbers (" + point + ").");
            }
            if (!(point.get(0) > previous)) {
                throw new IllegalArgumentException("The points of the " + form + " of '" + of + "' need strictly"
                        + " increasing x (" + point.get(0) + " after " + previous + ").");
            }
            previous = point.get(0);
            copy.add(List.of(point.get(0), factor(point.get(1), of + " " + form + " at " + point.get(0))));
        }
        return List.copyOf(copy);
    }
}

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
package th.allocation.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.model.Limits;

/**
 * One parameter of a grid sweep and its values {@code from, from + step, ...} up to {@code to}
 * (included when it falls on a step), in exact decimal arithmetic: {@code 1.0:2.0:0.1} gives eleven
 * values, 1.0 to 2.0, with no floating-point drift.
 *
 * @param path the parameter's key path, e.g. {@code rule.weights.remote}
 * @param from the first value
 * @param to the last value, at least {@code from}
 * @param step the step, positive
 */
public record Axis(String path, BigDecimal from, BigDecimal to, BigDecimal step) {
    /** Checks the range: {@code from <= to}, {@code step > 0}, at most {@link Sweep#MAX_VARIANTS} values. */
    public Axis {
        Objects.requireNonNull(path, "path");
        String spec = path + "=" + show(from) + ":" + show(to) + ":" + show(step);
        Ranges.requireInRange(spec, from, "FROM");
        Ranges.requireInRange(spec, to, "TO");
        Ranges.requireInRange(spec, step, "STEP");
        if (step.signum() <= 0) {
            throw problem(spec, "The step must be positive (" + step.toPlainString() + ").");
        }
        if (from.compareTo(to) > 0) {
            throw problem(spec, "FROM (" + from.toPlainString() + ") is greater than TO (" + to.toPlainString() + ").");
        }
        if (to.subtract(from).divideToIntegralValue(step).compareTo(BigDecimal.valueOf(Sweep.MAX_VARIANTS)) >= 0) {
            throw problem(spec, "This gives more than " + Sweep.MAX_VARIANTS + " values.");
        }
    }

    /**
     * Reads {@code PATH=FROM:TO:STEP}, e.g. {@code rule.weights.remote=1.0:2.0:0.1}.
     *
     * @throws InputException if the text is not of that form or the range is invalid
     */
    public static Axis parse(String spec) {
        String[] parts = Ranges.split(spec, 3, "PATH=FROM:TO:STEP, e.g. rule.weights.remote=1.0:2.0:0.1");
        return new Axis(
                parts[0],
                Ranges.number(spec, parts[1], "FROM"),
                Ranges.number(spec, parts[2], "TO"),
                Ranges.number(spec, parts[3], "STEP"));
    }

    /** The values, ascending. */
    public List<BigDecimal> values() {
        List<BigDecimal> values = new ArrayList<>();
        for (BigDecimal value = from; value.compareTo(to) <= 0; value = value.add(step)) {
            values.add(value);
        }
        return List.copyOf(values);
    }

    /** The number of values. */
    public int size() {
        return to.subtract(from).divideToIntegralValue(step).intValueExact() + 1;
    }

    private static String show(BigDecimal value) {
        return value == null ? "?" : Limits.show(value);
    }

    private static InputException problem(String spec, String message) {
        return new InputException(Problem.of(
                "--vary " + spec,
                message,
                "Write PATH=FROM:TO:STEP with FROM <= TO and a positive STEP, e.g. rule.weights.remote=1.0:2.0:0.1."));
    }
}

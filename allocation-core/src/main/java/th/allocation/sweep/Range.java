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
import java.util.Objects;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.model.Limits;

/**
 * One parameter of a Monte Carlo sweep and the interval its values are drawn from, uniformly.
 *
 * @param path the parameter's key path, e.g. {@code rule.loadings.poor}
 * @param low the smallest value, included
 * @param high the largest value, included after rounding to the parameter's resolution
 */
public record Range(String path, BigDecimal low, BigDecimal high) {
    /** Checks that {@code low <= high}. */
    public Range {
        Objects.requireNonNull(path, "path");
        Ranges.requireInRange(path + "=" + Limits.show(low) + ":" + Limits.show(high), low, "LOW");
        Ranges.requireInRange(path + "=" + Limits.show(low) + ":" + Limits.show(high), high, "HIGH");
        if (low.compareTo(high) > 0) {
            throw new InputException(Problem.of(
                    "--vary " + path + "=" + low.toPlainString() + ":" + high.toPlainString(),
                    "LOW (" + low.toPlainString() + ") is greater than HIGH (" + high.toPlainString() + ").",
                    "Write PATH=LOW:HIGH with LOW <= HIGH, e.g. rule.loadings.poor=0:6000."));
        }
    }

    /**
     * Reads {@code PATH=LOW:HIGH}, e.g. {@code rule.loadings.poor=0:6000}.
     *
     * @throws InputException if the text is not of that form or {@code LOW > HIGH}
     */
    public static Range parse(String spec) {
        String[] parts = Ranges.split(spec, 2, "PATH=LOW:HIGH, e.g. rule.loadings.poor=0:6000");
        return new Range(parts[0], Ranges.number(spec, parts[1], "LOW"), Ranges.number(spec, parts[2], "HIGH"));
    }
}

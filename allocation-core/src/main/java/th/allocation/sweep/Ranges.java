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
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.model.Limits;

/** Reading {@code PATH=A:B[:C]} specifications of {@code --vary}. */
final class Ranges {
    private Ranges() {}

    /** The path and the {@code numbers} parts of {@code spec}. */
    static String[] split(String spec, int numbers, String form) {
        int equals = spec.indexOf('=');
        String[] values =
                equals < 0 ? new String[0] : spec.substring(equals + 1).split(":", -1);
        if (equals <= 0 || values.length != numbers) {
            throw new InputException(Problem.of(
                    "--vary " + spec,
                    "Expected " + form + ".",
                    values.length == 3 && numbers == 2
                            ? "A Monte Carlo sweep (--draws) takes PATH=LOW:HIGH, no step."
                            : values.length == 2 && numbers == 3
                                    ? "A grid sweep takes a step; for random draws give" + " --draws N and --seed S."
                                    : ""));
        }
        String[] parts = new String[numbers + 1];
        parts[0] = spec.substring(0, equals).trim();
        for (int k = 0; k < numbers; k++) {
            parts[k + 1] = values[k].trim();
        }
        return parts;
    }

    /**
     * A decimal number of {@code spec}, called {@code name} in messages, refused before any arithmetic
     * when it lies beyond what any numeric parameter of a scenario may be (at most
     * {@link Limits#MAX_AMOUNT_BAHT}, with at most {@link #MAX_DECIMALS} decimals): a 20-byte
     * {@code 1e999999999} would otherwise be expanded to a billion digits.
     */
    static BigDecimal number(String spec, String text, String name) {
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InputException(
                    Problem.of(
                            "--vary " + spec,
                            name + " '" + text + "' is not a number.",
                            "Write numbers plainly, without thousands separators, e.g. 6000 or 1.25."),
                    e);
        }
        requireInRange(spec, value, name);
        return value;
    }

    /** The most decimals a value of {@code --vary} may have: as many as a percentage may. */
    static final int MAX_DECIMALS = 10;

    /** Refuses {@code value} when no scenario parameter could take it. */
    static void requireInRange(String spec, BigDecimal value, String name) {
        if (!Limits.withinMagnitude(value, Limits.MAX_AMOUNT_BAHT) || !Limits.hasAtMostDecimals(value, MAX_DECIMALS)) {
            throw new InputException(Problem.of(
                    "--vary " + spec,
                    name + " (" + Limits.show(value) + ") is beyond any parameter of a scenario: values are at most "
                            + Limits.show(Limits.MAX_AMOUNT_BAHT) + " with at most " + MAX_DECIMALS + " decimals.",
                    "Check the range; the budget, the largest parameter, is at most 10^13 THB."));
        }
    }
}

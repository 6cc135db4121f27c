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

    /** A decimal number of {@code spec}, called {@code name} in messages. */
    static BigDecimal number(String spec, String text, String name) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InputException(
                    Problem.of(
                            "--vary " + spec,
                            name + " '" + text + "' is not a number.",
                            "Write numbers plainly, without thousands separators, e.g. 6000 or 1.25."),
                    e);
        }
    }
}

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.parameters.ScenarioParameters;
import th.allocation.scenario.Scenario;

/**
 * The checks of a sweep's {@code --vary} specifications that {@link Sweep#grid} and
 * {@link Sweep#monteCarlo} share: every path given once, known and numeric; and the tests of whole
 * numbers and multiples of a resolution, with the option text a message names.
 */
final class VaryChecks {
    private VaryChecks() {}

    static ScenarioParameters.Variants resolve(Scenario base, List<String> paths) {
        if (paths.isEmpty()) {
            throw new InputException(Problem.of(
                    "--vary",
                    "Nothing to vary.",
                    "Give at least one --vary PATH=FROM:TO:STEP (or PATH=LOW:HIGH with --draws)."));
        }
        Set<String> seen = new HashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (String path : paths) {
            if (!seen.add(path)) {
                problems.add(Problem.of("--vary " + path, "The parameter is varied twice.", "Give each path once."));
                continue;
            }
            try {
                ScenarioParameters.find(base, path);
            } catch (InputException e) {
                e.problems()
                        .forEach(
                                p -> problems.add(new Problem("--vary", 0, 0, p.field(), "", p.message(), p.advice())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems, problems.size(), null);
        }
        return ScenarioParameters.variants(base, paths);
    }

    static boolean whole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }

    static boolean multiple(BigDecimal value, BigDecimal resolution) {
        return value.remainder(resolution).signum() == 0;
    }

    static String spec(Axis axis) {
        return "--vary " + axis.path() + "=" + axis.from().toPlainString() + ":"
                + axis.to().toPlainString() + ":" + axis.step().toPlainString();
    }
}

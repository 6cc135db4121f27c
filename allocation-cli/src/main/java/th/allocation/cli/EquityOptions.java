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
package th.allocation.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import th.allocation.output.OutputOptions;
import th.allocation.stats.EquityStatistics;

/** The option of every command that computes equity statistics: the Atkinson index's inequality aversion. */
final class EquityOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private double atkinsonEpsilon = EquityStatistics.DEFAULT_ATKINSON_EPSILON;

    @Option(
            names = "--atkinson-epsilon",
            paramLabel = "E",
            description = "Inequality aversion of the Atkinson index, at least 0 (default: 1; 0.5, 1 and 2 are"
                    + " usual). Larger values weigh the pupils who get least more heavily.")
    void setAtkinsonEpsilon(double epsilon) {
        if (!(epsilon >= 0 && epsilon < Double.POSITIVE_INFINITY)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--atkinson-epsilon must be a finite number, at least 0 (" + epsilon + "). Maybe use 0.5, 1 or 2.");
        }
        atkinsonEpsilon = epsilon;
    }

    /** The epsilon given, or the default. */
    double atkinsonEpsilon() {
        return atkinsonEpsilon;
    }

    /** Output options with this epsilon. */
    OutputOptions outputOptions() {
        return OutputOptions.defaults().withAtkinsonEpsilon(atkinsonEpsilon);
    }
}

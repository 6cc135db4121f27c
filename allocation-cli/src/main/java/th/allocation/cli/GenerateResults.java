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

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import th.allocation.evaluate.Plan;
import th.allocation.generate.ResultsGenerator;
import th.allocation.input.RunFolderReader;

/**
 * {@code alloc generate --results-for RUN}: synthetic realised results for the year after a target
 * run, with {@link ResultsGenerator} (see there for the model).
 */
final class GenerateResults {
    private GenerateResults() {}

    static int run(CommandSpec spec, Path runFolder, long seed, Path out, boolean force) {
        for (String option : new String[] {"--schools", "--report"}) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new ParameterException(
                        spec.commandLine(),
                        option + " is for school files; --results-for writes results for the run's own schools.");
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out) && !force) {
            throw new ParameterException(
                    spec.commandLine(), out + " exists; give --force to replace it, or choose another --out file.");
        }
        Plan plan = Plan.of(RunFolderReader.read(runFolder));
        Map<ResultsGenerator.Response, Long> counts =
                ResultsGenerator.withSeed(seed).write(plan, out);
        long funded = counts.get(ResultsGenerator.Response.AS_PROJECTED)
                + counts.get(ResultsGenerator.Response.BETTER)
                + counts.get(ResultsGenerator.Response.LESS)
                + counts.get(ResultsGenerator.Response.NOT_AT_ALL);
        PrintWriter printer = spec.commandLine().getOut();
        printer.printf(
                Locale.ROOT,
                "Wrote the results of FY %d for %,d schools and %d indicators to %s (seed %d).%n",
                plan.fiscalYear() + 1,
                plan.size(),
                plan.indicators().size(),
                out,
                seed);
        printer.printf(
                Locale.ROOT,
                "Of %,d school-indicator pairs with money: %,d as projected, %,d better, %,d less, %,d not at all;"
                        + " %,d without money moved by noise alone; %,d not measured.%n",
                funded,
                counts.get(ResultsGenerator.Response.AS_PROJECTED),
                counts.get(ResultsGenerator.Response.BETTER),
                counts.get(ResultsGenerator.Response.LESS),
                counts.get(ResultsGenerator.Response.NOT_AT_ALL),
                counts.get(ResultsGenerator.Response.UNFUNDED),
                counts.get(ResultsGenerator.Response.NOT_MEASURED));
        printer.flush();
        return 0;
    }
}

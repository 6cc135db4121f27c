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
import java.util.List;
import java.util.Locale;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.engine.AllocationEngine;
import th.allocation.model.Baht;
import th.allocation.output.AllocationWriter;
import th.allocation.output.InputFile;
import th.allocation.output.OutputFolder;
import th.allocation.output.OutputOptions;
import th.allocation.output.TransitionWriter;
import th.allocation.scenario.Scenario;
import th.allocation.transition.TransitionAllocator;
import th.allocation.transition.TransitionResult;
import th.allocation.transition.TransitionYear;

/** {@code alloc run} on a scenario with a {@code transition}: every year, the table by year, the report. */
final class TransitionRun {
    private TransitionRun() {}

    /** Allocates the transition, writes the folder whole or not at all, and prints one line a year. */
    static int run(
            AllocationEngine engine,
            List<InputFile> files,
            OutputChoice choice,
            OutputOptions options,
            boolean xlsx,
            PrintWriter out) {
        if (xlsx) {
            throw new InputException(Problem.of(
                    "--xlsx",
                    "A transition writes a folder a year; --xlsx writes the workbook of one allocation.",
                    "Leave out --xlsx, or run one year's scenario on its own."));
        }
        TransitionResult result = TransitionAllocator.allocate(engine);
        OutputFolder.write(choice.folder(), choice.writtenFor(), TransitionWriter.contents(result, files, options));
        choice.note().ifPresent(out::println);
        Scenario scenario = result.scenario();
        out.printf(
                Locale.ROOT,
                "%s (FY %d-%d, transition from %s to rule %s over %d years)%n",
                scenario.name().isEmpty() ? "Scenario" : scenario.name(),
                result.years().get(0).fiscalYear(),
                result.last().fiscalYear(),
                scenario.transition().from(),
                scenario.rule().type(),
                result.years().size());
        out.printf(
                Locale.ROOT,
                "%-6s %6s %20s %10s %8s %22s%n",
                "FY",
                "share",
                "budget THB",
                "at floor",
                "at cap",
                "mean gap to target");
        for (TransitionYear year : result.years()) {
            double gap = 0;
            for (int i = 0; i < result.schools().size(); i++) {
                gap += Math.abs(
                        (double) result.target().allocation(i) - year.result().allocation(i));
            }
            gap = result.schools().size() == 0 ? 0 : gap / result.schools().size() / Baht.SATANG_PER_BAHT;
            out.printf(
                    Locale.ROOT,
                    "%-6d %6s %,20.2f %,10d %,8d %,22.2f%n",
                    year.fiscalYear(),
                    year.share().toPlainString(),
                    Baht.toBaht(year.budget()),
                    year.schoolsAtFloor(),
                    year.schoolsAtCap(),
                    gap);
        }
        out.printf(
                Locale.ROOT,
                "Each year's allocations add up to its budget exactly. In FY %d the floor still holds %,d schools"
                        + " %s above their target (the rule alone at that year's budget).%n",
                result.last().fiscalYear(),
                result.last().schoolsAtFloor(),
                Baht.display(result.heldAboveTargetByFloor()));
        out.printf(
                Locale.ROOT,
                "Wrote %s/<year>/ (allocations.csv, equity.csv, summary.json), %s and %s%s in %s%n",
                TransitionWriter.YEARS_FOLDER,
                TransitionWriter.SCHOOLS,
                TransitionWriter.YEARS,
                options.report().isPresent() ? " and " + AllocationWriter.REPORT : "",
                choice.folder());
        return 0;
    }
}

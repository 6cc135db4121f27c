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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.engine.AllocationEngine;
import th.allocation.explain.Explanation;
import th.allocation.output.ExplanationWriter;
import th.allocation.output.ReportLanguage;
import th.allocation.result.AllocationResult;

/** {@code alloc explain}: why a school gets what it gets, in words and numbers. */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        versionProvider = AllocCommand.Version.class,
        description = {
            "Allocates the scenario and explains the allocation of each school given: every component as the"
                    + " scenario states it (rate x pupils x weights) and after scaling, the need, the scale factor,"
                    + " the floor or cap that bound it and why, the rounding, the money for each indicator target,"
                    + " and in a decentralised scenario the unit it sits in at each level with that unit's own"
                    + " values.",
            "Every figure is the same as in allocations.csv. Writes nothing."
        })
final class ExplainCommand implements Callable<Integer> {
    @Mixin
    ScenarioInputs inputs;

    @Parameters(
            index = "1..*",
            arity = "1..*",
            paramLabel = "SCHOOL_ID",
            description = "The school ids to explain (the school_id column).")
    List<String> schoolIds;

    @Option(
            names = "--lang",
            paramLabel = "th|en",
            defaultValue = "en",
            converter = ReportOptions.LanguageConverter.class,
            description = "The language of the explanation (default: ${DEFAULT-VALUE}).")
    ReportLanguage language;

    @Option(names = "--json", description = "Write the explanations as JSON: figures, steps and sentences.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AllocationEngine engine = inputs.engine();
        engine.schools(); // the school file's problems come first, as for every command
        AllocationResult result = engine.allocate();
        List<Explanation> explanations = new ArrayList<>(schoolIds.size());
        List<Problem> problems = new ArrayList<>();
        for (String id : schoolIds) {
            try {
                explanations.add(Explanation.of(result, id));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems, problems.size(), null);
        }
        Locale locale = language.locale();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ExplanationWriter.json(explanations, locale));
        } else {
            for (int k = 0; k < explanations.size(); k++) {
                out.print((k > 0 ? "\n" : "") + explanations.get(k).text(locale));
            }
        }
        out.flush();
        return 0;
    }
}

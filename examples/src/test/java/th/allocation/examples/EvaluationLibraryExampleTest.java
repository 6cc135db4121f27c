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
package th.allocation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import th.allocation.engine.AllocationEngine;
import th.allocation.evaluate.Evaluation;
import th.allocation.evaluate.EvaluationOptions;
import th.allocation.evaluate.GoalResult;
import th.allocation.evaluate.History;
import th.allocation.evaluate.Level;
import th.allocation.evaluate.NextYear;
import th.allocation.evaluate.Plan;
import th.allocation.evaluate.Status;
import th.allocation.evaluate.Trend;
import th.allocation.evaluate.UnitResult;
import th.allocation.generate.ResultsGenerator;
import th.allocation.input.ResultsReader;
import th.allocation.input.ResultsTable;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.scenario.Scenario;

/**
 * The library example of docs/evaluation.md ("The library"), compiled and run here on the small
 * example: the block between the two marker comments below is the one the page shows, character for
 * character once unindented, so the page cannot drift from the API.
 */
class EvaluationLibraryExampleTest {
    private static final Path SMALL = Path.of("small");
    private static final Path PAGE = Path.of("..", "docs", "evaluation.md");
    private static final Path SOURCE =
            Path.of("src", "test", "java", "th", "allocation", "examples", "EvaluationLibraryExampleTest.java");
    private static final String BEGIN = "// docs/evaluation.md, The library: begin";
    private static final String END = "// docs/evaluation.md, The library: end";

    @Test
    void theExample_runsTwoYearsRoundTheLoop_inMemory() {
        Path scenarioFile = SMALL.resolve("targets.yaml");
        Path resultsFile = SMALL.resolve("results-2571.csv");

        // docs/evaluation.md, The library: begin
        AllocationEngine engine = AllocationEngine.load(scenarioFile); // a scenario with targets
        Plan plan = Plan.of(engine.allocate()); // or Plan.of(RunFolderReader.read(runFolder))
        ResultsTable results = ResultsReader.read(resultsFile); // or ResultsTable.of(...), from a database
        Evaluation evaluation =
                Evaluation.of(plan, results, EvaluationOptions.defaults().withShrinkage(0.5));

        UnitResult centre =
                evaluation.unit(Level.CENTRE, Plan.CENTRE, "reading").orElseThrow();
        Status status = centre.status(); // MET, ON_TRACK, OFF_TRACK, WORSE or NO_DATA
        double costObserved = centre.spending().costObserved(); // THB per pupil per unit of reading closed
        List<UnitResult> esas = evaluation.units(Level.ESA); // every ESA on every indicator
        List<GoalResult> goals = evaluation.goals(); // every unit of every level by goal

        // Next year: realised values as baselines, unit costs learnt, allocated as any scenario is
        Scenario nextScenario = NextYear.scenario(evaluation);
        SchoolTable nextSchools = NextYear.schools(evaluation, engine.schools());
        AllocationResult nextYear = AllocationEngine.allocate(nextScenario, nextSchools);

        // A year on: that year's results (synthetic here, as alloc generate --results-for), both years side by side
        Plan nextPlan = Plan.of(nextYear);
        Evaluation second =
                Evaluation.of(nextPlan, ResultsGenerator.withSeed(2572).generate(nextPlan));
        History history = History.of(List.of(evaluation, second));
        List<Trend> trends = history.trends(); // one per level, unit and indicator, with its slope
        // docs/evaluation.md, The library: end

        assertEquals(Status.ON_TRACK, status, "as examples/small/README.md works it out");
        assertEquals(8_183.31, costObserved, 0.005);
        assertEquals(evaluation.plan().units(Level.ESA).size(), esas.size(), "one indicator: one row per ESA");
        assertTrue(goals.stream().anyMatch(g -> g.level() == Level.CENTRE), "the centre by goal");
        assertEquals(2571, nextScenario.fiscalYear());
        assertEquals(nextScenario.budgetSatang().orElseThrow(), nextYear.total(), "next year's budget, exactly");
        assertEquals(engine.schools().size(), nextSchools.size());
        assertEquals(
                List.of(2570, 2571),
                history.years().stream().map(Evaluation::fiscalYear).toList());
        Trend centreTrend = trends.stream()
                .filter(t -> t.level() == Level.CENTRE)
                .findFirst()
                .orElseThrow();
        assertEquals(3, centreTrend.points(), "2570's baseline, then each year's achieved");
        assertFalse(Double.isNaN(centreTrend.slopePerYear()));
    }

    @Test
    void thePage_showsTheExampleAsCompiledHere() throws IOException {
        List<String> lines = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
        int begin = indexOf(lines, BEGIN);
        int end = indexOf(lines, END);
        List<String> block = lines.subList(begin + 1, end);
        int indent = block.stream()
                .filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length())
                .min()
                .orElse(0);
        String code =
                block.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.joining("\n"));
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        assertTrue(
                page.contains("```java\n" + code + "\n```\n"),
                "docs/evaluation.md should show, in a java block, exactly:\n" + code);
    }

    private static int indexOf(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                return i;
            }
        }
        throw new AssertionError("No line '" + marker + "' in " + SOURCE);
    }
}

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
/**
 * Monitoring and evaluation: a target-driven allocation judged a year later against what schools
 * achieved, at every level (school, network, ESA, cluster, area type, centre), by indicator and by
 * goal, with the cost of closing a gap observed against the cost assumed, and fed back into next
 * year's inputs.
 *
 * <pre>{@code
 * Plan plan = Plan.of(RunFolderReader.read(runFolder));            // or Plan.of(engine.allocate())
 * Evaluation evaluation = Evaluation.of(plan, ResultsReader.read(resultsFile), EvaluationOptions.defaults());
 * evaluation.units(Level.ESA);                     // each ESA on each indicator, with its status
 * evaluation.goals();                              // the same by goal
 * evaluation.indicatorResults();                   // costs assumed and observed, next year's cost, noise
 * Scenario next = NextYear.scenario(evaluation);   // next year's scenario, unit costs learnt
 * SchoolTable schools = NextYear.schools(evaluation, thisYearsSchools);  // realised values as baselines
 * History history = History.of(List.of(year1, year2));                  // years side by side, trends
 * }</pre>
 *
 * <p>The rules of each status are in {@link th.allocation.evaluate.Status}, the shrinkage of unit
 * costs in {@link th.allocation.evaluate.EvaluationOptions}, and docs/evaluation.md explains them
 * with a worked example. Everything here is an immutable value, computed once; nothing reads or
 * writes files (readers are in {@code th.allocation.input}, writers in {@code th.allocation.output}).
 *
 * <p>In the layering (docs/design.md) it sits beside {@code compare} and {@code sweep}, above the
 * engine and the readers. Public API: every public type here.
 */
package th.allocation.evaluate;

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
package th.allocation.lp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import th.allocation.AllocationException;
import th.allocation.generate.SchoolGenerator;
import th.allocation.input.ScenarioReader;
import th.allocation.model.School;
import th.allocation.model.SchoolTable;
import th.allocation.optimise.StructuredSolver;
import th.allocation.optimise.TargetProblem;
import th.allocation.optimise.TargetSolution;
import th.allocation.optimise.TargetSolver;
import th.allocation.scenario.Scenario;

/**
 * A manual measurement, not a timed test: the LP path on the synthetic national file (29,449
 * schools, seed 2565) with five indicators, for each objective and backend, next to the structured
 * solver. Skipped unless asked for:
 *
 * <pre>
 * mvn -B -ntp verify -pl allocation-lp -am -Dtest=NationalTimingIT -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dnational=true [-Dnational.backends=AUTO,GLOP,PDLP,HIGHS] [-Dnational.limit=600] \
 *     [-Dnational.objectives=weighted_shortfall,min_max,lexicographic] [-Dnational.envelope=true] \
 *     [-Dnational.schools=29449]
 * </pre>
 *
 * Each line gives the objective, the solver, the wall time of {@code solve} (model building, every
 * phase, reading back; natives already loaded), the objective values and the budget price. GLOP is
 * left out unless named: on this size it takes minutes.
 */
class NationalTimingIT {
    private static final String SCENARIO = String.join(
            "\n",
            "fiscal_year: 2570",
            "budget: BUDGET",
            "rule: {type: flat, rates: {preprimary: 1836, primary: 2052, lower_secondary: 3780, upper_secondary: 4104}}",
            "targets:",
            "  objective: OBJECTIVE",
            "  indicators:",
            "    - {name: reading, column: test_benchmark_share, goal: quality, direction: higher, target: 0.6,",
            "       priority: 2, cost: {per: pupil, amount: 500}}",
            "    - {name: teachers, column: pupils_per_teacher, goal: efficiency, direction: lower, target: 25,",
            "       cost: {per: school, amount: 50000}}",
            "    - {name: computers, column: pupils_per_computer, goal: opportunity, direction: lower, target: 10,",
            "       cost: {per: pupil, amount: 50}}",
            "    - {name: buildings, column: building_condition, goal: safety, direction: higher, target: 4,",
            "       priority: 1.5, cost: {per: school, amount: 200000},",
            "       returns: [{up_to: 0.5, cost_factor: 1}, {up_to: 1, cost_factor: 2}]}",
            "    - {name: safety, column: safety_incidents_per_1000, goal: safety, direction: lower, target: 2,",
            "       cost: {per: pupil, amount: 100}}",
            "ENVELOPES");

    @Test
    @EnabledIfSystemProperty(named = "national", matches = "true")
    void measure() {
        List<School> list = new ArrayList<>();
        SchoolGenerator.national()
                .withSchools(Integer.getInteger("national.schools", SchoolGenerator.NATIONAL_SCHOOLS))
                .forEach(list::add);
        SchoolTable schools = SchoolTable.of(list);
        List<String> backends = List.of(
                System.getProperty("national.backends", "AUTO,PDLP,HIGHS").split(","));
        Duration limit = Duration.ofSeconds(Long.getLong("national.limit", 600));
        // Budget: the bases plus 30% of what closing every gap would cost.
        TargetProblem draft = problem(schools, "weighted_shortfall", 0, "");
        double base = 0;
        double gaps = 0;
        for (int s = 0; s < draft.schools(); s++) {
            base += draft.base(s);
        }
        for (int j = 0; j < draft.items(); j++) {
            gaps += draft.itemCost(j);
        }
        long budget = (long) Math.ceil((base + 0.3 * gaps) / 100);
        System.out.printf(
                Locale.ROOT,
                "schools %d, items %d, base %.0f THB, gaps %.0f THB, budget %d THB%n",
                draft.schools(),
                draft.items(),
                base / 100,
                gaps / 100,
                budget);
        new LpTargetSolver().solve(problem(schools, "weighted_shortfall", budget, "")); // load natives, warm up
        List<String> objectives =
                List.of(System.getProperty("national.objectives", "weighted_shortfall,min_max,lexicographic")
                        .split(","));
        List<String> envelopes = new ArrayList<>(List.of(""));
        if (Boolean.parseBoolean(System.getProperty("national.envelope", "true"))) {
            envelopes.add("  envelopes: [{column: area_type, value: special, at_least_percent: 2}]");
        }
        for (String envelope : envelopes) {
            for (String objective : objectives) {
                long start = System.nanoTime();
                TargetProblem problem = problem(schools, objective, budget, envelope);
                double build = (System.nanoTime() - start) / 1e9;
                System.out.printf(
                        Locale.ROOT,
                        "%s%s: TargetProblem.of %.2f s%n",
                        objective,
                        envelope.isEmpty() ? "" : " + envelope",
                        build);
                run(problem, new StructuredSolver());
                for (String backend : backends) {
                    run(
                            problem,
                            new LpTargetSolver()
                                    .withBackend(LpTargetSolver.Backend.valueOf(backend.trim()))
                                    .withTimeLimit(limit));
                }
            }
        }
    }

    private static void run(TargetProblem problem, TargetSolver solver) {
        long start = System.nanoTime();
        try {
            TargetSolution solution = solver.solve(problem);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "  %-12s %8.2f s  max %.9f  weighted %.6f  price %.6g%n",
                    solution.solver(),
                    seconds,
                    solution.maxShortfall(),
                    solution.weightedShortfall(),
                    solution.budgetShadowPrice());
        } catch (AllocationException e) {
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "  %-12s %8.2f s  %s%n",
                    solver,
                    seconds,
                    e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static TargetProblem problem(SchoolTable schools, String objective, long budget, String envelopes) {
        Scenario scenario = ScenarioReader.parse(
                SCENARIO.replace("BUDGET", Long.toString(budget))
                        .replace("OBJECTIVE", objective)
                        .replace("ENVELOPES", envelopes),
                "national.yaml");
        return TargetProblem.of(scenario, schools);
    }
}

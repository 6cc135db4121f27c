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
package th.allocation.optimise;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.allocation.InfeasibleException;
import th.allocation.input.ScenarioReader;
import th.allocation.model.AreaType;
import th.allocation.model.Enrolment;
import th.allocation.model.School;
import th.allocation.model.SchoolKind;
import th.allocation.model.SchoolTable;

/**
 * The feasibility check both target solvers run. Two schools of 100 primary pupils at 1,000 THB per
 * pupil, so each has a base of 100,000 THB: {@code a} in a special area and ESA {@code Ea}, {@code b}
 * in the capital and ESA {@code Eb}. One indicator, as in {@link StructuredSolverTest}.
 */
class FeasibilityTest {
    private static final String SCENARIO = String.join(
            "\n",
            "fiscal_year: 2570",
            "budget: 230000",
            "rule: {type: flat, rates: {preprimary: 1000, primary: 1000, lower_secondary: 1000, upper_secondary: 1000}}",
            "targets:",
            "  indicators:",
            "    - {name: reading, goal: quality, direction: higher, target: 0.6, cost: {per: pupil, amount: 1000}}",
            "  envelopes: ENVELOPES");

    private static TargetProblem problem(String envelopes) {
        SchoolTable schools =
                SchoolTable.of(List.of(school("a", AreaType.SPECIAL, "Ea"), school("b", AreaType.CAPITAL, "Eb")));
        return TargetProblem.of(ScenarioReader.parse(SCENARIO.replace("ENVELOPES", envelopes), "t.yaml"), schools);
    }

    private static School school(String id, AreaType area, String esa) {
        return School.of(id, id)
                .withHierarchy("C1", esa, "")
                .withContext(area, false, SchoolKind.PRIMARY)
                .withPupils(new Enrolment(0, 100, 0, 0), 0, 0)
                .withIndicators(Map.of("reading", 0.4));
    }

    private static String infeasible(String envelopes) {
        TargetProblem problem = problem(envelopes);
        return assertThrows(InfeasibleException.class, () -> Feasibility.check(problem))
                .getMessage();
    }

    @Test
    void check_baseAboveAnEnvelopeMaximum_namesTheGroupTheBaseAndTheMaximum() {
        // a's base alone (100,000 THB) is above the 90,000 THB its area may get.
        String message = infeasible("[{column: area_type, value: special, at_most: 90000}]");
        assertTrue(
                message.startsWith("The base entitlements of 'area_type' group 'special' add up to 100,000 THB,"
                        + " more than its envelopes allow (90,000 THB)."),
                message);
    }

    @Test
    void check_twoEnvelopesOnOneGroup_minimumAboveMaximum_givesBothAsExtraMoney() {
        // At least 120,000 and at most 110,000 THB for a's area: 20,000 and 10,000 beyond its base.
        String message = infeasible("[{column: area_type, value: special, at_least: 120000},"
                + " {column: area_type, value: special, at_most: 110000}]");
        assertTrue(
                message.startsWith("The envelopes of group 'special' ask for at least 20,000 THB more than its base"
                        + " but allow at most 10,000 THB."),
                message);
    }

    @Test
    void check_envelopesOnTwoColumns_checksTheSecondColumnToo() {
        // The area envelope is met; b's ESA must get 100,000 + 40,000 THB, but the budget leaves only
        // 30,000 THB beyond the two bases (200,000 + 40,000 = 240,000 > 230,000).
        String message = infeasible("[{column: area_type, value: special, at_most: 150000},"
                + " {column: esa, value: Eb, at_least: 140000}]");
        assertTrue(
                message.startsWith("The base entitlements, floors and envelope minimums need 240,000 THB but the"
                        + " budget is 230,000 THB. Raise the budget by at least 10,000 THB"),
                message);
    }

    @Test
    void check_envelopesEachColumnCanMeet_passes() {
        // 30,000 THB beyond the bases: a's area may take up to 50,000 of it, b's ESA needs 20,000.
        TargetProblem problem = problem("[{column: area_type, value: special, at_most: 150000},"
                + " {column: esa, value: Eb, at_least: 120000}]");
        assertDoesNotThrow(() -> Feasibility.check(problem));
    }
}

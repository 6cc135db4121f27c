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
package th.allocation.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.codec.ScenarioCodec;
import th.allocation.rule.FlatPerHead;
import th.allocation.rule.LevelAmounts;
import th.allocation.rule.WeightedFormula;
import th.allocation.scenario.Scenario;

class ScenarioReaderTest {
    private static final String WEIGHTED = String.join(
            "\n",
            "name: Test",
            "fiscal_year: 2570",
            "schools: schools.csv",
            "budget: 1000000",
            "rule:",
            "  type: weighted",
            "  base_per_pupil: {preprimary: 1836, primary: 2052, lower_secondary: 3780, upper_secondary: 4104}",
            "  weights:",
            "    area_type: {special: 1.3}",
            "    remote: 1.2",
            "  loadings: {poor: 3000}",
            "  lump_sum: 20000",
            "  small_school: {amount: 100000, full_up_to: 40, zero_from: 120}",
            "floors: {min_per_pupil: 1900, percent_of_previous: 95}",
            "caps: {percent_of_previous: 150}",
            "");

    private static Problem problem(String text, String source) {
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.parse(text, source));
        assertEquals(1, e.problems().size());
        return e.problems().get(0);
    }

    @Test
    void parse_weightedYaml_readsEveryPartAndFillsDefaults() {
        Scenario scenario = ScenarioReader.parse(WEIGHTED, "s.yaml");
        assertEquals(2570, scenario.fiscalYear());
        assertEquals(100_000_000L, scenario.budgetSatang().getAsLong());
        assertEquals(100, scenario.roundingUnitSatang(), "rounding unit defaults to 1 baht");
        WeightedFormula rule = assertInstanceOf(WeightedFormula.class, scenario.rule());
        assertEquals(1.3, rule.weights().areaType().special());
        assertEquals(1.0, rule.weights().areaType().capital(), "a weight left out is 1");
        assertEquals(1.2, rule.weights().remote());
        assertEquals(0, new BigDecimal("3000").compareTo(rule.loadings().poor()));
        assertEquals(0, BigDecimal.ZERO.compareTo(rule.loadings().specialNeeds()), "a loading left out is 0");
        assertEquals(0, new BigDecimal("95").compareTo(scenario.floors().percentOfPrevious()));
    }

    @Test
    void parse_whilePreparedOnOtherThreads_readsAndReportsAsAlone() throws Exception {
        String misspelt = WEIGHTED.replace("lump_sum", "lumpsum");
        Scenario alone = ScenarioReader.parse(WEIGHTED, "s.yaml");
        Problem aloneProblem = problem(misspelt, "s.yaml");
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<?>> running = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                running.add(threads.submit(ScenarioCodec::prepare));
                running.add(threads.submit(() -> assertEquals(alone, ScenarioReader.parse(WEIGHTED, "s.yaml"))));
                running.add(threads.submit(() -> assertEquals(aloneProblem, problem(misspelt, "s.yaml"))));
            }
            for (java.util.concurrent.Future<?> each : running) {
                each.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void parse_json_readsTheSameScenario() {
        String json = "{\"fiscal_year\": 2567, \"rule\": {\"type\": \"flat\", \"rates\": {\"preprimary\": 1836,"
                + " \"primary\": 2052, \"lower_secondary\": 3780, \"upper_secondary\": 4104}}}";
        Scenario scenario = ScenarioReader.parse(json, "s.json");
        assertEquals(new FlatPerHead(LevelAmounts.FY2567), scenario.rule());
        assertEquals(null, scenario.budget());
    }

    @Test
    void parse_writtenBackAsJson_readsAsTheSameScenario() {
        Scenario scenario = ScenarioReader.parse(WEIGHTED, "s.yaml");
        assertEquals(scenario, ScenarioReader.parse(ScenarioCodec.toJson(scenario), "again.json"));
    }

    @Test
    void parse_unknownKey_givesLineColumnAndSuggestion() {
        Problem p = problem(WEIGHTED.replace("  lump_sum:", "  lump_sun:"), "s.yaml");
        assertEquals(12, p.line());
        assertEquals(3, p.column());
        assertEquals("rule.lump_sun", p.field());
        assertTrue(p.message().contains("Unknown key 'lump_sun'"), p.message());
        assertTrue(p.advice().startsWith("Did you mean 'lump_sum'?"), p.advice());
    }

    @Test
    void parse_unknownTopLevelKey_suggestsTheRightOne() {
        Problem p = problem(WEIGHTED.replace("fiscal_year:", "fiscal_yaer:"), "s.yaml");
        assertEquals(2, p.line());
        assertTrue(p.advice().startsWith("Did you mean 'fiscal_year'?"), p.advice());
    }

    @Test
    void parse_unknownRuleType_suggestsTheRightOne() {
        Problem p = problem(WEIGHTED.replace("type: weighted", "type: weigted"), "s.yaml");
        assertTrue(p.message().contains("Unknown rule type 'weigted'"), p.message());
        assertTrue(p.advice().startsWith("Did you mean 'weighted'?"), p.advice());
    }

    @Test
    void parse_invalidValue_namesTheKeyAndTheValue() {
        Problem p = problem(WEIGHTED.replace("remote: 1.2", "remote: 0.8"), "s.yaml");
        assertEquals(
                "rule.weights", p.field().substring(0, Math.min(12, p.field().length())));
        assertTrue(p.message().contains("'remote' must be a finite number of at least 1.0 (0.8)"), p.message());
    }

    @Test
    void parse_textWhereANumberBelongs_isRejected() {
        Problem p = problem(WEIGHTED.replace("budget: 1000000", "budget: lots"), "s.yaml");
        assertEquals("budget", p.field());
        assertEquals(4, p.line());
    }

    @Test
    void parse_duplicateKey_isRejected() {
        Problem p = problem(WEIGHTED + "budget: 5\n", "s.yaml");
        assertTrue(p.message().toLowerCase().contains("duplicate"), p.message());
    }

    @Test
    void parse_budgetNotAWholeNumberOfUnits_isRejected() {
        Problem p = problem(WEIGHTED.replace("budget: 1000000", "budget: 1000000.50"), "s.yaml");
        assertTrue(p.message().contains("not a whole number of rounding units"), p.message());
    }

    @Test
    void parse_taperSteeperThanThePupil_isRejectedWithAdvice() {
        Problem p =
                problem(WEIGHTED.replace("amount: 100000, full_up_to: 40", "amount: 500000, full_up_to: 40"), "s.yaml");
        assertTrue(p.message().contains("6250.00 THB per extra pupil"), p.message());
        assertTrue(p.message().contains("Maybe widen the taper"), p.message());
    }

    @Test
    void parse_missingRuleOrYear_saysWhatIsNeeded() {
        assertTrue(problem("fiscal_year: 2570\n", "s.yaml").message().contains("'rule' is missing"));
        assertTrue(problem(
                        "rule: {type: flat, rates: {preprimary: 1, primary: 1, lower_secondary: 1,"
                                + " upper_secondary: 1}}\n",
                        "s.yaml")
                .message()
                .contains("'fiscal_year' must be"));
        assertTrue(problem("fiscal_year: 2570\nrule: {rates: {}}\n", "s.yaml")
                .message()
                .contains("no 'type'"));
    }

    @Test
    void parse_yamlSyntaxError_givesTheLine() {
        Problem p = problem("fiscal_year: 2570\nrule: {type: flat\n", "s.yaml");
        assertTrue(p.line() > 0, p.describe());
        assertTrue(p.message().startsWith("The file is not valid YAML"), p.message());
    }

    @Test
    void parse_unknownColumnMapping_suggestsTheCanonicalName() {
        InputException e = assertThrows(
                InputException.class,
                () -> ScenarioReader.parse(WEIGHTED + "columns: {pupils_pooor: นักเรียนยากจน}\n", "s.yaml"));
        assertTrue(e.problems().get(0).advice().contains("Did you mean 'pupils_poor'?"));
    }
}

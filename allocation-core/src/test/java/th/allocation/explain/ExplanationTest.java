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
package th.allocation.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.allocation.InputException;
import th.allocation.engine.AllocationEngine;
import th.allocation.result.AllocationResult;
import th.allocation.result.Bound;
import th.allocation.result.DecentralisedResult;
import th.allocation.testing.SmallExample;

/**
 * Explanations of the small example's schools (examples/small/README.md works every figure by hand):
 * every figure is the result's own, the parts add up to the allocation to the satang, and the text
 * reads in English and Thai.
 */
class ExplanationTest {
    private static final Locale THAI = Locale.forLanguageTag("th");

    private static AllocationResult allocate(String scenario) {
        return AllocationEngine.load(SmallExample.FOLDER.resolve(scenario)).allocate();
    }

    @ParameterizedTest
    @ValueSource(strings = {"status-quo.yaml", "needs-weighted.yaml", "targets.yaml", "decentralised.yaml"})
    void everySchool_figuresAreTheResultsOwn_andAddUpToTheAllocation(String scenario) {
        AllocationResult result = allocate(scenario);
        for (int i = 0; i < result.schools().size(); i++) {
            Explanation why = Explanation.of(result, i);
            String school = result.schools().id(i);
            assertEquals(school, why.schoolId());
            assertEquals(result.allocation(i), why.allocation(), school);
            assertEquals(result.need(i), why.need(), school);
            assertEquals(result.bound(i), why.bound(), school);
            assertEquals(result.floor(i), why.floor(), school);
            assertEquals(result.cap(i), why.cap(), school);
            assertEquals(result.boundAdjustment(i), why.boundAdjustment(), school);
            assertEquals(result.rounding(i), why.rounding(), school);
            assertEquals(why.allocation(), why.scaledNeed() + why.boundAdjustment() + why.rounding(), school);
            for (Explanation.Amount amount : why.components()) {
                int c = indexOf(result, amount.key());
                assertEquals(result.component(c, i), amount.allocated(), school + " " + amount.key());
                if (result.kind() != AllocationResult.Kind.TARGETS) {
                    assertEquals(Math.round(why.scale() * amount.stated()), amount.allocated(), school + " scaled");
                }
            }
        }
    }

    private static int indexOf(AllocationResult result, String key) {
        for (int c = 0; c < result.components().size(); c++) {
            if (result.components().get(c).key().equals(key)) {
                return c;
            }
        }
        throw new AssertionError("No component " + key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"status-quo.yaml", "needs-weighted.yaml", "targets.yaml", "decentralised.yaml"})
    void everyStep_hasItsTextInEnglishAndThai_andEveryPlaceholderIsFilled(String scenario) {
        AllocationResult result = allocate(scenario);
        Map<String, String> english = Explanation.texts(Locale.ENGLISH);
        Map<String, String> thai = Explanation.texts(THAI);
        assertEquals(english.keySet(), thai.keySet());
        for (int i = 0; i < result.schools().size(); i++) {
            Explanation why = Explanation.of(result, i);
            for (Step step : why.steps()) {
                assertTrue(english.containsKey(step.key()), step.key());
                step.args().stream()
                        .filter(Step.Arg::term)
                        .forEach(arg -> assertTrue(english.containsKey(arg.value()), arg.value()));
            }
            for (Locale locale : List.of(Locale.ENGLISH, THAI)) {
                for (String line : why.lines(locale)) {
                    assertFalse(line.isBlank() || line.contains("{") || line.contains("[") || line.contains("]"), line);
                }
            }
            assertTrue(why.text(THAI).contains("งบที่ได้รับ: "), "Thai text");
            assertTrue(why.text(Locale.ENGLISH).contains("Allocation: "), "English text");
        }
    }

    @Test
    void needsWeighted_school20006_isHeldAtItsCap_asWorkedByHand() {
        // examples/small/README.md: need 258,833.60; floor 57,000; cap 84,000 (150% of 56,000); bound cap.
        Explanation why = Explanation.of(allocate("needs-weighted.yaml"), "20006");

        assertEquals(25_883_360, why.need());
        assertEquals(8_400_000, why.allocation());
        assertEquals(Bound.CAP, why.bound());
        String text = why.text(Locale.ENGLISH);
        assertTrue(
                text.contains("Remote uplift (remote_uplift): base 60,480.00 THB × area weight 1.1 × (remote weight"
                        + " 1.2 − 1) = 13,305.60 THB"),
                text);
        assertTrue(
                text.contains("Small-school amount (small_school): the full 100,000 THB, as 30 pupils are at most 40,"
                        + " 100,000.00 THB"),
                text);
        assertTrue(text.contains("Need: 258,833.60 THB as the scenario states it"), text);
        assertTrue(text.contains("the same factor, 0.688006"), text);
        assertTrue(
                text.contains("Floor: 57,000.00 THB, the minimum of 1,900 THB per pupil × 30 pupils = 57,000.00 THB,"
                        + " at least 100% of last year's allocation, 56,000.00 THB."),
                text);
        assertTrue(text.contains("Cap: 84,000.00 THB, 150% of last year's allocation of 56,000.00 THB."), text);
        assertTrue(text.contains("is above the cap of 84,000.00 THB: the cap takes away"), text);
        assertTrue(text.contains("Allocation: 84,000.00 THB"), text);
        assertTrue(text.contains("Against last year's allocation of 56,000.00 THB: +28,000.00 THB (+50.0%)."), text);
    }

    @Test
    void needsWeighted_school20003_isNotBound_andItsComponentsAfterScalingAddUpToItsAllocation() {
        // examples/small/README.md: 444,715.99 scaled (before the components are rounded to the satang),
        // 444,716 allocated, no bound; the components after scaling, each to the satang, add up to 444,716.00.
        Explanation why = Explanation.of(allocate("needs-weighted.yaml"), "20003");

        assertEquals(Bound.NONE, why.bound());
        assertEquals(44_471_600, why.scaledNeed());
        assertEquals(44_471_600, why.allocation());
        assertEquals(0, why.rounding());
        assertTrue(why.text(Locale.ENGLISH).contains("lies between the floor and the cap: neither binds"));
    }

    @Test
    void targets_school20006_getsMoneyForItsReadingGap() {
        // examples/small/README.md: base entitlement 60,480, extra for reading 29,376.35, allocation 89,856.
        Explanation why = Explanation.of(allocate("targets.yaml"), "20006");

        assertEquals(6_048_000, why.need());
        assertEquals(8_985_600, why.allocation());
        String text = why.text(Locale.ENGLISH);
        assertTrue(
                text.contains("reading (quality; higher is better): value 0.33, target 0.6; 29,376.35 THB for its gap"),
                text);
        assertTrue(text.contains("Objective: min-max"), text);
        assertTrue(text.contains("Base entitlement: 60,480.00 THB, kept whole"), text);
    }

    @Test
    void decentralised_school20006_isExplainedWithinItsEsasEnvelope() {
        // examples/small/README.md: ESA สพป.นครราชสีมา เขต 1, envelope 3,521,606 with remote weight 1.5;
        // need 144,720, allocation 117,812, one-step 107,745, change +10,067; scale 0.814065.
        AllocationResult result = allocate("decentralised.yaml");
        Explanation why = Explanation.of(result, "20006");

        assertTrue(result instanceof DecentralisedResult);
        assertEquals(14_472_000, why.need());
        assertEquals(11_781_200, why.allocation());
        String text = why.text(Locale.ENGLISH);
        assertTrue(
                text.contains("Educational Service Area (ESA) สพป.นครราชสีมา เขต 1: envelope 3,521,606.00 THB"), text);
        assertTrue(text.contains("with its own values rule.weights.remote=1.5"), text);
        assertTrue(text.contains("area weight 1 × (remote weight 1.5 − 1)"), text);
        assertTrue(text.contains("the same factor, 0.814065"), text);
        assertTrue(
                text.contains("it would get 107,745.00 THB: the units' own choices change it by +10,067.00 THB"), text);
        assertTrue(why.text(THAI)
                .contains("สำนักงานเขตพื้นที่การศึกษา (สพท.) สพป.นครราชสีมา เขต 1: กรอบวงเงิน 3,521,606.00 บาท"));
    }

    @Test
    void composedFormula_isNamedInWords_notByItsKey(@TempDir Path folder) throws IOException {
        Path scenario = folder.resolve("composed.yaml");
        Files.writeString(
                scenario,
                "name: Composed\nfiscal_year: 2570\nschools: "
                        + SmallExample.FOLDER.resolve("schools.csv").toAbsolutePath()
                        + "\nbudget: 15905052\nrule:\n  type: components\n  components:\n"
                        + "    - {name: base, per_pupil: 2000}\n    - {name: lump, per_school: 10000}\n");
        Explanation why = Explanation.of(AllocationEngine.load(scenario).allocate(), "20003");

        String english = why.text(Locale.ENGLISH);
        assertTrue(english.contains("; rule: composed formula; fiscal year 2570"), english);
        String thai = why.text(THAI);
        assertTrue(thai.contains("สูตรที่ประกอบจากองค์ประกอบ"), thai);
        assertFalse((english + thai).contains("rule.components"), english + thai);
    }

    @Test
    void schoolWithoutPreviousAllocation_hasNoHoldHarmlessAndNoCap() {
        Explanation why = Explanation.of(allocate("needs-weighted.yaml"), "30004");

        String text = why.text(Locale.ENGLISH);
        assertTrue(text.contains("No previous allocation (a new school)"), text);
        assertTrue(text.contains("No cap: the scenario caps against last year's allocation"), text);
        assertFalse(text.contains("Against last year's allocation"), text);
    }

    @Test
    void unknownSchool_namesTheClosestId() {
        InputException e =
                assertThrows(InputException.class, () -> Explanation.of(allocate("status-quo.yaml"), "2006"));

        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).describe().contains("No school has the id '2006'"), e.getMessage());
        assertTrue(e.problems().get(0).describe().contains("Did you mean '20006'?"), e.getMessage());
    }

    @Test
    void schoolName_givenAsAnId_saysWhoseNameItIs() {
        InputException e = assertThrows(
                InputException.class, () -> Explanation.of(allocate("status-quo.yaml"), "โรงเรียนบ้านห้วยตัวอย่าง"));

        assertTrue(e.problems().get(0).describe().contains("is the name of school 20006; give its id"), e.getMessage());
    }

    @Test
    void step_canonicalForm_marksTerms() {
        Step step = new Step(
                "context", List.of(new Step.Arg("area", "area.district", true), new Step.Arg("id", "20006", false)));

        assertEquals("context(area=@area.district, id=20006)", step.toString());
        assertEquals("district", ExplanationText.render(new Step("area.district", List.of()), Locale.ENGLISH));
    }

    @Test
    void fill_leavesOutAnOptionalPartWhoseArgumentIsMissing() {
        assertEquals("a 1 c", ExplanationText.fill("a {x}[ b {y}] c", Map.of("x", "1")));
        assertEquals("a 1 b 2 c", ExplanationText.fill("a {x}[ b {y}] c", Map.of("x", "1", "y", "2")));
    }

    @Test
    void numbers_areWrittenExactly() {
        assertEquals("1,190,850.00", ExplainNumbers.money(119_085_000));
        assertEquals("-0.25", ExplainNumbers.money(-25));
        assertEquals("0.00", ExplainNumbers.signedMoney(0));
        assertEquals("+3,760.03", ExplainNumbers.signedMoney(376_003));
        assertEquals("20,000", ExplainNumbers.amount(2_000_000));
        assertEquals("1,836.50", ExplainNumbers.amount(183_650));
        assertEquals("-92,233,720,368,547,758.08", ExplainNumbers.money(Long.MIN_VALUE));
        assertEquals(3, ExplainNumbers.perPupil(5, 2), "2.5 satang rounds half up");
        assertEquals("+0.5%", ExplainNumbers.changePercent(5, 1000));
        assertEquals("-0.3%", ExplainNumbers.changePercent(-25, 10_000), "-0.25% rounds away from zero");
        assertEquals("0.0%", ExplainNumbers.changePercent(-4, 10_000));
        assertEquals("1.05", ExplainNumbers.weight(1.05));
        assertEquals("2", ExplainNumbers.weight(2.0));
        assertEquals("0.666572", ExplainNumbers.scale(0.6665720812941074));
    }

    @Test
    void everyStep_ofEveryScenario_isInTheCanonicalFormTheReportCompares() {
        List<String> forms = new ArrayList<>();
        Explanation.of(allocate("needs-weighted.yaml"), "20006").steps().forEach(s -> forms.add(s.toString()));

        assertTrue(
                forms.contains("context(area=@area.subdistrict, remote=@remote.true, kind=@kind.primary)"),
                forms::toString);
    }
}

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
package th.allocation.parameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;
import th.allocation.InputException;
import th.allocation.codec.ScenarioCodec;
import th.allocation.input.ScenarioReader;
import th.allocation.scenario.Scenario;

/**
 * A variant put together from the base's text around its values ({@link ScenarioParameters.Variants#with})
 * against the variant written as JSON and read back by the strict reader ({@code withRoundTrip}):
 * the same text, the same scenario, or the same problems, for every number of every bundled scenario
 * and values valid and not (negative, fractional where whole, huge, many decimals, trailing zeros).
 */
class VariantTextTest {
    private static final List<String> VALUES =
            List.of("0", "-1", "1.01", "1.00", "1E+2", "2500.00", "123456789.125", "3000000000", "1e-30");

    @Test
    void everyNumberOfEveryBundledScenario_sameAsTheRoundTrip() throws IOException {
        int assembled = 0;
        for (Path file : bundledScenarios()) {
            Scenario base = ScenarioReader.read(file);
            for (ScenarioParameters.Parameter parameter : ScenarioParameters.of(base)) {
                ScenarioParameters.Variants variants = ScenarioParameters.variants(base, List.of(parameter.path()));
                for (String value : VALUES) {
                    List<BigDecimal> values = List.of(new BigDecimal(value));
                    assembled += assertSame(variants, values, file + " " + parameter.path() + "=" + value);
                }
            }
        }
        assertTrue(assembled > 1000, "variants put together from the base's text: " + assembled);
    }

    @Test
    void severalNumbersAtOnce_inAnyOrder_sameAsTheRoundTrip() {
        Scenario base = ScenarioReader.read(Path.of("..", "examples", "thailand", "needs-weighted.yaml"));
        List<String> paths = ScenarioParameters.of(base).stream()
                .map(ScenarioParameters.Parameter::path)
                .toList();
        qt().withFixedSeed(17).withExamples(150).forAll(choice(paths)).checkAssert(c -> {
            ScenarioParameters.Variants variants = ScenarioParameters.variants(base, c.paths());
            assertSame(variants, c.values(), c.toString());
        });
    }

    @Test
    void aParameterLeftOutOfTheFile_isSetTheLongWay() {
        Scenario base = ScenarioReader.read(Path.of("..", "examples", "thailand", "needs-weighted.yaml"));
        List<String> absent = ScenarioParameters.of(base).stream()
                .map(ScenarioParameters.Parameter::path)
                .filter(p ->
                        ScenarioCodec.toTree(base).at("/" + p.replace('.', '/')).isMissingNode())
                .toList();
        assertTrue(!absent.isEmpty(), "some parameter is left out of the file");
        ScenarioParameters.Variants variants = ScenarioParameters.variants(base, List.of(absent.get(0)));
        assertNull(variants.assembleVariant(List.of(BigDecimal.ONE), "variant 1"));
        assertSame(variants, List.of(BigDecimal.ONE), absent.get(0));
    }

    /** Both ways give the same text and scenario, or the same problems; 1 if the text was put together. */
    private static int assertSame(ScenarioParameters.Variants variants, List<BigDecimal> values, String what) {
        String assembled = null;
        String written = null;
        try {
            written = variants.writeVariant(values, "variant 3");
            assembled = variants.assembleVariant(values, "variant 3");
        } catch (InputException e) {
            // A whole number that is not whole: refused before any text, the same way both ways.
            InputException fast = assertThrows(InputException.class, () -> variants.with(values, "variant 3"));
            assertEquals(e.problems(), fast.problems(), what);
            return 0;
        }
        if (assembled != null) {
            assertEquals(written, assembled, what);
        }
        Scenario slow;
        try {
            slow = variants.withRoundTrip(values, "variant 3");
        } catch (InputException e) {
            InputException fast = assertThrows(InputException.class, () -> variants.with(values, "variant 3"), what);
            assertEquals(e.problems(), fast.problems(), what);
            assertEquals(e.totalProblems(), fast.totalProblems(), what);
            return assembled == null ? 0 : 1;
        }
        Scenario fast = variants.with(values, "variant 3");
        assertNotNull(fast, what);
        assertEquals(slow, fast, what);
        assertEquals(ScenarioCodec.toJson(slow), ScenarioCodec.toJson(fast), what);
        return assembled == null ? 0 : 1;
    }

    private static List<Path> bundledScenarios() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("small", "thailand", "anchors")) {
            try (Stream<Path> walk = Files.walk(Path.of("..", "examples", folder))) {
                walk.filter(p -> p.toString().endsWith(".yaml") && !p.toString().contains("overrides"))
                        .sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }

    record Choice(List<String> paths, List<BigDecimal> values) {}

    /** One to four distinct parameters, in a random order, with values from {@link #VALUES} or drawn. */
    private static Gen<Choice> choice(List<String> paths) {
        return in -> {
            int count = (int) in.next(Constraint.between(1, 4));
            List<String> chosen = new ArrayList<>();
            List<BigDecimal> values = new ArrayList<>();
            while (chosen.size() < count) {
                String path = paths.get((int) in.next(Constraint.between(0, paths.size() - 1)));
                if (!chosen.contains(path)) {
                    chosen.add(path);
                    values.add(
                            in.next(Constraint.between(0, 1)) == 0
                                    ? new BigDecimal(
                                            VALUES.get((int) in.next(Constraint.between(0, VALUES.size() - 1))))
                                    : BigDecimal.valueOf(in.next(Constraint.between(-1000, 3_000_000)), (int)
                                            in.next(Constraint.between(0, 4))));
                }
            }
            return new Choice(chosen, values);
        };
    }
}

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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import th.allocation.InputException;
import th.allocation.Problem;

/**
 * Coverage-guided fuzzing of the three readers of user files (Jazzer). The oracle: a reader either
 * succeeds or throws an {@link InputException} whose every problem is located (a file, and a line
 * or a key), with text that holds no control character; never another exception, and within a
 * bounded time.
 *
 * <p>In {@code mvn verify} these run in regression mode: each input kept under {@code
 * src/test/resources/th/allocation/input/ReaderFuzzTestInputs/<method>/} (seeds and inputs that
 * once failed) is run once. To fuzz for real, for ten minutes per reader:
 *
 * <pre>
 * JAZZER_FUZZ=1 nice -n 10 mvn -B -ntp -pl allocation-core test -Dtest='ReaderFuzzTest#schoolCsv' \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * A crashing input is written to the inputs folder of its method; keep it there as a regression case.
 */
class ReaderFuzzTest {
    private static final Set<String> INDICATORS = Set.of("reading");

    @FuzzTest(maxDuration = "10m")
    void schoolCsv(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        bounded(() -> SchoolCsvReader.read(new ByteArrayInputStream(bytes), "schools.csv", Map.of(), INDICATORS));
    }

    @FuzzTest(maxDuration = "10m")
    void scenario(FuzzedDataProvider data) {
        String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
        bounded(() -> ScenarioReader.parse(text, "scenario.yaml"));
    }

    @FuzzTest(maxDuration = "10m")
    void overridesFile(FuzzedDataProvider data) {
        String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
        bounded(() -> OverridesReader.parseUnit(text, "esa", "esa-overrides/unit.yaml"));
    }

    @FuzzTest(maxDuration = "10m")
    void overridesTable(FuzzedDataProvider data) {
        String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
        bounded(() -> OverridesReader.parseTable(text, "esa", "esa-overrides.csv"));
    }

    /**
     * The time one input may take: far more than any reader needs for a few kilobytes (milliseconds),
     * with room for a busy machine; class loading and Jazzer's instrumentation happen before, in
     * {@link #warmUp}.
     */
    private static final Duration PER_INPUT = Duration.ofSeconds(20);

    /** Reads one valid input with each reader, so that the first timed input does not pay for class loading. */
    @BeforeAll
    static void warmUp() throws IOException {
        String schools = "school_id,name,cluster,esa,area_type,remote,school_kind,pupils_preprimary,pupils_primary,"
                + "pupils_lower_secondary,pupils_upper_secondary,pupils_special_needs,pupils_poor,reading\n"
                + "1,n,c,e,capital,true,primary,1,2,0,0,0,1,0.5\n";
        SchoolCsvReader.read(
                new ByteArrayInputStream(schools.getBytes(StandardCharsets.UTF_8)),
                "schools.csv",
                Map.of(),
                INDICATORS);
        ScenarioReader.parse(
                "fiscal_year: 2570\nrule: {type: flat, rates: {preprimary: 1, primary: 1, lower_secondary: 1,"
                        + " upper_secondary: 1}}\n",
                "scenario.yaml");
        OverridesReader.parseUnit("esa: e\nrule: {weights: {remote: 1.5}}\n", "esa", "esa-overrides/unit.yaml");
        OverridesReader.parseTable("esa,parameter,value\ne,rule.weights.remote,1.5\n", "esa", "esa-overrides.csv");
    }

    /** A read of one input; may throw IOException, which reading from memory never does. */
    private interface Read {
        void run() throws IOException;
    }

    /**
     * Runs {@code read} within {@link #PER_INPUT} (per input, not per fuzzing run as JUnit's
     * {@code @Timeout} on the method would be) and checks the oracle.
     */
    private static void bounded(Read read) {
        assertTimeoutPreemptively(PER_INPUT, () -> {
            try {
                read.run();
            } catch (InputException e) {
                assertLocated(e);
            } catch (IOException e) {
                fail("Reading from memory cannot fail: " + e, e);
            }
        });
    }

    /**
     * Every problem names its file and says where in it: a line, or a key (or column) path; a
     * problem about the whole file (empty, wrong encoding, too large) names the file alone.
     */
    private static void assertLocated(InputException e) {
        assertFalse(e.problems().isEmpty());
        for (Problem problem : e.problems()) {
            String describe = problem.describe();
            assertFalse(problem.source().isEmpty(), () -> "No file in: " + describe);
            assertFalse(problem.message().isBlank(), () -> "No message in: " + describe);
            assertTrue(
                    problem.line() > 0 || !problem.field().isEmpty() || isAboutTheWholeFile(problem),
                    () -> "Neither a line nor a key in: " + describe);
            for (int i = 0; i < describe.length(); i++) {
                char c = describe.charAt(i);
                if (Character.getType(c) == Character.CONTROL) {
                    fail("A control character (U+" + Integer.toHexString(c) + ") in: " + describe);
                }
            }
        }
    }

    private static boolean isAboutTheWholeFile(Problem problem) {
        return problem.line() == 0
                && problem.field().isEmpty()
                && (problem.message().startsWith("The file")
                        || problem.message().startsWith("The scenario file")
                        || problem.message().startsWith("The school file")
                        || problem.message().startsWith("The overrides"));
    }
}

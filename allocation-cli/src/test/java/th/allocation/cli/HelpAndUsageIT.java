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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help, version and usage errors of {@code alloc}: exit 0 for help and version, 2 for a usage error. */
class HelpAndUsageIT {
    @TempDir
    Path work;

    @Test
    void help_printsUsageWithSubcommandsAndExitCodes_exitsZero() {
        AllocProcess.Result result = AllocProcess.run(work, "--help").assertExitCode(0);

        assertTrue(result.stdout().startsWith("Usage: alloc "), result::describe);
        assertTrue(result.stdout().contains("  run "), result::describe);
        assertTrue(result.stdout().contains("  validate "), result::describe);
        assertTrue(
                result.stdout().contains("Exit codes: 0 success, 2 bad input or usage, 1 anything else."),
                result::describe);
        assertEquals("", result.stderr(), result::describe);
    }

    @Test
    void version_printsTheProjectVersion_exitsZero() {
        AllocProcess.Result result = AllocProcess.run(work, "--version").assertExitCode(0);

        assertEquals(
                "alloc " + projectVersion(), result.stdout().lines().findFirst().orElse(""), result::describe);
        assertEquals("", result.stderr(), result::describe);
    }

    @Test
    void runHelp_printsTheUsageOfRun_exitsZero() {
        AllocProcess.Result result = AllocProcess.run(work, "run", "--help").assertExitCode(0);

        assertTrue(result.stdout().startsWith("Usage: alloc run "), result::describe);
        assertTrue(result.stdout().contains("SCENARIO"), result::describe);
        assertTrue(result.stdout().contains("--out=DIR"), result::describe);
        assertTrue(result.stdout().contains("--schools=FILE"), result::describe);
        assertEquals("", result.stderr(), result::describe);
    }

    @Test
    void runVersion_printsTheSameVersionAsAlloc_exitsZero() {
        // run's help lists -V, --version ("Print version information and exit"), so it must print one.
        AllocProcess.Result result = AllocProcess.run(work, "run", "--version").assertExitCode(0);

        assertEquals(
                "alloc " + projectVersion(), result.stdout().lines().findFirst().orElse(""), result::describe);
    }

    @Test
    void unknownSubcommand_exitsTwoWithAOneLineMessage() {
        AllocProcess.Result result = AllocProcess.run(work, "frobnicate").assertExitCode(2);

        assertUsageError(result, "'frobnicate'", "alloc");
    }

    @Test
    void unknownOption_exitsTwoWithAOneLineMessage() {
        AllocProcess.Result result = AllocProcess.run(work, "--frobnicate").assertExitCode(2);

        assertUsageError(result, "Unknown option: '--frobnicate'", "alloc");
    }

    @Test
    void run_unknownOption_exitsTwoWithAOneLineMessageNamingRun() {
        AllocProcess.Result result = AllocProcess.run(work, "run", "--frobnicate", "needs-weighted.yaml")
                .assertExitCode(2);

        assertUsageError(result, "Unknown option: '--frobnicate'", "alloc run");
    }

    @Test
    void noSubcommand_exitsTwoSayingOneIsMissing() {
        AllocProcess.Result result = AllocProcess.run(work).assertExitCode(2);

        assertUsageError(result, "Missing required subcommand", "alloc");
    }

    @Test
    void run_withoutScenario_exitsTwoSayingTheScenarioIsMissing() {
        AllocProcess.Result result = AllocProcess.run(work, "run").assertExitCode(2);

        assertUsageError(result, "Missing required parameter: 'SCENARIO'", "alloc run");
    }

    /**
     * A usage error: nothing on stdout, no stack trace, and on stderr one line that names the
     * problem, optionally followed by the hint to ask for help (the usual picocli form).
     */
    private static void assertUsageError(AllocProcess.Result result, String expected, String command) {
        List<String> lines = result.stderrLines();
        assertEquals("", result.stdout(), result::describe);
        assertFalse(lines.isEmpty(), result::describe);
        assertTrue(lines.get(0).startsWith("alloc: ") && lines.get(0).contains(expected), result::describe);
        assertTrue(lines.size() <= 2, "More than the message and the help hint:\n" + result.describe());
        if (lines.size() == 2) {
            assertEquals("Try '" + command + " --help' for usage.", lines.get(1), result::describe);
        }
        assertFalse(result.hasStackTrace(), result::describe);
    }

    /** The version in the parent pom.xml, which the engine reports. */
    private static String projectVersion() {
        String pom = Fixtures.read(Fixtures.projectRoot().resolve("pom.xml"));
        Matcher matcher = Pattern.compile("<artifactId>allocation-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertTrue(matcher.find(), "No version of allocation-parent in pom.xml.");
        return matcher.group(1);
    }
}

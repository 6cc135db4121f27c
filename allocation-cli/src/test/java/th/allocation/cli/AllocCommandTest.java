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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/**
 * Only the subcommand a command line names is built; help, suggestions and anything unusual get
 * every subcommand, so what the user sees does not change.
 */
class AllocCommandTest {
    private static List<String> built(String... args) {
        return List.copyOf(AllocCommand.commandLine(new AllocCommand(), args)
                .getSubcommands()
                .keySet());
    }

    private static final List<String> ALL =
            List.of("run", "explain", "compare", "sweep", "evaluate", "serve", "validate", "generate", "help");

    @Test
    void commandLine_buildsOnlyTheSubcommandNamed() {
        assertEquals(List.of("run"), built("run", "scenario.yaml", "--out", "x"));
        assertEquals(List.of("run"), built("--verbose", "run", "scenario.yaml"));
        assertEquals(List.of("sweep"), built("sweep", "--help"));
        assertEquals(List.of("generate"), built("generate"));
    }

    @Test
    void commandLine_buildsEverySubcommand_forHelpMisspellingsAndTheUnusual() {
        assertEquals(ALL, built());
        assertEquals(ALL, built("--help"));
        assertEquals(ALL, built("--version"));
        assertEquals(ALL, built("help", "run"));
        assertEquals(ALL, built("rn", "scenario.yaml"));
        assertEquals(ALL, built("--bogus", "run"));
        assertEquals(ALL, built("--verbose"));
    }

    private record Outcome(int code, String out, String err) {}

    private static Outcome execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AllocCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void execute_helpListsEverySubcommand_andAMisspellingIsStillSuggested() {
        Outcome help = execute("--help");
        assertEquals(0, help.code());
        for (String name : ALL) {
            assertTrue(help.out().contains("\n  " + name + " "), name + " in:\n" + help.out());
        }
        Outcome misspelt = execute("rn", "scenario.yaml");
        assertEquals(AllocCommand.INPUT_ERROR, misspelt.code());
        assertTrue(misspelt.err().contains("Did you mean 'run'?"), misspelt.err());
    }

    @Test
    void execute_aSubcommandAlone_parsesAndReportsAsBefore() {
        Outcome usage = execute("run", "--help");
        assertEquals(0, usage.code());
        assertTrue(usage.out().startsWith("Usage: alloc run "), usage.out());
        Outcome missing = execute("--verbose", "validate");
        assertEquals(AllocCommand.INPUT_ERROR, missing.code());
        assertTrue(missing.err().contains("Missing required parameter: 'SCENARIO'"), missing.err());
        assertTrue(missing.err().contains("Try 'alloc validate --help' for usage."), missing.err());
    }

    /** Every option and parameter of {@code line} and its subcommands, at every depth. */
    private static List<ArgSpec> args(CommandLine line) {
        List<ArgSpec> all = new ArrayList<>(line.getCommandSpec().args());
        line.getSubcommands().values().forEach(sub -> all.addAll(args(sub)));
        return all;
    }

    @Test
    void commandLine_skipsOnlyConvertersNoOptionNeeds_andLeavesPicocliSettingsAsTheyWere() {
        String[] excluded = AllocCommand.UNUSED_CONVERTERS.split(",");
        assertTrue("java.time.LocalDate".matches(excluded[0]));
        assertTrue("java.sql.Timestamp".matches(excluded[1]));
        List<ArgSpec> args = args(AllocCommand.commandLine(new AllocCommand(), new String[0]));
        assertTrue(args.size() > 50, "every subcommand's options: " + args.size());
        for (ArgSpec arg : args) {
            for (Class<?> type : arg.auxiliaryTypes()) {
                for (String pattern : excluded) {
                    assertFalse(type.getName().matches(pattern), arg + " has a type whose converter is skipped");
                }
            }
        }
        String before = System.getProperty(AllocCommand.CONVERTER_EXCLUDES);
        try {
            System.clearProperty(AllocCommand.CONVERTER_EXCLUDES);
            built("run");
            assertNull(System.getProperty(AllocCommand.CONVERTER_EXCLUDES));
            System.setProperty(AllocCommand.CONVERTER_EXCLUDES, "java\\.net\\..*");
            built("--help");
            assertEquals("java\\.net\\..*", System.getProperty(AllocCommand.CONVERTER_EXCLUDES));
        } finally {
            if (before == null) {
                System.clearProperty(AllocCommand.CONVERTER_EXCLUDES);
            } else {
                System.setProperty(AllocCommand.CONVERTER_EXCLUDES, before);
            }
        }
    }
}

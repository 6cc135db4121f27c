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

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import th.allocation.InfeasibleException;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.Suggestions;
import th.allocation.engine.AllocationEngine;

/** The top-level {@code alloc} command: its subcommands do the work. */
@Command(
        name = "alloc",
        mixinStandardHelpOptions = true,
        versionProvider = AllocCommand.Version.class,
        description = "Needs-based budget allocation for Thai basic education.",
        subcommands = {
            RunCommand.class,
            CompareCommand.class,
            SweepCommand.class,
            ValidateCommand.class,
            ExplainCommand.class,
            GenerateCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {"", "Exit codes: 0 success, 2 bad input or usage, 1 anything else."})
public final class AllocCommand {
    /** Exit code for bad input or usage. */
    static final int INPUT_ERROR = 2;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean verbose;

    /** Runs {@code alloc} with {@code args}, writing to {@code out} and {@code err}; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        AllocCommand top = new AllocCommand();
        CommandLine line = new CommandLine(top);
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> report(e, top.verbose, cmd.getErr()));
        line.setParameterExceptionHandler((e, ignored) -> {
            PrintWriter w = e.getCommandLine().getErr();
            w.println("alloc: " + e.getMessage());
            suggestCommand(e).ifPresent(w::println);
            w.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return INPUT_ERROR;
        });
        int code = line.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** "Did you mean 'run'?" for a misspelt subcommand, if one is close. */
    private static java.util.Optional<String> suggestCommand(CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched)
                || unmatched.getUnmatched().isEmpty()
                || e.getCommandLine().getSubcommands().isEmpty()) {
            return java.util.Optional.empty();
        }
        String word = unmatched.getUnmatched().get(0);
        return Suggestions.closest(word, e.getCommandLine().getSubcommands().keySet())
                .map(name -> "Did you mean '" + name + "'?");
    }

    private static int report(Exception e, boolean verbose, PrintWriter err) {
        int code;
        if (e instanceof InputException input) {
            for (Problem problem : input.problems()) {
                err.println("error: " + problem.describe());
            }
            long more = input.totalProblems() - input.problems().size();
            if (more > 0) {
                err.println(
                        "error: ... and " + more + " more problems not listed (" + input.totalProblems() + " in all).");
            }
            code = INPUT_ERROR;
        } else if (e instanceof InfeasibleException) {
            err.println("error: infeasible scenario: " + printable(e.getMessage()));
            code = INPUT_ERROR;
        } else {
            err.println("error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : printable(e.getMessage()))
                    + (verbose ? "" : " (run with --verbose for details)"));
            code = CommandLine.ExitCode.SOFTWARE;
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /**
     * A message for the terminal: its own line breaks kept, control characters that came from the
     * data (a unit's name with an ESC, say) escaped as {@link Problem#escape} does for problems.
     */
    private static String printable(String message) {
        return String.join("\n", message.lines().map(Problem::escape).toList());
    }

    /** Reports the engine's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"alloc " + AllocationEngine.version(), "Java " + System.getProperty("java.version")};
        }
    }
}

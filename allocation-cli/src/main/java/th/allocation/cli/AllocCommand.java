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
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import th.allocation.InfeasibleException;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.Suggestions;
import th.allocation.codec.ScenarioCodec;
import th.allocation.engine.AllocationEngine;

/**
 * The top-level {@code alloc} command: its subcommands do the work.
 *
 * <p>The subcommands are listed in {@link #SUBCOMMANDS}, in the order help shows them; a new one is
 * one more line there. Only the subcommand a command line names is built: picocli reads a command's
 * annotations by reflection when it is added, which for every subcommand took a quarter of a
 * second of each run, and loaded classes (progress bars, the comparison and sweep machinery) a run
 * never uses. Help, a missing or misspelt subcommand, or anything unusual before the subcommand's
 * name, gets every subcommand, as help and suggestions need them.
 */
@Command(
        name = "alloc",
        mixinStandardHelpOptions = true,
        versionProvider = AllocCommand.Version.class,
        description = "Needs-based budget allocation for Thai basic education.",
        footer = {"", "Exit codes: 0 success, 2 bad input or usage, 1 anything else."})
public final class AllocCommand {
    /** Exit code for bad input or usage. */
    static final int INPUT_ERROR = 2;

    /**
     * A subcommand: its name, how to make it (only when it is used), and whether it starts by reading
     * a scenario file.
     */
    record Subcommand(String name, Supplier<Object> command, boolean readsScenario) {}

    /**
     * Every subcommand, in the order of the help. Lambdas, not constructor references: a reference
     * loads its class when the list is made, a lambda only when it is called.
     */
    static final List<Subcommand> SUBCOMMANDS = List.of(
            new Subcommand("run", () -> new RunCommand(), true),
            new Subcommand("explain", () -> new ExplainCommand(), true),
            new Subcommand("compare", () -> new CompareCommand(), true),
            new Subcommand("sweep", () -> new SweepCommand(), true),
            new Subcommand("evaluate", () -> new EvaluateCommand(), false),
            new Subcommand("serve", () -> new ServeCommand(), true),
            new Subcommand("validate", () -> new ValidateCommand(), true),
            new Subcommand("generate", () -> new GenerateCommand(), false),
            new Subcommand("help", () -> new CommandLine.HelpCommand(), false));

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean verbose;

    /** Runs {@code alloc} with {@code args}, writing to {@code out} and {@code err}; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        if (named(args).filter(Subcommand::readsScenario).isPresent()) {
            prepareScenarioReading();
        }
        AllocCommand top = new AllocCommand();
        CommandLine line = commandLine(top, args);
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

    /**
     * Builds the scenario reader on a second thread while picocli builds the command and parses its
     * arguments on this one: both take about a tenth of a second of a cold start, and the reading
     * that follows finds Jackson's readers made ({@link ScenarioCodec#prepare}). A daemon, so it never
     * holds the process open; if it fails, the reading does the same work itself and reports any error.
     */
    private static void prepareScenarioReading() {
        Thread preparing = new Thread(
                () -> {
                    try {
                        ScenarioCodec.prepare();
                    } catch (RuntimeException | LinkageError e) {
                        // The scenario's own reading builds the same readers and reports what fails.
                    }
                },
                "alloc-prepare");
        preparing.setDaemon(true);
        preparing.start();
    }

    /** The system property naming the types whose converters picocli does not make. */
    static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

    /**
     * The types of picocli's built-in converters that no option of {@code alloc} has: dates, times
     * and database types. Picocli finds each of these converters by reflection for every command
     * line it builds, loading and setting up the types' classes (time zones, parsers' formats) as it
     * does, about 15 ms of a start; {@code AllocCommandTest} checks that no option needs them.
     */
    static final String UNUSED_CONVERTERS = "java\\.time\\..*,java\\.sql\\..*";

    /** The command line of {@code top} with the subcommands {@code args} needs: the one named, or all. */
    static CommandLine commandLine(AllocCommand top, String[] args) {
        String excludes = System.getProperty(CONVERTER_EXCLUDES);
        System.setProperty(
                CONVERTER_EXCLUDES, excludes == null ? UNUSED_CONVERTERS : excludes + "," + UNUSED_CONVERTERS);
        try {
            CommandLine line = new CommandLine(top);
            Optional<Subcommand> named = named(args);
            for (Subcommand subcommand : SUBCOMMANDS) {
                if (named.isEmpty() || named.get() == subcommand) {
                    line.addSubcommand(subcommand.name(), subcommand.command().get());
                }
            }
            return line;
        } finally {
            if (excludes == null) {
                System.clearProperty(CONVERTER_EXCLUDES);
            } else {
                System.setProperty(CONVERTER_EXCLUDES, excludes);
            }
        }
    }

    /**
     * The subcommand {@code args} name, if the only arguments before it are {@code --verbose}; empty
     * for help, for no subcommand, for a name that is none of them, or after any other option.
     */
    static Optional<Subcommand> named(String[] args) {
        for (String arg : args) {
            if (arg.equals("--verbose")) {
                continue;
            }
            for (Subcommand subcommand : SUBCOMMANDS) {
                if (subcommand.name().equals(arg) && !arg.equals("help")) {
                    return Optional.of(subcommand);
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
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

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
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs the packaged {@code alloc.jar} as a separate process, the way a user does, and captures its
 * exit code, standard output and standard error.
 *
 * <p>The jar is the one failsafe names in the system property {@code alloc.jar}; the JVM is the one
 * running the tests. A run that does not end within {@link #TIMEOUT_SECONDS} is killed and fails the
 * test, so a hang cannot block the build.
 */
final class AllocProcess {
    /** Generous for a JVM start and a small example on a busy 2-core machine; a hang still fails. */
    static final long TIMEOUT_SECONDS = 60;

    /** A line of a Java stack trace, as {@code printStackTrace} writes it. */
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(.*\\)$");

    private AllocProcess() {}

    /** Runs {@code alloc args...} in {@code workingDirectory} and waits for it to end. */
    static Result run(Path workingDirectory, String... args) {
        return start(workingDirectory, args).await();
    }

    /**
     * Starts {@code alloc args...} in {@code workingDirectory} and returns at once, for a test that
     * stops the process midway; {@link Running#await} waits for its end.
     */
    static Running start(Path workingDirectory, String... args) {
        return start(workingDirectory, List.of(), args);
    }

    /** {@link #start(Path, String...)} with {@code jvmOptions} before {@code -jar}. */
    static Running start(Path workingDirectory, List<String> jvmOptions, String... args) {
        Path stdout = null;
        Path stderr = null;
        try {
            // Files, not pipes: a child that fills a pipe nobody reads would hang.
            stdout = Files.createTempFile("alloc-stdout-", ".txt");
            stderr = Files.createTempFile("alloc-stderr-", ".txt");
            Process process = process(workingDirectory, jvmOptions, Arrays.asList(args), stdout, stderr);
            return new Running(process, workingDirectory, String.join(" ", args), stdout, stderr);
        } catch (IOException e) {
            delete(stdout);
            delete(stderr);
            throw new AssertionError("Cannot start alloc " + String.join(" ", args) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Starts {@code java jvmOptions... -jar alloc.jar args...} in {@code workingDirectory}, its
     * output and errors going to the files {@code stdout} and {@code stderr}, with no input and
     * without the JVM options of this environment.
     */
    static Process process(Path workingDirectory, List<String> jvmOptions, List<String> args, Path stdout, Path stderr)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        // JVM options from the environment would print "Picked up ..." on stderr and change behaviour.
        Map<String, String> environment = builder.environment();
        environment.remove("JAVA_TOOL_OPTIONS");
        environment.remove("JDK_JAVA_OPTIONS");
        environment.remove("_JAVA_OPTIONS");
        Process process = builder.start();
        process.getOutputStream().close(); // no input: a command that waits for stdin must not hang
        return process;
    }

    /** A started {@code alloc} process and the files its output goes to. */
    static final class Running {
        private final Process process;
        private final Path workingDirectory;
        private final String arguments;
        private final Path stdout;
        private final Path stderr;

        private Running(Process process, Path workingDirectory, String arguments, Path stdout, Path stderr) {
            this.process = process;
            this.workingDirectory = workingDirectory;
            this.arguments = arguments;
            this.stdout = stdout;
            this.stderr = stderr;
        }

        /** The process, to stop it ({@code destroy} sends SIGTERM, {@code destroyForcibly} SIGKILL). */
        Process process() {
            return process;
        }

        /**
         * Waits for the process to end, killing it and failing after {@link #TIMEOUT_SECONDS}, and
         * returns what it printed.
         */
        Result await() {
            try {
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    fail("alloc " + arguments + " did not end within " + TIMEOUT_SECONDS + " s in " + workingDirectory
                            + ".\nstdout:\n" + read(stdout) + "\nstderr:\n" + read(stderr));
                }
                return new Result(arguments, process.exitValue(), read(stdout), read(stderr));
            } catch (IOException e) {
                throw new AssertionError("Cannot read the output of alloc " + arguments + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for alloc " + arguments, e);
            } finally {
                delete(stdout);
                delete(stderr);
            }
        }
    }

    /** The jar under test, as built by {@code mvn package}. */
    static Path jar() {
        String property = System.getProperty("alloc.jar");
        assertTrue(
                property != null && !property.isEmpty(),
                "The system property alloc.jar is not set; run the *IT tests with 'mvn verify' (failsafe sets it).");
        Path jar = Path.of(property);
        assertTrue(Files.isRegularFile(jar), "The alloc jar (" + jar + ") does not exist; run 'mvn verify'.");
        return jar;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A leftover temporary file does not affect the result.
            }
        }
    }

    /**
     * What a run printed and how it ended.
     *
     * @param arguments the arguments, for failure messages
     * @param exitCode the process's exit code
     * @param stdout everything written to standard output, decoded as UTF-8
     * @param stderr everything written to standard error, decoded as UTF-8
     */
    record Result(String arguments, int exitCode, String stdout, String stderr) {
        /** Asserts the exit code, showing the whole run if it differs; returns this result. */
        Result assertExitCode(int expected) {
            if (exitCode != expected) {
                fail("Expected exit code " + expected + ".\n" + describe());
            }
            return this;
        }

        /**
         * Asserts that standard error holds one line per expected problem, in order, each starting
         * with the expected text, and nothing else: no stack trace, nothing on standard output.
         */
        Result assertProblems(List<String> expectedStarts) {
            List<String> lines = stderrLines();
            assertEquals(expectedStarts.size(), lines.size(), this::describe);
            for (int i = 0; i < expectedStarts.size(); i++) {
                int number = i + 1;
                String expected = expectedStarts.get(i);
                String line = lines.get(i);
                assertTrue(
                        line.startsWith(expected),
                        () -> "Expected line " + number + " to start with\n" + expected + "\n" + describe());
            }
            assertFalse(hasStackTrace(), this::describe);
            assertEquals("", stdout, this::describe);
            return this;
        }

        /** The non-empty lines of standard error. */
        List<String> stderrLines() {
            return stderr.lines().filter(line -> !line.isBlank()).toList();
        }

        /** The lines of standard error that report a problem ({@code error: ...}). */
        List<String> errorLines() {
            return stderr.lines().filter(line -> line.startsWith("error: ")).toList();
        }

        /** Whether standard error holds a Java stack trace. */
        boolean hasStackTrace() {
            return STACK_FRAME.matcher(stderr).find();
        }

        /** A description for assertion messages: the command, its exit code and what it printed. */
        String describe() {
            return "alloc " + arguments + "\nexit code: " + exitCode + "\n--- stdout:\n" + stdout + "--- stderr:\n"
                    + stderr + "---";
        }
    }
}

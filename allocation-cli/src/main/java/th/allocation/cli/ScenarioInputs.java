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

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.engine.AllocationEngine;
import th.allocation.input.SchoolFiles;
import th.allocation.output.InputFile;

/** The inputs every scenario command takes: the scenario file and, optionally, another school file. */
final class ScenarioInputs {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (YAML or JSON).")
    Path scenarioFile;

    @Option(
            names = "--schools",
            paramLabel = "FILE",
            description = "The school file (CSV, or an Excel workbook: FILE.xlsx for its first sheet,"
                    + " FILE.xlsx#SHEET for a named one); overrides the one the scenario names.")
    Path schoolsFile;

    /**
     * The engine for the scenario, read strictly (every problem at its line and key), with the school
     * file given with --schools or else the one the scenario names, read when first needed.
     */
    AllocationEngine engine() {
        return withSchoolsOption(AllocationEngine.load(scenarioFile), scenarioFile, schoolsFile);
    }

    /**
     * {@code engine} with the school file {@code override} if given; else the engine as loaded, whose
     * school file is the one the scenario (read from {@code scenarioFile}) names.
     *
     * @throws InputException if there is no --schools and the scenario names no school file
     */
    static AllocationEngine withSchoolsOption(AllocationEngine engine, Path scenarioFile, Path override) {
        if (override != null) {
            return engine.withSchools(override);
        }
        if (engine.schoolsFile().isEmpty()) {
            throw new InputException(new Problem(
                    scenarioFile.toString(),
                    0,
                    0,
                    "schools",
                    "",
                    "The scenario names no school file.",
                    "Add 'schools: FILE' to the scenario, or give --schools FILE."));
        }
        return engine;
    }

    /**
     * Prints the likely unit slips of the engine's scenario file ({@link AllocationEngine#hints()}),
     * one warning a line: they are not errors, so the command goes on.
     */
    static void warn(AllocationEngine engine, java.io.PrintWriter err) {
        for (Problem hint : engine.hints()) {
            err.println("warning: " + hint.describe());
        }
        err.flush();
    }

    /**
     * The files of the run, hashed for the manifest on a thread of their own, started now, while the
     * caller goes on (allocating, say): at 1.5 million schools the school file is 686 MB, 0.8 s of
     * hashing that would otherwise be spent after the allocation. The supplier waits for the hashes
     * and throws what hashing threw.
     */
    Supplier<List<InputFile>> filesBeside(AllocationEngine engine) {
        FutureTask<List<InputFile>> task = new FutureTask<>(() -> files(engine));
        Thread thread = new Thread(task, "alloc-hash-inputs");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return task.get();
                    } catch (InterruptedException e) {
                        interrupted = true; // the hashes are needed all the same
                    }
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    /** The files of the run, hashed for the manifest. */
    List<InputFile> files(AllocationEngine engine) {
        return List.of(
                InputFile.of("scenario", scenarioFile),
                schoolsInput(engine.schoolsFile().orElseThrow()));
    }

    /**
     * The school file for the manifest: its bytes hashed (a workbook's, for {@code book.xlsx#Sheet}),
     * named as given, with the sheet read.
     */
    static InputFile schoolsInput(Path path) {
        InputFile hashed = InputFile.of("schools", SchoolFiles.file(path));
        return new InputFile("schools", path.getFileName().toString(), hashed.sha256());
    }
}

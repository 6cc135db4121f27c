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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.engine.AllocationEngine;
import th.allocation.evaluate.Plan;
import th.allocation.input.ResultsReader;
import th.allocation.input.ResultsTable;
import th.allocation.input.RunFolder;
import th.allocation.input.RunFolderReader;
import th.allocation.input.SchoolCsvReader;
import th.allocation.model.SchoolTable;
import th.allocation.output.InputFile;
import th.allocation.scenario.Scenario;

/**
 * What {@code alloc evaluate} was given, read: a scenario file (allocated again), a run's output
 * folder, or a folder of years ({@code <fiscal year>/allocation/} and {@code <fiscal
 * year>/results.csv} each), as years to evaluate, each with its plan, results and input files, and
 * the way to this year's school table for next year's inputs.
 */
final class EvaluationSource {
    /** The results file of a year in a folder of years. */
    static final String RESULTS = "results.csv";

    /** The run's output folder of a year in a folder of years. */
    static final String ALLOCATION = "allocation";

    /**
     * One year to evaluate.
     *
     * @param plan what the allocation planned
     * @param results what was achieved
     * @param inputs the files read, for the manifest
     * @param schools the school table the allocation was made for and its file, if known
     * @param scenarioFile the scenario file, if given (not a run folder)
     */
    record Year(
            Plan plan,
            ResultsTable results,
            List<InputFile> inputs,
            Optional<Schools> schools,
            Optional<Path> scenarioFile) {}

    /** A school table and the file it was read from. */
    record Schools(Path file, SchoolTable table) {}

    private EvaluationSource() {}

    /** Whether {@code folder} is a folder of years: it has a sub-folder named as a B.E. year. */
    static boolean isHistory(Path folder) {
        return !yearFolders(folder).isEmpty();
    }

    /**
     * Reads a scenario file or a run folder and its results. {@code schoolsOption} is --schools: for a
     * scenario, the school file to allocate to; for a run, this year's school file for next year's
     * inputs (checked against the run's manifest).
     */
    static Year read(Path source, Path resultsFile, Path schoolsOption, boolean needSchools) {
        if (resultsFile == null) {
            throw new InputException(
                    Problem.of(
                            source.toString(),
                            "No results to evaluate against.",
                            "Give the realised results with --results FILE (school_id, fiscal_year, one column per"
                                    + " indicator), or give a folder of years holding <year>/allocation/ and <year>/results.csv."));
        }
        if (Files.isRegularFile(source)) {
            AllocationEngine engine =
                    ScenarioInputs.withSchoolsOption(AllocationEngine.load(source), source, schoolsOption);
            SchoolTable schools = engine.schools();
            ResultsTable results = ResultsReader.read(resultsFile);
            Plan plan;
            try {
                plan = Plan.of(engine.allocate());
            } catch (IllegalArgumentException e) {
                throw new InputException(Problem.of(
                        source.toString(),
                        "The scenario has no 'targets', so its allocation projects no indicator to evaluate against.",
                        "Evaluate a scenario with a 'targets' section (e.g. examples/thailand/targets.yaml)."));
            }
            Path schoolFile = engine.schoolsFile().orElseThrow();
            return new Year(
                    plan,
                    results,
                    List.of(
                            InputFile.of("scenario", source),
                            InputFile.of("schools", schoolFile),
                            InputFile.of("results", resultsFile)),
                    Optional.of(new Schools(schoolFile, schools)),
                    Optional.of(source));
        }
        RunFolder run = RunFolderReader.read(source);
        ResultsTable results = ResultsReader.read(resultsFile);
        Optional<Schools> schools =
                needSchools ? Optional.of(schoolsOfRun(run, schoolsOption, source)) : Optional.empty();
        return new Year(Plan.of(run), results, runInputs(run, resultsFile), schools, Optional.empty());
    }

    /** Reads every year of a folder of years that has results, oldest first; the last one's school file if asked. */
    static List<Year> readHistory(Path folder, Path schoolsOption, boolean needSchools, List<String> skipped) {
        List<Path> years = yearFolders(folder);
        List<Year> read = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Path> withResults = new ArrayList<>();
        for (Path year : years) {
            if (Files.isRegularFile(year.resolve(RESULTS))) {
                withResults.add(year);
            } else {
                skipped.add(year.getFileName().toString());
            }
        }
        if (withResults.isEmpty()) {
            throw new InputException(Problem.of(
                    folder.toString(),
                    "No year folder holds a " + RESULTS + ", so there is nothing to evaluate.",
                    "Put each year's realised results in <year>/" + RESULTS + " beside <year>/" + ALLOCATION + "/."));
        }
        for (int y = 0; y < withResults.size(); y++) {
            Path year = withResults.get(y);
            boolean last = y == withResults.size() - 1;
            try {
                RunFolder run = RunFolderReader.read(year.resolve(ALLOCATION));
                if (!year.getFileName().toString().equals(Integer.toString(run.fiscalYear()))) {
                    problems.add(Problem.of(
                            year.resolve(ALLOCATION).toString(),
                            "The allocation is for fiscal year " + run.fiscalYear() + ", not " + year.getFileName()
                                    + " as its folder says.",
                            "Move it to " + folder.resolve(Integer.toString(run.fiscalYear())) + "/" + ALLOCATION
                                    + "/."));
                    continue;
                }
                Path results = year.resolve(RESULTS);
                Optional<Schools> schools = Optional.empty();
                if (last && needSchools) {
                    Path own = year.resolve("schools.csv");
                    schools = Optional.of(schoolsOfRun(
                            run, schoolsOption != null || !Files.isRegularFile(own) ? schoolsOption : own, year));
                }
                read.add(new Year(
                        Plan.of(run), ResultsReader.read(results), runInputs(run, results), schools, Optional.empty()));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems.subList(0, Math.min(100, problems.size())), problems.size(), null);
        }
        return read;
    }

    private static List<Path> yearFolders(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().matches("2[5-7]\\d\\d"))
                    .sorted()
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    private static List<InputFile> runInputs(RunFolder run, Path results) {
        List<InputFile> inputs = new ArrayList<>();
        inputs.add(new InputFile("run_allocations", RunFolderReader.ALLOCATIONS, run.allocationsSha256()));
        inputs.add(new InputFile("run_summary", RunFolderReader.SUMMARY, run.summarySha256()));
        run.inputs().forEach(i -> inputs.add(new InputFile("run_" + i.role(), i.file(), i.sha256())));
        inputs.add(InputFile.of("results", results));
        return inputs;
    }

    /** The school table of a run, from {@code file}, which must be the one its manifest names. */
    private static Schools schoolsOfRun(RunFolder run, Path file, Path where) {
        RunFolder.Input recorded = run.input("schools").orElse(new RunFolder.Input("schools", "", ""));
        if (file == null) {
            throw new InputException(Problem.of(
                    where.toString(),
                    "Next year's school table starts from this year's, and a run's folder does not hold it.",
                    "Give this year's school file with --schools FILE (the run read "
                            + (recorded.file().isEmpty() ? "one" : recorded.file()) + ")."));
        }
        String sha = InputFile.of("schools", file).sha256();
        if (!recorded.sha256().isEmpty() && !recorded.sha256().equals(sha)) {
            throw new InputException(Problem.of(
                    file.toString(),
                    "This is not the school file the run read: its SHA-256 is " + sha.substring(0, 12) + "..., the"
                            + " run's manifest records " + recorded.file() + " with "
                            + recorded.sha256().substring(0, 12)
                            + "...",
                    "Give the school file the allocation was made from."));
        }
        Scenario scenario = run.scenario();
        return new Schools(
                file,
                SchoolCsvReader.read(
                        file, scenario.columns(), scenario.targets().columns()));
    }
}

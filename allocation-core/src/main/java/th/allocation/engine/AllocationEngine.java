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
package th.allocation.engine;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import th.allocation.EngineVersion;
import th.allocation.InfeasibleException;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.decentralise.DecentralisedAllocator;
import th.allocation.decentralise.OverrideRules;
import th.allocation.input.ScenarioReader;
import th.allocation.input.SchoolFiles;
import th.allocation.model.SchoolTable;
import th.allocation.optimise.TargetAllocator;
import th.allocation.parameters.ScenarioParameters;
import th.allocation.result.AllocationResult;
import th.allocation.scenario.AdminLevel;
import th.allocation.scenario.Scenario;
import th.allocation.solve.FormulaAllocator;

/**
 * The one entry point for systems that embed the engine: a scenario and the schools it allocates to,
 * ready to allocate. Immutable and thread-safe; every {@code with...} method returns a new engine and
 * leaves this one as it was, so a caller can keep one and ask many what-ifs of it.
 *
 * <pre>{@code
 * AllocationEngine engine = AllocationEngine.load(Path.of("examples/small/targets.yaml"));
 * AllocationResult result = engine.allocate();
 * long satang = result.allocation(engine.schools().indexOf("1010001"));
 *
 * // The same rule with one more million baht, and a higher weight for remote schools:
 * AllocationResult more = engine.withParameter("budget", new BigDecimal("21000000"))
 *         .withParameter("rule.weights.remote", new BigDecimal("1.3"))
 *         .allocate();
 * }</pre>
 *
 * <p>{@link #load} reads the scenario strictly and, when first needed, the school file it names
 * (relative to the scenario's folder), with the columns the scenario maps and every indicator column
 * its targets read, at any level: nothing the engine could work out is left to the caller. The school
 * table is read once and shared by every engine derived from this one that keeps it.
 *
 * <p>Results are sealed ({@link AllocationResult.Kind}): a formula, a target or a decentralised
 * allocation. No console output, no global state.
 */
public final class AllocationEngine {
    private final Scenario scenario;
    private final Path scenarioFile;
    private final Schools schools;
    private final List<Problem> hints;

    private AllocationEngine(Scenario scenario, Path scenarioFile, Schools schools, List<Problem> hints) {
        this.scenario = scenario;
        this.scenarioFile = scenarioFile;
        this.schools = schools;
        this.hints = List.copyOf(hints);
    }

    /**
     * Reads the scenario in {@code scenarioFile} (YAML, or JSON if the name ends in {@code .json}),
     * with each level's overrides checked against the centre's bounds. The school file the scenario
     * names is read when first needed, unless {@link #withSchools} replaces it first.
     *
     * @throws InputException listing every problem of the scenario, each at its file, line and key
     */
    public static AllocationEngine load(Path scenarioFile) {
        Objects.requireNonNull(scenarioFile, "scenarioFile");
        ScenarioReader.WithHints read = ScenarioReader.readWithHints(scenarioFile);
        Scenario scenario = checked(read.scenario(), scenarioFile.toString());
        Path named = namedSchoolFile(scenarioFile, scenario);
        return new AllocationEngine(
                scenario,
                scenarioFile,
                named == null ? Schools.none(scenarioFile.toString()) : Schools.of(named),
                read.hints());
    }

    /** An engine for a scenario and a school table already in memory. */
    public static AllocationEngine of(Scenario scenario, SchoolTable schools) {
        return new AllocationEngine(
                Objects.requireNonNull(scenario, "scenario"),
                null,
                Schools.of(Objects.requireNonNull(schools, "schools")),
                List.of());
    }

    /**
     * Allocates {@code scenario} to {@code schools}: in one step, or through the scenario's levels of
     * administration. The same as {@code of(scenario, schools).allocate()}.
     *
     * @throws InputException if the scenario needs data the school table lacks
     * @throws InfeasibleException if the scenario's constraints cannot all hold, with the numbers
     */
    public static AllocationResult allocate(Scenario scenario, SchoolTable schools) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(schools, "schools");
        if (scenario.isDecentralised()) {
            return DecentralisedAllocator.allocate(scenario, schools, AllocationEngine::oneStep);
        }
        return oneStep(scenario, schools);
    }

    /** The engine's version, e.g. {@code 0.1.0}. */
    public static String version() {
        return EngineVersion.VALUE;
    }

    /**
     * Allocates the scenario to the schools.
     *
     * @throws InputException if the school file has problems (every one listed, with its location) or
     *     lacks data the scenario needs
     * @throws InfeasibleException if the scenario's constraints cannot all hold, with the numbers and,
     *     when the scenario file has likely unit slips ({@link #hints()}), each of them, as what may
     *     explain it
     */
    public AllocationResult allocate() {
        try {
            return allocate(scenario, schools());
        } catch (InfeasibleException e) {
            if (hints.isEmpty()) {
                throw e;
            }
            StringBuilder message = new StringBuilder(e.getMessage());
            for (Problem hint : hints) {
                message.append("\nMaybe: ").append(hint.describe());
            }
            InfeasibleException explained = new InfeasibleException(message.toString());
            explained.initCause(e);
            throw explained;
        }
    }

    /**
     * Likely unit slips in the scenario file this engine was loaded from, each at its line and key:
     * values the scenario may mean but a person rarely does, such as
     * {@code caps.percent_of_previous: 1.5} (1.5 %, where 150 % was likely meant). Not errors: the
     * scenario is allocated as written. Empty for an engine not loaded from a file, or whose scenario
     * was changed since ({@link #withScenario}, {@link #withParameter}).
     */
    public List<Problem> hints() {
        return hints;
    }

    /** The scenario allocated. */
    public Scenario scenario() {
        return scenario;
    }

    /**
     * The schools allocated to, read from the school file on first use.
     *
     * @throws InputException if the school file has problems, every one listed with its location
     */
    public SchoolTable schools() {
        return schools.table(scenario);
    }

    /** The scenario file this engine was loaded from, if it was. */
    public Optional<Path> scenarioFile() {
        return Optional.ofNullable(scenarioFile);
    }

    /**
     * The school file the schools come from, if they come from a file: the one given to
     * {@link #withSchools(Path)}, or the one the scenario names, shown relative to the working folder
     * when it lies below it.
     */
    public Optional<Path> schoolsFile() {
        return Optional.ofNullable(schools.file);
    }

    /** This scenario allocated to the schools in {@code schoolsFile} (CSV), read when first needed. */
    public AllocationEngine withSchools(Path schoolsFile) {
        return new AllocationEngine(scenario, scenarioFile, Schools.of(Objects.requireNonNull(schoolsFile)), hints);
    }

    /** This scenario allocated to {@code schools}. */
    public AllocationEngine withSchools(SchoolTable schools) {
        return new AllocationEngine(scenario, scenarioFile, Schools.of(Objects.requireNonNull(schools)), hints);
    }

    /**
     * Another scenario allocated to the same schools. Where the schools come from a file and the new
     * scenario reads indicator columns the table was not read with, the file is read again.
     */
    public AllocationEngine withScenario(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        return new AllocationEngine(
                checked(scenario, sourceName()),
                scenarioFile,
                schools,
                scenario.equals(this.scenario) ? hints : List.of());
    }

    /**
     * The scenario with one numeric parameter set, by its key path in the scenario file (for example
     * {@code budget}, {@code rule.weights.remote}, {@code floors.min_per_pupil} or
     * {@code targets.indicators.reading.target}), checked as if the file said so.
     *
     * @throws InputException if the path names no numeric parameter (with the closest that exists), or
     *     the value makes the scenario invalid
     */
    public AllocationEngine withParameter(String path, BigDecimal value) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put(path, value);
        return withScenario(ScenarioParameters.with(scenario, values, sourceName()));
    }

    private String sourceName() {
        return scenarioFile == null ? "scenario" : scenarioFile.toString();
    }

    /** The one-step allocators: optimisation against targets, or the rule's formula. */
    private static AllocationResult oneStep(Scenario scenario, SchoolTable schools) {
        return scenario.targets() != null
                ? TargetAllocator.allocate(scenario, schools)
                : FormulaAllocator.allocate(scenario, schools);
    }

    /** The scenario, if its levels' overrides keep within the centre's bounds. */
    private static Scenario checked(Scenario scenario, String source) {
        if (!scenario.isDecentralised()) {
            return scenario;
        }
        List<Problem> problems = OverrideRules.check(scenario, source);
        if (!problems.isEmpty()) {
            throw new InputException(problems, problems.size(), null);
        }
        return scenario;
    }

    /**
     * The school file {@code scenario} names, resolved against the folder of {@code scenarioFile} and
     * shown relative to the working folder when it lies below it.
     */
    private static Path namedSchoolFile(Path scenarioFile, Scenario scenario) {
        if (scenario.schools().isEmpty()) {
            return null;
        }
        Path resolved = scenario.schoolsPath(scenarioFile);
        Path relative = Path.of("").toAbsolutePath().relativize(resolved);
        return relative.toString().startsWith("..") ? resolved : relative;
    }

    /**
     * Every column the scenario reads besides the canonical ones: the indicator columns of its targets
     * and of its levels' targets, and the extra columns its rules read.
     */
    static Set<String> indicatorColumns(Scenario scenario) {
        Set<String> columns = new TreeSet<>(scenario.rule().columns());
        if (scenario.targets() != null) {
            columns.addAll(scenario.targets().columns());
        }
        for (AdminLevel level : scenario.levels()) {
            if (level.targets() != null) {
                columns.addAll(level.targets().columns());
            }
            if (level.rule() != null) {
                columns.addAll(level.rule().columns());
            }
        }
        return columns;
    }

    /**
     * Where the schools come from: a table in memory, or a file read on first use (and again when a
     * scenario needs indicator columns the table was read without). Shared between engines derived from
     * one another, so a file is read once.
     */
    private static final class Schools {
        private final Path file;
        private final String missingFrom;
        private SchoolTable table;
        private Map<String, String> readMapping = Map.of();
        private Set<String> readColumns = Set.of();

        private Schools(Path file, SchoolTable table, String missingFrom) {
            this.file = file;
            this.table = table;
            this.missingFrom = missingFrom;
        }

        static Schools of(Path file) {
            return new Schools(file, null, null);
        }

        static Schools of(SchoolTable table) {
            return new Schools(null, table, null);
        }

        /** No schools: the scenario read from {@code scenarioSource} names no school file. */
        static Schools none(String scenarioSource) {
            return new Schools(null, null, scenarioSource);
        }

        synchronized SchoolTable table(Scenario scenario) {
            if (file == null) {
                if (table == null) {
                    throw new InputException(new Problem(
                            missingFrom,
                            0,
                            0,
                            "schools",
                            "",
                            "The scenario names no school file.",
                            "Add 'schools: FILE' to the scenario, or give the engine a school file or table"
                                    + " (withSchools)."));
                }
                return table;
            }
            Set<String> needed = indicatorColumns(scenario);
            if (table == null || !readColumns.containsAll(needed) || !readMapping.equals(scenario.columns())) {
                Set<String> columns = new TreeSet<>(needed);
                if (readMapping.equals(scenario.columns())) {
                    columns.addAll(readColumns);
                }
                table = SchoolFiles.read(file, scenario.columns(), columns);
                readColumns = Set.copyOf(columns);
                readMapping = Map.copyOf(scenario.columns());
            }
            return table;
        }
    }
}

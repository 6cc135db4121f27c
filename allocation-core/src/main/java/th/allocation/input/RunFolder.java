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

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import th.allocation.model.AreaType;
import th.allocation.scenario.Indicator;
import th.allocation.scenario.Scenario;

/**
 * A target run as its output folder holds it ({@code alloc run} of a scenario with {@code targets}):
 * the scenario as read (from the manifest of {@code summary.json}) and, from {@code allocations.csv},
 * each school's identity, pupils, allocation and, per indicator, the money put against its gap, its
 * value before, its target and the value projected. Rows are in school-id order. Immutable; read
 * with {@link RunFolderReader}.
 */
public final class RunFolder {
    /**
     * An input file of the run, as its manifest lists it.
     *
     * @param role {@code scenario} or {@code schools}
     * @param file the file's name
     * @param sha256 the SHA-256 of its bytes, lower-case hex
     */
    public record Input(String role, String file, String sha256) {}

    private final Path folder;
    private final Scenario scenario;
    private final List<Input> inputs;
    private final String allocationsSha256;
    private final String summarySha256;
    private final String[] ids;
    private final String[] names;
    private final long[] pupils;
    private final long[] allocation;
    private final String[][] labels; // cluster, esa, network: the distinct names
    private final int[][] codes; // cluster, esa, network: each school's name as an index into labels
    private final AreaType[] areaTypes;
    private final double[][] values;
    private final double[][] targets;
    private final double[][] projected;
    private final long[][] money;

    RunFolder(
            Path folder,
            Scenario scenario,
            List<Input> inputs,
            String allocationsSha256,
            String summarySha256,
            String[] ids,
            String[] names,
            long[] pupils,
            long[] allocation,
            String[][] labels,
            int[][] codes,
            AreaType[] areaTypes,
            double[][] values,
            double[][] targets,
            double[][] projected,
            long[][] money) {
        this.folder = folder;
        this.scenario = scenario;
        this.inputs = List.copyOf(inputs);
        this.allocationsSha256 = allocationsSha256;
        this.summarySha256 = summarySha256;
        this.ids = ids;
        this.names = names;
        this.pupils = pupils;
        this.allocation = allocation;
        this.labels = labels;
        this.codes = codes;
        this.areaTypes = areaTypes;
        this.values = values;
        this.targets = targets;
        this.projected = projected;
        this.money = money;
    }

    /** The folder, as given. */
    public Path folder() {
        return folder;
    }

    /** The scenario as the run read it, every default filled in. */
    public Scenario scenario() {
        return scenario;
    }

    /** The fiscal year (B.E.) of the allocation. */
    public int fiscalYear() {
        return scenario.fiscalYear();
    }

    /** The run's inputs, as its manifest lists them. */
    public List<Input> inputs() {
        return inputs;
    }

    /** The input of a role ({@code scenario}, {@code schools}), if the manifest lists one. */
    public Optional<Input> input(String role) {
        return inputs.stream().filter(i -> i.role().equals(role)).findFirst();
    }

    /** The SHA-256 of {@code allocations.csv}, computed as it was read. */
    public String allocationsSha256() {
        return allocationsSha256;
    }

    /** The SHA-256 of {@code summary.json}. */
    public String summarySha256() {
        return summarySha256;
    }

    /** The scenario's indicators, in its order. */
    public List<Indicator> indicators() {
        return scenario.targets().indicators();
    }

    /** How many schools. */
    public int size() {
        return ids.length;
    }

    /** The id of school {@code i}. */
    public String id(int i) {
        return ids[i];
    }

    /** The name of school {@code i}. */
    public String name(int i) {
        return names[i];
    }

    /** The pupils of school {@code i}. */
    public long pupils(int i) {
        return pupils[i];
    }

    /** The allocation of school {@code i}, in satang. */
    public long allocation(int i) {
        return allocation[i];
    }

    /** The cluster of school {@code i}. */
    public String cluster(int i) {
        return labels[0][codes[0][i]];
    }

    /** The ESA of school {@code i}. */
    public String esa(int i) {
        return labels[1][codes[1][i]];
    }

    /** The network of school {@code i}; empty if none. */
    public String network(int i) {
        return labels[2][codes[2][i]];
    }

    /**
     * Each school's unit of a hierarchy column ({@code cluster}, {@code esa} or {@code network}), as an
     * index into {@link #unitLabels}; a copy.
     */
    public int[] unitCodes(String column) {
        return codes[column(column)].clone();
    }

    /** The distinct names of a hierarchy column, in the order first met ({@code ""} for none). */
    public List<String> unitLabels(String column) {
        return List.of(labels[column(column)]);
    }

    private static int column(String column) {
        return switch (column) {
            case "cluster" -> 0;
            case "esa" -> 1;
            case "network" -> 2;
            default -> throw new IllegalArgumentException("Not a hierarchy column: " + column);
        };
    }

    /** The area type of school {@code i}. */
    public AreaType areaType(int i) {
        return areaTypes[i];
    }

    /** Indicator {@code k}'s value at school {@code i} before the allocation. */
    public double value(int k, int i) {
        return values[k][i];
    }

    /** School {@code i}'s target for indicator {@code k}. */
    public double target(int k, int i) {
        return targets[k][i];
    }

    /** The value the allocation projected for indicator {@code k} at school {@code i}. */
    public double projected(int k, int i) {
        return projected[k][i];
    }

    /** The money put against indicator {@code k}'s gap at school {@code i}, in satang. */
    public long money(int k, int i) {
        return money[k][i];
    }
}

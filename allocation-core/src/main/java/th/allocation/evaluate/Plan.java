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
package th.allocation.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.allocation.input.RunFolder;
import th.allocation.internal.NaturalOrder;
import th.allocation.model.AreaType;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.IndicatorColumns;
import th.allocation.scenario.Indicator;
import th.allocation.scenario.Scenario;

/**
 * What a target-driven allocation planned, school by school: the money put against each indicator's
 * gap, the value before (the baseline), the school's target (local overrides included) and the value
 * projected. Built from an allocation in memory ({@link #of(AllocationResult)}) or from a run's
 * output folder ({@link #of(RunFolder)}); the two give the same plan up to the six decimals
 * {@code allocations.csv} keeps of indicator values. Columnar and immutable; rows in school-id order.
 */
public final class Plan {
    private static final Level[] UNIT_LEVELS = {Level.CLUSTER, Level.ESA, Level.NETWORK, Level.AREA_TYPE};

    private final String source;
    private final Scenario scenario;
    private final String[] ids;
    private final String[] names;
    private final long[] pupils;
    private final long[] allocation;
    private final String[][] labels; // by level (cluster, esa, network, area type): unit names in order
    private final int[][] codes; // by level: each school's unit, -1 for none (no network)
    private final String[][] parents; // by level: each unit's unit one level up (an ESA's cluster), or ""
    private final List<List<String>> unitLists; // by level: labels as an unmodifiable list, made once
    private final double[][] baseline;
    private final double[][] target;
    private final double[][] projected;
    private final long[][] money;
    private final Map<String, Integer> index;

    private Plan(
            String source,
            Scenario scenario,
            String[] ids,
            String[] names,
            long[] pupils,
            long[] allocation,
            int[][] unitCodes,
            String[][] unitLabels,
            double[][] baseline,
            double[][] target,
            double[][] projected,
            long[][] money) {
        this.source = source;
        this.scenario = scenario;
        this.ids = ids;
        this.names = names;
        this.pupils = pupils;
        this.allocation = allocation;
        this.baseline = baseline;
        this.target = target;
        this.projected = projected;
        this.money = money;
        int n = ids.length;
        labels = new String[UNIT_LEVELS.length][];
        codes = new int[UNIT_LEVELS.length][];
        for (int u = 0; u < UNIT_LEVELS.length; u++) {
            normalise(u, unitCodes[u], unitLabels[u]);
        }
        parents = new String[UNIT_LEVELS.length][];
        for (int u = 0; u < UNIT_LEVELS.length; u++) {
            parents[u] = new String[labels[u].length];
            Arrays.fill(parents[u], "");
            if (UNIT_LEVELS[u] == Level.ESA || UNIT_LEVELS[u] == Level.NETWORK) {
                int up = u - 1;
                for (int i = 0; i < n; i++) {
                    int code = codes[u][i];
                    if (code >= 0 && parents[u][code].isEmpty() && codes[up][i] >= 0) {
                        parents[u][code] = labels[up][codes[up][i]];
                    }
                }
            }
        }
        List<List<String>> lists = new ArrayList<>();
        for (String[] level : labels) {
            lists.add(List.of(level));
        }
        unitLists = List.copyOf(lists);
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) {
            sorted = ids[i - 1].compareTo(ids[i]) < 0;
        }
        if (sorted) {
            index = null; // rows in id order: found by binary search, no table of 1.5 million entries
        } else {
            index = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                index.put(ids[i], i);
            }
        }
    }

    /**
     * Keeps the units level {@code u}'s schools are in, in order (natural name order; area types in
     * declaration order), and recodes the schools: a school whose unit is {@code ""} is in none (-1).
     */
    private void normalise(int u, int[] rawCodes, String[] rawLabels) {
        boolean[] used = new boolean[rawLabels.length];
        for (int code : rawCodes) {
            if (code >= 0) {
                used[code] = true;
            }
        }
        List<Integer> kept = new ArrayList<>();
        for (int c = 0; c < rawLabels.length; c++) {
            if (used[c] && !rawLabels[c].isEmpty()) {
                kept.add(c);
            }
        }
        java.util.Comparator<String> order = UNIT_LEVELS[u] == Level.AREA_TYPE
                ? java.util.Comparator.comparingInt(key -> AreaType.keys().indexOf(key))
                : NaturalOrder.INSTANCE;
        kept.sort((a, b) -> order.compare(rawLabels[a], rawLabels[b]));
        int[] recode = new int[rawLabels.length];
        Arrays.fill(recode, -1);
        labels[u] = new String[kept.size()];
        for (int c = 0; c < kept.size(); c++) {
            recode[kept.get(c)] = c;
            labels[u][c] = rawLabels[kept.get(c)];
        }
        codes[u] = new int[rawCodes.length];
        for (int i = 0; i < rawCodes.length; i++) {
            codes[u][i] = rawCodes[i] < 0 ? -1 : recode[rawCodes[i]];
        }
    }

    /** Codes and labels of string values, for the factories that have strings. */
    private static void encode(String[] values, int[][] codes, String[][] labels, int u) {
        Map<String, Integer> codeOf = new HashMap<>();
        codes[u] = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            codes[u][i] = codeOf.computeIfAbsent(values[i], v -> codeOf.size());
        }
        labels[u] = new String[codeOf.size()];
        codeOf.forEach((label, code) -> labels[u][code] = label);
    }

    /**
     * The plan of an allocation in memory.
     *
     * @param result a target-driven (or decentralised target-driven) allocation
     * @throws IllegalArgumentException if the allocation had no targets
     */
    public static Plan of(AllocationResult result) {
        if (!(result instanceof IndicatorColumns columns)
                || columns.indicators().isEmpty()) {
            throw new IllegalArgumentException(
                    "The allocation of '" + result.scenario().name() + "' had no targets,"
                            + " so it projected nothing to evaluate.\nMaybe allocate a scenario with a 'targets' section.");
        }
        SchoolTable schools = result.schools();
        int n = schools.size();
        List<Indicator> indicators = columns.indicators();
        int k = indicators.size();
        String[] ids = new String[n];
        String[] names = new String[n];
        long[] pupils = new long[n];
        long[] allocation = new long[n];
        int[][] unitCodes = new int[UNIT_LEVELS.length][n];
        String[][] unitLabels = new String[UNIT_LEVELS.length][];
        th.allocation.model.CategoryColumn[] columnsOfLevels = {schools.cluster(), schools.esa(), schools.network()};
        for (int u = 0; u < 3; u++) {
            unitLabels[u] = new String[columnsOfLevels[u].labelCount()];
            for (int c = 0; c < unitLabels[u].length; c++) {
                unitLabels[u][c] = columnsOfLevels[u].label(c);
            }
        }
        unitLabels[3] = AreaType.keys().toArray(String[]::new);
        double[][] baseline = new double[k][n];
        double[][] target = new double[k][n];
        double[][] projected = new double[k][n];
        long[][] money = new long[k][n];
        int[] component = new int[k];
        for (int j = 0; j < k; j++) {
            component[j] = -1;
            for (int c = 0; c < result.components().size(); c++) {
                if (result.components()
                        .get(c)
                        .key()
                        .equals("target_" + indicators.get(j).name())) {
                    component[j] = c;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            ids[i] = schools.id(i);
            names[i] = schools.name(i);
            pupils[i] = schools.totalPupils(i);
            allocation[i] = result.allocation(i);
            for (int u = 0; u < 3; u++) {
                unitCodes[u][i] = columnsOfLevels[u].code(i);
            }
            unitCodes[3][i] = schools.areaType(i).ordinal();
            for (int j = 0; j < k; j++) {
                baseline[j][i] = columns.value(j, i);
                target[j][i] = columns.target(j, i);
                projected[j][i] = columns.projected(j, i);
                money[j][i] = component[j] < 0 ? 0 : result.component(component[j], i);
            }
        }
        String source = schools.source().isEmpty() ? result.scenario().name() : schools.source();
        return new Plan(
                source,
                result.scenario(),
                ids,
                names,
                pupils,
                allocation,
                unitCodes,
                unitLabels,
                baseline,
                target,
                projected,
                money);
    }

    /**
     * A plan from columns, for tests: {@code units} holds each school's cluster, ESA, network and area
     * type (by key), in that order.
     */
    static Plan of(
            String source,
            Scenario scenario,
            String[] ids,
            long[] pupils,
            long[] allocation,
            String[][] units,
            double[][] baseline,
            double[][] target,
            double[][] projected,
            long[][] money) {
        int[][] codes = new int[UNIT_LEVELS.length][];
        String[][] labels = new String[UNIT_LEVELS.length][];
        for (int u = 0; u < UNIT_LEVELS.length; u++) {
            encode(units[u], codes, labels, u);
        }
        return new Plan(
                source,
                scenario,
                ids,
                ids.clone(),
                pupils,
                allocation,
                codes,
                labels,
                baseline,
                target,
                projected,
                money);
    }

    /** The plan of a run, as its output folder holds it. */
    public static Plan of(RunFolder run) {
        int n = run.size();
        int k = run.indicators().size();
        String[] ids = new String[n];
        String[] names = new String[n];
        long[] pupils = new long[n];
        long[] allocation = new long[n];
        int[][] unitCodes = new int[UNIT_LEVELS.length][];
        String[][] unitLabels = new String[UNIT_LEVELS.length][];
        List<String> columns = List.of("cluster", "esa", "network");
        for (int u = 0; u < 3; u++) {
            unitCodes[u] = run.unitCodes(columns.get(u));
            unitLabels[u] = run.unitLabels(columns.get(u)).toArray(String[]::new);
        }
        unitCodes[3] = new int[n];
        unitLabels[3] = AreaType.keys().toArray(String[]::new);
        double[][] baseline = new double[k][n];
        double[][] target = new double[k][n];
        double[][] projected = new double[k][n];
        long[][] money = new long[k][n];
        for (int i = 0; i < n; i++) {
            ids[i] = run.id(i);
            names[i] = run.name(i);
            pupils[i] = run.pupils(i);
            allocation[i] = run.allocation(i);
            unitCodes[3][i] = run.areaType(i).ordinal();
            for (int j = 0; j < k; j++) {
                baseline[j][i] = run.value(j, i);
                target[j][i] = run.target(j, i);
                projected[j][i] = run.projected(j, i);
                money[j][i] = run.money(j, i);
            }
        }
        return new Plan(
                run.folder().toString(),
                run.scenario(),
                ids,
                names,
                pupils,
                allocation,
                unitCodes,
                unitLabels,
                baseline,
                target,
                projected,
                money);
    }

    /** Where the plan came from: the run's folder, or the school file of an allocation in memory. */
    public String source() {
        return source;
    }

    /** The scenario allocated. */
    public Scenario scenario() {
        return scenario;
    }

    /** The fiscal year (B.E.) of the allocation. */
    public int fiscalYear() {
        return scenario.fiscalYear();
    }

    /** The indicators, in the scenario's order. */
    public List<Indicator> indicators() {
        return scenario.targets().indicators();
    }

    /** How many schools. */
    public int size() {
        return ids.length;
    }

    /** The row of school {@code id}, or -1. */
    public int indexOf(String id) {
        if (index != null) {
            Integer i = index.get(id);
            return i == null ? -1 : i;
        }
        int i = Arrays.binarySearch(ids, id);
        return i < 0 ? -1 : i;
    }

    /** The row of school {@code id}, trying {@code hint} first: results in the plan's order are found at once. */
    int indexOf(String id, int hint) {
        if (hint >= 0 && hint < ids.length && ids[hint].equals(id)) {
            return hint;
        }
        return indexOf(id);
    }

    /** Each school's code at {@code level} (null for the centre: every school is in its one unit). */
    int[] codes(Level level) {
        return level == Level.CENTRE ? null : codes[levelIndex(level)];
    }

    long[] pupilsColumn() {
        return pupils;
    }

    double[] baselineColumn(int k) {
        return baseline[k];
    }

    double[] targetColumn(int k) {
        return target[k];
    }

    double[] projectedColumn(int k) {
        return projected[k];
    }

    long[] moneyColumn(int k) {
        return money[k];
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

    /** School {@code i}'s allocation, in satang. */
    public long allocation(int i) {
        return allocation[i];
    }

    /** The name of the centre's one unit. */
    public static final String CENTRE = "all";

    /** The unit school {@code i} is in at {@code level}: its name, {@value #CENTRE} for the centre, "" for no network. */
    public String unit(Level level, int i) {
        if (level == Level.CENTRE) {
            return CENTRE;
        }
        int u = levelIndex(level);
        int code = codes[u][i];
        return code < 0 ? "" : labels[u][code];
    }

    /** The units of {@code level}, in order: natural name order, area types in declaration order. */
    public List<String> units(Level level) {
        return level == Level.CENTRE ? List.of(CENTRE) : unitLists.get(levelIndex(level));
    }

    /** The code of school {@code i}'s unit at {@code level} (an index into {@link #units}), -1 for none. */
    int code(Level level, int i) {
        return level == Level.CENTRE ? 0 : codes[levelIndex(level)][i];
    }

    /** The unit one level up from unit {@code code} of {@code level}: an ESA's cluster, a network's ESA, else "". */
    String parent(Level level, int code) {
        return level == Level.CENTRE ? "" : parents[levelIndex(level)][code];
    }

    /** Indicator {@code k}'s value at school {@code i} before the allocation. */
    public double baseline(int k, int i) {
        return baseline[k][i];
    }

    /** School {@code i}'s target for indicator {@code k}, local overrides included. */
    public double target(int k, int i) {
        return target[k][i];
    }

    /** The value the allocation projected for indicator {@code k} at school {@code i}. */
    public double projected(int k, int i) {
        return projected[k][i];
    }

    /** The money put against indicator {@code k}'s gap at school {@code i}, in satang. */
    public long money(int k, int i) {
        return money[k][i];
    }

    /**
     * The range indicator {@code k}'s values are inferred to take (see {@link EvaluationOptions}): 0
     * to 1 for a share, at least 0, or any number.
     */
    public Range inferredRange(int k) {
        return Ranges.of(this, k, EvaluationOptions.defaults());
    }

    private static int levelIndex(Level level) {
        return switch (level) {
            case CLUSTER -> 0;
            case ESA -> 1;
            case NETWORK -> 2;
            case AREA_TYPE -> 3;
            case CENTRE -> throw new IllegalArgumentException("The centre has one unit.");
        };
    }
}

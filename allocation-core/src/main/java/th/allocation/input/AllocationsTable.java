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

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.model.AreaType;
import th.allocation.scenario.Indicator;
import th.allocation.scenario.Scenario;

/**
 * The reading of a target run's {@code allocations.csv}: the columns an evaluation needs, by name,
 * as {@code AllocationWriter} writes them ({@code target_<indicator>} for the money, {@code
 * <indicator>_value}, {@code _target}, {@code _projected}). Problems are collected, up to {@value
 * ResultsReader#MAX_PROBLEMS}, with their line, column and school.
 */
final class AllocationsTable {
    private static final List<String> IDENTITY =
            List.of("school_id", "name", "cluster", "esa", "network", "area_type", "pupils", "allocation");

    private final String source;
    private final Scenario scenario;
    private final List<Problem> problems = new ArrayList<>();
    private long problemCount;

    AllocationsTable(String source, Scenario scenario) {
        this.source = source;
        this.scenario = scenario;
    }

    RunFolder read(
            CsvScanner scanner, Path folder, List<RunFolder.Input> inputs, String summarySha, MessageDigest digest)
            throws IOException {
        if (!scanner.next()) {
            throw new InputException(Problem.of(source, "The file is empty.", "Run the allocation again."));
        }
        Map<String, Integer> position = new HashMap<>();
        for (int f = 0; f < scanner.fields(); f++) {
            position.putIfAbsent(scanner.text(f), f);
        }
        int width = scanner.fields();
        List<Indicator> indicators = scenario.targets().indicators();
        List<String> wanted = new ArrayList<>(IDENTITY);
        for (Indicator indicator : indicators) {
            wanted.add("target_" + indicator.name());
            for (String part : List.of("value", "target", "projected")) {
                wanted.add(indicator.name() + "_" + part);
            }
        }
        List<String> missing = new ArrayList<>();
        for (String column : wanted) {
            if (!position.containsKey(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new InputException(new Problem(
                    source,
                    1,
                    0,
                    missing.get(0),
                    "",
                    "The header lacks " + String.join(", ", missing) + ", which the run of a target scenario writes.",
                    "Give the folder of 'alloc run' of the scenario whose summary.json is beside this file; run it"
                            + " again if the files were edited."));
        }
        int[] identity = IDENTITY.stream().mapToInt(position::get).toArray();
        int k = indicators.size();
        int[] moneyAt = new int[k];
        int[][] partAt = new int[3][k];
        for (int j = 0; j < k; j++) {
            String name = indicators.get(j).name();
            moneyAt[j] = position.get("target_" + name);
            partAt[0][j] = position.get(name + "_value");
            partAt[1][j] = position.get(name + "_target");
            partAt[2][j] = position.get(name + "_projected");
        }
        Columns columns = new Columns(k);
        CsvScanner.Codes[] units = {new CsvScanner.Codes(), new CsvScanner.Codes(), new CsvScanner.Codes()};
        CsvScanner.Codes areaTypeTexts = new CsvScanner.Codes();
        List<AreaType> areaTypeOfCode = new ArrayList<>();
        String previousId = null;
        boolean ordered = true;
        while (scanner.next()) {
            if (scanner.isBlankLine()) {
                continue;
            }
            long line = scanner.line();
            String id = scanner.text(identity[0]);
            if (scanner.fields() != width) {
                report(line, "", id, "The row has " + scanner.fields() + " fields but the header has " + width + ".");
                continue;
            }
            if (id.isEmpty()) {
                report(line, "school_id", "", "The school id is empty.");
                continue;
            }
            if (previousId != null && id.compareTo(previousId) <= 0) {
                ordered = false;
            }
            previousId = id;
            long before = problemCount;
            int areaTypeCode = scanner.code(identity[5], areaTypeTexts);
            if (areaTypeCode == areaTypeOfCode.size()) {
                areaTypeOfCode.add(
                        AreaType.parse(areaTypeTexts.text(areaTypeCode)).orElse(null));
            }
            AreaType areaType = areaTypeOfCode.get(areaTypeCode);
            if (areaType == null) {
                report(line, "area_type", id, "Unknown area type '" + scanner.text(identity[5]) + "'.");
            }
            long pupils = whole(scanner, identity[6], line, id, "pupils");
            long allocation = amount(scanner, identity[7], line, id, "allocation");
            int row = columns.size;
            columns.grow();
            for (int j = 0; j < k; j++) {
                columns.money[j][row] = amount(
                        scanner,
                        moneyAt[j],
                        line,
                        id,
                        "target_" + indicators.get(j).name());
                for (int p = 0; p < 3; p++) {
                    columns.parts[p][j][row] = number(scanner, partAt[p][j], line, id);
                }
            }
            if (problemCount > before) {
                continue;
            }
            columns.ids[row] = id;
            columns.names[row] = scanner.text(identity[1]);
            for (int u = 0; u < 3; u++) {
                columns.codes[u][row] = scanner.code(identity[2 + u], units[u]);
            }
            columns.areaTypes[row] = areaType;
            columns.pupils[row] = pupils;
            columns.allocation[row] = allocation;
            columns.size++;
        }
        if (columns.size == 0 && problemCount == 0) {
            report(2, "", "", "The file has a header but no schools.");
        }
        if (problemCount > 0) {
            problems.sort(java.util.Comparator.comparingLong(Problem::line));
            throw new InputException(problems, problemCount, null);
        }
        int[] order = ordered ? null : sortedOrder(columns);
        String[][] labels = new String[3][];
        for (int u = 0; u < 3; u++) {
            labels[u] = new String[units[u].size()];
            for (int c = 0; c < labels[u].length; c++) {
                labels[u][c] = units[u].text(c);
            }
        }
        return columns.build(
                folder, scenario, inputs, HexFormat.of().formatHex(digest.digest()), summarySha, labels, order);
    }

    /** Row order by school id, for a file whose rows are not in it; duplicate ids are problems. */
    private int[] sortedOrder(Columns columns) {
        Integer[] boxed = new Integer[columns.size];
        Arrays.setAll(boxed, r -> r);
        Arrays.sort(boxed, (a, b) -> columns.ids[a].compareTo(columns.ids[b]));
        for (int r = 1; r < boxed.length; r++) {
            if (columns.ids[boxed[r]].equals(columns.ids[boxed[r - 1]])) {
                report(0, "school_id", columns.ids[boxed[r]], "The school appears twice.");
            }
        }
        if (problemCount > 0) {
            throw new InputException(problems, problemCount, null);
        }
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    private long whole(CsvScanner scanner, int f, long line, String id, String column) throws IOException {
        double value;
        try {
            value = scanner.number(f);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!(value >= 0) || value != Math.rint(value) || value > 1e12) {
            report(line, column, id, "'" + scanner.text(f) + "' is not a whole number of pupils.");
            return 0;
        }
        return (long) value;
    }

    private long amount(CsvScanner scanner, int f, long line, String id, String column) throws IOException {
        try {
            return scanner.satang(f);
        } catch (NumberFormatException e) {
            report(line, column, id, "'" + scanner.text(f) + "' is not an amount in baht with two decimals.");
            return 0;
        }
    }

    private double number(CsvScanner scanner, int f, long line, String id) throws IOException {
        try {
            return scanner.number(f);
        } catch (NumberFormatException e) {
            report(line, "", id, "'" + scanner.text(f) + "' is not a number.");
            return Double.NaN;
        }
    }

    private void report(long line, String column, String id, String message) {
        problemCount++;
        if (problems.size() < ResultsReader.MAX_PROBLEMS) {
            problems.add(Problem.atRow(
                    source,
                    line,
                    column,
                    id,
                    message,
                    "Run the allocation again: alloc writes this file whole, and it must not be edited."));
        }
    }

    /** The columns read, growing. */
    private static final class Columns {
        String[] ids = new String[1024];
        String[] names = new String[1024];
        long[] pupils = new long[1024];
        long[] allocation = new long[1024];
        int[][] codes = new int[3][1024];
        AreaType[] areaTypes = new AreaType[1024];
        long[][] money;
        double[][][] parts;
        int size;

        Columns(int indicators) {
            money = new long[indicators][1024];
            parts = new double[3][indicators][1024];
        }

        /** Makes room for one more row. */
        void grow() {
            if (size < ids.length) {
                return;
            }
            int capacity = ids.length * 2;
            ids = Arrays.copyOf(ids, capacity);
            names = Arrays.copyOf(names, capacity);
            pupils = Arrays.copyOf(pupils, capacity);
            allocation = Arrays.copyOf(allocation, capacity);
            areaTypes = Arrays.copyOf(areaTypes, capacity);
            for (int u = 0; u < 3; u++) {
                codes[u] = Arrays.copyOf(codes[u], capacity);
            }
            for (int j = 0; j < money.length; j++) {
                money[j] = Arrays.copyOf(money[j], capacity);
                for (int p = 0; p < 3; p++) {
                    parts[p][j] = Arrays.copyOf(parts[p][j], capacity);
                }
            }
        }

        RunFolder build(
                Path folder,
                Scenario scenario,
                List<RunFolder.Input> inputs,
                String allocationsSha,
                String summarySha,
                String[][] labels,
                int[] order) {
            int n = size;
            int k = money.length;
            long[][] m = new long[k][];
            double[][][] p = new double[3][k][];
            String[] i;
            String[] nm;
            long[] pu;
            long[] al;
            int[][] c = new int[3][];
            AreaType[] at;
            if (order == null) {
                // Rows already in id order, as alloc writes them: each column trimmed, in one copy.
                i = Arrays.copyOf(ids, n);
                nm = Arrays.copyOf(names, n);
                pu = Arrays.copyOf(pupils, n);
                al = Arrays.copyOf(allocation, n);
                at = Arrays.copyOf(areaTypes, n);
                for (int u = 0; u < 3; u++) {
                    c[u] = Arrays.copyOf(codes[u], n);
                }
                for (int j = 0; j < k; j++) {
                    m[j] = Arrays.copyOf(money[j], n);
                    for (int q = 0; q < 3; q++) {
                        p[q][j] = Arrays.copyOf(parts[q][j], n);
                    }
                }
            } else {
                i = new String[n];
                nm = new String[n];
                pu = new long[n];
                al = new long[n];
                at = new AreaType[n];
                for (int u = 0; u < 3; u++) {
                    c[u] = new int[n];
                }
                for (int j = 0; j < k; j++) {
                    m[j] = new long[n];
                    for (int q = 0; q < 3; q++) {
                        p[q][j] = new double[n];
                    }
                }
                for (int r = 0; r < n; r++) {
                    int from = order[r];
                    i[r] = ids[from];
                    nm[r] = names[from];
                    pu[r] = pupils[from];
                    al[r] = allocation[from];
                    at[r] = areaTypes[from];
                    for (int u = 0; u < 3; u++) {
                        c[u][r] = codes[u][from];
                    }
                    for (int j = 0; j < k; j++) {
                        m[j][r] = money[j][from];
                        for (int q = 0; q < 3; q++) {
                            p[q][j][r] = parts[q][j][from];
                        }
                    }
                }
            }
            return new RunFolder(
                    folder,
                    scenario,
                    inputs,
                    allocationsSha,
                    summarySha,
                    i,
                    nm,
                    pu,
                    al,
                    labels,
                    c,
                    at,
                    p[0],
                    p[1],
                    p[2],
                    m);
        }
    }
}

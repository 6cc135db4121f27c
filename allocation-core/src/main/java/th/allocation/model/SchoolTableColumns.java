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
package th.allocation.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import th.allocation.InputException;

/**
 * A {@link SchoolTable} filled column by column, for a reader that parses cells itself: no {@link
 * School} value per row, the text of the hierarchy and geography columns as codes into labels the
 * reader interned once. {@link #build} puts the schools in canonical order (by id) and rejects
 * duplicate ids, as {@link SchoolTable.Builder} does; the table is the one that builder gives for the
 * same schools.
 */
public final class SchoolTableColumns {
    /** How many category columns {@link #add} takes codes of: cluster, ESA, network, province, district, subdistrict. */
    public static final int CATEGORIES = 6;

    static final int LEVELS = Level.values().length;

    final String source;
    final List<String> indicatorNames;
    boolean dropEmptyIndicators;
    int size;
    IdBuffer ids;
    String[] names;
    int[][] categories;
    byte[] areaTypes;
    byte[] kinds;
    boolean[] remote;
    int[][] pupils;
    int[] specialNeeds;
    int[] poor;
    long[] previous;
    int[] previousPupils;
    double[][] indicators;
    long[] lines;

    SchoolTableColumns(String source, List<String> indicatorNames, int expectedRows) {
        this.source = source == null ? "" : source;
        this.indicatorNames = List.copyOf(indicatorNames);
        if (Set.copyOf(indicatorNames).size() != indicatorNames.size()) {
            throw new IllegalArgumentException("Indicator names must be distinct: " + indicatorNames + ".");
        }
        ids = new IdBuffer(expectedRows);
        allocate(Math.max(16, expectedRows));
    }

    private void allocate(int capacity) {
        names = Arrays.copyOf(orEmpty(names), capacity);
        categories = grow(categories, CATEGORIES, capacity);
        areaTypes = areaTypes == null ? new byte[capacity] : Arrays.copyOf(areaTypes, capacity);
        kinds = kinds == null ? new byte[capacity] : Arrays.copyOf(kinds, capacity);
        remote = remote == null ? new boolean[capacity] : Arrays.copyOf(remote, capacity);
        pupils = grow(pupils, LEVELS, capacity);
        specialNeeds = specialNeeds == null ? new int[capacity] : Arrays.copyOf(specialNeeds, capacity);
        poor = poor == null ? new int[capacity] : Arrays.copyOf(poor, capacity);
        previous = previous == null ? new long[capacity] : Arrays.copyOf(previous, capacity);
        previousPupils = previousPupils == null ? new int[capacity] : Arrays.copyOf(previousPupils, capacity);
        lines = lines == null ? new long[capacity] : Arrays.copyOf(lines, capacity);
        double[][] grown = new double[indicatorNames.size()][];
        for (int k = 0; k < grown.length; k++) {
            grown[k] = indicators == null ? new double[capacity] : Arrays.copyOf(indicators[k], capacity);
        }
        indicators = grown;
    }

    private static String[] orEmpty(String[] values) {
        return values == null ? new String[0] : values;
    }

    private static int[][] grow(int[][] columns, int count, int capacity) {
        int[][] grown = new int[count][];
        for (int c = 0; c < count; c++) {
            grown[c] = columns == null ? new int[capacity] : Arrays.copyOf(columns[c], capacity);
        }
        return grown;
    }

    /** The id of the school added {@code row}-th (from 0). */
    public String id(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException(row);
        }
        return ids.get(row);
    }

    /** How many schools were added. */
    public int size() {
        return size;
    }

    /**
     * Adds a school.
     *
     * @param categoryCodes its codes in the {@link #CATEGORIES} category columns, into the labels given to
     *     {@link #build}; copied
     * @param pupilsByLevel its pupils by level, in {@link Level} order; copied
     * @param previousSatang last year's allocation in satang, or {@link SchoolTable#NO_PREVIOUS}
     * @param indicatorValues its value of each indicator named when the columns were made, NaN if
     *     missing; copied
     * @param line the line of the source it was read from
     * @throws IllegalArgumentException if the school is not consistent, as {@link School} checks
     */
    public void add(
            String id,
            String name,
            int[] categoryCodes,
            AreaType areaType,
            boolean isRemote,
            SchoolKind kind,
            int[] pupilsByLevel,
            int specialNeedsPupils,
            int poorPupils,
            long previousSatang,
            double[] indicatorValues,
            long line) {
        requireNotBuilt();
        if (id == null || id.isEmpty() || Character.isWhitespace(id.charAt(0)) && id.isBlank()) {
            throw new IllegalArgumentException("A school id must not be blank.");
        }
        String wrong = check(pupilsByLevel, specialNeedsPupils, poorPupils, previousSatang);
        if (wrong != null) {
            throw new IllegalArgumentException("School " + id + ": " + wrong);
        }
        ids.add(id);
        addValues(
                name,
                categoryCodes,
                areaType,
                isRemote,
                kind,
                pupilsByLevel,
                specialNeedsPupils,
                poorPupils,
                previousSatang,
                indicatorValues,
                line);
    }

    /**
     * Adds a school whose id is the UTF-8 bytes {@code idBytes[idFrom, idTo)}, as a reader has them; the
     * other values as {@link #add(String, String, int[], AreaType, boolean, SchoolKind, int[], int, int,
     * long, double[], long)} takes them.
     */
    public void add(
            byte[] idBytes,
            int idFrom,
            int idTo,
            String name,
            int[] categoryCodes,
            AreaType areaType,
            boolean isRemote,
            SchoolKind kind,
            int[] pupilsByLevel,
            int specialNeedsPupils,
            int poorPupils,
            long previousSatang,
            double[] indicatorValues,
            long line) {
        requireNotBuilt();
        if (idTo <= idFrom || (idBytes[idFrom] & 0xFF) <= ' ' || idBytes[idFrom] < 0) {
            String id = new String(idBytes, idFrom, idTo - idFrom, java.nio.charset.StandardCharsets.UTF_8);
            if (id.isBlank()) {
                throw new IllegalArgumentException("A school id must not be blank.");
            }
        }
        String wrong = check(pupilsByLevel, specialNeedsPupils, poorPupils, previousSatang);
        if (wrong != null) {
            throw new IllegalArgumentException("School "
                    + new String(idBytes, idFrom, idTo - idFrom, java.nio.charset.StandardCharsets.UTF_8) + ": "
                    + wrong);
        }
        ids.add(idBytes, idFrom, idTo);
        addValues(
                name,
                categoryCodes,
                areaType,
                isRemote,
                kind,
                pupilsByLevel,
                specialNeedsPupils,
                poorPupils,
                previousSatang,
                indicatorValues,
                line);
    }

    private void addValues(
            String name,
            int[] categoryCodes,
            AreaType areaType,
            boolean isRemote,
            SchoolKind kind,
            int[] pupilsByLevel,
            int specialNeedsPupils,
            int poorPupils,
            long previousSatang,
            double[] indicatorValues,
            long line) {
        if (size == names.length) {
            allocate(names.length + (names.length >> 1));
        }
        int i = size++;
        names[i] = name == null ? "" : name;
        for (int c = 0; c < CATEGORIES; c++) {
            categories[c][i] = categoryCodes[c];
        }
        areaTypes[i] = (byte) areaType.ordinal();
        kinds[i] = (byte) kind.ordinal();
        remote[i] = isRemote;
        for (int l = 0; l < LEVELS; l++) {
            pupils[l][i] = pupilsByLevel[l];
        }
        specialNeeds[i] = specialNeedsPupils;
        poor[i] = poorPupils;
        previous[i] = previousSatang;
        previousPupils[i] = SchoolTable.NO_PREVIOUS_PUPILS;
        for (int k = 0; k < indicators.length; k++) {
            indicators[k][i] = indicatorValues[k];
        }
        lines[i] = line;
    }

    /**
     * Sets last year's pupils of the school added last ({@code previous_pupils}); a school left
     * without has {@link SchoolTable#NO_PREVIOUS_PUPILS}.
     *
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public void previousPupils(int count) {
        requireNotBuilt();
        if (size == 0) {
            throw new IllegalStateException("No school was added yet.");
        }
        if (count < 0) {
            throw new IllegalArgumentException(
                    "School " + ids.get(size - 1) + ": previous pupils (" + count + ") must not be negative.");
        }
        previousPupils[size - 1] = count;
    }

    void requireNotBuilt() {
        if (ids == null) {
            throw new IllegalStateException("The table was built; its columns are in it now.");
        }
    }

    /** What is wrong with a school's counts and amount, or null if nothing is: as {@link School} checks. */
    private static String check(int[] pupilsByLevel, int specialNeeds, int poor, long previous) {
        long total = 0;
        for (int count : pupilsByLevel) {
            if (count < 0) {
                return "pupils must not be negative (" + count + ").";
            }
            total += count;
        }
        if (specialNeeds < 0 || specialNeeds > total || poor < 0 || poor > total) {
            return "special-needs (" + specialNeeds + ") and poor (" + poor
                    + ") pupils must be between 0 and all pupils (" + total + ").";
        }
        if (previous < 0 && previous != SchoolTable.NO_PREVIOUS) {
            return "previous allocation (" + previous + " satang) must not be negative.";
        }
        return null;
    }

    /**
     * Leaves out of the table an indicator no school has a value of, as a reader does whose rows have
     * no value for an empty cell.
     */
    public void dropEmptyIndicators() {
        dropEmptyIndicators = true;
    }

    /** Adds {@code offset} to the line of every school: the lines of a part read after {@code offset} lines. */
    public void shiftLines(long offset) {
        requireNotBuilt();
        for (int i = 0; i < size; i++) {
            lines[i] += offset;
        }
    }

    /**
     * Gives every school's code in category column {@code category} its new number, {@code code} becoming
     * {@code newCode[code]}: the codes of a part read with its own labels, into labels shared by all.
     */
    public void renumber(int category, int[] newCode) {
        requireNotBuilt();
        int[] column = categories[category];
        for (int i = 0; i < size; i++) {
            column[i] = newCode[column[i]];
        }
    }

    /**
     * The schools of every part, in the parts' order, as one set of columns; the parts are then empty.
     * A column at a time, each part's copy let go once joined, so that joining needs room for one more
     * column, not for a second table.
     *
     * @throws IllegalArgumentException if the parts have other sources or indicators
     */
    public static SchoolTableColumns join(List<SchoolTableColumns> parts) {
        return ColumnParts.join(parts, null, null);
    }

    /**
     * The schools of every part, in the parts' order, as one set of columns, their lines and codes put
     * together on the way: as {@link #shiftLines} by {@code lineOffsets[k]} and {@link #renumber} by
     * {@code newCodes[k][c]} on each part {@code k}, then {@link #join(List)}, in one pass over each
     * column, the columns joined side by side on the machine's cores.
     *
     * @param lineOffsets what to add to the lines of each part
     * @param newCodes for each part and category column, the codes' new numbers
     * @throws IllegalArgumentException if the parts have other sources or indicators
     */
    public static SchoolTableColumns join(List<SchoolTableColumns> parts, long[] lineOffsets, int[][][] newCodes) {
        if (lineOffsets.length != parts.size() || newCodes.length != parts.size()) {
            throw new IllegalArgumentException("Expected line offsets and codes of " + parts.size() + " parts.");
        }
        return ColumnParts.join(parts, lineOffsets, newCodes);
    }

    /**
     * The table, in canonical order. The columns are then empty: build once.
     *
     * @param labels for each of the {@link #CATEGORIES} category columns, its labels by code
     * @throws InputException listing every duplicated school id with the lines it stands on
     */
    public SchoolTable build(String[][] labels) {
        if (labels.length != CATEGORIES) {
            throw new IllegalArgumentException("Expected labels of " + CATEGORIES + " columns, not " + labels.length);
        }
        requireNotBuilt();
        int[] order = ids.order(lines);
        ids.rejectDuplicates(source, lines, order);
        // A file sorted by school id (as OBEC's are) is in canonical order already: its columns are kept
        // as they are, not copied into new ones, which at 1.5 M schools is some 200 MB less to allocate
        // in a heap that holds the table already.
        int[] picking = inOrder(order) ? null : order;
        // Each column is put in order and its unordered copy let go at once, so that a large table
        // needs room for itself and one more column, not for two tables.
        CategoryColumn[] columns = new CategoryColumn[CATEGORIES];
        for (int c = 0; c < CATEGORIES; c++) {
            int[] codes = pick(categories[c], picking, size);
            categories[c] = null;
            columns[c] = CategoryColumn.ofCodes(codes, labels[c]);
        }
        int[][] byLevel = new int[LEVELS][];
        for (int l = 0; l < LEVELS; l++) {
            byLevel[l] = pick(pupils[l], picking, size);
            pupils[l] = null;
        }
        Map<String, double[]> indicatorColumns = new TreeMap<>();
        for (int k = 0; k < indicators.length; k++) {
            double[] column = picking == null && indicators[k].length == size ? indicators[k] : new double[size];
            boolean any = false;
            for (int j = 0; j < size; j++) {
                column[j] = indicators[k][picking == null ? j : order[j]];
                any |= !Double.isNaN(column[j]);
            }
            indicators[k] = null;
            if (any || !dropEmptyIndicators) {
                indicatorColumns.put(indicatorNames.get(k), column);
            }
        }
        IdColumn sortedIds = ids.column(picking);
        ids = null;
        String[] sortedNames = pick(names, picking, size);
        names = null;
        byte[] sortedAreaTypes;
        byte[] sortedKinds;
        boolean[] sortedRemote;
        if (picking == null) {
            sortedAreaTypes = areaTypes.length == size ? areaTypes : Arrays.copyOf(areaTypes, size);
            sortedKinds = kinds.length == size ? kinds : Arrays.copyOf(kinds, size);
            sortedRemote = remote.length == size ? remote : Arrays.copyOf(remote, size);
        } else {
            sortedAreaTypes = new byte[size];
            sortedKinds = new byte[size];
            sortedRemote = new boolean[size];
            for (int j = 0; j < size; j++) {
                int i = order[j];
                sortedAreaTypes[j] = areaTypes[i];
                sortedKinds[j] = kinds[i];
                sortedRemote[j] = remote[i];
            }
        }
        areaTypes = null;
        kinds = null;
        remote = null;
        long[] sortedPrevious = pick(previous, picking, size);
        previous = null;
        int[] sortedPreviousPupils = pick(previousPupils, picking, size);
        previousPupils = null;
        long[] sortedLines = pick(lines, picking, size);
        lines = null;
        int[] sortedSpecialNeeds = pick(specialNeeds, picking, size);
        specialNeeds = null;
        int[] sortedPoor = pick(poor, picking, size);
        poor = null;
        size = 0;
        return new SchoolTable(
                source,
                sortedIds,
                sortedNames,
                columns,
                sortedAreaTypes,
                sortedKinds,
                sortedRemote,
                byLevel,
                sortedSpecialNeeds,
                sortedPoor,
                sortedPrevious,
                sortedPreviousPupils,
                Collections.unmodifiableMap(indicatorColumns),
                sortedLines);
    }

    /** Whether {@code order} is {@code 0, 1, 2...}. */
    private static boolean inOrder(int[] order) {
        for (int j = 0; j < order.length; j++) {
            if (order[j] != j) {
                return false;
            }
        }
        return true;
    }

    private static String[] pick(String[] values, int[] order, int size) {
        if (order == null) {
            return values.length == size ? values : Arrays.copyOf(values, size);
        }
        String[] picked = new String[order.length];
        for (int j = 0; j < order.length; j++) {
            picked[j] = values[order[j]];
        }
        return picked;
    }

    private static long[] pick(long[] values, int[] order, int size) {
        if (order == null) {
            return values.length == size ? values : Arrays.copyOf(values, size);
        }
        long[] picked = new long[order.length];
        for (int j = 0; j < order.length; j++) {
            picked[j] = values[order[j]];
        }
        return picked;
    }

    /** The values in canonical order: {@code order} picks them, or they are in order if it is null. */
    private static int[] pick(int[] values, int[] order, int size) {
        if (order == null) {
            return values.length == size ? values : Arrays.copyOf(values, size);
        }
        int[] picked = new int[order.length];
        for (int j = 0; j < order.length; j++) {
            picked[j] = values[order[j]];
        }
        return picked;
    }
}

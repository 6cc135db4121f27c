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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import th.allocation.InputException;

/**
 * An immutable table of schools, stored column by column so that national and larger runs stay
 * fast and small. Rows are kept in canonical order, by school id (ordinal string order), whatever
 * the order they were added in: every computation over the table, and every output, is therefore
 * independent of the input's row order.
 *
 * <p>Build one with {@link #builder(String)} or {@link #columns(String, List, int)}, or read one with
 * {@code SchoolCsvReader}.
 */
public final class SchoolTable {
    /** Marks a school without a previous allocation in {@link #previousAllocation(int)}. */
    public static final long NO_PREVIOUS = -1;

    /** Marks a school without last year's pupils in {@link #previousPupils(int)}. */
    public static final int NO_PREVIOUS_PUPILS = -1;

    private static final AreaType[] AREA_TYPES = AreaType.values();
    private static final SchoolKind[] KINDS = SchoolKind.values();

    private final String source;
    private final IdColumn ids;
    private final String[] names;
    private final CategoryColumn cluster;
    private final CategoryColumn esa;
    private final CategoryColumn network;
    private final CategoryColumn province;
    private final CategoryColumn district;
    private final CategoryColumn subdistrict;
    private final byte[] areaTypes;
    private final byte[] kinds;
    private final boolean[] remote;
    private final int[][] pupilsByLevel;
    private final long[] totalPupils;
    private final int[] specialNeeds;
    private final int[] poor;
    private final long[] previous;
    /** Last year's pupils, {@link #NO_PREVIOUS_PUPILS} where not given. */
    private final int[] previousPupils;

    private final Map<String, double[]> indicators;
    private final long[] lines;
    private final boolean anyPreviousInParent;

    /** A table of columns already in canonical order, checked by {@link SchoolTableColumns}. */
    SchoolTable(
            String source,
            IdColumn ids,
            String[] names,
            CategoryColumn[] categories,
            byte[] areaTypes,
            byte[] kinds,
            boolean[] remote,
            int[][] pupilsByLevel,
            int[] specialNeeds,
            int[] poor,
            long[] previous,
            int[] previousPupils,
            Map<String, double[]> indicators,
            long[] lines) {
        int n = ids.size();
        this.source = source;
        this.ids = ids;
        this.names = names;
        this.cluster = categories[0];
        this.esa = categories[1];
        this.network = categories[2];
        this.province = categories[3];
        this.district = categories[4];
        this.subdistrict = categories[5];
        this.areaTypes = areaTypes;
        this.kinds = kinds;
        this.remote = remote;
        this.pupilsByLevel = pupilsByLevel;
        this.totalPupils = new long[n];
        for (int[] level : pupilsByLevel) {
            for (int i = 0; i < n; i++) {
                totalPupils[i] += level[i];
            }
        }
        this.specialNeeds = specialNeeds;
        this.poor = poor;
        this.previous = previous;
        this.previousPupils = previousPupils;
        this.indicators = indicators;
        this.lines = lines;
        this.anyPreviousInParent = false;
    }

    private SchoolTable(SchoolTable from, int[] rows) {
        source = from.source;
        anyPreviousInParent = from.hasAnyPreviousAllocation();
        ids = from.ids.select(rows);
        names = pick(from.names, rows);
        cluster = from.cluster.select(rows);
        esa = from.esa.select(rows);
        network = from.network.select(rows);
        province = from.province.select(rows);
        district = from.district.select(rows);
        subdistrict = from.subdistrict.select(rows);
        int n = rows.length;
        areaTypes = new byte[n];
        kinds = new byte[n];
        remote = new boolean[n];
        pupilsByLevel = new int[from.pupilsByLevel.length][n];
        totalPupils = new long[n];
        specialNeeds = new int[n];
        poor = new int[n];
        previous = new long[n];
        previousPupils = new int[n];
        lines = new long[n];
        for (int k = 0; k < n; k++) {
            int row = rows[k];
            areaTypes[k] = from.areaTypes[row];
            kinds[k] = from.kinds[row];
            remote[k] = from.remote[row];
            for (int level = 0; level < pupilsByLevel.length; level++) {
                pupilsByLevel[level][k] = from.pupilsByLevel[level][row];
            }
            totalPupils[k] = from.totalPupils[row];
            specialNeeds[k] = from.specialNeeds[row];
            poor[k] = from.poor[row];
            previous[k] = from.previous[row];
            previousPupils[k] = from.previousPupils[row];
            lines[k] = from.lines[row];
        }
        indicators = IndicatorColumns.select(from.indicators, rows);
    }

    private static String[] pick(String[] values, int[] rows) {
        String[] picked = new String[rows.length];
        for (int k = 0; k < rows.length; k++) {
            picked[k] = values[rows[k]];
        }
        return picked;
    }

    /**
     * The table of the schools at {@code rows}, which must be in ascending order (so the new table is
     * in canonical order too): row {@code k} of the new table is row {@code rows[k]} of this one.
     * Columns are copied, so the new table is as fast as one read from a file.
     */
    public SchoolTable rows(int[] rows) {
        for (int k = 0; k < rows.length; k++) {
            if (rows[k] < 0 || rows[k] >= size() || (k > 0 && rows[k] <= rows[k - 1])) {
                throw new IllegalArgumentException("Rows must be distinct rows of the table, in ascending order.");
            }
        }
        return new SchoolTable(this, rows);
    }

    /** A builder for a table read from {@code source} (a file name, for messages; may be empty). */
    public static Builder builder(String source) {
        return new Builder(source);
    }

    /**
     * An empty table to fill column by column, school by school in any order, as a reader that parses
     * cells itself does; its {@code SchoolTableColumns.build()} puts the schools in canonical order.
     *
     * @param source the file the schools are read from, for messages; may be empty
     * @param indicatorNames the indicator columns each school has a value (or NaN) of
     * @param expectedRows how many schools to make room for at first (more are taken as they come)
     */
    public static SchoolTableColumns columns(String source, List<String> indicatorNames, int expectedRows) {
        return new SchoolTableColumns(source, indicatorNames, expectedRows);
    }

    /** A table of the given schools. */
    public static SchoolTable of(List<School> schools) {
        Builder builder = builder("");
        schools.forEach(builder::add);
        return builder.build();
    }

    /** The file or other source the table was read from, as named by the user; empty if built in code. */
    public String source() {
        return source;
    }

    /** How many schools. */
    public int size() {
        return names.length;
    }

    /** The position of the school with this id, or -1 if there is none. */
    public int indexOf(String id) {
        return ids.indexOf(id);
    }

    /** The school id at row {@code i}. */
    public String id(int i) {
        Objects.checkIndex(i, names.length);
        return ids.get(i);
    }

    /**
     * The school id at row {@code i} as bytes, for a writer that would otherwise make a String of each:
     * where the table keeps its ids as ASCII bytes (as it does when every id is ASCII), copies them into
     * {@code into} if it has room and returns their count (copied only if at most {@code into.length},
     * so a larger count asks for a larger array); -1 if the ids are not kept so, when {@link #id(int)}
     * gives them.
     */
    public int idBytes(int i, byte[] into) {
        Objects.checkIndex(i, names.length);
        return ids.bytes(i, into);
    }

    /** The school name at row {@code i}. */
    public String name(int i) {
        return names[i];
    }

    /** The cluster column. */
    public CategoryColumn cluster() {
        return cluster;
    }

    /** The ESA column. */
    public CategoryColumn esa() {
        return esa;
    }

    /** The network column (empty values where a school has none). */
    public CategoryColumn network() {
        return network;
    }

    /** The province column. */
    public CategoryColumn province() {
        return province;
    }

    /** The district column. */
    public CategoryColumn district() {
        return district;
    }

    /** The subdistrict column. */
    public CategoryColumn subdistrict() {
        return subdistrict;
    }

    /** The area type of school {@code i}. */
    public AreaType areaType(int i) {
        return AREA_TYPES[areaTypes[i]];
    }

    /** Whether school {@code i} is remote. */
    public boolean remote(int i) {
        return remote[i];
    }

    /** The kind of school {@code i}. */
    public SchoolKind kind(int i) {
        return KINDS[kinds[i]];
    }

    /** Pupils of school {@code i} at {@code level}. */
    public int pupils(Level level, int i) {
        return pupilsByLevel[level.ordinal()][i];
    }

    /** All pupils of school {@code i}. */
    public long totalPupils(int i) {
        return totalPupils[i];
    }

    /** Special-needs pupils of school {@code i}. */
    public int specialNeeds(int i) {
        return specialNeeds[i];
    }

    /** Poor pupils of school {@code i}. */
    public int poor(int i) {
        return poor[i];
    }

    /** Last year's allocation of school {@code i} in satang, or {@link #NO_PREVIOUS}. */
    public long previousAllocation(int i) {
        return previous[i];
    }

    /**
     * Last year's pupils of school {@code i} ({@code previous_pupils}), or {@link #NO_PREVIOUS_PUPILS}
     * if the school file does not give them.
     */
    public int previousPupils(int i) {
        return previousPupils[i];
    }

    /**
     * Last year's pupils of school {@code i}: {@link #previousPupils(int)} where given, else this
     * year's pupils (a school without {@code previous_pupils} is taken to have as many pupils as last
     * year; docs/model.md).
     */
    public long previousPupilsOrTotal(int i) {
        return previousPupils[i] == NO_PREVIOUS_PUPILS ? totalPupils[i] : previousPupils[i];
    }

    /**
     * Whether any school has a previous allocation: of this table, or of the table it was selected from
     * with {@link #rows(int[])} (a unit whose schools are all new still belongs to a file that has the
     * column).
     */
    public boolean hasAnyPreviousAllocation() {
        if (anyPreviousInParent) {
            return true;
        }
        for (long value : previous) {
            if (value != NO_PREVIOUS) {
                return true;
            }
        }
        return false;
    }

    /** The names of the indicator columns, sorted. */
    public Set<String> indicatorNames() {
        return indicators.keySet();
    }

    /** The value of indicator {@code name} at school {@code i}; NaN if missing. */
    public double indicator(String name, int i) {
        return indicatorColumn(name)[i];
    }

    /** A copy of indicator column {@code name}, one value per school (NaN where missing). */
    public double[] indicatorValues(String name) {
        return indicatorColumn(name).clone();
    }

    private double[] indicatorColumn(String name) {
        double[] column = indicators.get(name);
        if (column == null) {
            throw new IllegalArgumentException(
                    "No indicator column '" + name + "' (columns: " + indicators.keySet() + ").");
        }
        return column;
    }

    /** The source line school {@code i} was read from, or 0 if it was built in code. */
    public long line(int i) {
        return lines[i];
    }

    /** School {@code i} as a value. */
    public School school(int i) {
        Map<String, Double> values = new HashMap<>();
        for (Map.Entry<String, double[]> entry : indicators.entrySet()) {
            if (!Double.isNaN(entry.getValue()[i])) {
                values.put(entry.getKey(), entry.getValue()[i]);
            }
        }
        Enrolment enrolment = new Enrolment(
                pupils(Level.PREPRIMARY, i),
                pupils(Level.PRIMARY, i),
                pupils(Level.LOWER_SECONDARY, i),
                pupils(Level.UPPER_SECONDARY, i));
        return new School(
                ids.get(i),
                names[i],
                cluster.value(i),
                esa.value(i),
                network.value(i),
                province.value(i),
                district.value(i),
                subdistrict.value(i),
                areaType(i),
                remote[i],
                kind(i),
                enrolment,
                specialNeeds[i],
                poor[i],
                previous[i] == NO_PREVIOUS ? OptionalLong.empty() : OptionalLong.of(previous[i]),
                values,
                previousPupils[i] == NO_PREVIOUS_PUPILS
                        ? java.util.OptionalInt.empty()
                        : java.util.OptionalInt.of(previousPupils[i]));
    }

    /** All schools as values, in canonical order. */
    public List<School> schools() {
        List<School> rows = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            rows.add(school(i));
        }
        return rows;
    }

    /** Collects schools in any order; {@link #build()} sorts them by id and rejects duplicate ids. */
    public static final class Builder {
        private final String source;
        private final List<School> rows = new ArrayList<>();
        private final List<Long> lines = new ArrayList<>();

        private Builder(String source) {
            this.source = source == null ? "" : source;
        }

        /** Adds a school built in code. */
        public Builder add(School school) {
            return add(school, 0);
        }

        /** Adds a school read from line {@code line} of the source. */
        public Builder add(School school, long line) {
            rows.add(school);
            lines.add(line);
            return this;
        }

        /**
         * The table, in canonical order.
         *
         * @throws InputException listing every duplicated school id with the lines it stands on
         */
        public SchoolTable build() {
            return CanonicalRows.table(source, rows, lines);
        }
    }
}

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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import th.allocation.InputException;
import th.allocation.model.AreaType;
import th.allocation.model.Level;
import th.allocation.model.Limits;
import th.allocation.model.School;
import th.allocation.model.SchoolKind;
import th.allocation.model.SchoolTable;
import th.allocation.model.SchoolTableColumns;

/**
 * The streaming reader of a school file: its bytes go straight into the table's columns, with no
 * String for a cell that is not read, the values of the hierarchy and geography (and the names,
 * while they repeat) interned once, counts and amounts parsed from the bytes, and duplicate ids
 * caught by hashing while reading.
 *
 * <p>It reads valid files in their simple, common form ({@link CsvLineScanner}). A cell that is
 * valid but not plain (a count written {@code 1e3}, an amount {@code +5}, a Thai area type) sends
 * its row through the full reader's checks ({@link SchoolRows}); anything else unusual, and any
 * problem at all, gives null, and the caller reads the file again with the full reader, which finds
 * and locates every problem. So the fast path never reports a problem of its own, and whenever it
 * gives a table, the full reader gives the same one.
 */
final class FastSchoolCsv {
    private static final int BUFFER_BYTES = 1 << 20;
    private static final int MAX_HEADER_FIELDS = 1 << 14;
    private static final int LEVELS = Level.values().length;
    private static final AreaType[] AREA_TYPES = AreaType.values();
    private static final SchoolKind[] KINDS = SchoolKind.values();

    /**
     * After this many rows, names stop being interned if nearly all of them are distinct, as interning
     * would then only keep a second copy of each name's bytes. Thai school names repeat (โรงเรียนบ้าน
     * and a village's name), and a file sorted by school code has its first rows in one province, so
     * the check waits for rows from several.
     */
    private static final int NAME_CHECK_ROWS = 1 << 16;

    private FastSchoolCsv() {}

    /** The table of {@code file}, or null if the full reader must read it. */
    static SchoolTable read(Path file, String source, Map<String, String> columns, Set<String> indicators) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, Files.size(file), source, columns, indicators);
        } catch (IOException e) {
            return null; // the full reader reports what it can
        }
    }

    /**
     * The table of the bytes of {@code in}, or null if the full reader must read them.
     *
     * @param size the number of bytes, if known (to size the columns), else -1
     */
    static SchoolTable read(
            InputStream in, long size, String source, Map<String, String> columns, Set<String> indicators)
            throws IOException {
        try {
            return new Reading(source, columns, indicators).run(in, size);
        } catch (CsvLineScanner.Unusual | InputException e) {
            return null;
        }
    }

    /** The role of a field in a row. */
    private static final int SKIP = 0;

    private static final int ID = 1;
    private static final int NAME = 2;
    private static final int CATEGORY = 3;
    private static final int AREA_TYPE = 4;
    private static final int KIND = 5;
    private static final int REMOTE = 6;
    private static final int COUNT = 7;
    private static final int PREVIOUS = 8;
    private static final int INDICATOR = 9;
    private static final int SUBSET = 10;

    /** One reading of one file. */
    private static final class Reading {
        private final String source;
        private final Map<String, String> mapping;
        private final Set<String> indicatorNames;
        private final List<String> indicatorList;
        private final ByteInterner[] categories = new ByteInterner[SchoolTableColumns.CATEGORIES];
        private final ByteInterner areaTypes = new ByteInterner();
        private final ByteInterner kinds = new ByteInterner();
        private final ByteInterner flags = new ByteInterner();
        private final byte[] areaTypeOf = new byte[64];
        private final byte[] kindOf = new byte[64];
        private final byte[] flagOf = new byte[64];
        private ByteInterner names = new ByteInterner();
        private final IdSet ids = new IdSet();
        private boolean hashing;
        private String lastId;
        private int[] role;
        private int[] argument;
        private SchoolHeader header;
        private SchoolRows slowChecks;
        private SchoolTableColumns table;
        private long totalPupils;
        private long totalPrevious;

        // The values of the current row.
        private String id;
        private String name;
        private final int[] codes = new int[SchoolTableColumns.CATEGORIES];
        private AreaType areaType;
        private SchoolKind kind;
        private boolean remote;
        private final int[] pupils = new int[LEVELS];
        private final int[] subsets = new int[2]; // special needs, poor
        private long previous;
        private double[] indicatorValues;

        Reading(String source, Map<String, String> mapping, Set<String> indicators) {
            this.source = source;
            this.mapping = Map.copyOf(mapping);
            this.indicatorNames = Set.copyOf(indicators);
            this.indicatorList = new ArrayList<>(new TreeSet<>(indicators));
            for (int c = 0; c < categories.length; c++) {
                categories[c] = new ByteInterner();
            }
            Arrays.fill(areaTypeOf, (byte) -2);
            Arrays.fill(kindOf, (byte) -2);
            Arrays.fill(flagOf, (byte) -2);
        }

        SchoolTable run(InputStream in, long size) throws IOException, CsvLineScanner.Unusual {
            CsvLineScanner lines = new CsvLineScanner(in, BUFFER_BYTES, MAX_HEADER_FIELDS);
            if (!lines.next() || !readHeader(lines)) {
                return null;
            }
            int width = header.width();
            lines.maxFields(width);
            int expected = size > 0 ? (int) Math.min(Limits.MAX_SCHOOLS, size / lineBytes(lines) * 11 / 10 + 16) : 1024;
            table = SchoolTable.columns(source, indicatorList, expected);
            indicatorValues = new double[indicatorList.size()];
            int rows = 0;
            while (lines.next()) {
                if (lines.fields() == 1 && lines.start(0) == lines.end(0)) {
                    continue; // a blank line
                }
                if (lines.fields() != width || ++rows > Limits.MAX_SCHOOLS) {
                    return null;
                }
                if (!(fastRow(lines) || slowRow(lines)) || !accept(lines.line())) {
                    return null;
                }
                if (rows == NAME_CHECK_ROWS && names.count() > rows / 10 * 9) {
                    names = null;
                }
            }
            if (rows == 0) {
                return null;
            }
            String[][] labels = new String[categories.length][];
            for (int c = 0; c < categories.length; c++) {
                labels[c] = categories[c].labels();
            }
            return table.build(labels);
        }

        /**
         * The bytes per line of the first buffer, at least 1, to size the columns (with a tenth more, as
         * the first lines may be longer than most: growing the columns later would copy them).
         */
        private static long lineBytes(CsvLineScanner lines) {
            byte[] bytes = lines.bytes();
            int count = 1;
            for (int i = 0; i < lines.buffered(); i++) {
                if (bytes[i] == '\n') {
                    count++;
                }
            }
            return Math.max(1, lines.buffered() / count);
        }

        private boolean readHeader(CsvLineScanner lines) throws CsvLineScanner.Unusual {
            List<String> cells = new ArrayList<>(lines.fields());
            for (int i = 0; i < lines.fields(); i++) {
                cells.add(lines.text(i));
            }
            ProblemList problems = new ProblemList();
            TablePlace place = SchoolCsvReader.place(source);
            header = SchoolHeader.resolve(cells, mapping, indicatorNames, place, problems);
            if (problems.count() > 0 || header.hasMissing()) {
                return false;
            }
            slowChecks = new SchoolRows(header, indicatorNames, place, new ProblemList(), false);
            // A category column the file does not have is empty for every school, as in the full reader.
            for (int c = 0; c < categories.length; c++) {
                codes[c] = categories[c].intern(new byte[0], 0, 0);
            }
            role = new int[header.width()];
            argument = new int[header.width()];
            return assign(SchoolColumns.SCHOOL_ID, ID, 0)
                    && assign(SchoolColumns.NAME, NAME, 0)
                    && assign(SchoolColumns.CLUSTER, CATEGORY, 0)
                    && assign(SchoolColumns.ESA, CATEGORY, 1)
                    && assign(SchoolColumns.NETWORK, CATEGORY, 2)
                    && assign(SchoolColumns.PROVINCE, CATEGORY, 3)
                    && assign(SchoolColumns.DISTRICT, CATEGORY, 4)
                    && assign(SchoolColumns.SUBDISTRICT, CATEGORY, 5)
                    && assign(SchoolColumns.AREA_TYPE, AREA_TYPE, 0)
                    && assign(SchoolColumns.SCHOOL_KIND, KIND, 0)
                    && assign(SchoolColumns.REMOTE, REMOTE, 0)
                    && assign(Level.PREPRIMARY.column(), COUNT, Level.PREPRIMARY.ordinal())
                    && assign(Level.PRIMARY.column(), COUNT, Level.PRIMARY.ordinal())
                    && assign(Level.LOWER_SECONDARY.column(), COUNT, Level.LOWER_SECONDARY.ordinal())
                    && assign(Level.UPPER_SECONDARY.column(), COUNT, Level.UPPER_SECONDARY.ordinal())
                    && assign(SchoolColumns.PUPILS_SPECIAL_NEEDS, SUBSET, 0)
                    && assign(SchoolColumns.PUPILS_POOR, SUBSET, 1)
                    && assign(SchoolColumns.PREVIOUS_ALLOCATION, PREVIOUS, 0)
                    && assignIndicators();
        }

        private boolean assignIndicators() {
            for (int k = 0; k < indicatorList.size(); k++) {
                if (!assign(indicatorList.get(k), INDICATOR, k)) {
                    return false;
                }
            }
            return true;
        }

        /** Gives the column's field its role; false if another column is read from the same field. */
        private boolean assign(String canonical, int what, int which) {
            int at = header.position(canonical);
            if (at < 0) {
                return true; // an optional column the file does not have
            }
            if (role[at] != SKIP) {
                return false;
            }
            role[at] = what;
            argument[at] = which;
            return true;
        }

        /** Reads the current row's cells in their plain form; false if one is not plain. */
        private boolean fastRow(CsvLineScanner lines) throws CsvLineScanner.Unusual {
            byte[] b = lines.bytes();
            previous = SchoolTable.NO_PREVIOUS;
            Arrays.fill(indicatorValues, Double.NaN);
            for (int i = 0; i < role.length; i++) {
                int s = lines.start(i);
                int e = lines.end(i);
                switch (role[i]) {
                    case SKIP -> lines.requireUtf8(i);
                    case ID -> id = lines.text(i);
                    case NAME -> name = names != null ? names.label(intern(names, lines, i)) : lines.text(i);
                    case CATEGORY -> codes[argument[i]] = intern(categories[argument[i]], lines, i);
                    case AREA_TYPE -> {
                        int code = coded(areaTypes, areaTypeOf, lines, i);
                        if (code < 0) {
                            return false;
                        }
                        areaType = AREA_TYPES[code];
                    }
                    case KIND -> {
                        int code = coded(kinds, kindOf, lines, i);
                        if (code < 0) {
                            return false;
                        }
                        kind = KINDS[code];
                    }
                    case REMOTE -> {
                        int code = coded(flags, flagOf, lines, i);
                        if (code < 0) {
                            return false;
                        }
                        remote = code == 1;
                    }
                    case COUNT, SUBSET -> {
                        int count = PlainNumbers.count(b, s, e);
                        if (count < 0) {
                            return false;
                        }
                        (role[i] == COUNT ? pupils : subsets)[argument[i]] = count;
                    }
                    case PREVIOUS -> {
                        if (e > s) {
                            previous = PlainNumbers.satang(b, s, e);
                            if (previous < 0) {
                                return false;
                            }
                        }
                    }
                    default -> {
                        if (e > s) {
                            double value = PlainNumbers.indicator(b, s, e);
                            if (Double.isNaN(value)) {
                                return false;
                            }
                            indicatorValues[argument[i]] = value;
                        }
                    }
                }
            }
            return true;
        }

        /**
         * The code of field {@code i} in {@code values}; a value met for the first time is checked to be
         * UTF-8 (the ones met before were, and equal bytes are equally valid).
         */
        private static int intern(ByteInterner values, CsvLineScanner lines, int i) throws CsvLineScanner.Unusual {
            int known = values.count();
            int code = values.intern(lines.bytes(), lines.start(i), lines.end(i));
            if (values.count() > known) {
                lines.requireUtf8(i);
            }
            return code;
        }

        /**
         * The value's code in a closed vocabulary ({@link #AREA_TYPES}, {@link #KINDS}, or 0 for false and 1
         * for true), parsed once per distinct spelling; -1 if the spelling is not valid.
         */
        private int coded(ByteInterner spellings, byte[] codeOf, CsvLineScanner lines, int i)
                throws CsvLineScanner.Unusual {
            int spelling = intern(spellings, lines, i);
            if (spelling >= codeOf.length) {
                return -1; // many spellings: leave the rest to the checked path
            }
            if (codeOf[spelling] == -2) {
                String text = spellings.label(spelling);
                int code;
                if (spellings == areaTypes) {
                    code = AreaType.parse(text).map(Enum::ordinal).orElse(-1);
                } else if (spellings == kinds) {
                    code = SchoolKind.parse(text).map(Enum::ordinal).orElse(-1);
                } else {
                    Boolean flag = SchoolRows.flag(text);
                    code = flag == null ? -1 : flag ? 1 : 0;
                }
                codeOf[spelling] = (byte) code;
            }
            return codeOf[spelling];
        }

        /**
         * Reads the current row through the full reader's checks, for a row with a cell in another form
         * than the plain one; false if the row has a problem.
         */
        private boolean slowRow(CsvLineScanner lines) throws CsvLineScanner.Unusual {
            String[] cells = new String[lines.fields()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = lines.text(i);
            }
            School school = slowChecks.read(cells, lines.line());
            if (school == null) {
                return false;
            }
            id = school.id();
            name = school.name();
            String[] text = {
                school.cluster(),
                school.esa(),
                school.network(),
                school.province(),
                school.district(),
                school.subdistrict()
            };
            for (int c = 0; c < text.length; c++) {
                byte[] bytes = text[c].getBytes(StandardCharsets.UTF_8);
                codes[c] = categories[c].intern(bytes, 0, bytes.length);
            }
            areaType = school.areaType();
            kind = school.kind();
            remote = school.remote();
            for (Level level : Level.values()) {
                pupils[level.ordinal()] = school.pupils().of(level);
            }
            subsets[0] = school.specialNeeds();
            subsets[1] = school.poor();
            previous = school.previousAllocation().orElse(SchoolTable.NO_PREVIOUS);
            for (int k = 0; k < indicatorValues.length; k++) {
                indicatorValues[k] = school.indicators().getOrDefault(indicatorList.get(k), Double.NaN);
            }
            return true;
        }

        /**
         * Whether {@code id} is new. While the ids come in ascending order (as in files sorted by school
         * code) a new one is simply greater than the last; from the first one out of order on, the ids
         * are hashed.
         */
        private boolean unique(String id) {
            if (!hashing) {
                int order = lastId == null ? 1 : id.compareTo(lastId);
                if (order > 0) {
                    lastId = id;
                    return true;
                }
                if (order == 0) {
                    return false;
                }
                hashing = true;
                for (int row = 0; row < table.size(); row++) {
                    ids.add(table.id(row));
                }
            }
            return ids.add(id);
        }

        /** Checks the row's values as the full reader does and adds the school; false if they fail. */
        private boolean accept(long line) {
            if (id.isEmpty() || !unique(id)) {
                return false;
            }
            long total = 0;
            for (int l = 0; l < LEVELS; l++) {
                total += pupils[l];
            }
            if (subsets[0] > total || subsets[1] > total) {
                return false;
            }
            totalPupils += total;
            if (previous != SchoolTable.NO_PREVIOUS) {
                totalPrevious += previous;
            }
            if (totalPupils > Limits.MAX_TOTAL_PUPILS || totalPrevious > Limits.MAX_AMOUNT_SATANG) {
                return false;
            }
            table.add(
                    id,
                    name,
                    codes,
                    areaType,
                    remote,
                    kind,
                    pupils,
                    subsets[0],
                    subsets[1],
                    previous,
                    indicatorValues,
                    line);
            return true;
        }
    }
}

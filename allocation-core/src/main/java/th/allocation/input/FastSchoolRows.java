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

import static th.allocation.input.FastLayout.AREA_TYPE;
import static th.allocation.input.FastLayout.CATEGORY;
import static th.allocation.input.FastLayout.COUNT;
import static th.allocation.input.FastLayout.ID;
import static th.allocation.input.FastLayout.KIND;
import static th.allocation.input.FastLayout.NAME;
import static th.allocation.input.FastLayout.PREVIOUS;
import static th.allocation.input.FastLayout.REMOTE;
import static th.allocation.input.FastLayout.SKIP;
import static th.allocation.input.FastLayout.SUBSET;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import th.allocation.model.AreaType;
import th.allocation.model.Level;
import th.allocation.model.Limits;
import th.allocation.model.School;
import th.allocation.model.SchoolKind;
import th.allocation.model.SchoolTable;
import th.allocation.model.SchoolTableColumns;

/**
 * The rows of one part of a school file read into columns ({@link FastSchoolCsv}): each field by its
 * role in the {@link FastLayout}, in its plain form where it has one, a row with a cell in another
 * form through the full reader's checks ({@link SchoolRows}). Any problem or unusual form stops the
 * reading: the caller then leaves the file to the full reader.
 */
final class FastSchoolRows {
    private static final int LEVELS = Level.values().length;
    private static final AreaType[] AREA_TYPES = AreaType.values();
    private static final SchoolKind[] KINDS = SchoolKind.values();

    /**
     * The flags by code, looked up rather than compared: the JIT compiles a branch never taken yet out
     * of the row loop, and a file whose first remote school comes after 300,000 rows then had the loop
     * thrown out and compiled again (seconds, in a large read).
     */
    private static final boolean[] FLAGS = {false, true};

    /**
     * After this many rows, names stop being interned if nearly all of them are distinct, as interning
     * would then only keep a second copy of each name's bytes. Thai school names repeat (โรงเรียนบ้าน
     * and a village's name), and a file sorted by school code has its first rows in one province, so
     * the check waits for rows from several.
     */
    private static final int NAME_CHECK_ROWS = 1 << 16;

    private final FastLayout layout;
    private final int[] role;
    private final int[] argument;
    private final SchoolRows slowChecks;
    private final SchoolTableColumns table;
    final ByteInterner[] categories = new ByteInterner[SchoolTableColumns.CATEGORIES];
    /** Each category's codes in label order, once read as one of several parts ({@link #sortedCodes}). */
    int[][] sortedCodes;

    /** The interner of each field whose values are looked up by their bytes; null for the others. */
    private final ByteInterner[] interners;
    /** For a field of a closed vocabulary, its spellings' codes in it (-2 not parsed yet, -1 not valid). */
    private final byte[][] codeOfSpelling;

    private ByteInterner names = new ByteInterner(false);
    private ByteInterner seenIds;
    private byte[] lastId = new byte[32];
    private int lastIdLength = -1;
    private final CategorySpan span;
    long totalPupils;
    long totalPrevious;
    int rows;
    long lines;

    // The values of the current row; the id is the bytes idBytes[idFrom, idTo).
    private byte[] idBytes;
    private int idFrom;
    private int idTo;
    private String name;
    private final int[] codes = new int[SchoolTableColumns.CATEGORIES];
    private AreaType areaType;
    private SchoolKind kind;
    private boolean remote;
    private final int[] pupils = new int[LEVELS];
    private final int[] subsets = new int[2]; // special needs, poor
    private long previous;
    private int previousPupils;
    private final double[] indicatorValues;

    /** Rows to read with {@code layout}, about {@code expectedRows} of them. */
    FastSchoolRows(FastLayout layout, int expectedRows) {
        this.layout = layout;
        this.role = layout.role;
        this.argument = layout.argument;
        this.slowChecks = new SchoolRows(
                layout.header, layout.indicatorNames, SchoolCsvReader.place(layout.source), new ProblemList(), false);
        this.table = SchoolTable.columns(layout.source, layout.indicators, expectedRows);
        this.indicatorValues = new double[layout.indicators.size()];
        this.span = new CategorySpan(layout.spanFirst, layout.spanLast);
        for (int c = 0; c < categories.length; c++) {
            categories[c] = new ByteInterner(true);
            // A category column the file does not have is empty for every school, as in the full reader.
            codes[c] = categories[c].intern(new byte[0], 0, 0);
        }
        this.interners = new ByteInterner[role.length];
        this.codeOfSpelling = new byte[role.length][];
        for (int i = 0; i < role.length; i++) {
            switch (role[i]) {
                case NAME -> interners[i] = names;
                case CATEGORY -> interners[i] = categories[argument[i]];
                case AREA_TYPE, KIND, REMOTE -> {
                    interners[i] = new ByteInterner(true);
                    codeOfSpelling[i] = new byte[64];
                    Arrays.fill(codeOfSpelling[i], (byte) -2);
                }
                default -> {}
            }
        }
    }

    /** The columns read. */
    SchoolTableColumns table() {
        return table;
    }

    /**
     * Each category's codes in the order of their labels ({@link String#compareTo}, the order of the
     * table's labels): the code of the {@code k}th label is {@code sortedCodes(c)[k]}. Sorted on the
     * part's own thread, so that joining the parts' labels is a merge, where sorting them all on one
     * thread (154,620 networks at 1.5 M schools) was a tenth of the reading.
     */
    int[] sortedCodes(int category) {
        String[] labels = categories[category].labels();
        Integer[] order = new Integer[labels.length];
        Arrays.setAll(order, code -> code);
        Arrays.sort(order, (a, b) -> labels[a].compareTo(labels[b]));
        int[] codes = new int[labels.length];
        for (int k = 0; k < codes.length; k++) {
            codes[k] = order[k];
        }
        return codes;
    }

    /**
     * Reads the rows {@code lines} has left; false if one is not read in its plain form or has a
     * problem. Records the rows and lines read, and the totals.
     */
    boolean read(CsvLineScanner lines) throws IOException, CsvLineScanner.Unusual {
        int width = layout.width();
        if (layout.spanFirst >= 0) {
            lines.span(layout.spanFirst, layout.spanLast);
        }
        while (lines.next()) {
            if (lines.fields() == 1 && lines.start(0) == lines.end(0)) {
                continue; // a blank line
            }
            if (lines.fields() != width || ++rows > Limits.MAX_SCHOOLS) {
                return false;
            }
            if (!(fastRow(lines) || slowRow(lines)) || !accept(lines.line())) {
                return false;
            }
            if (rows == NAME_CHECK_ROWS && names.count() > rows / 10 * 9) {
                names = null;
                for (int i = 0; i < role.length; i++) {
                    if (role[i] == NAME) {
                        interners[i] = null;
                    }
                }
            }
        }
        this.lines = lines.line();
        return true;
    }

    /**
     * Reads the current row's cells in their plain form; false if one is not plain. The values looked
     * up by their bytes (the name, the categories, the area type, kind and remote flag) go through one
     * call of {@link #intern} and one of {@link #value}, so that the JIT compiles the look-up once, not
     * once per column: the method stays small enough to be compiled in a fraction of the time.
     */
    private boolean fastRow(CsvLineScanner lines) throws CsvLineScanner.Unusual {
        byte[] b = lines.bytes();
        previous = SchoolTable.NO_PREVIOUS;
        previousPupils = SchoolTable.NO_PREVIOUS_PUPILS;
        if (indicatorValues.length > 0) {
            Arrays.fill(indicatorValues, Double.NaN);
        }
        int spanFirst = layout.spanFirst;
        for (int i = 0; i < role.length; i++) {
            int what = role[i];
            if (i == spanFirst) {
                if (span.same(lines)) {
                    i = layout.spanLast; // the row has the hierarchy and geography of the row before
                    continue;
                }
                span.keep(lines);
            }
            ByteInterner values = interners[i];
            if (values != null) {
                if (!value(what, i, intern(values, lines, i))) {
                    return false;
                }
                continue;
            }
            int s = lines.start(i);
            int e = lines.end(i);
            switch (what) {
                case SKIP -> lines.requireUtf8(i);
                case ID -> {
                    lines.requireUtf8(i);
                    idBytes = b;
                    idFrom = s;
                    idTo = e;
                }
                case NAME -> name = lines.text(i); // names no longer interned: nearly all distinct
                case COUNT, SUBSET -> {
                    int count = PlainNumbers.count(b, s, e);
                    if (count < 0) {
                        return false;
                    }
                    (what == COUNT ? pupils : subsets)[argument[i]] = count;
                }
                case PREVIOUS -> {
                    if (e > s) {
                        previous = PlainNumbers.satang(b, s, e);
                        if (previous < 0) {
                            return false;
                        }
                    }
                }
                case FastLayout.PREVIOUS_PUPILS -> {
                    if (e > s) {
                        previousPupils = PlainNumbers.count(b, s, e);
                        if (previousPupils < 0) {
                            return false;
                        }
                    }
                }
                default -> { // an indicator
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
     * Takes {@code code}, the code of field {@code i} in its interner, as the row's value of its
     * column; false if the field is of a closed vocabulary and its spelling is not valid.
     */
    private boolean value(int what, int i, int code) {
        if (what == CATEGORY) {
            codes[argument[i]] = code;
            return true;
        }
        if (what == NAME) {
            name = names.label(code);
            return true;
        }
        byte[] codeOf = codeOfSpelling[i];
        if (code >= codeOf.length) {
            return false; // many spellings: leave the rest to the checked path
        }
        int value = codeOf[code];
        if (value == -2) {
            value = parse(what, i, code);
        }
        if (value < 0) {
            return false;
        }
        switch (what) {
            case AREA_TYPE -> areaType = AREA_TYPES[value];
            case KIND -> kind = KINDS[value];
            default -> remote = FLAGS[value]; // not value == 1: see FLAGS
        }
        return true;
    }

    /**
     * The code in its closed vocabulary ({@link #AREA_TYPES}, {@link #KINDS}, or 0 for false and 1 for
     * true) of the spelling {@code code} of field {@code i}, parsed once per distinct spelling; -1 if
     * the spelling is not valid.
     */
    private int parse(int what, int i, int code) {
        String text = interners[i].label(code);
        int value;
        if (what == AREA_TYPE) {
            value = AreaType.parse(text).map(Enum::ordinal).orElse(-1);
        } else if (what == KIND) {
            value = SchoolKind.parse(text).map(Enum::ordinal).orElse(-1);
        } else {
            Boolean flag = SchoolRows.flag(text);
            value = flag == null ? -1 : flag ? 1 : 0;
        }
        codeOfSpelling[i][code] = (byte) value;
        return value;
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
     * Reads the current row through the full reader's checks, for a row with a cell in another form than
     * the plain one; false if the row has a problem.
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
        span.forget(); // the codes are this row's now, not those of the row whose span is kept
        idBytes = school.id().getBytes(StandardCharsets.UTF_8);
        idFrom = 0;
        idTo = idBytes.length;
        name = school.name();
        String[] text = {
            school.cluster(), school.esa(), school.network(), school.province(), school.district(), school.subdistrict()
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
        previousPupils = school.previousPupils().orElse(SchoolTable.NO_PREVIOUS_PUPILS);
        for (int k = 0; k < indicatorValues.length; k++) {
            indicatorValues[k] = school.indicators().getOrDefault(layout.indicators.get(k), Double.NaN);
        }
        return true;
    }

    /**
     * Whether the current row's id is new. While the ids come in ascending order (as in files sorted by
     * school code) a new one is simply greater than the last; from the first one out of order on, the
     * ids are hashed.
     */
    private boolean unique() {
        if (seenIds == null) {
            int order = lastIdLength < 0 ? 1 : Arrays.compareUnsigned(idBytes, idFrom, idTo, lastId, 0, lastIdLength);
            if (order > 0) {
                int length = idTo - idFrom;
                if (lastId.length < length) {
                    lastId = new byte[Math.max(length, lastId.length * 2)];
                }
                System.arraycopy(idBytes, idFrom, lastId, 0, length);
                lastIdLength = length;
                return true;
            }
            if (order == 0) {
                return false;
            }
            seenIds = new ByteInterner(false);
            for (int row = 0; row < table.size(); row++) {
                byte[] id = table.id(row).getBytes(StandardCharsets.UTF_8);
                seenIds.intern(id, 0, id.length);
            }
        }
        int known = seenIds.count();
        seenIds.intern(idBytes, idFrom, idTo);
        return seenIds.count() > known;
    }

    /** Checks the row's values as the full reader does and adds the school; false if they fail. */
    private boolean accept(long line) {
        if (idTo == idFrom || !unique()) {
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
                idBytes,
                idFrom,
                idTo,
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
        if (previousPupils != SchoolTable.NO_PREVIOUS_PUPILS) {
            table.previousPupils(previousPupils);
        }
        return true;
    }
}

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

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import th.allocation.Suggestions;
import th.allocation.model.AreaType;
import th.allocation.model.Baht;
import th.allocation.model.Enrolment;
import th.allocation.model.Level;
import th.allocation.model.Limits;
import th.allocation.model.School;
import th.allocation.model.SchoolKind;
import th.allocation.model.SchoolTable;

/**
 * The checks of one data row of a school table, whatever the file format: each cell against the
 * data contract (docs/model.md), the subsets of pupils, duplicate ids and the file's running totals.
 * Every problem is reported, located by a {@link TablePlace}, and a row with any problem gives no
 * school.
 */
final class SchoolRows {
    private final SchoolHeader header;
    private final Set<String> indicatorNames;
    private final TablePlace place;
    private final ProblemList problems;
    private final Map<String, Long> firstRowOf;
    private long totalPupils;
    private long totalPrevious;
    private boolean totalsReported;

    /**
     * @param checkDuplicates whether to remember every id to report one seen twice (a reader that
     *     checks ids itself passes false)
     */
    SchoolRows(
            SchoolHeader header,
            Set<String> indicators,
            TablePlace place,
            ProblemList problems,
            boolean checkDuplicates) {
        this.header = header;
        this.indicatorNames = new java.util.TreeSet<>(indicators);
        this.place = place;
        this.problems = problems;
        this.firstRowOf = checkDuplicates ? new HashMap<>() : null;
    }

    /**
     * The school of one row, or null if the row has a problem (then reported).
     *
     * @param cells the row's cells in header order, trimmed
     * @param row the row's line or row number
     */
    School read(String[] cells, long row) {
        long before = problems.count();
        String id = cell(cells, SchoolColumns.SCHOOL_ID);
        if (id.isEmpty()) {
            problems.report(place.at(
                    row,
                    SchoolColumns.SCHOOL_ID,
                    SchoolColumns.SCHOOL_ID,
                    header.position(SchoolColumns.SCHOOL_ID),
                    "",
                    "The school id is empty.",
                    "Every school needs its OBEC school code."));
        } else if (firstRowOf != null) {
            Long first = firstRowOf.putIfAbsent(id, row);
            if (first != null) {
                report(
                        row,
                        SchoolColumns.SCHOOL_ID,
                        id,
                        "Duplicate school id (first on " + place.row(first) + ").",
                        "Each school must appear once; remove or renumber the duplicate.");
            }
        }
        AreaType areaType = coded(cells, row, id, SchoolColumns.AREA_TYPE, AreaType::parse, AreaType.keys());
        SchoolKind kind = coded(cells, row, id, SchoolColumns.SCHOOL_KIND, SchoolKind::parse, SchoolKind.keys());
        Boolean remote = remote(cells, row, id);
        int[] pupils = new int[Level.values().length];
        for (Level level : Level.values()) {
            pupils[level.ordinal()] = count(cell(cells, level.column()), row, id, level.column());
        }
        int specialNeeds =
                count(cell(cells, SchoolColumns.PUPILS_SPECIAL_NEEDS), row, id, SchoolColumns.PUPILS_SPECIAL_NEEDS);
        int poor = count(cell(cells, SchoolColumns.PUPILS_POOR), row, id, SchoolColumns.PUPILS_POOR);
        long total = 0;
        for (int p : pupils) {
            total += Math.max(p, 0);
        }
        subset(row, id, SchoolColumns.PUPILS_SPECIAL_NEEDS, "special-needs", specialNeeds, total);
        subset(row, id, SchoolColumns.PUPILS_POOR, "poor", poor, total);
        OptionalLong previous = previous(cells, row, id);
        totals(row, id, total, previous);
        int previousPupils = header.position(SchoolColumns.PREVIOUS_PUPILS) < 0
                        || cell(cells, SchoolColumns.PREVIOUS_PUPILS).isEmpty()
                ? SchoolTable.NO_PREVIOUS_PUPILS
                : count(cell(cells, SchoolColumns.PREVIOUS_PUPILS), row, id, SchoolColumns.PREVIOUS_PUPILS);
        Map<String, Double> indicators = new TreeMap<>();
        for (String name : indicatorNames) {
            indicator(cell(cells, name), row, id, name).ifPresent(value -> indicators.put(name, value));
        }
        if (problems.count() > before) {
            return null;
        }
        return new School(
                id,
                cell(cells, SchoolColumns.NAME),
                cell(cells, SchoolColumns.CLUSTER),
                cell(cells, SchoolColumns.ESA),
                cell(cells, SchoolColumns.NETWORK),
                cell(cells, SchoolColumns.PROVINCE),
                cell(cells, SchoolColumns.DISTRICT),
                cell(cells, SchoolColumns.SUBDISTRICT),
                areaType,
                remote,
                kind,
                new Enrolment(pupils[0], pupils[1], pupils[2], pupils[3]),
                specialNeeds,
                poor,
                previous,
                indicators,
                previousPupils < 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(previousPupils));
    }

    /** The cell of a canonical column; empty if the file has no such column or the row is short. */
    private String cell(String[] cells, String canonical) {
        int at = header.position(canonical);
        return at < 0 || at >= cells.length ? "" : cells[at];
    }

    private void report(long row, String canonical, String id, String message, String advice) {
        problems.report(
                place.at(row, canonical, header.header(canonical), header.position(canonical), id, message, advice));
    }

    private <E> E coded(
            String[] cells,
            long row,
            String id,
            String column,
            Function<String, Optional<E>> parse,
            java.util.List<String> keys) {
        String text = cell(cells, column);
        Optional<E> value = parse.apply(text);
        if (value.isEmpty()) {
            report(
                    row,
                    column,
                    id,
                    text.isEmpty() ? "The value is empty." : "Unknown value '" + text + "'.",
                    Suggestions.advice(text, keys));
            return null;
        }
        return value.get();
    }

    /** A remote flag: true for true, 1, yes, y, t or ใช่, false for their opposites, in any case; else null. */
    static Boolean flag(String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "y", "t", "ใช่":
                return Boolean.TRUE;
            case "false", "0", "no", "n", "f", "ไม่ใช่":
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    private Boolean remote(String[] cells, long row, String id) {
        String text = cell(cells, SchoolColumns.REMOTE).toLowerCase(Locale.ROOT);
        Boolean value = flag(text);
        if (value == null) {
            report(
                    row,
                    SchoolColumns.REMOTE,
                    id,
                    text.isEmpty() ? "The value is empty." : "'" + text + "' is not true or false.",
                    "Expected true or false (1/0 and yes/no are accepted too).");
        }
        return value;
    }

    /** A count of pupils, or -1 if the cell is not one (reported). */
    int count(String text, long row, String id, String column) {
        int plain = plainCount(text);
        if (plain >= 0) {
            return plain;
        }
        Optional<BigDecimal> number = number(text, row, id, column, "a whole number of pupils (0 if none)");
        if (number.isEmpty()) {
            return -1;
        }
        BigDecimal value = number.get();
        if (value.signum() < 0) {
            report(
                    row,
                    column,
                    id,
                    "The count is negative (" + text + ").",
                    "Expected a whole number of pupils, 0 or more.");
            return -1;
        }
        if (!Limits.withinMagnitude(value, BigDecimal.valueOf(Limits.MAX_PUPILS))) {
            report(
                    row,
                    column,
                    id,
                    "'" + text + "' pupils is too many: the engine reads at most "
                            + String.format(Locale.ROOT, "%,d", Limits.MAX_PUPILS) + " in one count.",
                    "Check the number; a school's pupils of one level are counted in thousands at most.");
            return -1;
        }
        try {
            return value.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            report(
                    row,
                    column,
                    id,
                    "'" + text + "' is not a whole number.",
                    "Expected a whole number of pupils, 0 or more.");
            return -1;
        }
    }

    /** A count written as up to six plain digits, the common case, without BigDecimal; else -1. */
    static int plainCount(String text) {
        int length = text.length();
        if (length == 0 || length > 6) {
            return -1; // longer counts go through the checked path, which applies the limit
        }
        int value = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Keeps the file's totals within the limits the engine's arithmetic relies on (see {@link Limits}). */
    private void totals(long row, String id, long pupils, OptionalLong previous) {
        totalPupils += pupils;
        totalPrevious += previous.orElse(0);
        if (totalsReported) {
            return;
        }
        if (totalPupils > Limits.MAX_TOTAL_PUPILS) {
            totalsReported = true;
            report(
                    row,
                    "",
                    id,
                    "The pupils counted up to this row add up to more than "
                            + String.format(Locale.ROOT, "%,d", Limits.MAX_TOTAL_PUPILS)
                            + ", the most the engine handles in one file.",
                    "Check the counts, or split the file and allocate each part's budget.");
        } else if (totalPrevious > Limits.MAX_AMOUNT_SATANG) {
            totalsReported = true;
            report(
                    row,
                    SchoolColumns.PREVIOUS_ALLOCATION,
                    id,
                    "The previous allocations up to this row add up to more than "
                            + Limits.showBaht(Limits.MAX_AMOUNT_BAHT) + " THB, the most the engine handles.",
                    "Check the amounts: they are in baht, one school's allocation each.");
        }
    }

    private void subset(long row, String id, String column, String what, int part, long total) {
        if (part > total && part >= 0) {
            report(
                    row,
                    column,
                    id,
                    part + " " + what + " pupils but only " + total + " pupils in all.",
                    "The " + what + " pupils are a subset of the pupils counted by level; check both.");
        }
    }

    private OptionalLong previous(String[] cells, long row, String id) {
        if (header.position(SchoolColumns.PREVIOUS_ALLOCATION) < 0) {
            return OptionalLong.empty();
        }
        return previous(cell(cells, SchoolColumns.PREVIOUS_ALLOCATION), row, id);
    }

    /** Last year's allocation in satang; empty if the cell is empty or not an amount (reported). */
    OptionalLong previous(String text, long row, String id) {
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        Optional<BigDecimal> number = number(
                text, row, id, SchoolColumns.PREVIOUS_ALLOCATION, "an amount in baht, or empty for a new school");
        if (number.isEmpty()) {
            return OptionalLong.empty();
        }
        BigDecimal value = number.get();
        if (value.signum() >= 0 && !Limits.withinMagnitude(value, Limits.MAX_AMOUNT_BAHT)) {
            report(
                    row,
                    SchoolColumns.PREVIOUS_ALLOCATION,
                    id,
                    "'" + text + "' is too large: the engine handles amounts up to "
                            + Limits.showBaht(Limits.MAX_AMOUNT_BAHT) + " THB.",
                    "Check the number; it is one school's allocation in baht.");
            return OptionalLong.empty();
        }
        if (value.signum() < 0 || !Limits.hasAtMostDecimals(value, 2)) {
            report(
                    row,
                    SchoolColumns.PREVIOUS_ALLOCATION,
                    id,
                    "'" + text + "' is not an amount of money.",
                    "Expected baht, 0 or more, with at most 2 decimals.");
            return OptionalLong.empty();
        }
        return OptionalLong.of(Baht.toSatang(value));
    }

    /** An indicator's value; empty if the cell is empty, or not a number (reported). */
    Optional<Double> indicator(String text, long row, String id, String column) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<BigDecimal> number = number(text, row, id, column, "a number, or empty if unknown");
        if (number.isPresent()
                && !Limits.withinMagnitude(number.get(), BigDecimal.valueOf((long) Limits.MAX_INDICATOR))) {
            report(
                    row,
                    column,
                    id,
                    "'" + text + "' is too large: the engine reads indicator values of at most "
                            + String.format(Locale.ROOT, "%,d", (long) Limits.MAX_INDICATOR)
                            + " in absolute value.",
                    "Check the number, or leave the cell empty if the value is unknown.");
            return Optional.empty();
        }
        return number.map(BigDecimal::doubleValue);
    }

    private Optional<BigDecimal> number(String text, long row, String id, String column, String expected) {
        if (text.isEmpty()) {
            report(row, column, id, "The value is empty.", "Expected " + expected + ".");
            return Optional.empty();
        }
        if (text.length() > Limits.MAX_NUMBER_LENGTH) {
            report(
                    row,
                    column,
                    id,
                    "The value is " + text.length() + " characters long, too long for a number.",
                    "Expected " + expected + ".");
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            String advice = text.matches("-?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?")
                    ? "Remove the thousands separators (write " + text.replace(",", "") + ")."
                    : "Expected " + expected + ".";
            String what = text.equalsIgnoreCase("nan")
                            || text.toLowerCase(Locale.ROOT).contains("inf")
                    ? "'" + text + "' is not a finite number."
                    : "'" + text + "' is not a number.";
            report(row, column, id, what, advice);
            return Optional.empty();
        }
    }
}

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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import th.allocation.Suggestions;
import th.allocation.model.AreaType;
import th.allocation.model.SchoolKind;

/**
 * Hints at the header that probably holds a missing column: among the headers no column is read from,
 * one whose name is close to the column's (a typing slip), one whose name contains a usual Thai or
 * English name of the column (ชื่อโรงเรียน for {@code name}, จำนวนนักเรียนยากจน for {@code
 * pupils_poor}), or, for the columns with a closed set of values, the one header whose values in the
 * first rows are all such values. The hint says how to map it in the scenario.
 */
final class ColumnHints {
    /**
     * Usual names of each canonical column in spreadsheet exports, written without spaces, dots,
     * hyphens or underscores and in lower case, as headers are compared. A name of up to four
     * characters must be the whole header; a longer one may be part of it. Where a header contains
     * names of two columns (นักเรียนก่อนประถม holds ประถม too), the longer name decides.
     */
    private static final Map<String, List<String>> NAMES = Map.ofEntries(
            Map.entry(
                    SchoolColumns.SCHOOL_ID,
                    List.of(
                            "รหัสโรงเรียน",
                            "รหัสสถานศึกษา",
                            "รหัส",
                            "schoolcode",
                            "code",
                            "id",
                            "obeccode",
                            "schoolid")),
            Map.entry(SchoolColumns.NAME, List.of("ชื่อโรงเรียน", "ชื่อสถานศึกษา", "โรงเรียน", "schoolname", "ชื่อ")),
            Map.entry(SchoolColumns.CLUSTER, List.of("เขตตรวจราชการ", "ตรวจราชการ", "คลัสเตอร์", "region")),
            Map.entry(
                    SchoolColumns.ESA,
                    List.of(
                            "เขตพื้นที่การศึกษา",
                            "สำนักงานเขตพื้นที่",
                            "เขตพื้นที่",
                            "สพป",
                            "สพม",
                            "สังกัด",
                            "esaoffice")),
            Map.entry(SchoolColumns.NETWORK, List.of("กลุ่มเครือข่าย", "เครือข่าย", "สหวิทยาเขต", "consortium")),
            Map.entry(SchoolColumns.PROVINCE, List.of("จังหวัด")),
            Map.entry(SchoolColumns.DISTRICT, List.of("อำเภอ", "เขต")),
            Map.entry(SchoolColumns.SUBDISTRICT, List.of("ตำบล", "แขวง")),
            Map.entry(SchoolColumns.AREA_TYPE, List.of("ประเภทพื้นที่", "ลักษณะพื้นที่", "area", "areatype", "zone")),
            Map.entry(SchoolColumns.REMOTE, List.of("ห่างไกล", "ทุรกันดาร", "remoteness", "isremote")),
            Map.entry(
                    SchoolColumns.SCHOOL_KIND,
                    List.of("ประเภทโรงเรียน", "ประเภทสถานศึกษา", "kind", "type", "schooltype", "schoolkind")),
            Map.entry(
                    SchoolColumns.PUPILS_SPECIAL_NEEDS,
                    List.of("ความต้องการพิเศษ", "ความต้องการจำเป็นพิเศษ", "พิการ", "เด็กพิเศษ", "specialneeds", "sen")),
            Map.entry(SchoolColumns.PUPILS_POOR, List.of("ยากจน", "ยากไร้", "poor", "disadvantaged")),
            Map.entry(
                    SchoolColumns.PREVIOUS_ALLOCATION,
                    List.of("งบประมาณปีก่อน", "ปีก่อน", "ปีที่แล้ว", "จัดสรรเดิม", "previous", "lastyear")),
            Map.entry("pupils_preprimary", List.of("ก่อนประถม", "อนุบาล", "ปฐมวัย", "preprimary", "kindergarten")),
            Map.entry("pupils_primary", List.of("ประถม", "primary")),
            Map.entry("pupils_lower_secondary", List.of("มัธยมต้น", "มต้น", "lowersecondary")),
            Map.entry("pupils_upper_secondary", List.of("มัธยมปลาย", "มปลาย", "uppersecondary")));

    /** The columns whose values are a closed set, so that the values alone can point at a header. */
    private static final Map<String, ValueTest> VALUES = Map.of(
            SchoolColumns.AREA_TYPE,
                    new ValueTest(
                            "its values are area types", v -> AreaType.parse(v).isPresent()),
            SchoolColumns.SCHOOL_KIND,
                    new ValueTest(
                            "its values are school kinds",
                            v -> SchoolKind.parse(v).isPresent()),
            SchoolColumns.REMOTE, new ValueTest("its values are true or false", v -> SchoolRows.flag(v) != null));

    private record ValueTest(String reason, Predicate<String> fits) {}

    private final List<String> names;
    private final Set<Integer> used;
    private final List<String[]> sample;
    private final TablePlace place;

    /**
     * @param names the header row
     * @param used the positions of headers some column is read from
     * @param sample the first data rows, cells in header order
     */
    ColumnHints(List<String> names, Set<Integer> used, List<String[]> sample, TablePlace place) {
        this.names = names;
        this.used = used;
        this.sample = sample;
        this.place = place;
    }

    /**
     * What to do about missing column {@code canonical}, looked for under {@code header}: map the header
     * that probably holds it, or add the column.
     */
    String advice(String canonical, String header) {
        List<String> unused = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!used.contains(i) && !names.get(i).isEmpty()) {
                unused.add(names.get(i));
            }
        }
        Optional<String> close = Suggestions.closest(header, unused);
        if (close.isPresent()) {
            String name = close.get();
            return "Did you mean the header '" + name + "'? It is " + place.column(names.indexOf(name))
                    + ": rename it, or map it with " + mapping(canonical, name) + " in the scenario.";
        }
        int named = byName(canonical);
        if (named >= 0) {
            return looksLikeIt(canonical, named, "");
        }
        int valued = byValues(canonical);
        if (valued >= 0) {
            return looksLikeIt(canonical, valued, " (" + VALUES.get(canonical).reason() + ")");
        }
        return "Add the column, or map an existing header onto it in the scenario's 'columns'.";
    }

    private String looksLikeIt(String canonical, int position, String why) {
        String name = names.get(position);
        return "The header '" + name + "' (" + place.column(position) + ") looks like it" + why + ": map it with "
                + mapping(canonical, name) + " in the scenario.";
    }

    /** The first unused header whose name is most like one of {@code canonical}'s usual names; -1 if none. */
    private int byName(String canonical) {
        for (int i = 0; i < names.size(); i++) {
            if (!used.contains(i) && canonical.equals(bestColumn(normal(names.get(i))))) {
                return i;
            }
        }
        return -1;
    }

    /** The canonical column whose usual name is the longest one {@code header} holds; null if none. */
    private static String bestColumn(String header) {
        String best = null;
        int bestLength = 0;
        for (Map.Entry<String, List<String>> entry : NAMES.entrySet()) {
            for (String name : entry.getValue()) {
                boolean holds = name.length() <= 4 ? header.equals(name) : header.contains(name);
                if (holds && name.length() > bestLength) {
                    best = entry.getKey();
                    bestLength = name.length();
                }
            }
        }
        return best;
    }

    /** The one unused header whose sampled values all fit {@code canonical}'s closed set; -1 if none or several. */
    private int byValues(String canonical) {
        ValueTest test = VALUES.get(canonical);
        if (test == null || sample.isEmpty()) {
            return -1;
        }
        int found = -1;
        for (int i = 0; i < names.size(); i++) {
            if (used.contains(i) || !fits(i, test)) {
                continue;
            }
            if (found >= 0) {
                return -1; // two candidates: the values alone cannot tell
            }
            found = i;
        }
        return found;
    }

    private boolean fits(int position, ValueTest test) {
        boolean any = false;
        for (String[] row : sample) {
            String value = position < row.length ? row[position] : "";
            if (value.isEmpty()) {
                continue;
            }
            if (!test.fits().test(value)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static String normal(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[\\s._\\-]", "");
    }

    /** {@code {canonical: header}}, the header quoted where YAML would read it otherwise. */
    static String mapping(String canonical, String header) {
        boolean plain = !header.isEmpty()
                && header.equals(header.trim())
                && header.chars().noneMatch(c -> ":{}[],&*#?|<>=!%@`\"'\\".indexOf(c) >= 0)
                && !header.startsWith("-");
        String value = plain ? header : '"' + header.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        return "columns: {" + canonical + ": " + value + "}";
    }
}

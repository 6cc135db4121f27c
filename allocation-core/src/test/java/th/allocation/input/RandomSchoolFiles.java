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

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Seeded QuickTheories generator of school files as a spreadsheet or a careless hand writes them:
 * columns in any order, optional and extra columns, Thai headers mapped by the scenario's {@code
 * columns}, a byte-order mark, LF or CRLF, quoted fields (some with commas, doubled quotes or line
 * breaks), blank lines, padded cells, missing or extra cells, numbers in every form (plain, {@code
 * 1e2}, {@code 12.0}, negative, with thousands separators, too large), Thai and misspelt values,
 * duplicate and empty ids, rows out of order, stray carriage returns and bytes that are not UTF-8.
 * Most files are valid and plain; the rest each have a few such faults.
 */
final class RandomSchoolFiles {
    private RandomSchoolFiles() {}

    /** A generated file and how a scenario reads it. */
    record SchoolFile(byte[] bytes, Map<String, String> columns, Set<String> indicators) {
        @Override
        public String toString() {
            return "columns " + columns + ", indicators " + indicators + ":\n"
                    + new String(bytes, StandardCharsets.UTF_8).replace("\r", "\\r");
        }
    }

    private static final Map<String, String> THAI_HEADERS = Map.of(
            "school_id", "รหัสโรงเรียน",
            "name", "ชื่อโรงเรียน",
            "area_type", "ประเภทพื้นที่",
            "school_kind", "ประเภทโรงเรียน",
            "pupils_poor", "นักเรียนยากจน");

    private static final String[] NAMES = {
        "โรงเรียนบ้านหนองบัว", "Wat Suthi School", "โรงเรียนบ้านหนองบัว, สาขา 2", "", "  padded  ", "x", "School \"A\""
    };
    private static final String[] PLACES = {"C1", "คลัสเตอร์ 1", "สพป.เชียงใหม่ เขต 5", "E2", "", "กรุงเทพมหานคร"};
    private static final String[] AREA_TYPES = {
        "capital", "municipal", "district", "subdistrict", "special", "พื้นที่พิเศษ", "Capital", "subdistric", ""
    };
    private static final String[] KINDS = {"primary", "secondary", "combined", "special_education", "มัธยม", "primery"};
    private static final String[] FLAGS = {"true", "false", "1", "0", "yes", "NO", "ใช่", "maybe", ""};
    private static final String[] ODD_COUNTS = {"1e2", "12.0", "007", "-5", "abc", "", "1000001", "+3", "1,200", "NaN"};
    private static final String[] PREVIOUS = {
        "",
        "85000",
        "85000.5",
        "85000.50",
        "1.234",
        "-1",
        "1e3",
        "abc",
        "9999999999999.99",
        "10000000000000",
        "10000000000001",
        "0",
        ".5",
        "85000."
    };
    private static final String[] READINGS = {
        "0.75", "-3", "", "1e-3", "abc", "1234567890.5", "999999999.123456", "0.1", "-0", "12345678.1234567", "5."
    };

    /** School files of up to {@code maxRows} rows. */
    static Gen<SchoolFile> files(int maxRows) {
        return in -> file(in, maxRows);
    }

    private static boolean chance(RandomnessSource in, int oneIn) {
        return in.next(Constraint.between(0, oneIn - 1)) == 0;
    }

    private static int pick(RandomnessSource in, int size) {
        return (int) in.next(Constraint.between(0, size - 1));
    }

    private static SchoolFile file(RandomnessSource in, int maxRows) {
        boolean faulty = chance(in, 3);
        List<String> columns = new ArrayList<>(SchoolColumns.REQUIRED);
        for (String optional : SchoolColumns.OPTIONAL) {
            if (!chance(in, 3)) {
                columns.add(optional);
            }
        }
        boolean reading = chance(in, 2);
        if (reading) {
            columns.add("reading");
        }
        if (chance(in, 2)) {
            columns.add("teachers");
        }
        for (int i = columns.size() - 1; i > 0; i--) { // shuffle
            int j = pick(in, i + 1);
            columns.set(j, columns.set(i, columns.get(j)));
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        if (chance(in, 3)) {
            mapping.putAll(THAI_HEADERS);
        }
        String end = chance(in, 2) ? "\r\n" : "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (chance(in, 2)) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        List<String> header = new ArrayList<>();
        for (String column : columns) {
            String name = mapping.getOrDefault(column, column);
            header.add(faulty && chance(in, 30) ? name.toUpperCase(java.util.Locale.ROOT) : name);
        }
        if (faulty && chance(in, 20)) {
            header.set(pick(in, header.size()), "pupils_primery");
        }
        line(out, header, end, in, false);
        int rows = (int) in.next(Constraint.between(0, maxRows));
        boolean sorted = !chance(in, 3);
        for (int r = 0; r < rows; r++) {
            List<String> cells = new ArrayList<>();
            int[] pupils = new int[4];
            for (int l = 0; l < 4; l++) {
                pupils[l] = chance(in, 4) ? 0 : (int) in.next(Constraint.between(0, 900));
            }
            int total = pupils[0] + pupils[1] + pupils[2] + pupils[3];
            for (String column : columns) {
                cells.add(value(in, column, r, sorted, total, pupils, faulty));
            }
            if (faulty && chance(in, 25)) {
                cells.remove(cells.size() - 1);
            } else if (faulty && chance(in, 25)) {
                cells.add("extra");
            }
            line(out, cells, faulty && chance(in, 30) ? "\r" : end, in, faulty);
            if (faulty && chance(in, 15)) {
                out.writeBytes(end.getBytes(StandardCharsets.UTF_8)); // a blank line
            }
            if (faulty && chance(in, 40)) {
                out.write(0xFF); // not UTF-8
            }
        }
        if (chance(in, 4)) {
            out.writeBytes((end + end).getBytes(StandardCharsets.UTF_8));
        }
        return new SchoolFile(out.toByteArray(), mapping, reading ? Set.of("reading") : Set.of());
    }

    private static String value(
            RandomnessSource in, String column, int row, boolean sorted, int total, int[] pupils, boolean faulty) {
        switch (column) {
            case "school_id": {
                if (faulty && chance(in, 25)) {
                    return "";
                }
                long id = sorted ? 1000 + row * 3L : in.next(Constraint.between(1000, 1000 + 4L * 30));
                return faulty && chance(in, 20) ? "1000" : Long.toString(id);
            }
            case "name": // a quote inside a name is left to the full reader: only in faulty files
                return NAMES[pick(in, faulty ? NAMES.length : NAMES.length - 1)];
            case "cluster", "esa", "network", "province", "district", "subdistrict":
                return PLACES[pick(in, PLACES.length)];
            case "area_type":
                return faulty ? AREA_TYPES[pick(in, AREA_TYPES.length)] : AREA_TYPES[pick(in, 6)];
            case "school_kind":
                return faulty ? KINDS[pick(in, KINDS.length)] : KINDS[pick(in, 5)];
            case "remote":
                return faulty ? FLAGS[pick(in, FLAGS.length)] : FLAGS[pick(in, 7)];
            case "pupils_preprimary":
                return count(in, pupils[0], faulty);
            case "pupils_primary":
                return count(in, pupils[1], faulty);
            case "pupils_lower_secondary":
                return count(in, pupils[2], faulty);
            case "pupils_upper_secondary":
                return count(in, pupils[3], faulty);
            case "pupils_special_needs", "pupils_poor":
                return count(in, (int) in.next(Constraint.between(0, faulty ? total + 5 : total)), faulty);
            case "previous_allocation":
                return faulty || chance(in, 4)
                        ? PREVIOUS[pick(in, PREVIOUS.length)]
                        : in.next(Constraint.between(0, 999_999)) + "." + pick(in, 100);
            case "previous_pupils":
                return chance(in, 5) ? "" : count(in, (int) in.next(Constraint.between(0, 2 * total + 10)), faulty);
            case "reading":
                return READINGS[pick(in, faulty ? READINGS.length : 4)];
            default:
                return Long.toString(in.next(Constraint.between(0, 99)));
        }
    }

    private static String count(RandomnessSource in, int value, boolean faulty) {
        return faulty && chance(in, 12) ? ODD_COUNTS[pick(in, ODD_COUNTS.length)] : Integer.toString(value);
    }

    /** Writes the cells as a CSV line: quoted where they must be, and sometimes where they need not be. */
    private static void line(
            ByteArrayOutputStream out, List<String> cells, String end, RandomnessSource in, boolean faulty) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (faulty && chance(in, 60)) {
                cell = cell + "\nsecond line";
            }
            if (faulty && chance(in, 30)) {
                cell = " " + cell + "\t";
            }
            boolean must = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
            if (i > 0) {
                text.append(',');
            }
            if (must || chance(in, 8)) {
                text.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                text.append(cell);
            }
        }
        out.writeBytes(text.append(end).toString().getBytes(StandardCharsets.UTF_8));
    }
}

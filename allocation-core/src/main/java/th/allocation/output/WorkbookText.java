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
package th.allocation.output;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.allocation.model.AreaType;
import th.allocation.model.SchoolKind;
import th.allocation.result.Bound;
import th.allocation.result.Grouping;
import th.allocation.stats.EquityMeasure;

/**
 * The workbook's words: Thai headers for the CSV columns, Thai labels for categories, and the names
 * of the sheets. The ministry's own terms are used: เขตตรวจราชการ for an inspection-region cluster,
 * สำนักงานเขตพื้นที่การศึกษา (สพท.) for an ESA.
 */
final class WorkbookText {
    private static final Map<String, String> THAI = new HashMap<>();

    /** The first Thai name of each area type and school kind, by ordinal: asked for once per school. */
    private static final List<String> AREA_TYPES = java.util.Arrays.stream(AreaType.values())
            .map(type -> first(type.thai()))
            .toList();

    private static final List<String> SCHOOL_KINDS = java.util.Arrays.stream(SchoolKind.values())
            .map(kind -> first(kind.thai()))
            .toList();

    static {
        // CSV column (or component) name -> Thai header.
        thai("school_id", "รหัสโรงเรียน");
        thai("name", "ชื่อโรงเรียน");
        thai("cluster", "เขตตรวจราชการ");
        thai("esa", "สำนักงานเขตพื้นที่การศึกษา");
        thai("network", "เครือข่ายสถานศึกษา");
        thai("province", "จังหวัด");
        thai("area_type", "ประเภทพื้นที่");
        thai("remote", "พื้นที่ห่างไกล");
        thai("school_kind", "ประเภทโรงเรียน");
        thai("pupils", "นักเรียน (คน)");
        thai("pupils_poor", "นักเรียนยากจน (คน)");
        thai("pupils_special_needs", "นักเรียนที่มีความต้องการพิเศษ (คน)");
        thai("allocation", "งบประมาณที่ได้รับ (บาท)");
        thai("per_pupil", "ต่อหัว (บาท)");
        thai("bound", "ข้อจำกัดที่มีผล");
        thai("base_preprimary", "ฐาน: ก่อนประถม (บาท)");
        thai("base_primary", "ฐาน: ประถม (บาท)");
        thai("base_lower_secondary", "ฐาน: มัธยมต้น (บาท)");
        thai("base_upper_secondary", "ฐาน: มัธยมปลาย (บาท)");
        thai("area_type_uplift", "เพิ่มตามประเภทพื้นที่ (บาท)");
        thai("remote_uplift", "เพิ่มพื้นที่ห่างไกล (บาท)");
        thai("school_kind_uplift", "เพิ่มตามประเภทโรงเรียน (บาท)");
        thai("poor_loading", "เพิ่มนักเรียนยากจน (บาท)");
        thai("special_needs_loading", "เพิ่มนักเรียนที่มีความต้องการพิเศษ (บาท)");
        thai("lump_sum", "เงินก้อนต่อโรงเรียน (บาท)");
        thai("small_school", "เพิ่มโรงเรียนขนาดเล็ก (บาท)");
        thai("target_top_up", "เติมตามขั้นต่ำหรือกรอบวงเงิน (บาท)");
        thai("bound_adjustment", "ปรับตามขั้นต่ำหรือเพดาน (บาท)");
        thai("rounding", "การปัดเศษ (บาท)");
        thai("need", "ความต้องการตามสูตร ก่อนปรับสัดส่วน (บาท)");
        thai("floor", "ขั้นต่ำ (บาท)");
        thai("cap", "เพดาน (บาท)");
        thai("previous_allocation", "งบประมาณปีก่อน (บาท)");
        thai("group", "กลุ่ม");
        thai("schools", "โรงเรียน (แห่ง)");
        thai("share", "สัดส่วนของงบประมาณรวม");
        thai("scenario", "ฉากทัศน์");
        thai("grouping", "จำแนกตาม");
        thai("gaining", "ได้เพิ่ม (แห่ง)");
        thai("losing", "ลดลง (แห่ง)");
        thai("unchanged", "เท่าเดิม (แห่ง)");
        thai("gained", "ได้เพิ่มรวม (บาท)");
        thai("lost", "ลดลงรวม (บาท)");
        thai("net", "สุทธิ (บาท)");
        thai("value", "ค่า");
        thai("item", "รายการ");
        // Parts of the per-indicator columns of a target-driven allocation.
        thai("_value", "ค่าปัจจุบัน");
        thai("_target", "เป้าหมาย");
        thai("_projected", "ค่าที่คาดว่าจะได้");
        thai("_gap_left", "ช่องว่างที่เหลือ");
    }

    private WorkbookText() {}

    private static void thai(String key, String text) {
        THAI.put(key, text);
    }

    /**
     * The Thai header of a CSV column: its own, or for columns named after an indicator or a
     * scenario, the Thai of their known part and the name (e.g. {@code reading_gap_left} gives
     * ช่องว่างที่เหลือ reading).
     */
    static String header(String column) {
        String known = THAI.get(column);
        if (known != null) {
            return known;
        }
        if (column.startsWith("target_")) {
            return "เงินปิดช่องว่าง " + column.substring("target_".length()) + " (บาท)";
        }
        for (String part : List.of("_gap_left", "_projected", "_target", "_value")) {
            if (column.endsWith(part)) {
                return THAI.get(part) + " " + column.substring(0, column.length() - part.length());
            }
        }
        return column;
    }

    /** The Thai label of an area type, e.g. ตำบล. */
    static String thai(AreaType type) {
        return AREA_TYPES.get(type.ordinal());
    }

    /** The Thai label of a school kind, e.g. ขยายโอกาส. */
    static String thai(SchoolKind kind) {
        return SCHOOL_KINDS.get(kind.ordinal());
    }

    /** The Thai label of a bound. */
    static String thai(Bound bound) {
        return switch (bound) {
            case NONE -> "ไม่ติดข้อจำกัด";
            case MIN_PER_PUPIL -> "ขั้นต่ำต่อหัว";
            case HOLD_HARMLESS -> "ไม่ต่ำกว่าปีก่อน";
            case CAP -> "เพดาน";
            case ENVELOPE -> "กรอบวงเงินของกลุ่ม";
            case MIN_PER_SCHOOL -> "ขั้นต่ำต่อโรงเรียน";
            case FUNDING_GUARANTEE -> "ประกันงบต่อหัวเทียบปีก่อน";
            case GAINS_CAP -> "เพดานการเพิ่มต่อหัว";
        };
    }

    /** Yes or no in Thai. */
    static String thai(boolean yes) {
        return yes ? "ใช่" : "ไม่ใช่";
    }

    /**
     * A group's label in a level sheet: Thai for area types and school kinds (whose keys are
     * English), the name itself otherwise; (ไม่ระบุ) for schools without one.
     */
    static String group(Grouping grouping, String key) {
        if (grouping == Grouping.AREA_TYPE) {
            return AreaType.parse(key).map(WorkbookText::thai).orElse(key);
        }
        if (grouping == Grouping.SCHOOL_KIND) {
            return SchoolKind.parse(key).map(WorkbookText::thai).orElse(key);
        }
        return key.isEmpty() ? "(ไม่ระบุ)" : key;
    }

    /** The name of a level's sheet, Thai then English, within Excel's 31 characters. */
    static String sheetName(Grouping grouping) {
        return switch (grouping) {
            case CLUSTER -> "เขตตรวจราชการ Cluster";
            case ESA -> "สพท. ESA";
            case NETWORK -> "เครือข่าย Network";
            case PROVINCE -> "จังหวัด Province";
            case AREA_TYPE -> "ประเภทพื้นที่ Area type";
            case SCHOOL_KIND -> "ประเภทโรงเรียน School kind";
        };
    }

    /** The Thai name of an equity statistic ({@code epsilon}: the Atkinson index's aversion). */
    static String thai(EquityMeasure measure, double epsilon) {
        return switch (measure) {
                    case GINI -> "สัมประสิทธิ์จีนี";
                    case THEIL_T -> "ดัชนีไทล์ (T)";
                    case COEFFICIENT_OF_VARIATION -> "สัมประสิทธิ์การแปรผัน";
                    case MCLOONE_INDEX -> "ดัชนีแมคลูน";
                    case VERSTEGEN_INDEX -> "ดัชนีเวอร์สเตเกน";
                    case FEDERAL_RANGE_RATIO -> "อัตราส่วนพิสัยแบบเฟเดอรัล";
                    case ATKINSON -> "ดัชนีแอตกินสัน (ε = " + EquityMeasure.ATKINSON_EPSILON.format(epsilon) + ")";
                    default -> measure.label();
                }
                + " ต่อหัว";
    }

    private static String first(String aliases) {
        int bar = aliases.indexOf('|');
        return bar < 0 ? aliases : aliases.substring(0, bar);
    }
}

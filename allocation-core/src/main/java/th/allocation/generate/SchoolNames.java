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
package th.allocation.generate;

import th.allocation.internal.SplitMix64;
import th.allocation.model.SchoolKind;

/**
 * The names and ids of generated schools and their places: Thai-style school names built from
 * common village-name parts, synthetic district and subdistrict names, and OBEC-style ids.
 */
final class SchoolNames {
    private static final String[] VILLAGE_PREFIXES = {
        "หนอง", "โนน", "ดอน", "ห้วย", "นา", "โคก", "ป่า", "บ่อ", "ทุ่ง", "สระ", "วัง", "ท่า", "คลอง", "บึง", "เขา",
        "ดง", "ปาก", "หาด", "บาง", "แม่", "ศรี", "หัว", "ซับ", "ไร่", "สวน", "โพน", "กุด", "ห้วยทราย", "น้ำ", "ผา"
    };
    private static final String[] VILLAGE_SUFFIXES = {
        "บัว", "แดง", "ใหญ่", "สูง", "ยาว", "ทอง", "งาม", "คำ", "หว้า", "ไผ่", "ตะเคียน", "จาน", "น้อย", "ขาม", "แก",
        "กุง", "ม่วง", "เหล็ก", "โพธิ์", "ไทร", "มะค่า", "สำโรง", "ตาล", "แสง", "ทราย", "หิน", "เตย", "ยาง", "ชัย",
        "สะอาด", "เจริญ", "สามัคคี", "หลวง", "กลาง", "อุดม", "พัฒนา", "ทองหลาง", "เก่า", "ใหม่", "สว่าง"
    };
    private static final String[] SECONDARY_ENDINGS = {
        "วิทยา", "วิทยาคม", "พิทยาคม", "ศึกษา", "วิทยาคาร", "รัฐประชาสรรค์"
    };

    private SchoolNames() {}

    static String name(Plan.Unit unit, SchoolKind kind, SplitMix64 random) {
        String village = VILLAGE_PREFIXES[random.nextInt(VILLAGE_PREFIXES.length)]
                + VILLAGE_SUFFIXES[random.nextInt(VILLAGE_SUFFIXES.length)];
        String province = unit.province().thai();
        switch (kind) {
            case SECONDARY:
                return "โรงเรียน" + village + SECONDARY_ENDINGS[random.nextInt(SECONDARY_ENDINGS.length)];
            case SPECIAL_EDUCATION:
                return switch (random.nextInt(3)) {
                    case 0 -> "โรงเรียนศึกษาพิเศษ" + province;
                    case 1 -> "โรงเรียนโสตศึกษาจังหวัด" + province;
                    default -> "โรงเรียน" + province + "ปัญญานุกูล";
                };
            default:
                int style = random.nextInt(100);
                String prefix = style < 68
                        ? "โรงเรียนบ้าน"
                        : style < 88 ? "โรงเรียนวัด" : style < 96 ? "โรงเรียนชุมชน" : "โรงเรียนอนุบาล";
                return prefix + village;
        }
    }

    static String districtName(Province province, int district) {
        if (province.isCapital()) {
            return "เขตที่ " + district;
        }
        return district == 1 ? "อำเภอเมือง" + province.thai() : "อำเภอที่ " + district + " " + province.thai();
    }

    static String subdistrictName(Province province, int subdistrict) {
        return (province.isCapital() ? "แขวงที่ " : "ตำบลที่ ") + subdistrict;
    }

    /** The id: 1, the two-digit province code, the three-digit ESA number, the four-digit serial. */
    static String id(Plan.Unit unit, int serial) {
        StringBuilder id = new StringBuilder(10).append('1');
        pad(id, unit.province().code(), 2);
        pad(id, unit.esaIndex(), 3);
        pad(id, serial, 4);
        return id.toString();
    }

    static void pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        out.append(digits);
    }
}

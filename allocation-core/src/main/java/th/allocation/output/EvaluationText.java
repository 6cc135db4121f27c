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
import java.util.Map;

/**
 * The texts of the evaluation report, in English and Thai. Area-type names come from the allocation
 * report's texts, so both reports name them alike.
 */
final class EvaluationText {
    private static final Map<String, String[]> TEXT = new HashMap<>();

    static {
        // key, English, Thai
        add("title", "Evaluation report", "รายงานการติดตามและประเมินผล");
        add(
                "kicker",
                "Monitor, evaluate, report: targets against what was achieved",
                "กำกับ ติดตาม ประเมินผล รายงานผล: เป้าหมายเทียบกับผลที่เกิดขึ้นจริง");
        add(
                "subtitle",
                "Allocation of fiscal year {year}, results measured in {results}; {schools} schools, {pupils} pupils",
                "การจัดสรรปีงบประมาณ {year} ผลที่วัดได้ในปี {results} โรงเรียน {schools} แห่ง นักเรียน {pupils} คน");
        add("summary", "Summary by goal", "สรุปตามเป้าประสงค์");
        add(
                "summary.note",
                "Each goal is judged by the worst status of its indicators at the centre. Money is what the"
                        + " allocation put against the goal's indicator gaps.",
                "แต่ละเป้าประสงค์ตัดสินจากสถานะที่แย่ที่สุดของตัวชี้วัดในระดับส่วนกลาง งบประมาณคือเงินที่จัดสรรเพื่อปิดช่องว่างของตัวชี้วัดในเป้าประสงค์นั้น");
        add("goal.opportunity", "Opportunity", "โอกาส");
        add("goal.efficiency", "Efficiency", "ประสิทธิภาพ");
        add("goal.quality", "Quality", "คุณภาพ");
        add("goal.safety", "Safety", "ความปลอดภัย");
        add("status.met", "met", "บรรลุเป้าหมาย");
        add("status.on_track", "on track", "เป็นไปตามแผน");
        add("status.off_track", "off track", "ไม่เป็นไปตามแผน");
        add("status.worse", "worse", "แย่ลง");
        add("status.no_data", "no data", "ไม่มีข้อมูล");
        add("indicators", "Indicators at the centre", "ตัวชี้วัดระดับส่วนกลาง");
        add(
                "indicators.note",
                "Means over every school with a realised value, weighted by pupils where the indicator's cost is"
                        + " per pupil ({pupils}), one per school where it is per school ({schools}). Gap closed: the"
                        + " mean of each school's gap to its own target, before minus after.",
                "ค่าเฉลี่ยของทุกโรงเรียนที่มีผลจริง ถ่วงน้ำหนักด้วยจำนวนนักเรียนเมื่อค่าใช้จ่ายของตัวชี้วัดคิดต่อหัว ({pupils})"
                        + " และโรงเรียนละหนึ่งเมื่อคิดต่อโรงเรียน ({schools}) ช่องว่างที่ปิดได้คือค่าเฉลี่ยของช่องว่างถึงเป้าหมายของแต่ละโรงเรียน ก่อนลบหลัง");
        add("weighting.pupils", "pupil-weighted", "ถ่วงด้วยนักเรียน");
        add("weighting.schools", "school-weighted", "ถ่วงด้วยโรงเรียน");
        add("indicator", "Indicator", "ตัวชี้วัด");
        add("goal", "Goal", "เป้าประสงค์");
        add("weighting", "Weighting", "การถ่วงน้ำหนัก");
        add("baseline", "Baseline", "ค่าฐาน");
        add("target", "Target", "เป้าหมาย");
        add("projected", "Projected", "คาดการณ์");
        add("achieved", "Achieved", "ผลจริง");
        add("gap_closed", "Gap closed (projected → achieved)", "ช่องว่างที่ปิดได้ (คาดการณ์ → จริง)");
        add("money", "Money (THB)", "งบประมาณ (บาท)");
        add("cost_assumed", "Cost per unit assumed (THB)", "ต้นทุนต่อหน่วยที่คาดไว้ (บาท)");
        add("cost_observed", "Cost per unit observed (THB)", "ต้นทุนต่อหน่วยที่เกิดจริง (บาท)");
        add("efficiency", "Efficiency", "ประสิทธิผลต่อบาท");
        add("status", "Status", "สถานะ");
        add("schools", "Schools", "โรงเรียน");
        add("schools_by_status", "Schools by status", "จำนวนโรงเรียนตามสถานะ");
        add("rules", "How statuses are given", "เกณฑ์การให้สถานะ");
        add(
                "rules.note",
                "The first rule that holds, in this order; 'better' follows the indicator's direction. A unit is"
                        + " judged on its weighted means against the target in force for it.",
                "ใช้เกณฑ์ข้อแรกที่เป็นจริงตามลำดับนี้ 'ดีขึ้น' เป็นไปตามทิศทางของตัวชี้วัด หน่วยงานตัดสินจากค่าเฉลี่ยถ่วงน้ำหนักเทียบกับเป้าหมายที่ใช้กับหน่วยงานนั้น");
        add("rule.met", "achieved at or better than the target", "ผลจริงถึงหรือดีกว่าเป้าหมาย");
        add("rule.worse", "achieved worse than the baseline", "ผลจริงแย่กว่าค่าฐาน");
        add(
                "rule.on_track",
                "improvement at least {share} of the improvement projected (or above 0 where none was projected)",
                "ดีขึ้นอย่างน้อย {share} ของที่คาดการณ์ไว้ (หรือดีขึ้นเลยหากไม่ได้คาดการณ์)");
        add(
                "rule.off_track",
                "otherwise: below target, short of the projection",
                "กรณีอื่น: ต่ำกว่าเป้าหมายและไม่ถึงที่คาดการณ์");
        add("rule.no_data", "no realised value", "ไม่มีผลจริง");
        add(
                "rule.target",
                "A unit's target: the one all its schools share; where they differ, its own local override, else"
                        + " the one above it, else the central target.",
                "เป้าหมายของหน่วยงาน: เป้าหมายที่ทุกโรงเรียนในหน่วยใช้ร่วมกัน หากต่างกันใช้เป้าหมายเฉพาะของหน่วยงาน"
                        + " หรือของหน่วยงานระดับบน หรือเป้าหมายส่วนกลาง");
        add(
                "rule.shrinkage",
                "Next year's cost = cost / ({s} + {r} × efficiency): the weight {s} stays on this year's cost, so one"
                        + " noisy year does not swing it.",
                "ต้นทุนปีหน้า = ต้นทุน / ({s} + {r} × ประสิทธิผล): น้ำหนัก {s} อยู่ที่ต้นทุนปีนี้ เพื่อไม่ให้ปีที่ผันผวนเพียงปีเดียวเปลี่ยนต้นทุนมากเกินไป");
        add("levels", "Which units met their targets", "หน่วยงานใดบรรลุเป้าหมาย");
        add(
                "levels.note",
                "Units of each level by status, indicator by indicator; the tables below give each unit.",
                "จำนวนหน่วยงานแต่ละระดับตามสถานะ แยกตามตัวชี้วัด ตารางด้านล่างแสดงแต่ละหน่วยงาน");
        add("level.centre", "Centre (OBEC)", "ส่วนกลาง (สพฐ.)");
        add("level.cluster", "Clusters", "คลัสเตอร์");
        add("level.esa", "Educational Service Areas", "สำนักงานเขตพื้นที่การศึกษา");
        add("level.network", "School networks", "กลุ่มเครือข่ายโรงเรียน");
        add("level.area_type", "Area types", "ประเภทพื้นที่");
        add("units", "Units", "หน่วยงาน");
        add("unit", "Unit", "หน่วยงาน");
        add("show_all", "Show every unit ({count})", "แสดงทุกหน่วยงาน ({count})");
        add(
                "networks.off",
                "Networks off track or worse, furthest first",
                "เครือข่ายที่ไม่เป็นไปตามแผนหรือแย่ลง เรียงจากห่างมากที่สุด");
        add("least", "Where money bought the least", "เงินซื้อผลได้น้อยที่สุดที่ใด");
        add(
                "least.note",
                "ESAs whose funded schools closed the least gap per baht against what was projected"
                        + " (efficiency: 1 as projected, 0 nothing, below 0 the gap grew), ten per indicator.",
                "เขตพื้นที่ที่โรงเรียนซึ่งได้รับเงินปิดช่องว่างได้น้อยที่สุดต่อบาทเมื่อเทียบกับที่คาดการณ์ (ประสิทธิผล 1 = ตามคาด 0 = ไม่ได้เลย"
                        + " ต่ำกว่า 0 = ช่องว่างกว้างขึ้น) ตัวชี้วัดละสิบแห่ง");
        add("off_track", "Schools furthest off track, by goal", "โรงเรียนที่ห่างจากแผนมากที่สุด ตามเป้าประสงค์");
        add(
                "off_track.note",
                "Schools off track or worse, ranked by how far achieved falls behind projected, relative to the"
                        + " target; ten per goal.",
                "โรงเรียนที่ไม่เป็นไปตามแผนหรือแย่ลง เรียงตามระยะที่ผลจริงตามหลังค่าคาดการณ์ เทียบกับเป้าหมาย เป้าประสงค์ละสิบแห่ง");
        add("school", "School", "โรงเรียน");
        add("esa", "ESA", "เขตพื้นที่");
        add("cluster", "Cluster", "คลัสเตอร์");
        add("none", "None.", "ไม่มี");
        add("costs", "Next year's unit costs", "ต้นทุนต่อหน่วยสำหรับปีหน้า");
        add(
                "costs.note",
                "Cost of closing one unit of gap, per pupil or per school, over the schools that got money.",
                "ต้นทุนการปิดช่องว่างหนึ่งหน่วย ต่อนักเรียนหรือต่อโรงเรียน จากโรงเรียนที่ได้รับเงิน");
        add("cost", "Cost this year (THB)", "ต้นทุนปีนี้ (บาท)");
        add("next_cost", "Cost next year (THB)", "ต้นทุนปีหน้า (บาท)");
        add("per", "per", "ต่อ");
        add("per.pupil", "pupil", "นักเรียน");
        add("per.school", "school", "โรงเรียน");
        add("noise", "A year's change without the money", "การเปลี่ยนแปลงในหนึ่งปีโดยไม่ได้รับเงิน");
        add(
                "noise.note",
                "Schools below target that got no money for the indicator: their change in a year (mean ± standard"
                        + " deviation). A change within about two standard deviations is within a year's luck.",
                "โรงเรียนที่ต่ำกว่าเป้าหมายและไม่ได้รับเงินสำหรับตัวชี้วัดนั้น: การเปลี่ยนแปลงในหนึ่งปี (ค่าเฉลี่ย ± ส่วนเบี่ยงเบนมาตรฐาน)"
                        + " การเปลี่ยนแปลงภายในราวสองเท่าของส่วนเบี่ยงเบนมาตรฐานถือเป็นความผันผวนตามปกติ");
        add("change", "Change (mean ± sd)", "การเปลี่ยนแปลง (เฉลี่ย ± SD)");
        add("history", "History", "ผลย้อนหลัง");
        add(
                "history.note",
                "The centre's mean each year: the first year's baseline, then each year's achievement; the"
                        + " dashed line is the target.",
                "ค่าเฉลี่ยระดับส่วนกลางแต่ละปี: ค่าฐานของปีแรก แล้วผลจริงของแต่ละปี เส้นประคือเป้าหมาย");
        add("trends", "Trends by cluster", "แนวโน้มรายคลัสเตอร์");
        add("trend", "Trend", "แนวโน้ม");
        add("slope", "Change per year", "การเปลี่ยนแปลงต่อปี");
        add("trend.improving", "improving", "ดีขึ้น");
        add("trend.steady", "steady", "คงที่");
        add("trend.worsening", "worsening", "แย่ลง");
        add("trend.too_few_points", "too few years", "ข้อมูลไม่พอ");
        add("year", "Year", "ปี");
        add(
                "footer",
                "Written by alloc {version}. Charts: Chart.js {chartjs} (MIT licence), inlined; the page needs no"
                        + " network.",
                "สร้างโดย alloc {version} แผนภูมิ: Chart.js {chartjs} (สัญญาอนุญาต MIT) ฝังในหน้า ไม่ต้องใช้เครือข่าย");
    }

    private EvaluationText() {}

    private static void add(String key, String english, String thai) {
        TEXT.put(key, new String[] {english, thai});
    }

    /** The text of {@code key} in {@code language}, placeholders filled from {@code values} (name, value, ...). */
    static String get(ReportLanguage language, String key, Object... values) {
        String[] texts = TEXT.get(key);
        if (texts == null) {
            if (key.startsWith("area.") && ReportText.has(key)) {
                return ReportText.get(language, key);
            }
            throw new IllegalArgumentException("No evaluation report text '" + key + "'.");
        }
        String text = texts[language.ordinal()];
        for (int k = 0; k + 1 < values.length; k += 2) {
            text = text.replace("{" + values[k] + "}", String.valueOf(values[k + 1]));
        }
        return text;
    }
}

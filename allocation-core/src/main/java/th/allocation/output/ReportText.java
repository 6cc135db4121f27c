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
import java.util.TreeMap;

/** The report's words in each {@link ReportLanguage}. Placeholders are written {@code {name}}. */
final class ReportText {
    /** Texts of the protections' bounds: the page's scripts get them only when a scenario has protections. */
    private static final java.util.Set<String> PROTECTION = new java.util.HashSet<>();

    private static final Map<String, String[]> TEXT = new HashMap<>();

    static {
        // key, English, Thai
        add("title.run", "Allocation report", "รายงานการจัดสรรงบประมาณ");
        add("title.compare", "Comparison of allocation scenarios", "การเปรียบเทียบฉากทัศน์การจัดสรรงบประมาณ");
        add(
                "kicker",
                "Needs-based budget allocation for basic education",
                "การจัดสรรงบประมาณตามความจำเป็นสำหรับการศึกษาขั้นพื้นฐาน");
        add(
                "subtitle",
                "{schools} schools, {pupils} pupils; fiscal year {year}",
                "โรงเรียน {schools} แห่ง นักเรียน {pupils} คน ปีงบประมาณ {year}");
        add("summary", "Summary", "สรุป");
        add(
                "summary.note",
                "Each scenario allocated to the same schools; the first is the baseline.",
                "ทุกฉากทัศน์จัดสรรให้โรงเรียนชุดเดียวกัน ฉากทัศน์แรกเป็นกรณีฐาน");
        add("baseline", "baseline", "กรณีฐาน");
        add("scenario", "Scenario", "ฉากทัศน์");
        add("rule", "Rule", "สูตร");
        add("rule.flat", "flat per head", "อัตราเท่ากันต่อหัว");
        add("rule.weighted", "needs-weighted", "ถ่วงน้ำหนักตามความจำเป็น");
        add("budget", "Budget (THB)", "งบประมาณ (บาท)");
        add("budget.none", "none: the rule's total", "ไม่กำหนด: ตามสูตร");
        add("total", "Allocated (THB)", "จัดสรรรวม (บาท)");
        add("per_pupil", "Per pupil (THB)", "ต่อหัว (บาท)");
        add("difference", "Change from baseline (THB)", "ผลต่างจากกรณีฐาน (บาท)");
        add("bound_schools", "Schools at a floor or cap", "โรงเรียนที่ติดขั้นต่ำหรือเพดาน");
        add("equity", "Equity of per-pupil allocation", "ความเป็นธรรมของงบประมาณต่อหัว");
        add(
                "equity.note",
                "Over pupils: each pupil counts with the per-pupil amount of their school. The last column"
                        + " says which way a measure moves when allocation becomes more equal.",
                "คำนวณตามจำนวนนักเรียน: นักเรียนแต่ละคนได้รับงบต่อหัวของโรงเรียนตน คอลัมน์สุดท้ายบอกทิศทางของตัวชี้วัดเมื่อการจัดสรรเท่าเทียมขึ้น");
        add("statistic", "Statistic", "ตัวชี้วัด");
        add("change", "Change", "เปลี่ยนแปลง");
        add("more_equal", "More equal", "เท่าเทียมขึ้นเมื่อ");
        add("lower", "lower", "ต่ำลง");
        add("higher", "higher", "สูงขึ้น");
        add("closer_to_1", "closer to 1", "ใกล้ 1");
        add("theil", "Theil's T between and within groups", "ดัชนีไทล์ระหว่างกลุ่มและภายในกลุ่ม");
        add(
                "theil.note",
                "The share of inequality due to differences between the groups' mean per-pupil amounts.",
                "สัดส่วนความไม่เท่าเทียมที่มาจากความแตกต่างของค่าเฉลี่ยต่อหัวระหว่างกลุ่ม");
        add("theil.between_share", "Between-group share", "สัดส่วนระหว่างกลุ่ม");
        add("theil.total", "Theil's T", "ดัชนีไทล์ (T)");
        add("theil.between", "between", "ระหว่างกลุ่ม");
        add("theil.within", "within", "ภายในกลุ่ม");
        add("grouping.area_type", "by area type", "ตามประเภทพื้นที่");
        add("grouping.cluster", "by inspection region", "ตามเขตตรวจราชการ");
        add("lorenz", "Lorenz curves of per-pupil allocation", "เส้นโค้งลอเรนซ์ของงบประมาณต่อหัว");
        add(
                "lorenz.note",
                "The share of the money that the pupils with the least per pupil receive; the further"
                        + " below the diagonal, the less equal.",
                "สัดส่วนงบประมาณที่นักเรียนกลุ่มที่ได้รับต่อหัวน้อยที่สุดได้รับ ยิ่งห่างจากเส้นทแยงมุมยิ่งไม่เท่าเทียม");
        add("lorenz.x", "Cumulative share of pupils", "สัดส่วนสะสมของนักเรียน");
        add("lorenz.y", "Cumulative share of money", "สัดส่วนสะสมของงบประมาณ");
        add("equality", "Equal per-pupil amounts", "เส้นความเท่าเทียม");
        add("by_area", "Per pupil by area type", "งบประมาณต่อหัวจำแนกตามประเภทพื้นที่");
        add("by_cluster", "Per pupil by inspection region (cluster)", "งบประมาณต่อหัวจำแนกตามเขตตรวจราชการ");
        add("thb_per_pupil", "THB per pupil", "บาทต่อคน");
        add("winners", "Winners and losers", "โรงเรียนที่ได้รับเพิ่มและลดลง");
        add(
                "winners.note",
                "Schools whose allocation rises, falls or stays the same against the baseline, to the" + " satang.",
                "โรงเรียนที่ได้รับงบเพิ่มขึ้น ลดลง หรือเท่าเดิมเมื่อเทียบกับกรณีฐาน ละเอียดถึงสตางค์");
        add("winners.against", "{scenario} against {baseline}", "{scenario} เทียบกับ {baseline}");
        add("area_type", "Area type", "ประเภทพื้นที่");
        add("schools", "Schools", "โรงเรียน");
        add("gaining", "Gaining", "ได้เพิ่ม");
        add("losing", "Losing", "ลดลง");
        add("unchanged", "Unchanged", "เท่าเดิม");
        add("gained", "Gained (THB)", "ได้เพิ่มรวม (บาท)");
        add("lost", "Lost (THB)", "ลดลงรวม (บาท)");
        add("net", "Net (THB)", "สุทธิ (บาท)");
        add("all_schools", "All schools", "ทุกโรงเรียน");
        add("bounds", "Binding constraints", "ข้อจำกัดที่มีผล");
        add(
                "bounds.note",
                "Schools whose allocation a floor, a cap or a group envelope set, instead of their scaled need.",
                "จำนวนโรงเรียนที่ได้รับงบตามขั้นต่ำหรือเพดาน แทนความต้องการที่ปรับสัดส่วนแล้ว");
        add("bound.none", "Not bound", "ไม่ติดข้อจำกัด");
        add("bound.min_per_pupil", "Minimum per pupil", "ขั้นต่ำต่อหัว");
        add("bound.hold_harmless", "Hold harmless (last year)", "ไม่ต่ำกว่าปีก่อน");
        add("bound.cap", "Cap", "เพดาน");
        add("bound.envelope", "Group envelope", "กรอบวงเงินของกลุ่ม");
        protection("bound.min_per_school", "Minimum per school", "ขั้นต่ำต่อโรงเรียน");
        protection(
                "bound.funding_guarantee",
                "Funding guarantee (per pupil, against last year)",
                "ประกันงบต่อหัวเทียบปีก่อน");
        protection("bound.gains_cap", "Gains cap (per pupil, against last year)", "เพดานการเพิ่มต่อหัว");
        add("area.capital", "Capital", "เมืองหลวง");
        add("area.municipal", "Municipal", "เทศบาล");
        add("area.district", "District", "อำเภอ");
        add("area.subdistrict", "Subdistrict", "ตำบล");
        add("area.special", "Special area", "พื้นที่พิเศษ");
        add(
                "footer",
                "Made by alloc {version} from the run's files; the same inputs give the same page. Charts:"
                        + " Chart.js {chartjs} (MIT licence), inlined: the page needs no network.",
                "สร้างโดย alloc {version} จากไฟล์ของการประมวลผล ข้อมูลเดิมให้หน้าเดิมทุกครั้ง แผนภูมิโดย Chart.js {chartjs}"
                        + " (สัญญาอนุญาต MIT) ฝังอยู่ในไฟล์ เปิดได้โดยไม่ต้องใช้อินเทอร์เน็ต");
        add("stat.schools", "Schools", "จำนวนโรงเรียน");
        add("stat.excluded_schools", "Schools without pupils", "โรงเรียนที่ไม่มีนักเรียน");
        add("stat.pupils", "Pupils", "จำนวนนักเรียน");
        add("stat.mean", "Mean (THB)", "ค่าเฉลี่ย (บาท)");
        add("stat.standard_deviation", "Standard deviation (THB)", "ส่วนเบี่ยงเบนมาตรฐาน (บาท)");
        add("stat.min", "Minimum (THB)", "ต่ำสุด (บาท)");
        add("stat.p5", "5th percentile (THB)", "เปอร์เซ็นไทล์ที่ 5 (บาท)");
        add("stat.median", "Median (THB)", "มัธยฐาน (บาท)");
        add("stat.p95", "95th percentile (THB)", "เปอร์เซ็นไทล์ที่ 95 (บาท)");
        add("stat.max", "Maximum (THB)", "สูงสุด (บาท)");
        add("stat.range", "Range (THB)", "พิสัย (บาท)");
        add("stat.restricted_range", "Restricted range, P95 − P5 (THB)", "พิสัยจำกัด P95 − P5 (บาท)");
        add("stat.federal_range_ratio", "Federal range ratio", "อัตราส่วนพิสัยแบบเฟเดอรัล");
        add("stat.coefficient_of_variation", "Coefficient of variation", "สัมประสิทธิ์การแปรผัน");
        add("stat.mcloone_index", "McLoone index", "ดัชนีแมคลูน");
        add("stat.verstegen_index", "Verstegen index", "ดัชนีเวอร์สเตเกน");
        add("stat.gini", "Gini coefficient", "สัมประสิทธิ์จีนี");
        add("stat.theil_t", "Theil's T", "ดัชนีไทล์ (T)");
        add("stat.mean_log_deviation", "Mean log deviation", "ค่าเบี่ยงเบนลอการิทึมเฉลี่ย");
        add("stat.atkinson", "Atkinson index (ε = {epsilon})", "ดัชนีแอตกินสัน (ε = {epsilon})");
    }

    private ReportText() {}

    static {
        more();
    }

    /** The texts of the lookup, the map, the tables by group and the charts of change. */
    private static void more() {
        add("contents", "Contents", "สารบัญ");
        add("rule.previous", "last year's allocation (previous_allocation)", "งบที่ได้รับปีก่อน (previous_allocation)");
        add("previous.name", "Last year's allocation, FY {year}", "งบที่ได้รับปีก่อน ปีงบประมาณ {year}");
        add(
                "previous.note",
                "The baseline is last year's allocation (previous_allocation in the school file): every change"
                        + " below is against it.",
                "กรณีฐานคืองบที่ได้รับปีก่อน (previous_allocation ในแฟ้มโรงเรียน) การเปลี่ยนแปลงทั้งหมดเทียบกับกรณีฐานนี้");
        add(
                "previous.missing",
                " Schools without one (new schools) count 0 in it: {count}.",
                " โรงเรียนที่ไม่มีงบปีก่อน (โรงเรียนใหม่) นับเป็น 0: {count} แห่ง");
        add("lookup", "Find a school", "ค้นหาโรงเรียน");
        add(
                "lookup.note",
                "Type a school id or part of its name. The page explains the school's allocation under each"
                        + " scenario, figure by figure, as alloc explain does; every figure is the one in"
                        + " allocations.csv.",
                "พิมพ์รหัสหรือบางส่วนของชื่อโรงเรียน หน้านี้จะอธิบายงบที่โรงเรียนได้รับในแต่ละฉากทัศน์ทีละรายการ"
                        + " เช่นเดียวกับคำสั่ง alloc explain ทุกตัวเลขตรงกับ allocations.csv");
        add("lookup.placeholder", "School id or name", "รหัสหรือชื่อโรงเรียน");
        add("lookup.none", "No school matches.", "ไม่พบโรงเรียนที่ตรงกัน");
        add(
                "lookup.more",
                "The first {shown} of {all} schools that match; type more to narrow them down.",
                "แสดง {shown} แห่งแรกจาก {all} แห่งที่ตรงกัน พิมพ์เพิ่มเพื่อให้แคบลง");
        add("lookup.against", "Against {baseline}: {change} THB", "เทียบกับ {baseline}: {change} บาท");
        add("map", "Per pupil by province", "งบประมาณต่อหัวรายจังหวัด");
        add(
                "map.note",
                "One square per province, placed by region, north at the top; darker lines separate the six"
                        + " regions. Point at a square for its figure; click it to find the province in the table.",
                "หนึ่งช่องต่อหนึ่งจังหวัด จัดวางตามภาค ทิศเหนืออยู่ด้านบน เส้นเข้มแบ่งหกภาค ชี้ที่ช่องเพื่อดูตัวเลข"
                        + " คลิกเพื่อค้นหาจังหวัดในตาราง");
        add("map.show", "Show", "แสดง");
        add("map.per_pupil", "Per pupil (THB): {scenario}", "ต่อหัว (บาท): {scenario}");
        add(
                "map.change",
                "Change per pupil against {baseline} (THB): {scenario}",
                "ผลต่างต่อหัวเทียบกับ {baseline} (บาท): {scenario}");
        add(
                "map.change_percent",
                "Change per pupil against {baseline} (%): {scenario}",
                "ผลต่างต่อหัวเทียบกับ {baseline} (ร้อยละ): {scenario}");
        add("map.missing", "no data", "ไม่มีข้อมูล");
        add("unit.thb", "THB", "บาท");
        add("map.highest", "Highest", "สูงสุด");
        add("map.lowest", "Lowest", "ต่ำสุด");
        add(
                "map.unmatched",
                "Provinces in the data that are not on the map: {names}.",
                "จังหวัดในข้อมูลที่ไม่อยู่ในแผนที่: {names}");
        add("by_province", "Provinces", "รายจังหวัด");
        add("by_esa", "Educational Service Areas (ESAs)", "รายสำนักงานเขตพื้นที่การศึกษา (สพท.)");
        add("by_cluster_table", "Inspection regions (clusters)", "รายเขตตรวจราชการ");
        add(
                "tables.note",
                "Click a heading to sort by it; the box searches the table; the button saves it as CSV (UTF-8,"
                        + " opens in Excel), made in this page.",
                "คลิกหัวคอลัมน์เพื่อเรียงลำดับ ช่องค้นหาใช้ค้นในตาราง ปุ่มบันทึกตารางเป็น CSV (UTF-8 เปิดใน Excel ได้)"
                        + " สร้างในหน้านี้");
        add("col.province", "Province", "จังหวัด");
        add("col.esa", "ESA", "สพท.");
        add("col.cluster", "Inspection region", "เขตตรวจราชการ");
        add("col.area_type", "Area type", "ประเภทพื้นที่");
        add("col.schools", "Schools", "โรงเรียน");
        add("col.pupils", "Pupils", "นักเรียน");
        add("col.allocation", "{scenario}: allocated (THB)", "{scenario}: จัดสรร (บาท)");
        add("col.per_pupil", "{scenario}: per pupil (THB)", "{scenario}: ต่อหัว (บาท)");
        add("col.change", "{scenario}: change per pupil (THB)", "{scenario}: ผลต่างต่อหัว (บาท)");
        add("col.change_percent", "{scenario}: change per pupil (%)", "{scenario}: ผลต่างต่อหัว (ร้อยละ)");
        add("col.gaining", "{scenario}: schools gaining", "{scenario}: โรงเรียนที่ได้เพิ่ม");
        add("col.losing", "{scenario}: schools losing", "{scenario}: โรงเรียนที่ลดลง");
        add("col.component", "Component", "องค์ประกอบ");
        add("col.total", "{scenario} (THB)", "{scenario} (บาท)");
        add("download", "Download CSV", "ดาวน์โหลด CSV");
        add(
                "download.title",
                "Save this table as a CSV file, made in this page",
                "บันทึกตารางนี้เป็นแฟ้ม CSV ที่สร้างในหน้านี้");
        add("search", "Search", "ค้นหา");
        add("sort", "Click to sort", "คลิกเพื่อเรียงลำดับ");
        add("shown", "{shown} of {all}", "{shown} จาก {all}");
        add("components", "Money by component", "งบประมาณจำแนกตามองค์ประกอบ");
        add(
                "components.note",
                "What each part of the rule gives all schools together, after scaling, with what floors and caps"
                        + " added or took away and what rounding did.",
                "งบที่แต่ละองค์ประกอบของสูตรให้ทุกโรงเรียนรวมกันหลังปรับสัดส่วน พร้อมส่วนที่ขั้นต่ำและเพดานเพิ่มหรือลด"
                        + " และผลของการปัดเศษ");
        add("components.x", "THB million", "ล้านบาท");
        add("part.bound_adjustment", "Floors and caps (bound_adjustment)", "ขั้นต่ำและเพดาน (bound_adjustment)");
        add("part.rounding", "Rounding (rounding)", "การปัดเศษ (rounding)");
        add("part.target_top_up", "Target top-up (target_top_up)", "งบเติมตามเป้าหมาย (target_top_up)");
        add("part.target", "Target: {name} ({key})", "เป้าหมาย: {name} ({key})");
        add(
                "part.previous_allocation",
                "Last year's allocation (previous_allocation)",
                "งบปีก่อน (previous_allocation)");
        add("histogram", "Change by school", "การเปลี่ยนแปลงรายโรงเรียน");
        add(
                "histogram.note",
                "How many schools gain or lose how much, as a share of what they get under {baseline}."
                        + " {unchanged} schools keep the same allocation to the satang.",
                "จำนวนโรงเรียนที่ได้เพิ่มหรือลดลง เป็นร้อยละของงบที่ได้รับใน {baseline}"
                        + " โรงเรียน {unchanged} แห่งได้รับเท่าเดิมถึงสตางค์");
        add("histogram.x", "Change against {baseline} (%)", "ผลต่างเทียบกับ {baseline} (ร้อยละ)");
        add("histogram.y", "Schools", "จำนวนโรงเรียน");
        add("histogram.below", "below {value}", "ต่ำกว่า {value}");
        add("histogram.above", "{value} or more", "{value} ขึ้นไป");
        add("differences", "Change per pupil against {baseline}", "ผลต่างต่อหัวเทียบกับ {baseline}");
        add(
                "differences.note",
                "The axes show the range of the figures, not zero to the largest, so that small differences show.",
                "แกนแสดงเฉพาะช่วงของตัวเลข ไม่เริ่มที่ศูนย์ เพื่อให้เห็นความแตกต่างเล็กน้อย");
        add("lorenz.gap", "Distance below the line of equality", "ระยะห่างใต้เส้นความเท่าเทียม");
        add(
                "lorenz.gap.note",
                "The same curves as the share of money the line of equality would give minus the share they give,"
                        + " p − L(p): higher is less equal. The axis spans only the curves' range, so close curves part.",
                "เส้นโค้งเดียวกัน แสดงเป็นผลต่างระหว่างเส้นความเท่าเทียมกับเส้นโค้ง p − L(p) ยิ่งสูงยิ่งไม่เท่าเทียม"
                        + " แกนแสดงเฉพาะช่วงของเส้นโค้ง จึงเห็นความต่างชัดขึ้น");
        add("lorenz.gap.y", "p − L(p)", "p − L(p)");
    }

    private static void add(String key, String english, String thai) {
        TEXT.put(key, new String[] {english, thai});
    }

    private static void protection(String key, String english, String thai) {
        add(key, english, thai);
        PROTECTION.add(key);
    }

    /** The text of {@code key} in {@code language}, placeholders filled from {@code values} (name, value, ...). */
    static String get(ReportLanguage language, String key, Object... values) {
        String[] texts = TEXT.get(key);
        if (texts == null) {
            throw new IllegalArgumentException("No report text '" + key + "'.");
        }
        String text = texts[language.ordinal()];
        for (int k = 0; k + 1 < values.length; k += 2) {
            text = text.replace("{" + values[k] + "}", String.valueOf(values[k + 1]));
        }
        return text;
    }

    /** Every text in {@code language}, by key, in key order (for the page's scripts). */
    static Map<String, String> all(ReportLanguage language) {
        return all(language, false);
    }

    /**
     * Every text in {@code language}, by key, in key order (for the page's scripts); the texts of the
     * protections' bounds only if {@code protections}, so that the page of a scenario without them is
     * as it was.
     */
    static Map<String, String> all(ReportLanguage language, boolean protections) {
        Map<String, String> texts = new TreeMap<>();
        TEXT.forEach((key, value) -> {
            if (protections || !PROTECTION.contains(key)) {
                texts.put(key, value[language.ordinal()]);
            }
        });
        return texts;
    }

    /** Whether there is a text for {@code key}. */
    static boolean has(String key) {
        return TEXT.containsKey(key);
    }
}

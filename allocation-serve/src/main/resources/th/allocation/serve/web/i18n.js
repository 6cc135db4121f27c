// The workbench's words in English and Thai. Terms follow the HTML report's (allocation-core's
// ReportText), so a page and a report say the same thing the same way.
"use strict";

const TEXTS = {
  // key: [English, Thai]
  "title": ["Live allocation workbench", "โต๊ะทำงานจัดสรรงบประมาณแบบทันที"],
  "subtitle": ["{schools} schools, {pupils} pupils; fiscal year {year}; rule {rule}",
               "โรงเรียน {schools} แห่ง นักเรียน {pupils} คน ปีงบประมาณ {year} สูตร {rule}"],
  "rule.flat": ["flat per head", "อัตราเท่ากันต่อหัว"],
  "rule.weighted": ["needs-weighted", "ถ่วงน้ำหนักตามความจำเป็น"],
  "language": ["ภาษาไทย", "English"],
  "undo": ["Undo", "เลิกทำ"],
  "reset": ["Back to the scenario as loaded", "กลับสู่ฉากทัศน์ตั้งต้น"],
  "save": ["Save scenario (YAML)", "บันทึกฉากทัศน์ (YAML)"],
  "csv": ["Download allocations (CSV)", "ดาวน์โหลดผลการจัดสรร (CSV)"],
  "parameters": ["Parameters", "พารามิเตอร์"],
  "parameters.note": ["Every change is allocated at once; a value is checked as the scenario file would be.",
                      "ทุกการเปลี่ยนแปลงจะคำนวณทันที ค่าที่ป้อนจะถูกตรวจสอบเช่นเดียวกับไฟล์ฉากทัศน์"],
  "not_set": ["not set in the scenario", "ไม่ได้กำหนดในฉากทัศน์"],
  "total": ["Allocated (THB)", "จัดสรรรวม (บาท)"],
  "budget": ["Budget (THB)", "งบประมาณ (บาท)"],
  "budget.none": ["none: the rule's total", "ไม่กำหนด: ตามสูตร"],
  "scale": ["Scale factor", "ตัวคูณปรับสัดส่วน"],
  "scale.none": ["each unit its own", "แต่ละหน่วยมีของตนเอง"],
  "per_pupil": ["Per pupil (THB)", "ต่อหัว (บาท)"],
  "baseline": ["As loaded", "ตั้งต้น"],
  "vs_baseline": ["as loaded: {value}", "ตั้งต้น: {value}"],
  "timing": ["Server {server} ms · page {page} ms", "เซิร์ฟเวอร์ {server} มิลลิวินาที · หน้าเว็บ {page} มิลลิวินาที"],
  "computing": ["computing…", "กำลังคำนวณ…"],
  "failed": ["Not allocated; the figures are those of the last good result.",
             "ไม่สามารถจัดสรรได้ ตัวเลขที่แสดงเป็นผลล่าสุดที่คำนวณได้"],
  "bounds": ["Binding constraints", "ข้อจำกัดที่มีผล"],
  "bounds.note": ["Schools whose allocation a floor, a cap or a group envelope set, instead of their scaled need.",
                  "จำนวนโรงเรียนที่ได้รับงบตามขั้นต่ำหรือเพดาน แทนความต้องการที่ปรับสัดส่วนแล้ว"],
  "bound": ["Bound", "ข้อจำกัด"],
  "schools": ["Schools", "โรงเรียน"],
  "pupils": ["Pupils", "นักเรียน"],
  "now": ["Now", "ปัจจุบัน"],
  "bound.none": ["Not bound", "ไม่ติดข้อจำกัด"],
  "bound.min_per_pupil": ["Minimum per pupil", "ขั้นต่ำต่อหัว"],
  "bound.hold_harmless": ["Hold harmless (last year)", "ไม่ต่ำกว่าปีก่อน"],
  "bound.cap": ["Cap", "เพดาน"],
  "bound.envelope": ["Group envelope", "กรอบวงเงินของกลุ่ม"],
  "by_area_type": ["Per pupil by area type", "งบประมาณต่อหัวจำแนกตามประเภทพื้นที่"],
  "by_cluster": ["Per pupil by cluster", "งบประมาณต่อหัวจำแนกตามคลัสเตอร์"],
  "by_province": ["Per pupil by province", "งบประมาณต่อหัวจำแนกตามจังหวัด"],
  "bars.note": ["THB per pupil; the mark is the scenario as loaded.", "บาทต่อคน ขีดแสดงค่าของฉากทัศน์ตั้งต้น"],
  "group": ["Group", "กลุ่ม"],
  "map.unavailable": ["The province map is not yet available in the workbench; the table below gives every province.",
                      "แผนที่จังหวัดยังไม่พร้อมใช้งานในโต๊ะทำงานนี้ ตารางด้านล่างแสดงทุกจังหวัด"],
  "equity": ["Equity of per-pupil allocation", "ความเป็นธรรมของงบประมาณต่อหัว"],
  "equity.note": ["Over pupils: each pupil counts with the per-pupil amount of their school.",
                  "คำนวณตามจำนวนนักเรียน: นักเรียนแต่ละคนได้รับงบต่อหัวของโรงเรียนตน"],
  "statistic": ["Statistic", "ตัวชี้วัด"],
  "change": ["Change", "เปลี่ยนแปลง"],
  "more_equal": ["More equal", "เท่าเทียมขึ้นเมื่อ"],
  "direction.lower": ["lower", "ต่ำลง"],
  "direction.higher": ["higher", "สูงขึ้น"],
  "direction.neither": ["", ""],
  "winners": ["Winners and losers", "โรงเรียนที่ได้รับเพิ่มและลดลง"],
  "winners.note": ["Against the scenario as loaded, to the satang.", "เทียบกับฉากทัศน์ตั้งต้น ละเอียดถึงสตางค์"],
  "gaining": ["Gaining", "ได้เพิ่ม"],
  "losing": ["Losing", "ลดลง"],
  "unchanged": ["Unchanged", "เท่าเดิม"],
  "gained": ["Gained (THB)", "ได้เพิ่มรวม (บาท)"],
  "lost": ["Lost (THB)", "ลดลงรวม (บาท)"],
  "net": ["Net (THB)", "สุทธิ (บาท)"],
  "all_schools": ["All schools", "ทุกโรงเรียน"],
  "largest_gains": ["Largest gains (THB)", "ได้เพิ่มมากที่สุด (บาท)"],
  "largest_losses": ["Largest losses (THB)", "ลดลงมากที่สุด (บาท)"],
  "history": ["Changes", "ประวัติการเปลี่ยนแปลง"],
  "history.empty": ["No change yet: the scenario as loaded.", "ยังไม่มีการเปลี่ยนแปลง: ฉากทัศน์ตั้งต้น"],
  "history.reset": ["back to the scenario as loaded", "กลับสู่ฉากทัศน์ตั้งต้น"],
  "search": ["Find a school", "ค้นหาโรงเรียน"],
  "search.placeholder": ["school id or part of its name", "รหัสโรงเรียนหรือส่วนของชื่อ"],
  "search.none": ["No school found.", "ไม่พบโรงเรียน"],
  "school.allocation": ["Allocation (THB)", "งบที่ได้รับ (บาท)"],
  "school.part": ["Part", "ส่วนประกอบ"],
  "school.amount": ["Amount (THB)", "จำนวน (บาท)"],
  "school.need": ["Need before scaling", "ความต้องการก่อนปรับสัดส่วน"],
  "school.floor": ["Floor", "ขั้นต่ำ"],
  "school.cap": ["Cap", "เพดาน"],
  "school.no_cap": ["none", "ไม่มี"],
  "school.baseline": ["As loaded", "ฉากทัศน์ตั้งต้น"],
  "school.explanation": ["Explanation", "คำอธิบาย"],
  "school.explanation.unavailable": [
    "An explanation in words is not yet available in the workbench; the parts above add up to the allocation exactly.",
    "คำอธิบายเป็นถ้อยคำยังไม่พร้อมใช้งานในโต๊ะทำงานนี้ ส่วนประกอบข้างต้นรวมกันเท่ากับงบที่ได้รับพอดี"],
  "part.bound_adjustment": ["Floor or cap", "ปรับตามขั้นต่ำหรือเพดาน"],
  "part.rounding": ["Rounding", "การปัดเศษ"],
  "area.capital": ["Capital", "เมืองหลวง"],
  "area.municipal": ["Municipal", "เทศบาล"],
  "area.district": ["District", "อำเภอ"],
  "area.subdistrict": ["Subdistrict", "ตำบล"],
  "area.special": ["Special area", "พื้นที่พิเศษ"],
  "stat.mean": ["Mean (THB)", "ค่าเฉลี่ย (บาท)"],
  "stat.standard_deviation": ["Standard deviation (THB)", "ส่วนเบี่ยงเบนมาตรฐาน (บาท)"],
  "stat.min": ["Minimum (THB)", "ต่ำสุด (บาท)"],
  "stat.p5": ["5th percentile (THB)", "เปอร์เซ็นไทล์ที่ 5 (บาท)"],
  "stat.median": ["Median (THB)", "มัธยฐาน (บาท)"],
  "stat.p95": ["95th percentile (THB)", "เปอร์เซ็นไทล์ที่ 95 (บาท)"],
  "stat.max": ["Maximum (THB)", "สูงสุด (บาท)"],
  "stat.range": ["Range (THB)", "พิสัย (บาท)"],
  "stat.restricted_range": ["Restricted range, P95 − P5 (THB)", "พิสัยจำกัด P95 − P5 (บาท)"],
  "stat.federal_range_ratio": ["Federal range ratio", "อัตราส่วนพิสัยแบบเฟเดอรัล"],
  "stat.coefficient_of_variation": ["Coefficient of variation", "สัมประสิทธิ์การแปรผัน"],
  "stat.mcloone_index": ["McLoone index", "ดัชนีแมคลูน"],
  "stat.verstegen_index": ["Verstegen index", "ดัชนีเวอร์สเตเกน"],
  "stat.gini": ["Gini coefficient", "สัมประสิทธิ์จีนี"],
  "stat.theil_t": ["Theil's T", "ดัชนีไทล์ (T)"],
  "stat.mean_log_deviation": ["Mean log deviation", "ค่าเบี่ยงเบนลอการิทึมเฉลี่ย"],
  "stat.atkinson": ["Atkinson index", "ดัชนีแอตกินสัน"],
  "section.fiscal_year": ["Fiscal year", "ปีงบประมาณ"],
  "section.budget": ["Budget", "งบประมาณ"],
  "section.rounding_unit": ["Rounding", "การปัดเศษ"],
  "section.rule": ["Rule", "สูตร"],
  "section.floors": ["Floors", "ขั้นต่ำ"],
  "section.caps": ["Caps", "เพดาน"],
  "section.targets": ["Targets", "เป้าหมาย"],
};

// Parameter labels by key path; a path matched by none is shown as it is.
const PARAMETER_LABELS = [
  [/^fiscal_year$/, ["Fiscal year (B.E.)", "ปีงบประมาณ (พ.ศ.)"]],
  [/^budget$/, ["Budget (THB)", "งบประมาณ (บาท)"]],
  [/^rounding_unit$/, ["Rounding unit (THB)", "หน่วยการปัดเศษ (บาท)"]],
  [/^rule\.(base_per_pupil|rates)\.(\w+)$/, ["{level}: THB per pupil", "{level}: บาทต่อคน"]],
  [/^rule\.weights\.area_type\.(\w+)$/, ["Weight, {area}", "น้ำหนัก {area}"]],
  [/^rule\.weights\.remote$/, ["Weight, remote school", "น้ำหนัก โรงเรียนห่างไกล"]],
  [/^rule\.weights\.school_kind\.(\w+)$/, ["Weight, {kind} school", "น้ำหนัก โรงเรียน{kind}"]],
  [/^rule\.loadings\.poor$/, ["Loading per poor pupil (THB)", "เงินเพิ่มต่อนักเรียนยากจน (บาท)"]],
  [/^rule\.loadings\.special_needs$/, ["Loading per special-needs pupil (THB)", "เงินเพิ่มต่อนักเรียนที่มีความต้องการพิเศษ (บาท)"]],
  [/^rule\.lump_sum$/, ["Lump sum per school (THB)", "เงินก้อนต่อโรงเรียน (บาท)"]],
  [/^rule\.small_school\.amount$/, ["Small-school amount (THB)", "เงินโรงเรียนขนาดเล็ก (บาท)"]],
  [/^rule\.small_school\.full_up_to$/, ["Small school: full amount up to (pupils)", "โรงเรียนขนาดเล็ก: ได้เต็มจำนวนถึง (คน)"]],
  [/^rule\.small_school\.zero_from$/, ["Small school: nothing from (pupils)", "โรงเรียนขนาดเล็ก: ไม่ได้รับตั้งแต่ (คน)"]],
  [/^floors\.min_per_pupil$/, ["Minimum per pupil (THB)", "ขั้นต่ำต่อหัว (บาท)"]],
  [/^floors\.percent_of_previous$/, ["Hold harmless: % of last year", "ไม่ต่ำกว่า % ของปีก่อน"]],
  [/^caps\.percent_of_previous$/, ["Cap: % of last year", "เพดาน: % ของปีก่อน"]],
  [/^targets\.indicators\.(\w+)\.target$/, ["{indicator}: target", "{indicator}: เป้าหมาย"]],
  [/^targets\.indicators\.(\w+)\.priority$/, ["{indicator}: priority", "{indicator}: ลำดับความสำคัญ"]],
  [/^targets\.indicators\.(\w+)\.cost\.amount$/, ["{indicator}: cost (THB)", "{indicator}: ต้นทุน (บาท)"]],
];

const WORDS = {
  preprimary: ["Pre-primary", "ก่อนประถม"], primary: ["Primary", "ประถม"],
  lower_secondary: ["Lower secondary", "มัธยมต้น"], upper_secondary: ["Upper secondary", "มัธยมปลาย"],
  secondary: ["secondary", "มัธยม"], combined: ["combined", "ขยายโอกาส"],
  special_education: ["special-education", "การศึกษาพิเศษ"],
  capital: ["capital", "เมืองหลวง"], municipal: ["municipal", "เทศบาล"], district: ["district", "อำเภอ"],
  subdistrict: ["subdistrict", "ตำบล"], special: ["special area", "พื้นที่พิเศษ"],
};

const I18n = {
  language: "en",
  index() { return this.language === "th" ? 1 : 0; },
  t(key, values) {
    const texts = TEXTS[key];
    let text = texts ? texts[this.index()] : key;
    for (const [name, value] of Object.entries(values || {})) {
      text = text.split("{" + name + "}").join(String(value));
    }
    return text;
  },
  has(key) { return Object.prototype.hasOwnProperty.call(TEXTS, key); },
  word(key) {
    const word = WORDS[key];
    return word ? word[this.index()] : key;
  },
  parameter(path) {
    for (const [pattern, texts] of PARAMETER_LABELS) {
      const match = pattern.exec(path);
      if (match) {
        const word = match.length > 1 ? match[match.length - 1] : "";
        const text = texts[this.index()];
        return text.replace("{level}", this.word(word)).replace("{area}", this.word(word))
          .replace("{kind}", this.word(word)).replace("{indicator}", word);
      }
    }
    return path;
  },
  section(key) { return this.has("section." + key) ? this.t("section." + key) : key; },
  area(key) { return this.has("area." + key) ? this.t("area." + key) : key; },
};

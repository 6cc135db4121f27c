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
package th.allocation.explain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sentences and words of explanations, in English and Thai, by key: the table {@link
 * ExplanationText} renders from. A sentence's placeholders are written {@code {name}}; a part in
 * square brackets is optional (left out when the step lacks an argument it names). Sentence keys
 * (e.g. {@code part.base}, {@code binds.cap}) and term keys (e.g. {@code component.base_primary},
 * {@code bound.cap}) share one table, so they must differ.
 */
final class ExplanationWords {
    /** Key to {English, Thai}, in the order written here. */
    static final Map<String, String[]> TEXT = new LinkedHashMap<>();

    /** Keys of the protections' words: the report's page gets them only when a scenario has protections. */
    static final java.util.Set<String> PROTECTION_KEYS = new java.util.HashSet<>();

    static {
        headings();
        school();
        terms();
        components();
        scaleAndBounds();
        targetsAndUnits();
        protections();
    }

    private static void protection(String key, String english, String thai) {
        add(key, english, thai);
        PROTECTION_KEYS.add(key);
    }

    private static void protections() {
        protection("bound.min_per_school", "minimum per school", "ขั้นต่ำต่อโรงเรียน");
        protection("bound.funding_guarantee", "per-pupil funding guarantee", "ประกันงบต่อหัวเทียบปีก่อน");
        protection("bound.gains_cap", "per-pupil gains cap", "เพดานการเพิ่มต่อหัว");
        protection(
                "floor.min_per_pupil_by_level",
                "Floor: {floor} THB, the protections' minimum per pupil by level, {by_level} THB.",
                "ขั้นต่ำ: {floor} บาท จากขั้นต่ำต่อหัวตามระดับชั้นของการคุ้มครอง {by_level} บาท");
        protection(
                "floor.min_per_school",
                "Floor: {floor} THB, the protections' minimum per school with pupils, {min} THB.",
                "ขั้นต่ำ: {floor} บาท จากขั้นต่ำต่อโรงเรียนของการคุ้มครอง {min} บาท");
        protection(
                "floor.funding_guarantee",
                "Floor: {floor} THB, the per-pupil funding guarantee: last year's protected amount of {base} THB"
                        + " over {previous_pupils} pupils last year, changed by {percent}%, times {pupils} pupils.",
                "ขั้นต่ำ: {floor} บาท จากการประกันงบต่อหัว: งบส่วนที่คุ้มครองของปีก่อน {base} บาท หารด้วยนักเรียน"
                        + " {previous_pupils} คนของปีก่อน เปลี่ยนแปลงร้อยละ {percent} คูณนักเรียน {pupils} คน");
        protection(
                "cap.gains_cap",
                "Cap: {cap} THB, the per-pupil gains cap: last year's protected amount of {base} THB over"
                        + " {previous_pupils} pupils last year, changed by {percent}%, times {pupils} pupils.",
                "เพดาน: {cap} บาท จากเพดานการเพิ่มต่อหัว: งบส่วนที่คุ้มครองของปีก่อน {base} บาท หารด้วยนักเรียน"
                        + " {previous_pupils} คนของปีก่อน เปลี่ยนแปลงร้อยละ {percent} คูณนักเรียน {pupils} คน");
        protection(
                "protected.part",
                "The floor and the cap bound the protected part: the allocation without {excluded}, paid on top"
                        + " ({excluded_amount} THB as scaled).",
                "ขั้นต่ำและเพดานใช้กับงบส่วนที่คุ้มครอง คืองบที่ไม่รวม {excluded} ซึ่งจ่ายเพิ่มต่างหาก"
                        + " ({excluded_amount} บาทหลังปรับสัดส่วน)");
    }

    private ExplanationWords() {}

    private static void headings() {
        add("h.school", "School", "โรงเรียน");
        add("h.units", "Where its money comes from", "ที่มาของงบประมาณ");
        add("h.need", "Need, as the scenario states it", "ความต้องการตามสูตรของฉากทัศน์");
        add("h.scale", "Scale", "การปรับสัดส่วนให้เท่างบประมาณ");
        add("h.targets", "Indicator targets", "เป้าหมายตัวชี้วัด");
        add("h.bounds", "Floor and cap", "ขั้นต่ำและเพดาน");
        add("h.result", "Rounding and allocation", "การปัดเศษและงบที่ได้รับ");
    }

    private static void school() {
        add("school", "School {id}: {name}", "รหัสโรงเรียน {id}: {name}");
        add(
                "place",
                "Educational Service Area (ESA): {esa}; province: {province}; inspection region (cluster): {cluster}",
                "สำนักงานเขตพื้นที่การศึกษา (สพท.): {esa} จังหวัด: {province} เขตตรวจราชการ: {cluster}");
        add("network", "School network: {network}", "กลุ่มโรงเรียน: {network}");
        add(
                "context",
                "Area type: {area}; {remote}; school kind: {kind}",
                "ประเภทพื้นที่: {area} {remote} ประเภทโรงเรียน: {kind}");
        add(
                "pupils",
                "{pupils} pupils: {preprimary} pre-primary, {primary} primary, {lower_secondary} lower secondary,"
                        + " {upper_secondary} upper secondary; {poor} poor, {special_needs} with special needs",
                "นักเรียน {pupils} คน: ก่อนประถมศึกษา {preprimary} ประถมศึกษา {primary} มัธยมศึกษาตอนต้น"
                        + " {lower_secondary} มัธยมศึกษาตอนปลาย {upper_secondary} นักเรียนยากจน {poor} คน"
                        + " นักเรียนที่มีความต้องการจำเป็นพิเศษ {special_needs} คน");
        add(
                "previous",
                "Last year's allocation (previous_allocation): {previous} THB",
                "งบที่ได้รับปีก่อน (previous_allocation): {previous} บาท");
        add(
                "previous.none",
                "No previous allocation (a new school): no hold-harmless floor and no cap apply",
                "ไม่มีงบปีก่อน (โรงเรียนใหม่): ไม่มีขั้นต่ำตามงบปีก่อนและไม่มีเพดาน");
        add(
                "scenario",
                "Scenario: {name}; rule: {rule}; fiscal year {year}",
                "ฉากทัศน์: {name} สูตร{rule} ปีงบประมาณ {year}");
    }

    private static void terms() {
        add("area.capital", "capital", "เมืองหลวง");
        add("area.municipal", "municipal", "เทศบาล");
        add("area.district", "district", "อำเภอ");
        add("area.subdistrict", "subdistrict", "ตำบล");
        add("area.special", "special area", "พื้นที่พิเศษ");
        add("remote.true", "remote", "โรงเรียนห่างไกล");
        add("remote.false", "not remote", "ไม่ใช่โรงเรียนห่างไกล");
        add("kind.primary", "primary", "ประถมศึกษา");
        add("kind.secondary", "secondary", "มัธยมศึกษา");
        add("kind.combined", "combined primary and secondary", "ขยายโอกาส");
        add("kind.special_education", "special education", "การศึกษาพิเศษ");
        add("rule.flat", "flat per-head", "อัตราเท่ากันต่อหัว");
        add("rule.weighted", "needs-weighted", "ถ่วงน้ำหนักตามความจำเป็น");
        add("rule.flat+targets", "flat per-head with targets", "อัตราเท่ากันต่อหัวพร้อมเป้าหมายตัวชี้วัด");
        add("rule.weighted+targets", "needs-weighted with targets", "ถ่วงน้ำหนักตามความจำเป็นพร้อมเป้าหมายตัวชี้วัด");
        add("rule.components", "composed formula", "สูตรที่ประกอบจากองค์ประกอบ");
        add(
                "rule.components+targets",
                "composed formula with targets",
                "สูตรที่ประกอบจากองค์ประกอบพร้อมเป้าหมายตัวชี้วัด");
        add("level.cluster", "Inspection region (cluster)", "เขตตรวจราชการ");
        add("level.esa", "Educational Service Area (ESA)", "สำนักงานเขตพื้นที่การศึกษา (สพท.)");
        add("level.network", "School network", "กลุ่มโรงเรียน");
        add("bound.min_per_pupil", "minimum per pupil", "ขั้นต่ำต่อหัว");
        add("bound.hold_harmless", "hold harmless", "ไม่ต่ำกว่าปีก่อน");
        add("bound.cap", "cap", "เพดาน");
        add("bound.envelope", "group envelope", "กรอบวงเงินของกลุ่ม");
        add("goal.opportunity", "opportunity", "โอกาส");
        add("goal.efficiency", "efficiency", "ประสิทธิภาพ");
        add("goal.quality", "quality", "คุณภาพ");
        add("goal.safety", "safety", "ความปลอดภัย");
        add("direction.higher", "higher is better", "ยิ่งสูงยิ่งดี");
        add("direction.lower", "lower is better", "ยิ่งต่ำยิ่งดี");
        add("objective.weighted_shortfall", "weighted shortfall", "ผลรวมช่องว่างถ่วงน้ำหนัก");
        add(
                "objective.min_max",
                "min-max (the largest shortfall as small as it can be)",
                "ลดช่องว่างที่มากที่สุดให้น้อยที่สุด (min-max)");
        add(
                "objective.lexicographic",
                "lexicographic (min-max, then weighted shortfall)",
                "ตามลำดับ (min-max แล้วผลรวมช่องว่างถ่วงน้ำหนัก)");
        add(
                "component.base_preprimary",
                "Base, pre-primary (base_preprimary)",
                "ฐานรายหัว ก่อนประถมศึกษา (base_preprimary)");
        add("component.base_primary", "Base, primary (base_primary)", "ฐานรายหัว ประถมศึกษา (base_primary)");
        add(
                "component.base_lower_secondary",
                "Base, lower secondary (base_lower_secondary)",
                "ฐานรายหัว มัธยมศึกษาตอนต้น (base_lower_secondary)");
        add(
                "component.base_upper_secondary",
                "Base, upper secondary (base_upper_secondary)",
                "ฐานรายหัว มัธยมศึกษาตอนปลาย (base_upper_secondary)");
        add(
                "component.area_type_uplift",
                "Area-type uplift (area_type_uplift)",
                "ส่วนเพิ่มตามประเภทพื้นที่ (area_type_uplift)");
        add("component.remote_uplift", "Remote uplift (remote_uplift)", "ส่วนเพิ่มโรงเรียนห่างไกล (remote_uplift)");
        add(
                "component.school_kind_uplift",
                "School-kind uplift (school_kind_uplift)",
                "ส่วนเพิ่มตามประเภทโรงเรียน (school_kind_uplift)");
        add("component.poor_loading", "Poor-pupil loading (poor_loading)", "เงินเพิ่มนักเรียนยากจน (poor_loading)");
        add(
                "component.special_needs_loading",
                "Special-needs loading (special_needs_loading)",
                "เงินเพิ่มนักเรียนที่มีความต้องการจำเป็นพิเศษ (special_needs_loading)");
        add("component.lump_sum", "Lump sum (lump_sum)", "เงินก้อนต่อโรงเรียน (lump_sum)");
        add("component.small_school", "Small-school amount (small_school)", "เงินเพิ่มโรงเรียนขนาดเล็ก (small_school)");
    }

    private static void components() {
        String scaledEn = "[; after scaling {scaled} THB]";
        String scaledTh = "[ หลังปรับสัดส่วน {scaled} บาท]";
        add(
                "part.base",
                "{name}: {rate} THB × {pupils} pupils = {stated} THB" + scaledEn,
                "{name}: {rate} บาท × {pupils} คน = {stated} บาท" + scaledTh);
        add(
                "part.area_type_uplift",
                "{name}: base {base} THB × ({area} weight {weight} − 1) = {stated} THB" + scaledEn,
                "{name}: ฐาน {base} บาท × (น้ำหนักพื้นที่{area} {weight} − 1) = {stated} บาท" + scaledTh);
        add(
                "part.remote_uplift",
                "{name}: base {base} THB × area weight {area_weight} × (remote weight {weight} − 1) = {stated} THB"
                        + scaledEn,
                "{name}: ฐาน {base} บาท × น้ำหนักพื้นที่ {area_weight} × (น้ำหนักโรงเรียนห่างไกล {weight} − 1) ="
                        + " {stated} บาท" + scaledTh);
        add(
                "part.remote_uplift.not_remote",
                "{name}: the school is not remote, {stated} THB" + scaledEn,
                "{name}: ไม่ใช่โรงเรียนห่างไกล {stated} บาท" + scaledTh);
        add(
                "part.school_kind_uplift",
                "{name}: base {base} THB × area weight {area_weight} × remote weight {remote_weight} × ({kind}"
                        + " weight {weight} − 1) = {stated} THB" + scaledEn,
                "{name}: ฐาน {base} บาท × น้ำหนักพื้นที่ {area_weight} × น้ำหนักห่างไกล {remote_weight} ×"
                        + " (น้ำหนักโรงเรียน{kind} {weight} − 1) = {stated} บาท" + scaledTh);
        add(
                "part.poor_loading",
                "{name}: {rate} THB × {pupils} poor pupils = {stated} THB" + scaledEn,
                "{name}: {rate} บาท × นักเรียนยากจน {pupils} คน = {stated} บาท" + scaledTh);
        add(
                "part.special_needs_loading",
                "{name}: {rate} THB × {pupils} pupils with special needs = {stated} THB" + scaledEn,
                "{name}: {rate} บาท × นักเรียนที่มีความต้องการจำเป็นพิเศษ {pupils} คน = {stated} บาท" + scaledTh);
        add(
                "part.lump_sum",
                "{name}: {amount} THB for every school with pupils, {stated} THB" + scaledEn,
                "{name}: {amount} บาทสำหรับทุกโรงเรียนที่มีนักเรียน {stated} บาท" + scaledTh);
        add(
                "part.lump_sum.no_pupils",
                "{name}: no pupils, so none, {stated} THB" + scaledEn,
                "{name}: ไม่มีนักเรียน จึงไม่ได้รับ {stated} บาท" + scaledTh);
        add(
                "part.small_school.full",
                "{name}: the full {amount} THB, as {pupils} pupils are at most {full_up_to}, {stated} THB" + scaledEn,
                "{name}: เต็มจำนวน {amount} บาท เพราะนักเรียน {pupils} คนไม่เกิน {full_up_to} คน {stated} บาท"
                        + scaledTh);
        add(
                "part.small_school.taper",
                "{name}: {amount} THB × ({zero_from} − {pupils} pupils) / ({zero_from} − {full_up_to}) on the"
                        + " taper = {stated} THB" + scaledEn,
                "{name}: {amount} บาท × ({zero_from} − นักเรียน {pupils} คน) / ({zero_from} − {full_up_to})"
                        + " ตามสัดส่วนที่ลดลง = {stated} บาท" + scaledTh);
        add(
                "part.small_school.none",
                "{name}: {pupils} pupils, {zero_from} or more, so none, {stated} THB" + scaledEn,
                "{name}: นักเรียน {pupils} คน ตั้งแต่ {zero_from} คนขึ้นไป จึงไม่ได้รับ {stated} บาท" + scaledTh);
        add(
                "part.small_school.no_pupils",
                "{name}: no pupils, so none, {stated} THB" + scaledEn,
                "{name}: ไม่มีนักเรียน จึงไม่ได้รับ {stated} บาท" + scaledTh);
        add("part.other", "{name}: {stated} THB" + scaledEn, "{name}: {stated} บาท" + scaledTh);
        add(
                "need",
                "Need: {need} THB as the scenario states it[; {scaled} THB after scaling]",
                "รวมความต้องการตามสูตร {need} บาท[ หลังปรับสัดส่วน {scaled} บาท]");
        add(
                "need.targets",
                "Base entitlement: {need} THB, kept whole",
                "สิทธิขั้นพื้นฐานตามสูตร {need} บาท ได้รับเต็มจำนวน");
    }

    private static void scaleAndBounds() {
        add(
                "scale.budget",
                "To spend exactly the budget of {budget} THB with every floor and cap held, every school's need is"
                        + " multiplied by the same factor, {scale} (the rule asks {total_need} THB for all {schools}"
                        + " schools). This school's need of {need} THB becomes {scaled} THB.",
                "เพื่อให้ใช้งบประมาณ {budget} บาทพอดีโดยทุกโรงเรียนอยู่ภายในขั้นต่ำและเพดาน ความต้องการของทุกโรงเรียนคูณด้วยตัวคูณเดียวกัน"
                        + " {scale} (สูตรต้องการรวม {total_need} บาท สำหรับ {schools} โรงเรียน) ความต้องการ {need} บาท"
                        + "ของโรงเรียนนี้จึงเป็น {scaled} บาท");
        add(
                "scale.unit",
                "To share exactly the envelope of {budget} THB of {unit} among its {schools} schools with every floor"
                        + " and cap held, every need is multiplied by the same factor, {scale} (the rule asks"
                        + " {total_need} THB for them). This school's need of {need} THB becomes {scaled} THB.",
                "เพื่อแบ่งกรอบวงเงิน {budget} บาทของ {unit} ให้โรงเรียน {schools} แห่งพอดีโดยทุกโรงเรียนอยู่ภายในขั้นต่ำและเพดาน"
                        + " ความต้องการคูณด้วยตัวคูณเดียวกัน {scale} (สูตรต้องการรวม {total_need} บาท) ความต้องการ {need} บาท"
                        + "ของโรงเรียนนี้จึงเป็น {scaled} บาท");
        add(
                "scale.none",
                "No budget: the school gets its need, within its floor and cap (scale 1).",
                "ไม่กำหนดงบประมาณ: โรงเรียนได้รับตามความต้องการ ภายในขั้นต่ำและเพดาน (ตัวคูณ 1)");
        add(
                "scale.targets",
                "The rule's entitlement is kept whole (no scaling); the rest of the {budget} THB goes where closing"
                        + " indicator gaps matters most.",
                "สิทธิตามสูตรได้รับเต็มจำนวน (ไม่ปรับสัดส่วน) งบประมาณส่วนที่เหลือจาก {budget} บาท"
                        + " จัดสรรไปยังที่ซึ่งการลดช่องว่างของตัวชี้วัดสำคัญที่สุด");
        add("floor.none", "No floor.", "ไม่มีขั้นต่ำ");
        add(
                "floor.min_per_pupil",
                "Floor: {floor} THB, the minimum of {min} THB per pupil × {pupils} pupils = {by_pupils} THB[, at"
                        + " least {percent}% of last year's allocation, {by_previous} THB].",
                "ขั้นต่ำ: {floor} บาท จากขั้นต่ำต่อหัว {min} บาท × {pupils} คน = {by_pupils} บาท[ ไม่น้อยกว่าร้อยละ"
                        + " {percent} ของงบปีก่อน {by_previous} บาท]");
        add(
                "floor.hold_harmless",
                "Floor: {floor} THB, {percent}% of last year's allocation of {previous} THB = {by_previous} THB"
                        + " (hold harmless)[, more than the minimum of {min} THB per pupil × {pupils} pupils ="
                        + " {by_pupils} THB].",
                "ขั้นต่ำ: {floor} บาท คือร้อยละ {percent} ของงบปีก่อน {previous} บาท = {by_previous} บาท"
                        + " (ไม่ต่ำกว่าปีก่อน)[ มากกว่าขั้นต่ำต่อหัว {min} บาท × {pupils} คน = {by_pupils} บาท]");
        add(
                "floor.base",
                "Floor: {floor} THB, the base entitlement rounded up to the unit: it is kept whole.",
                "ขั้นต่ำ: {floor} บาท คือสิทธิขั้นพื้นฐานปัดขึ้นเป็นหน่วย ได้รับเต็มจำนวน");
        add("cap.none", "No cap.", "ไม่มีเพดาน");
        add(
                "cap.no_previous",
                "No cap: the scenario caps against last year's allocation, which the school does not have.",
                "ไม่มีเพดาน: ฉากทัศน์กำหนดเพดานจากงบปีก่อน ซึ่งโรงเรียนนี้ไม่มี");
        add(
                "cap",
                "Cap: {cap} THB, {percent}% of last year's allocation of {previous} THB.",
                "เพดาน: {cap} บาท คือร้อยละ {percent} ของงบปีก่อน {previous} บาท");
        add(
                "cap.floor_wins",
                "Cap: {cap} THB: {percent}% of last year's allocation of {previous} THB, {by_previous} THB, is below"
                        + " the floor, and the floor wins.",
                "เพดาน: {cap} บาท: ร้อยละ {percent} ของงบปีก่อน {previous} บาท คือ {by_previous} บาท ต่ำกว่าขั้นต่ำ"
                        + " จึงใช้ขั้นต่ำ");
        add(
                "binds.none",
                "The scaled need of {scaled} THB lies between the floor and the cap: neither binds.",
                "ความต้องการหลังปรับสัดส่วน {scaled} บาท อยู่ระหว่างขั้นต่ำและเพดาน: ไม่ติดข้อจำกัด");
        add(
                "binds.free",
                "Nothing bounds the scaled need of {scaled} THB.",
                "ไม่มีข้อจำกัดสำหรับความต้องการหลังปรับสัดส่วน {scaled} บาท");
        add(
                "binds.floor",
                "The scaled need of {scaled} THB is below the floor of {floor} THB: the floor ({bound}) adds"
                        + " {adjustment} THB.",
                "ความต้องการหลังปรับสัดส่วน {scaled} บาท ต่ำกว่าขั้นต่ำ {floor} บาท: ขั้นต่ำ ({bound}) เพิ่มให้"
                        + " {adjustment} บาท");
        add(
                "binds.cap",
                "The scaled need of {scaled} THB is above the cap of {cap} THB: the cap takes away {adjustment} THB.",
                "ความต้องการหลังปรับสัดส่วน {scaled} บาท สูงกว่าเพดาน {cap} บาท: เพดานปรับลด {adjustment} บาท");
        add("binds.targets.none", "Neither the floor nor the cap holds the school.", "โรงเรียนไม่ติดขั้นต่ำหรือเพดาน");
        add("binds.targets.floor", "The school is held at its floor ({bound}).", "โรงเรียนได้รับเท่าขั้นต่ำ ({bound})");
        add("binds.targets.cap", "The school is held at its cap.", "โรงเรียนได้รับเท่าเพดาน");
        add(
                "binds.envelope",
                "The school's group is held at the limit of an envelope.",
                "กลุ่มของโรงเรียนได้รับเท่าขีดจำกัดของกรอบวงเงิน");
        add(
                "rounding.budget",
                "Rounding to whole units of {unit} THB: {rounding} THB (each school gets the whole units of its exact"
                        + " share; the units still missing go to the largest remainders, ties to the lower school id).",
                "ปัดเศษเป็นหน่วยละ {unit} บาท: {rounding} บาท (แต่ละโรงเรียนได้จำนวนหน่วยเต็มของส่วนแบ่ง"
                        + " หน่วยที่ยังขาดให้โรงเรียนที่มีเศษมากที่สุด หากเท่ากันให้รหัสโรงเรียนที่น้อยกว่า)");
        add(
                "rounding.nearest",
                "Rounding to the nearest {unit} THB: {rounding} THB.",
                "ปัดเศษเป็นหน่วยละ {unit} บาทที่ใกล้ที่สุด: {rounding} บาท");
        add(
                "allocation",
                "Allocation: {allocation} THB = {scaled} THB of components after scaling, {adjustment} THB from the"
                        + " floor or cap and {rounding} THB of rounding[; {per_pupil} THB per pupil].",
                "งบที่ได้รับ: {allocation} บาท = ส่วนประกอบหลังปรับสัดส่วน {scaled} บาท ปรับตามขั้นต่ำหรือเพดาน"
                        + " {adjustment} บาท ปัดเศษ {rounding} บาท[ เฉลี่ย {per_pupil} บาทต่อคน]");
        add(
                "allocation.targets",
                "Allocation: {allocation} THB = the base entitlement of {need} THB, {targeted} THB for indicator"
                        + " gaps, {top_up} THB of top-up and {rounding} THB of rounding[; {per_pupil} THB per pupil].",
                "งบที่ได้รับ: {allocation} บาท = สิทธิขั้นพื้นฐาน {need} บาท งบลดช่องว่างตัวชี้วัด {targeted} บาท"
                        + " งบเติม {top_up} บาท ปัดเศษ {rounding} บาท[ เฉลี่ย {per_pupil} บาทต่อคน]");
        add(
                "change",
                "Against last year's allocation of {previous} THB: {change} THB[ ({percent})].",
                "เทียบกับงบปีก่อน {previous} บาท: {change} บาท[ ({percent})]");
    }

    private static void targetsAndUnits() {
        add(
                "targets.objective",
                "Objective: {objective}; solved by the {solver} solver.",
                "วัตถุประสงค์: {objective} คำนวณโดยตัวแก้ปัญหา {solver}");
        add(
                "target",
                "{indicator} ({goal}; {direction}): value {value}, target {target}[ (its own; the centre's is"
                        + " {central})]; {money} THB for its gap; projected {projected}, gap left {gap_left}.",
                "{indicator} ({goal} {direction}): ค่าปัจจุบัน {value} เป้าหมาย {target}[ (ของหน่วยงานเอง"
                        + " ส่วนกลางกำหนด {central})] ได้รับ {money} บาทเพื่อลดช่องว่าง คาดว่าจะเป็น {projected}"
                        + " ช่องว่างคงเหลือ {gap_left}");
        add(
                "target.top_up",
                "Top-up: {top_up} THB that closes no gap (a floor or an envelope required it, or it was left once"
                        + " every gap was closed).",
                "งบเติม: {top_up} บาท ที่ไม่ได้ลดช่องว่าง (ขั้นต่ำหรือกรอบวงเงินกำหนด หรือเหลือหลังปิดช่องว่างทั้งหมดแล้ว)");
        add(
                "unit.centre",
                "Centre: allocates the budget of {budget} THB to every school by its rule ({rule}): the one-step"
                        + " allocation; each unit below receives the sum over its schools as its envelope.",
                "ส่วนกลาง: จัดสรรงบประมาณ {budget} บาทให้ทุกโรงเรียนตามสูตร{rule} (การจัดสรรขั้นเดียว)"
                        + " หน่วยงานระดับถัดไปได้รับผลรวมของโรงเรียนในหน่วยเป็นกรอบวงเงิน");
        add(
                "unit",
                "{level} {name}: envelope {envelope} THB for {schools} schools and {pupils} pupils[ ({per_pupil} THB"
                        + " per pupil)]; in one step its schools get {one_step} THB ({difference} THB); it shares its"
                        + " envelope by its rule ({rule})[ with its own values {overrides}][, scale {scale}].",
                "{level} {name}: กรอบวงเงิน {envelope} บาท สำหรับโรงเรียน {schools} แห่ง นักเรียน {pupils} คน["
                        + " ({per_pupil} บาทต่อคน)] การจัดสรรขั้นเดียวให้ {one_step} บาท ({difference} บาท)"
                        + " แบ่งกรอบวงเงินตามสูตร{rule}[ โดยกำหนดค่าเอง {overrides}][ ตัวคูณ {scale}]");
        add(
                "one_step",
                "In one step (the centre's rules for every school) it would get {one_step} THB: the units' own"
                        + " choices change it by {difference} THB.",
                "หากจัดสรรขั้นเดียว (ตามสูตรส่วนกลาง) จะได้รับ {one_step} บาท: การตัดสินใจของหน่วยงานทำให้เปลี่ยนไป"
                        + " {difference} บาท");
    }

    private static void add(String key, String english, String thai) {
        if (TEXT.put(key, new String[] {english, thai}) != null) {
            throw new IllegalStateException("Explanation text '" + key + "' is defined twice.");
        }
    }
}

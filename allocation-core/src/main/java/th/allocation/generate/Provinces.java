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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The generator's data table: Thailand's 77 provinces (76 and Bangkok) with their real Thai names,
 * English transliterations and standard two-digit codes, grouped into 19 clusters (Bangkok's central
 * region and 18 inspection regions) and given the 245 Educational Service Areas of docs/formulas.md (Thai facts)
 * (183 primary, 62 secondary).
 *
 * <p>Facts and assumptions, kept apart:
 * <ul>
 *   <li>Fact (docs/formulas.md, Thai facts): 183 primary and 62 secondary ESAs, 19 clusters, about 29,400
 *       schools. The table's column sums equal these counts; a test checks it.
 *   <li>Assumption: which provinces form which inspection region (neighbouring provinces, four or
 *       five per region), how many primary ESAs each province has (more for larger provinces, e.g.
 *       Nakhon Ratchasima 7), and which small neighbouring provinces share a secondary ESA. These
 *       approximate the OBEC structure; they are not copied from an official list.
 *   <li>Assumption: each province's number of schools (its weight), its share of special-area
 *       schools (concentrated in the southern-border provinces Pattani, Yala and Narathiwat, parts
 *       of Songkhla, the highland north, islands and border provinces), how urban it is, and its
 *       relative poverty (highest in the southern border, the highland north and the north-east).
 * </ul>
 */
final class Provinces {
    /** Bangkok's province code. */
    static final int BANGKOK_CODE = 10;

    /** The clusters' names, by cluster number (0 is Bangkok's central region). */
    static final List<String> CLUSTERS = clusters();

    /** Every province, in code order. */
    static final List<Province> ALL = List.of(
            // code, Thai, English, cluster, primary ESAs, secondary ESA, secondary ESAs, schools,
            // special per mille, urban per mille, poverty %, special-area reason
            p(10, "กรุงเทพมหานคร", "Bangkok", 0, 1, "สพม.กรุงเทพมหานคร", 2, 160, 0, 1000, 20, ""),
            p(11, "สมุทรปราการ", "Samut Prakan", 3, 2, "สพม.สมุทรปราการ", 1, 170, 0, 350, 45, ""),
            p(12, "นนทบุรี", "Nonthaburi", 1, 2, "สพม.นนทบุรี", 1, 160, 0, 400, 40, ""),
            p(13, "ปทุมธานี", "Pathum Thani", 1, 2, "สพม.ปทุมธานี", 1, 190, 0, 300, 45, ""),
            p(14, "พระนครศรีอยุธยา", "Phra Nakhon Si Ayutthaya", 1, 2, "สพม.พระนครศรีอยุธยา", 1, 420, 0, 150, 55, ""),
            p(15, "อ่างทอง", "Ang Thong", 2, 1, "สพม.สิงห์บุรี อ่างทอง", 1, 170, 0, 100, 60, ""),
            p(16, "ลพบุรี", "Lop Buri", 2, 2, "สพม.ลพบุรี", 1, 420, 0, 120, 70, ""),
            p(17, "สิงห์บุรี", "Sing Buri", 2, 1, "สพม.สิงห์บุรี อ่างทอง", 1, 120, 0, 100, 60, ""),
            p(18, "ชัยนาท", "Chai Nat", 2, 1, "สพม.ชัยนาท", 1, 220, 0, 100, 70, ""),
            p(19, "สระบุรี", "Saraburi", 1, 2, "สพม.สระบุรี", 1, 330, 0, 150, 60, ""),
            p(20, "ชลบุรี", "Chon Buri", 9, 3, "สพม.ชลบุรี", 1, 330, 20, 350, 45, "island"),
            p(21, "ระยอง", "Rayong", 9, 2, "สพม.ระยอง", 1, 250, 20, 250, 45, "island"),
            p(22, "จันทบุรี", "Chanthaburi", 9, 2, "สพม.จันทบุรี ตราด", 1, 280, 40, 120, 60, "border"),
            p(23, "ตราด", "Trat", 9, 1, "สพม.จันทบุรี ตราด", 1, 140, 120, 100, 65, "island, border"),
            p(24, "ฉะเชิงเทรา", "Chachoengsao", 3, 2, "สพม.ฉะเชิงเทรา สระแก้ว", 1, 340, 0, 120, 60, ""),
            p(25, "ปราจีนบุรี", "Prachin Buri", 3, 2, "สพม.ปราจีนบุรี นครนายก", 1, 260, 0, 100, 65, ""),
            p(26, "นครนายก", "Nakhon Nayok", 3, 1, "สพม.ปราจีนบุรี นครนายก", 1, 140, 0, 100, 70, ""),
            p(27, "สระแก้ว", "Sa Kaeo", 3, 2, "สพม.ฉะเชิงเทรา สระแก้ว", 1, 320, 100, 80, 110, "border"),
            p(30, "นครราชสีมา", "Nakhon Ratchasima", 14, 7, "สพม.นครราชสีมา", 1, 1350, 0, 100, 115, ""),
            p(31, "บุรีรัมย์", "Buri Ram", 14, 4, "สพม.บุรีรัมย์", 1, 900, 30, 60, 145, "border"),
            p(32, "สุรินทร์", "Surin", 14, 3, "สพม.สุรินทร์", 1, 800, 40, 60, 150, "border"),
            p(33, "ศรีสะเกษ", "Si Sa Ket", 13, 4, "สพม.ศรีสะเกษ", 1, 880, 40, 50, 150, "border"),
            p(34, "อุบลราชธานี", "Ubon Ratchathani", 13, 5, "สพม.อุบลราชธานี", 1, 1150, 30, 70, 140, "border"),
            p(35, "ยโสธร", "Yasothon", 13, 2, "สพม.ยโสธร อำนาจเจริญ", 1, 400, 0, 50, 140, ""),
            p(36, "ชัยภูมิ", "Chaiyaphum", 14, 3, "สพม.ชัยภูมิ", 1, 700, 0, 60, 140, ""),
            p(37, "อำนาจเจริญ", "Amnat Charoen", 13, 1, "สพม.ยโสธร อำนาจเจริญ", 1, 250, 0, 50, 150, ""),
            p(38, "บึงกาฬ", "Bueng Kan", 10, 1, "สพม.หนองคาย บึงกาฬ", 1, 250, 30, 50, 145, "border"),
            p(39, "หนองบัวลำภู", "Nong Bua Lamphu", 10, 2, "สพม.เลย หนองบัวลำภู", 1, 300, 0, 50, 150, ""),
            p(40, "ขอนแก่น", "Khon Kaen", 12, 5, "สพม.ขอนแก่น", 1, 1050, 0, 100, 115, ""),
            p(41, "อุดรธานี", "Udon Thani", 10, 4, "สพม.อุดรธานี", 1, 850, 0, 100, 125, ""),
            p(42, "เลย", "Loei", 10, 3, "สพม.เลย หนองบัวลำภู", 1, 500, 60, 60, 130, "highland, border"),
            p(43, "หนองคาย", "Nong Khai", 10, 2, "สพม.หนองคาย บึงกาฬ", 1, 330, 30, 70, 130, "border"),
            p(44, "มหาสารคาม", "Maha Sarakham", 12, 3, "สพม.มหาสารคาม", 1, 600, 0, 60, 140, ""),
            p(45, "ร้อยเอ็ด", "Roi Et", 12, 3, "สพม.ร้อยเอ็ด", 1, 850, 0, 50, 140, ""),
            p(46, "กาฬสินธุ์", "Kalasin", 12, 3, "สพม.กาฬสินธุ์", 1, 650, 0, 60, 150, ""),
            p(47, "สกลนคร", "Sakon Nakhon", 11, 3, "สพม.สกลนคร", 1, 700, 0, 60, 150, ""),
            p(48, "นครพนม", "Nakhon Phanom", 11, 2, "สพม.นครพนม มุกดาหาร", 1, 480, 30, 60, 150, "border"),
            p(49, "มุกดาหาร", "Mukdahan", 11, 1, "สพม.นครพนม มุกดาหาร", 1, 230, 30, 60, 140, "border"),
            p(50, "เชียงใหม่", "Chiang Mai", 15, 6, "สพม.เชียงใหม่", 1, 900, 220, 150, 100, "highland, border"),
            p(51, "ลำพูน", "Lamphun", 15, 2, "สพม.ลำปาง ลำพูน", 1, 230, 30, 100, 90, "highland"),
            p(52, "ลำปาง", "Lampang", 15, 3, "สพม.ลำปาง ลำพูน", 1, 450, 30, 100, 95, "highland"),
            p(53, "อุตรดิตถ์", "Uttaradit", 17, 2, "สพม.พิษณุโลก อุตรดิตถ์", 1, 300, 50, 80, 100, "border"),
            p(54, "แพร่", "Phrae", 16, 2, "สพม.แพร่ น่าน", 1, 300, 30, 80, 110, "highland"),
            p(55, "น่าน", "Nan", 16, 2, "สพม.แพร่ น่าน", 1, 380, 250, 60, 140, "highland, border"),
            p(56, "พะเยา", "Phayao", 16, 2, "สพม.พะเยา", 1, 300, 50, 70, 115, "highland, border"),
            p(57, "เชียงราย", "Chiang Rai", 16, 4, "สพม.เชียงราย", 1, 750, 150, 80, 120, "highland, border"),
            p(58, "แม่ฮ่องสอน", "Mae Hong Son", 15, 2, "สพม.แม่ฮ่องสอน", 1, 300, 550, 40, 190, "highland, border"),
            p(60, "นครสวรรค์", "Nakhon Sawan", 18, 3, "สพม.นครสวรรค์ อุทัยธานี", 1, 600, 0, 100, 95, ""),
            p(61, "อุทัยธานี", "Uthai Thani", 18, 2, "สพม.นครสวรรค์ อุทัยธานี", 1, 250, 30, 60, 105, "border"),
            p(62, "กำแพงเพชร", "Kamphaeng Phet", 18, 2, "สพม.กำแพงเพชร พิจิตร", 1, 430, 20, 70, 100, "highland"),
            p(63, "ตาก", "Tak", 17, 2, "สพม.ตาก", 1, 350, 350, 70, 150, "highland, border"),
            p(64, "สุโขทัย", "Sukhothai", 17, 2, "สพม.สุโขทัย", 1, 400, 0, 70, 105, ""),
            p(65, "พิษณุโลก", "Phitsanulok", 17, 3, "สพม.พิษณุโลก อุตรดิตถ์", 1, 450, 30, 100, 95, "highland"),
            p(66, "พิจิตร", "Phichit", 18, 2, "สพม.กำแพงเพชร พิจิตร", 1, 380, 0, 70, 105, ""),
            p(67, "เพชรบูรณ์", "Phetchabun", 17, 3, "สพม.เพชรบูรณ์", 1, 650, 30, 70, 115, "highland"),
            p(70, "ราชบุรี", "Ratchaburi", 4, 2, "สพม.ราชบุรี", 1, 400, 40, 120, 70, "border"),
            p(71, "กาญจนบุรี", "Kanchanaburi", 4, 4, "สพม.กาญจนบุรี", 1, 450, 120, 100, 95, "highland, border"),
            p(72, "สุพรรณบุรี", "Suphan Buri", 4, 3, "สพม.สุพรรณบุรี", 1, 520, 0, 80, 75, ""),
            p(73, "นครปฐม", "Nakhon Pathom", 4, 2, "สพม.นครปฐม", 1, 300, 0, 200, 50, ""),
            p(74, "สมุทรสาคร", "Samut Sakhon", 5, 1, "สพม.สมุทรสาคร สมุทรสงคราม", 1, 120, 0, 300, 45, ""),
            p(75, "สมุทรสงคราม", "Samut Songkhram", 5, 1, "สพม.สมุทรสาคร สมุทรสงคราม", 1, 90, 0, 150, 55, ""),
            p(76, "เพชรบุรี", "Phetchaburi", 5, 2, "สพม.เพชรบุรี", 1, 250, 40, 100, 65, "border"),
            p(
                    77,
                    "ประจวบคีรีขันธ์",
                    "Prachuap Khiri Khan",
                    5,
                    2,
                    "สพม.ประจวบคีรีขันธ์",
                    1,
                    270,
                    50,
                    120,
                    70,
                    "border, island"),
            p(80, "นครศรีธรรมราช", "Nakhon Si Thammarat", 6, 4, "สพม.นครศรีธรรมราช", 1, 900, 20, 80, 90, "island"),
            p(81, "กระบี่", "Krabi", 7, 1, "สพม.กระบี่ ภูเก็ต", 1, 230, 100, 100, 75, "island"),
            p(82, "พังงา", "Phang Nga", 7, 1, "สพม.พังงา ระนอง", 1, 180, 120, 80, 75, "island"),
            p(83, "ภูเก็ต", "Phuket", 7, 1, "สพม.กระบี่ ภูเก็ต", 1, 70, 80, 400, 40, "island"),
            p(84, "สุราษฎร์ธานี", "Surat Thani", 6, 3, "สพม.สุราษฎร์ธานี", 1, 550, 50, 120, 70, "island"),
            p(85, "ระนอง", "Ranong", 7, 1, "สพม.พังงา ระนอง", 1, 110, 150, 100, 85, "island, border"),
            p(86, "ชุมพร", "Chumphon", 6, 2, "สพม.ชุมพร", 1, 350, 30, 80, 75, "border, island"),
            p(90, "สงขลา", "Songkhla", 8, 3, "สพม.สงขลา", 1, 550, 250, 150, 100, "southern border (part), island"),
            p(91, "สตูล", "Satun", 8, 1, "สพม.สตูล", 1, 180, 150, 80, 110, "island, border"),
            p(92, "ตรัง", "Trang", 7, 2, "สพม.ตรัง", 1, 350, 40, 80, 85, "island"),
            p(93, "พัทลุง", "Phatthalung", 6, 2, "สพม.พัทลุง", 1, 330, 0, 60, 95, ""),
            p(94, "ปัตตานี", "Pattani", 8, 3, "สพม.ปัตตานี", 1, 450, 800, 60, 165, "southern border"),
            p(95, "ยะลา", "Yala", 8, 3, "สพม.ยะลา", 1, 300, 800, 100, 160, "southern border"),
            p(96, "นราธิวาส", "Narathiwat", 8, 3, "สพม.นราธิวาส", 1, 450, 800, 60, 170, "southern border"));

    private Provinces() {}

    /** Bangkok's row. */
    static Province bangkok() {
        for (Province province : ALL) {
            if (province.isCapital()) {
                return province;
            }
        }
        throw new IllegalStateException("The province table has no Bangkok (code " + BANGKOK_CODE + ").");
    }

    private static Province p(
            int code,
            String thai,
            String english,
            int cluster,
            int primaryEsas,
            String secondaryEsa,
            int secondaryEsas,
            int schools,
            int specialPermille,
            int urbanPermille,
            int povertyPercent,
            String specialReason) {
        return new Province(
                code,
                thai,
                english,
                cluster,
                primaryEsas,
                secondaryEsa,
                secondaryEsas,
                schools,
                specialPermille,
                urbanPermille,
                povertyPercent,
                specialReason);
    }

    private static List<String> clusters() {
        List<String> names = new ArrayList<>();
        names.add("ส่วนกลาง กรุงเทพมหานคร");
        for (int region = 1; region <= 18; region++) {
            names.add("เขตตรวจราชการที่ " + region);
        }
        return Collections.unmodifiableList(names);
    }
}

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

/**
 * One row of the generator's province table: what is fact, what is assumption, see
 * {@link Provinces}.
 *
 * @param code the standard two-digit province code (Bangkok 10 ... Narathiwat 96), used as the
 *     first digits of the generated school ids
 * @param thai the province's Thai name
 * @param english its English (RTGS) transliteration
 * @param cluster the inspection-region cluster: 0 for Bangkok's central region, 1 to 18 otherwise
 * @param primaryEsas how many primary ESAs (สพป.) the province has at the national size
 * @param secondaryEsa the name of the secondary ESA (สพม.) the province belongs to, shared by the
 *     provinces of a pair
 * @param secondaryEsas how many secondary ESAs carry that name at the national size (Bangkok 2)
 * @param schools the approximate number of OBEC schools, used as the province's weight
 * @param specialPermille schools in special areas, per thousand (highland, island, border,
 *     southern-border provinces)
 * @param urbanPermille how strongly schools cluster in municipal areas, per thousand
 * @param povertyPercent the province's relative poverty, larger is poorer (100 is a typical
 *     province; the national level is calibrated separately)
 * @param specialReason why the province has special areas; empty if it has none
 */
record Province(
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

    /** Bangkok, the only capital area. */
    boolean isCapital() {
        return code == Provinces.BANGKOK_CODE;
    }
}

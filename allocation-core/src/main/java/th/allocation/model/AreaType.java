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
package th.allocation.model;

import java.util.List;
import java.util.Optional;

/**
 * The kind of area a school stands in (docs/model.md, data contract): the seed documents name capital,
 * district, subdistrict and special areas; municipal areas are the towns outside the capital.
 */
public enum AreaType {
    /** Bangkok (เมืองหลวง). */
    CAPITAL("capital", "เมืองหลวง|กรุงเทพมหานคร"),
    /** A municipality (เทศบาล). */
    MUNICIPAL("municipal", "เทศบาล|เมือง"),
    /** A district seat outside municipal areas (อำเภอ). */
    DISTRICT("district", "อำเภอ"),
    /** A rural subdistrict (ตำบล). */
    SUBDISTRICT("subdistrict", "ตำบล"),
    /** A special area: highland, island, border, southern border provinces (พื้นที่พิเศษ). */
    SPECIAL("special", "พื้นที่พิเศษ");

    private static final List<String> KEYS = Coded.keys(values(), AreaType::key);
    private final String key;
    private final String thai;

    AreaType(String key, String thai) {
        this.key = key;
        this.thai = thai;
    }

    /** The name used in CSV files and scenarios, e.g. {@code subdistrict}. */
    public String key() {
        return key;
    }

    /** The Thai names accepted on input, separated by {@code |}; the first is used on output. */
    public String thai() {
        return thai;
    }

    /** Parses a key or a Thai name, ignoring case and surrounding spaces. */
    public static Optional<AreaType> parse(String text) {
        return Coded.parse(text, values(), AreaType::key, AreaType::thai);
    }

    /** The valid keys, in declaration order. */
    public static List<String> keys() {
        return KEYS;
    }
}

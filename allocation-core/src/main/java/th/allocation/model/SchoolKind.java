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

/** The kind of school (docs/model.md, data contract). */
public enum SchoolKind {
    /** Primary school, possibly with pre-primary classes (ประถมศึกษา). */
    PRIMARY("primary", "ประถม|ประถมศึกษา"),
    /** Secondary school (มัธยมศึกษา). */
    SECONDARY("secondary", "มัธยม|มัธยมศึกษา"),
    /** A school teaching both primary and secondary levels, e.g. an opportunity-expansion school. */
    COMBINED("combined", "ขยายโอกาส|ประถม-มัธยม"),
    /** A special-education school (การศึกษาพิเศษ). */
    SPECIAL_EDUCATION("special_education", "การศึกษาพิเศษ");

    private static final List<String> KEYS = Coded.keys(values(), SchoolKind::key);
    private final String key;
    private final String thai;

    SchoolKind(String key, String thai) {
        this.key = key;
        this.thai = thai;
    }

    /** The name used in CSV files and scenarios, e.g. {@code special_education}. */
    public String key() {
        return key;
    }

    /** The Thai names accepted on input, separated by {@code |}; the first is used on output. */
    public String thai() {
        return thai;
    }

    /** Parses a key or a Thai name, ignoring case and surrounding spaces. */
    public static Optional<SchoolKind> parse(String text) {
        return Coded.parse(text, values(), SchoolKind::key, SchoolKind::thai);
    }

    /** The valid keys, in declaration order. */
    public static List<String> keys() {
        return KEYS;
    }
}

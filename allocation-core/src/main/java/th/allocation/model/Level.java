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

/** The school levels that per-pupil rates are set for, in the order of the data contract's columns. */
public enum Level {
    /** Pre-primary (kindergarten, อนุบาล). */
    PREPRIMARY("preprimary"),
    /** Primary, grades 1-6 (ประถมศึกษา). */
    PRIMARY("primary"),
    /** Lower secondary, grades 7-9 (มัธยมศึกษาตอนต้น). */
    LOWER_SECONDARY("lower_secondary"),
    /** Upper secondary, grades 10-12 (มัธยมศึกษาตอนปลาย). */
    UPPER_SECONDARY("upper_secondary");

    private final String key;

    Level(String key) {
        this.key = key;
    }

    /** The level's name in scenario files and column suffixes, e.g. {@code lower_secondary}. */
    public String key() {
        return key;
    }

    /** The canonical school-table column holding this level's pupils, e.g. {@code pupils_primary}. */
    public String column() {
        return "pupils_" + key;
    }
}

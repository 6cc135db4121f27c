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
package th.allocation.evaluate;

import java.util.Arrays;
import java.util.List;

/**
 * The levels at which an evaluation aggregates schools: the centre (every school), the
 * inspection-region clusters, the Educational Service Areas, the school networks, and the area
 * types. Each school is also evaluated on its own.
 */
public enum Level {
    /** Every school: OBEC's own accountability. */
    CENTRE("centre"),
    /** By inspection-region cluster. */
    CLUSTER("cluster"),
    /** By Educational Service Area. */
    ESA("esa"),
    /** By school network; schools without a network are in no network unit. */
    NETWORK("network"),
    /** By area type (capital, municipal, district, subdistrict, special). */
    AREA_TYPE("area_type");

    private final String key;

    Level(String key) {
        this.key = key;
    }

    /** The level's name in output files, e.g. {@code esa}. */
    public String key() {
        return key;
    }

    /** Every level's key, in order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(Level::key).toList();
    }
}

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
package th.allocation.scenario;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One unit's own value for one parameter of its level's rule, e.g. the ESA
 * {@code สพป.นครราชสีมา เขต 1} setting {@code rule.weights.remote} to 1.5.
 *
 * @param unit the unit's name, as in the school file's column for the level
 * @param parameter the key path of the parameter in the scenario format, e.g. {@code rule.weights.remote}
 * @param value the unit's value
 * @param source the file the override was read from, for messages; empty if built in code
 * @param line the 1-based line in the source, or 0
 * @param column the 1-based column in the line, or 0
 */
public record LocalOverride(String unit, String parameter, BigDecimal value, String source, long line, long column) {

    /** Validates and normalises. */
    public LocalOverride {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(value, "value");
        source = Objects.requireNonNullElse(source, "");
        line = Math.max(0, line);
        column = Math.max(0, column);
    }

    /** An override built in code, with no source. */
    public LocalOverride(String unit, String parameter, BigDecimal value) {
        this(unit, parameter, value, "", 0, 0);
    }
}

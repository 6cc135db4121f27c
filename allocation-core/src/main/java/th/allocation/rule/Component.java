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
package th.allocation.rule;

import java.util.Objects;

/**
 * One named part of a school's need, reported as its own column so that every baht can be traced
 * to the part of the rule that produced it.
 *
 * @param key the column name, e.g. {@code poor_loading}
 * @param description one sentence that says what the component pays for
 */
public record Component(String key, String description) {
    /** Validates that the key is a non-blank column name. */
    public Component {
        Objects.requireNonNull(description, "description");
        if (key == null || !key.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException(
                    "A component key must be lower-case letters, digits and '_' (" + key + ").");
        }
    }
}

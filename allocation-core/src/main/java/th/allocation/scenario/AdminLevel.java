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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import th.allocation.rule.Rule;

/**
 * One level of administration below the centre in a decentralised scenario: the units named by a
 * hierarchy column ({@code cluster}, {@code esa} or {@code network}) each receive an envelope from
 * the level above and split it among their own children (the units of the next level, or their
 * schools at the last level) by this level's rule, floors, caps and targets, with the parameters
 * the centre lets them set for themselves.
 *
 * <p>Called an administrative level to tell it from the education levels of a rule's rates.
 *
 * @param by the hierarchy column that names the units: {@code cluster}, {@code esa} or {@code network}
 * @param rule the rule the units split their envelopes by; {@code null} to use the level above's
 * @param floors floors on schools' allocations within the units; {@code null} to use the level above's
 * @param caps caps on schools' allocations within the units; {@code null} to use the level above's
 * @param targets indicator targets the units allocate against; {@code null} to use the level above's
 * @param mayOverride the parameters (key paths, e.g. {@code rule.weights.remote}) units may set for
 *     themselves, with the centre's bounds on their values; a parameter not listed may not be changed
 * @param overrides the file or folder the units' overrides are read from, relative to the scenario
 *     file: a CSV table ({@code unit,parameter,value}) or a folder of one YAML file per unit; may be empty
 * @param local the units' overrides, as read from {@code overrides} (or built in code)
 */
public record AdminLevel(
        String by,
        Rule rule,
        Floors floors,
        Caps caps,
        Targets targets,
        Map<String, OverrideBounds> mayOverride,
        String overrides,
        List<LocalOverride> local) {

    /** The hierarchy columns a level may be by, from the top down. */
    public static final List<String> COLUMNS = List.of("cluster", "esa", "network");

    /** Validates and fills in defaults: nothing may be overridden, no overrides. */
    public AdminLevel {
        if (by == null || !COLUMNS.contains(by)) {
            throw new IllegalArgumentException("A level's 'by' names the hierarchy column of its units: one of "
                    + String.join(", ", COLUMNS) + (by == null ? "." : " ('" + by + "')."));
        }
        mayOverride = mayOverride == null ? Map.of() : Map.copyOf(new TreeMap<>(mayOverride));
        overrides = Objects.requireNonNullElse(overrides, "");
        local = local == null ? List.of() : List.copyOf(local);
    }

    /** A level by a column, with the level above's rules and nothing overridable. */
    public static AdminLevel by(String column) {
        return new AdminLevel(column, null, null, null, null, null, null, null);
    }

    /** The same level with these overrides (read from {@link #overrides()}, or built in code). */
    public AdminLevel withLocal(List<LocalOverride> local) {
        return new AdminLevel(by, rule, floors, caps, targets, mayOverride, overrides, local);
    }

    /** The same level, letting units set {@code parameter} within {@code bounds}. */
    public AdminLevel allowing(String parameter, OverrideBounds bounds) {
        Map<String, OverrideBounds> allowed = new TreeMap<>(mayOverride);
        allowed.put(parameter, bounds);
        return new AdminLevel(by, rule, floors, caps, targets, allowed, overrides, local);
    }

    /** The same level with one more override. */
    public AdminLevel withOverride(LocalOverride override) {
        List<LocalOverride> more = new ArrayList<>(local);
        more.add(override);
        return withLocal(more);
    }

    /** The name of the level's output table, e.g. {@code esas.csv}. */
    public String tableName() {
        return by + "s.csv";
    }
}

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
package th.allocation.result;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import th.allocation.scenario.LocalOverride;
import th.allocation.scenario.Scenario;

/**
 * One unit of a decentralised allocation (the centre, a cluster, an ESA, a network) and what it did:
 * the envelope it received, the rules it split it by, and its children, whose envelopes add up to
 * its own exactly.
 *
 * @param level the unit's level: {@code centre}, {@code cluster}, {@code esa} or {@code network}
 * @param name the unit's name, as in the school file (empty for schools with no name at this
 *     level, e.g. no network; {@link #label()} shows it as {@code (none)}); {@code centre} for the centre
 * @param path the names from the first level down to this unit (empty for the centre)
 * @param envelope the money the unit received, in satang: the budget for the centre
 * @param oneStep what the unit's schools get when the centre's rules allocate to every school in one
 *     step, in satang (the same as {@code envelope} for the centre and the first level)
 * @param schools how many schools the unit has
 * @param pupils how many pupils they have
 * @param rules the rules the unit split its envelope by: its level's, with its overrides set and the
 *     envelope as the budget
 * @param overrides the unit's own values, as given
 * @param scale the factor the unit's split scaled its rule's needs by (NaN for target allocations)
 * @param boundSchools how many of the unit's schools each bound held in the unit's split
 * @param children the units of the next level inside this one, in name order; empty at the last level
 */
public record Unit(
        String level,
        String name,
        List<String> path,
        long envelope,
        long oneStep,
        int schools,
        long pupils,
        Scenario rules,
        List<LocalOverride> overrides,
        double scale,
        Map<Bound, Integer> boundSchools,
        List<Unit> children) {

    /** Copies the lists and maps. */
    public Unit {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(name, "name");
        path = List.copyOf(path);
        overrides = List.copyOf(overrides);
        boundSchools = Map.copyOf(boundSchools);
        children = List.copyOf(children);
    }

    /** The name for tables: {@code (none)} for schools with no name at this level. */
    public String label() {
        return name.isEmpty() ? "(none)" : name;
    }

    /** The rule in words for tables, e.g. {@code weighted} or {@code flat+targets}. */
    public String ruleName() {
        return rules.rule().type() + (rules.targets() != null ? "+targets" : "");
    }

    /** The unit's overrides as {@code key=value} pairs joined by {@code "; "}, or empty. */
    public String overridesText() {
        return String.join(
                "; ",
                overrides.stream()
                        .map(o -> o.parameter() + "=" + o.value().toPlainString())
                        .toList());
    }
}

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
package th.allocation.decentralise;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import th.allocation.model.SchoolTable;
import th.allocation.result.Grouping;
import th.allocation.scenario.Envelope;
import th.allocation.scenario.Indicator;
import th.allocation.scenario.TargetOverride;
import th.allocation.scenario.Targets;

/**
 * A level's targets as one unit applies them to its own schools: local targets and envelopes that
 * name a place outside the unit concern other units and are left out. A place no school of the whole
 * table has is kept, so that the unit's allocation reports it as the error it is, with a suggestion.
 * Envelopes in percent are percentages of the unit's envelope.
 */
final class UnitTargets {
    private final SchoolTable schools;
    private final Map<Grouping, Set<String>> everywhere = new EnumMap<>(Grouping.class);

    /** Restricts targets to units of {@code schools}; the places of the whole table are found once each. */
    UnitTargets(SchoolTable schools) {
        this.schools = schools;
    }

    /** {@code targets} as the unit with the schools at {@code rows} (ascending) applies them. */
    Targets within(Targets targets, int[] rows) {
        Map<Grouping, Set<String>> inUnit = new EnumMap<>(Grouping.class);
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator indicator : targets.indicators()) {
            List<TargetOverride> kept = new ArrayList<>();
            for (TargetOverride override : indicator.overrides()) {
                Grouping grouping = override.network() != null
                        ? Grouping.NETWORK
                        : override.esa() != null ? Grouping.ESA : Grouping.CLUSTER;
                String place = override.network() != null
                        ? override.network()
                        : override.esa() != null ? override.esa() : override.cluster();
                if (keep(grouping, place, rows, inUnit)) {
                    kept.add(override);
                }
            }
            indicators.add(new Indicator(
                    indicator.name(),
                    indicator.column(),
                    indicator.goal(),
                    indicator.direction(),
                    indicator.target(),
                    indicator.priority(),
                    indicator.cost(),
                    indicator.returns(),
                    kept));
        }
        List<Envelope> envelopes = new ArrayList<>();
        for (Envelope envelope : targets.envelopes()) {
            Grouping grouping = Grouping.byKey(envelope.column()).orElse(null);
            if (envelope.value() == null || grouping == null || keep(grouping, envelope.value(), rows, inUnit)) {
                envelopes.add(envelope);
            }
        }
        return new Targets(targets.objective(), targets.spend(), targets.solver(), indicators, envelopes);
    }

    /** Whether a unit keeps a rule for {@code place}: its schools have it, or no school at all has it. */
    private boolean keep(Grouping grouping, String place, int[] rows, Map<Grouping, Set<String>> inUnit) {
        if (inUnit.computeIfAbsent(grouping, g -> places(g, rows)).contains(place)) {
            return true;
        }
        return !everywhere.computeIfAbsent(grouping, g -> places(g, null)).contains(place);
    }

    /** The groups of the schools at {@code rows}, or of every school if {@code rows} is null. */
    private Set<String> places(Grouping grouping, int[] rows) {
        Set<String> places = new HashSet<>();
        int count = rows == null ? schools.size() : rows.length;
        for (int k = 0; k < count; k++) {
            places.add(grouping.groupOf(schools, rows == null ? k : rows[k]));
        }
        return places;
    }
}

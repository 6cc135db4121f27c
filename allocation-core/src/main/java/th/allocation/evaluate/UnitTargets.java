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

import th.allocation.scenario.Indicator;
import th.allocation.scenario.TargetOverride;

/**
 * The target in force for a unit. Where every school of the unit has the same target (a local
 * override at the unit or above it, a decentralised unit's own value, or the central target), that
 * is the unit's. Where they differ (units inside it set their own), it is the target the scenario
 * sets for the unit itself: its own override, else that of the unit above it (an ESA's cluster, a
 * network's ESA and cluster), else the central target. The centre and the area types, which set no
 * targets of their own, take the central target unless all their schools share another.
 */
final class UnitTargets {
    private UnitTargets() {}

    /**
     * The target of unit {@code code} of {@code level} for indicator {@code k}, given the smallest and
     * largest of its schools' targets.
     */
    static double of(Plan plan, int k, Level level, int code, double smallest, double largest) {
        if (smallest == largest) {
            return smallest;
        }
        Indicator indicator = plan.indicators().get(k);
        String network = "";
        String esa = "";
        String cluster = "";
        String name = plan.units(level).get(code);
        switch (level) {
            case NETWORK -> {
                network = name;
                esa = plan.parent(Level.NETWORK, code);
                int esaCode = plan.units(Level.ESA).indexOf(esa);
                cluster = esaCode < 0 ? "" : plan.parent(Level.ESA, esaCode);
            }
            case ESA -> {
                esa = name;
                cluster = plan.parent(Level.ESA, code);
            }
            case CLUSTER -> cluster = name;
            default -> {
                return indicator.target();
            }
        }
        double target = indicator.target();
        int rank = 0;
        for (TargetOverride override : indicator.overrides()) {
            boolean applies = (override.network() != null && override.network().equals(network))
                    || (override.esa() != null && override.esa().equals(esa))
                    || (override.cluster() != null && override.cluster().equals(cluster));
            if (applies && override.rank() > rank) {
                target = override.target();
                rank = override.rank();
            }
        }
        return target;
    }
}

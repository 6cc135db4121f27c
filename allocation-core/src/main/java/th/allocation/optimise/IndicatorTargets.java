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
package th.allocation.optimise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import th.allocation.Problem;
import th.allocation.Suggestions;
import th.allocation.model.CategoryColumn;
import th.allocation.model.SchoolTable;
import th.allocation.scenario.Indicator;
import th.allocation.scenario.TargetOverride;
import th.allocation.scenario.Targets;

/**
 * The target each school is held to on each indicator: the indicator's central target, or the most
 * local override of it (a network's over an ESA's over a cluster's).
 */
final class IndicatorTargets {
    private IndicatorTargets() {}

    /** Each school's target for {@code indicator}: the most local override (network, ESA, cluster) or the central one. */
    static double[] of(Indicator indicator, SchoolTable schools) {
        int n = schools.size();
        double[] target = new double[n];
        Arrays.fill(target, indicator.target());
        if (indicator.overrides().isEmpty()) {
            return target;
        }
        CategoryColumn[] columns = {schools.cluster(), schools.esa(), schools.network()};
        // Per column, the override's target by code (NaN where none), applied from least to most local.
        for (int rank = 1; rank <= 3; rank++) {
            CategoryColumn column = columns[rank - 1];
            double[] byCode = new double[column.labelCount()];
            Arrays.fill(byCode, Double.NaN);
            boolean any = false;
            for (TargetOverride override : indicator.overrides()) {
                if (override.rank() != rank) {
                    continue;
                }
                String name = rank == 3 ? override.network() : rank == 2 ? override.esa() : override.cluster();
                for (int code = 0; code < column.labelCount(); code++) {
                    if (column.label(code).equals(name)) {
                        byCode[code] = override.target();
                        any = true;
                    }
                }
            }
            if (any) {
                for (int s = 0; s < n; s++) {
                    double local = byCode[column.code(s)];
                    if (!Double.isNaN(local)) {
                        target[s] = local;
                    }
                }
            }
        }
        return target;
    }

    /** Adds to {@code problems} every override that names a cluster, ESA or network no school has. */
    static void checkOverrides(Targets targets, SchoolTable schools, List<Problem> problems) {
        for (Indicator indicator : targets.indicators()) {
            for (TargetOverride override : indicator.overrides()) {
                String place = override.network() != null ? "network" : override.esa() != null ? "esa" : "cluster";
                String name = override.network() != null
                        ? override.network()
                        : override.esa() != null ? override.esa() : override.cluster();
                CategoryColumn column = override.network() != null
                        ? schools.network()
                        : override.esa() != null ? schools.esa() : schools.cluster();
                List<String> names = new ArrayList<>();
                for (int code = 0; code < column.labelCount(); code++) {
                    names.add(column.label(code));
                }
                if (!names.contains(name)) {
                    problems.add(Problem.of(
                            "",
                            "Indicator '" + indicator.name() + "' overrides the target for the " + place + " '" + name
                                    + "', which no school has.",
                            Suggestions.closest(name, names)
                                    .map(c -> "Did you mean '" + c + "'?")
                                    .orElse("Check the name against the school file's " + place + " column.")));
                }
            }
        }
    }
}

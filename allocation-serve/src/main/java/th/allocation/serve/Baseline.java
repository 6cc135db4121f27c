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
package th.allocation.serve;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import th.allocation.engine.AllocationEngine;
import th.allocation.model.SchoolTable;
import th.allocation.parameters.ScenarioParameters;
import th.allocation.result.AllocationResult;
import th.allocation.result.Bound;
import th.allocation.result.Grouping;
import th.allocation.result.PerPupilSample;
import th.allocation.scenario.Scenario;
import th.allocation.stats.EquityStatistics;

/**
 * What the workbench computes once and shares between every session and recomputation: the engine
 * with its school table read, the scenario as loaded and its allocation (the baseline every figure is
 * compared with), the group of every school, and the key-path lookups of the parameters varied.
 * Immutable after construction apart from the cache of lookups, which is thread-safe.
 */
final class Baseline {
    /** The groupings the page shows per pupil, in the order shown. */
    static final List<Grouping> GROUPINGS = List.of(Grouping.AREA_TYPE, Grouping.CLUSTER, Grouping.PROVINCE);

    /** More distinct sets of varied keys than this and the cache of lookups starts again. */
    private static final int MAX_CACHED_VARIANTS = 256;

    private final AllocationEngine engine;
    private final String source;
    private final double atkinsonEpsilon;
    private final ParameterForm form;
    private final List<GroupCodes> groups = new ArrayList<>();
    private final long[] pupils;
    private final long totalPupils;
    private final long[] allocation;
    private final long[][] groupAllocation;
    private final long[][] groupSchools;
    private final long[][] groupPupils;
    private final long total;
    private final long[] bounds = new long[Bound.values().length];
    private final EquityStatistics equity;
    private final Map<List<String>, ScenarioParameters.Variants> variants = new ConcurrentHashMap<>();

    /**
     * Keeps what every recomputation reuses from {@code engine} and its allocation {@code result}
     * (of the scenario as loaded).
     */
    Baseline(AllocationEngine engine, AllocationResult result, double atkinsonEpsilon) {
        SchoolTable schools = result.schools();
        this.engine = engine;
        this.source = engine.scenarioFile().map(Object::toString).orElse("scenario");
        this.atkinsonEpsilon = atkinsonEpsilon;
        this.form = ParameterForm.of(engine.scenario());
        int n = schools.size();
        pupils = new long[n];
        allocation = new long[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            pupils[i] = schools.totalPupils(i);
            sum += pupils[i];
            allocation[i] = result.allocation(i);
            bounds[result.bound(i).ordinal()]++;
        }
        totalPupils = sum;
        total = result.total();
        groupAllocation = new long[GROUPINGS.size()][];
        groupSchools = new long[GROUPINGS.size()][];
        groupPupils = new long[GROUPINGS.size()][];
        for (int g = 0; g < GROUPINGS.size(); g++) {
            GroupCodes codes = GroupCodes.of(schools, GROUPINGS.get(g));
            groups.add(codes);
            groupAllocation[g] = new long[codes.size()];
            groupSchools[g] = new long[codes.size()];
            groupPupils[g] = new long[codes.size()];
            for (int i = 0; i < n; i++) {
                int code = codes.code(i);
                groupAllocation[g][code] += allocation[i];
                groupSchools[g][code]++;
                groupPupils[g][code] += pupils[i];
            }
        }
        equity = PerPupilSample.of(result).statistics(atkinsonEpsilon);
    }

    /**
     * The scenario as loaded with the parameters in {@code values} set, checked as if the file said
     * so. The lookup of the keys is made once per set of keys.
     *
     * @throws th.allocation.InputException naming the key path of every problem
     */
    Scenario scenario(Map<String, BigDecimal> values) {
        if (values.isEmpty()) {
            return engine.scenario();
        }
        List<String> paths = List.copyOf(values.keySet());
        if (variants.size() > MAX_CACHED_VARIANTS) {
            variants.clear();
        }
        ScenarioParameters.Variants lookup =
                variants.computeIfAbsent(paths, p -> ScenarioParameters.variants(engine.scenario(), p));
        return lookup.with(List.copyOf(values.values()), source);
    }

    /** Allocates {@code scenario} to the school table read at start. */
    AllocationResult allocate(Scenario scenario) {
        return scenario == engine.scenario()
                ? engine.allocate()
                : engine.withScenario(scenario).allocate();
    }

    AllocationEngine engine() {
        return engine;
    }

    /** The scenario file as the user named it, for problems: {@code examples/thailand/needs-weighted.yaml}. */
    String source() {
        return source;
    }

    double atkinsonEpsilon() {
        return atkinsonEpsilon;
    }

    ParameterForm form() {
        return form;
    }

    List<GroupCodes> groups() {
        return groups;
    }

    long pupils(int i) {
        return pupils[i];
    }

    long totalPupils() {
        return totalPupils;
    }

    int size() {
        return pupils.length;
    }

    /** The baseline allocation of school {@code i}, in satang. */
    long allocation(int i) {
        return allocation[i];
    }

    /** The baseline allocation of group {@code code} of grouping {@code g} (index in {@link #GROUPINGS}). */
    long groupAllocation(int g, int code) {
        return groupAllocation[g][code];
    }

    /** How many schools group {@code code} of grouping {@code g} has. */
    long groupSchools(int g, int code) {
        return groupSchools[g][code];
    }

    /** How many pupils group {@code code} of grouping {@code g} has. */
    long groupPupils(int g, int code) {
        return groupPupils[g][code];
    }

    /** The baseline's total, in satang. */
    long total() {
        return total;
    }

    /** How many schools each bound holds in the baseline, by {@link Bound#ordinal()}. */
    long bound(Bound bound) {
        return bounds[bound.ordinal()];
    }

    EquityStatistics equity() {
        return equity;
    }
}

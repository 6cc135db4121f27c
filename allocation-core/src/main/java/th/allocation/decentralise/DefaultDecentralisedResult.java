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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.result.Bound;
import th.allocation.result.DecentralisedResult;
import th.allocation.result.IndicatorColumns;
import th.allocation.result.Unit;
import th.allocation.rule.Component;
import th.allocation.scenario.Indicator;
import th.allocation.scenario.Scenario;

/** The result of a decentralised allocation; immutable once built. */
final class DefaultDecentralisedResult implements DecentralisedResult {
    private final Scenario scenario;
    private final SchoolTable schools;
    private final Unit centre;
    private final List<List<Unit>> levels;
    private final AllocationResult[] splits;
    private final int[] unitOf;
    private final int[] localRow;
    private final long[] oneStep;
    private final List<Component> components;
    private final int[][] componentIndex;
    private final List<Indicator> indicators;
    private final long total;

    DefaultDecentralisedResult(
            Scenario scenario,
            SchoolTable schools,
            Unit centre,
            List<List<Unit>> levels,
            List<AllocationResult> splits,
            int[] unitOf,
            int[] localRow,
            long[] oneStep) {
        this.scenario = scenario;
        this.schools = schools;
        this.centre = centre;
        this.levels = List.copyOf(levels);
        this.splits = splits.toArray(new AllocationResult[0]);
        this.unitOf = unitOf;
        this.localRow = localRow;
        this.oneStep = oneStep;
        List<Component> all = new ArrayList<>();
        Map<String, Integer> position = new HashMap<>();
        for (AllocationResult split : splits) {
            for (Component component : split.components()) {
                if (!position.containsKey(component.key())) {
                    position.put(component.key(), all.size());
                    all.add(component);
                }
            }
        }
        this.components = List.copyOf(all);
        this.componentIndex = new int[this.splits.length][all.size()];
        for (int u = 0; u < this.splits.length; u++) {
            java.util.Arrays.fill(componentIndex[u], -1);
            List<Component> own = this.splits[u].components();
            for (int c = 0; c < own.size(); c++) {
                componentIndex[u][position.get(own.get(c).key())] = c;
            }
        }
        List<Indicator> found = List.of();
        for (AllocationResult split : splits) {
            if (split instanceof IndicatorColumns columns
                    && !columns.indicators().isEmpty()) {
                found = columns.indicators();
                break;
            }
        }
        this.indicators = found;
        long sum = 0;
        for (int i = 0; i < schools.size(); i++) {
            sum += allocation(i);
        }
        this.total = sum;
    }

    @Override
    public Unit centre() {
        return centre;
    }

    @Override
    public List<List<Unit>> levels() {
        return levels;
    }

    @Override
    public long oneStep(int i) {
        return oneStep[i];
    }

    @Override
    public long movedFromOneStep() {
        long sum = 0;
        for (int i = 0; i < schools.size(); i++) {
            sum += Math.abs(allocation(i) - oneStep[i]);
        }
        return sum / 2;
    }

    @Override
    public AllocationResult splitOf(int i) {
        return splits[unitOf[i]];
    }

    @Override
    public Scenario scenario() {
        return scenario;
    }

    @Override
    public SchoolTable schools() {
        return schools;
    }

    @Override
    public List<Component> components() {
        return components;
    }

    /** NaN: each unit scales its rule's needs by its own factor, {@link Unit#scale()}. */
    @Override
    public double scale() {
        return Double.NaN;
    }

    @Override
    public long total() {
        return total;
    }

    @Override
    public long need(int i) {
        return splits[unitOf[i]].need(localRow[i]);
    }

    @Override
    public long allocation(int i) {
        return splits[unitOf[i]].allocation(localRow[i]);
    }

    @Override
    public long component(int c, int i) {
        int own = componentIndex[unitOf[i]][c];
        return own < 0 ? 0 : splits[unitOf[i]].component(own, localRow[i]);
    }

    @Override
    public long boundAdjustment(int i) {
        return splits[unitOf[i]].boundAdjustment(localRow[i]);
    }

    @Override
    public long rounding(int i) {
        return splits[unitOf[i]].rounding(localRow[i]);
    }

    @Override
    public Bound bound(int i) {
        return splits[unitOf[i]].bound(localRow[i]);
    }

    @Override
    public long floor(int i) {
        return splits[unitOf[i]].floor(localRow[i]);
    }

    @Override
    public long cap(int i) {
        return splits[unitOf[i]].cap(localRow[i]);
    }

    /** The indicators of the last level's targets; empty if it allocates by formula. */
    @Override
    public List<Indicator> indicators() {
        return indicators;
    }

    @Override
    public double value(int k, int i) {
        return columns(i).value(k, localRow[i]);
    }

    @Override
    public double target(int k, int i) {
        return columns(i).target(k, localRow[i]);
    }

    @Override
    public double projected(int k, int i) {
        return columns(i).projected(k, localRow[i]);
    }

    @Override
    public double gapLeft(int k, int i) {
        return columns(i).gapLeft(k, localRow[i]);
    }

    private IndicatorColumns columns(int i) {
        if (splits[unitOf[i]] instanceof IndicatorColumns columns) {
            return columns;
        }
        throw new IllegalStateException("The unit of school " + schools.id(i) + " did not allocate against targets.");
    }
}

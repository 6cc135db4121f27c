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
package th.allocation.compare;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import th.allocation.model.Baht;

/**
 * One group's totals under every scenario of a comparison, side by side.
 *
 * @param grouping the grouping's key ({@code area_type}, {@code cluster}...), or {@link Comparison#ALL}
 * @param group the group, or {@link Comparison#ALL}
 * @param schools how many schools the group has
 * @param pupils how many pupils
 * @param allocations the group's allocation under each scenario, in satang, in scenario order
 */
public record GroupTotals(String grouping, String group, long schools, long pupils, List<Long> allocations) {

    /** Copies the allocations. */
    public GroupTotals {
        allocations = List.copyOf(allocations);
    }

    /** The allocation under scenario {@code scenario}, in satang. */
    public long allocation(int scenario) {
        return allocations.get(scenario);
    }

    /** The allocation under {@code scenario} minus the baseline's (scenario 0), in satang. */
    public long difference(int scenario) {
        return allocations.get(scenario) - allocations.get(0);
    }

    /** Baht per pupil under {@code scenario}, to the satang (halves up); empty when the group has no pupils. */
    public Optional<BigDecimal> perPupil(int scenario) {
        return Baht.perPupil(allocations.get(scenario), pupils);
    }
}

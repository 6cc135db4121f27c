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
package th.allocation.sweep;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.allocation.model.AreaType;
import th.allocation.model.Baht;
import th.allocation.result.Bound;
import th.allocation.stats.EquityStatistics;

/**
 * The outcome of one variant of a sweep. For a variant that is not {@link SweepStatus#OK}, only
 * {@code variant}, {@code values}, {@code status} and {@code reason} are meaningful: the total is 0,
 * the scale NaN, the maps and lists empty and {@code equity} {@code null}.
 *
 * @param variant the variant's number, from 1, in the sweep's order
 * @param values the value of each varied parameter, in the order of {@link Sweep#paths()}
 * @param status whether it was allocated, and if not why not
 * @param reason why it was not allocated, in words; empty when it was
 * @param total the total allocated, in satang
 * @param scale the scale factor the needs were multiplied by
 * @param bounds how many schools each bound held
 * @param equity every equity statistic of per-pupil allocation over all schools
 * @param allocationByAreaType the allocation of each area type, in satang, in {@link AreaType} order
 * @param pupilsByAreaType the pupils of each area type, in {@link AreaType} order
 */
public record SweepRow(
        int variant,
        List<BigDecimal> values,
        SweepStatus status,
        String reason,
        long total,
        double scale,
        Map<Bound, Long> bounds,
        EquityStatistics equity,
        List<Long> allocationByAreaType,
        List<Long> pupilsByAreaType) {

    /** Copies the lists and maps; the bounds stay in {@link Bound} order. */
    public SweepRow {
        values = List.copyOf(values);
        bounds = bounds.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(bounds));
        allocationByAreaType = List.copyOf(allocationByAreaType);
        pupilsByAreaType = List.copyOf(pupilsByAreaType);
    }

    /** A row for a variant that could not be allocated. */
    static SweepRow failed(int variant, List<BigDecimal> values, SweepStatus status, String reason) {
        return new SweepRow(variant, values, status, reason, 0, Double.NaN, Map.of(), null, List.of(), List.of());
    }

    /** Whether the variant was allocated. */
    public boolean isOk() {
        return status == SweepStatus.OK;
    }

    /** Baht per pupil in area type {@code type}, to the satang (halves up); empty without pupils or allocation. */
    public Optional<BigDecimal> perPupil(AreaType type) {
        if (!isOk()) {
            return Optional.empty();
        }
        return Baht.perPupil(allocationByAreaType.get(type.ordinal()), pupilsByAreaType.get(type.ordinal()));
    }
}

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

import java.util.List;
import java.util.Objects;
import th.allocation.model.Limits;

/**
 * An indicator the allocation is optimised against: a column of the school table, a target, the
 * goal it serves, its priority and what closing its gap costs.
 *
 * <p>A school's gap is {@code max(0, target - value)} when higher is better and
 * {@code max(0, value - target)} when lower is better, in the indicator's own unit. Shortfalls are
 * compared across indicators relative to the target: {@code gap / |target|}.
 *
 * @param name a short name for output columns, lower case, e.g. {@code reading}
 * @param column the school-table column holding the values
 * @param goal the goal the indicator serves
 * @param direction whether higher or lower is better
 * @param target the central target, not 0
 * @param priority the weight of a unit of relative shortfall, greater than 0
 * @param cost the cost of closing one unit of gap
 * @param returns diminishing returns as pieces of the gap with rising cost factors; empty for a straight line
 * @param overrides local targets by cluster, ESA or network
 */
public record Indicator(
        String name,
        String column,
        Goal goal,
        Direction direction,
        Double target,
        Double priority,
        Cost cost,
        List<ReturnSegment> returns,
        List<TargetOverride> overrides) {

    /** Validates the indicator and fills in defaults (priority 1, straight-line returns, no overrides). */
    public Indicator {
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException(
                    "An indicator needs a 'name' of lower-case letters, digits and '_' (" + name + ").");
        }
        column = column == null ? name : column;
        Objects.requireNonNull(
                goal, "Indicator '" + name + "' needs a 'goal': opportunity, efficiency, quality or" + " safety.");
        Objects.requireNonNull(direction, "Indicator '" + name + "' needs a 'direction': higher or lower.");
        if (target == null || !Double.isFinite(target) || target == 0) {
            throw new IllegalArgumentException(
                    "Indicator '" + name + "' needs a finite, non-zero 'target' (" + target + ").");
        }
        if (!(Math.abs(target) <= Limits.MAX_INDICATOR)) {
            throw new IllegalArgumentException("Indicator '" + name + "': 'target' (" + target + ") is too large: the"
                    + " engine handles indicator values and targets of at most " + (long) Limits.MAX_INDICATOR
                    + " in absolute value.");
        }
        priority = priority == null ? 1.0 : priority;
        if (!(priority > 0) || Double.isInfinite(priority)) {
            throw new IllegalArgumentException(
                    "Indicator '" + name + "': 'priority' must be greater than 0 (" + priority + ").");
        }
        if (priority > Limits.MAX_FACTOR) {
            throw new IllegalArgumentException("Indicator '" + name + "': 'priority' (" + priority + ") is too large:"
                    + " at most " + (long) Limits.MAX_FACTOR + ".");
        }
        Objects.requireNonNull(cost, "Indicator '" + name + "' needs a 'cost': {per: pupil or school, amount: THB}.");
        returns = returns == null ? List.of() : List.copyOf(returns);
        double previousShare = 0;
        double previousFactor = 0;
        for (ReturnSegment segment : returns) {
            if (!(segment.upTo() > previousShare) || segment.costFactor() < previousFactor) {
                throw new IllegalArgumentException("Indicator '" + name + "': 'returns' must rise in 'up_to' and not"
                        + " fall in 'cost_factor' (diminishing returns), ending at up_to 1.");
            }
            previousShare = segment.upTo();
            previousFactor = segment.costFactor();
        }
        if (!returns.isEmpty() && previousShare != 1.0) {
            throw new IllegalArgumentException("Indicator '" + name + "': the last piece of 'returns' must end at"
                    + " up_to 1 (" + previousShare + ").");
        }
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }

    /** The pieces of the returns curve; one piece at factor 1 when none were given. */
    public List<ReturnSegment> pieces() {
        return returns.isEmpty() ? List.of(new ReturnSegment(1.0, 1.0)) : returns;
    }
}

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

import th.allocation.model.Limits;
import th.allocation.scenario.Indicator;

/** The range of an indicator's values: given in the options, or inferred from the plan. */
final class Ranges {
    private Ranges() {}

    /**
     * Indicator {@code k}'s range: the one the options give; else 0 to 1 when every baseline value
     * and the central target lie in [0, 1] (a share), at least 0 when none is negative, any number
     * otherwise; always within the engine's limit on indicator values.
     */
    static Range of(Plan plan, int k, EvaluationOptions options) {
        Indicator indicator = plan.indicators().get(k);
        Range given = options.range(indicator.name()).orElse(null);
        if (given != null) {
            return given;
        }
        double min = indicator.target();
        double max = indicator.target();
        for (int i = 0; i < plan.size(); i++) {
            double value = plan.baseline(k, i);
            if (!Double.isNaN(value)) {
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        if (min >= 0 && max <= 1) {
            return new Range(0, 1, "a share: every baseline value and the target lie in [0, 1]");
        }
        if (min >= 0) {
            return new Range(0, Limits.MAX_INDICATOR, "no baseline value and not the target is negative");
        }
        return new Range(-Limits.MAX_INDICATOR, Limits.MAX_INDICATOR, "the engine's limit on indicator values");
    }
}

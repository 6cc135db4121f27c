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
import th.allocation.scenario.Indicator;

/**
 * The per-school indicator figures of an allocation against targets: each indicator's value, the
 * school's target, the value the money buys, and the gap left. Row {@code i} is row {@code i} of the
 * allocation's school table; {@code k} indexes {@link #indicators()}.
 */
public interface IndicatorColumns {
    /** The indicators, in the scenario's order; empty if the allocation had no targets. */
    List<Indicator> indicators();

    /** Indicator {@code k}'s value at school {@code i} before the allocation. */
    double value(int k, int i);

    /** School {@code i}'s target for indicator {@code k}. */
    double target(int k, int i);

    /** The value the allocation is expected to reach. */
    double projected(int k, int i);

    /** The relative shortfall left after the allocation, 0 when the target is met. */
    double gapLeft(int k, int i);
}

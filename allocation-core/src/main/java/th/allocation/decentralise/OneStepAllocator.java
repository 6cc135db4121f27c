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

import th.allocation.model.SchoolTable;
import th.allocation.result.AllocationResult;
import th.allocation.scenario.Scenario;

/**
 * Allocates a scenario without levels to a table of schools in one step: what the centre does for
 * the whole country, and what each unit does within its envelope. The decentralised allocator is
 * given one (the engine passes its formula and target allocators), so it never calls back up into
 * the engine that called it.
 */
@FunctionalInterface
public interface OneStepAllocator {
    /**
     * Allocates {@code scenario}, which has no levels, to {@code schools}.
     *
     * @throws th.allocation.InputException if the scenario needs data the schools lack
     * @throws th.allocation.InfeasibleException if the scenario's constraints cannot all hold
     */
    AllocationResult allocate(Scenario scenario, SchoolTable schools);
}

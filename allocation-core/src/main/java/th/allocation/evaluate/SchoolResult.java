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

/**
 * One school's evaluation on one indicator.
 *
 * @param id the school id
 * @param name the school's name
 * @param indicator the indicator
 * @param pupils the school's pupils
 * @param figures baseline, target (the school's own, local overrides included), projected, achieved and gaps
 * @param spending the money against the gap and the gap it closed (weighted by pupils if the cost is per pupil)
 * @param status the status the figures earn
 */
public record SchoolResult(
        String id, String name, Indicator indicator, long pupils, Figures figures, Spending spending, Status status) {}

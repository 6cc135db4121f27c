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

import java.util.List;
import th.allocation.scenario.Goal;

/**
 * One unit's evaluation on one of the four goals, over the indicators that serve it: the money put
 * against their gaps, and the worst of their statuses (met, on track, off track, worse; no data
 * only if every indicator has none), so that a goal is met only where every indicator is.
 *
 * @param level the level
 * @param unit the unit's name
 * @param parent the unit one level up, or empty
 * @param goal the goal
 * @param indicators the names of the goal's indicators
 * @param money the money put against them in the unit, in satang
 * @param status the worst status of the goal's indicators in the unit
 * @param indicatorStatuses how many of the goal's indicators have each status in the unit
 */
public record GoalResult(
        Level level,
        String unit,
        String parent,
        Goal goal,
        List<String> indicators,
        long money,
        Status status,
        StatusCounts indicatorStatuses) {

    /** Copies the list. */
    public GoalResult {
        indicators = List.copyOf(indicators);
    }
}

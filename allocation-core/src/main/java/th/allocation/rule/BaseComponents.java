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
package th.allocation.rule;

import java.util.ArrayList;
import java.util.List;
import th.allocation.model.Level;
import th.allocation.model.SchoolTable;

/** The per-level base components shared by the flat and weighted rules: rate times pupils, exact. */
final class BaseComponents {
    private BaseComponents() {}

    static List<Component> components(String what) {
        List<Component> components = new ArrayList<>();
        for (Level level : Level.values()) {
            components.add(new Component(
                    "base_" + level.key(),
                    what + " for " + level.key().replace('_', '-') + " pupils: rate times pupils."));
        }
        return components;
    }

    /** Fills {@code amounts[level][school]} with rate times pupils, in satang, exactly. */
    static void fill(LevelAmounts rates, SchoolTable schools, long[][] amounts) {
        for (Level level : Level.values()) {
            long rate = Money.requirePerPupil(rates.of(level), level.key());
            long[] column = amounts[level.ordinal()];
            for (int i = 0; i < schools.size(); i++) {
                column[i] = Math.multiplyExact(rate, (long) schools.pupils(level, i));
            }
        }
    }
}

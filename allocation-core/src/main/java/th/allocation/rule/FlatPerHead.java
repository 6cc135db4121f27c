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

import java.util.List;
import java.util.Objects;
import th.allocation.model.Level;
import th.allocation.model.SchoolTable;

/**
 * The status quo: the same amount per pupil of a level in every school, whatever its context.
 *
 * <pre>need(s) = sum over levels l of rate(l) * pupils(s, l)</pre>
 *
 * @param rates baht per pupil by level, e.g. {@link LevelAmounts#FY2567}
 */
public record FlatPerHead(LevelAmounts rates) implements Rule {
    private static final List<Component> COMPONENTS = BaseComponents.components("Flat per-head amount");

    /** Validates that the rates are given. */
    public FlatPerHead {
        if (rates == null) {
            throw new IllegalArgumentException("A flat rule needs 'rates': baht per pupil for each level.");
        }
    }

    @Override
    public String type() {
        return "flat";
    }

    @Override
    public List<Component> components() {
        return COMPONENTS;
    }

    @Override
    public Needs evaluate(SchoolTable schools) {
        Objects.requireNonNull(schools, "schools");
        long[][] amounts = new long[Level.values().length][schools.size()];
        BaseComponents.fill(rates, schools, amounts);
        return new Needs(COMPONENTS, amounts, schools);
    }
}

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
import java.util.Set;
import th.allocation.model.SchoolTable;

/**
 * A rule that says what each school needs, in exact satang, component by component. Rules are
 * immutable values; evaluating one has no side effects, so one rule may be evaluated from many
 * threads at once.
 */
public sealed interface Rule permits FlatPerHead, WeightedFormula, ComponentFormula {

    /** The rule's name in scenario files: {@code flat}, {@code weighted} or {@code components}. */
    String type();

    /** The components the rule reports, in column order. */
    List<Component> components();

    /**
     * The extra numeric columns of the school file the rule reads, besides the canonical ones: none,
     * unless a {@link ComponentFormula} names one.
     */
    default Set<String> columns() {
        return Set.of();
    }

    /** What each school of {@code schools} needs under this rule. */
    Needs evaluate(SchoolTable schools);
}

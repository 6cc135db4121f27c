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

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Target-driven allocation: the scenario's rule gives each school a base entitlement, which it
 * keeps (as a floor); the rest of the budget goes where closing indicator gaps matters most, by the
 * chosen objective, within floors, caps and group envelopes.
 *
 * @param objective what to optimise (default lexicographic)
 * @param spend {@code exact} (default) to spend the whole budget, or {@code at_most}; money left when
 *     every gap is closed goes to schools in proportion to their base when spending exactly
 * @param solver {@code auto} (default: the exact structured solver where the scenario allows, else
 *     the LP solver), {@code structured} or {@code lp}
 * @param indicators the indicators, at least one
 * @param envelopes bounds on groups' money
 */
public record Targets(
        Objective objective, Spend spend, SolverChoice solver, List<Indicator> indicators, List<Envelope> envelopes) {

    /** Whether the whole budget must be spent. */
    public enum Spend {
        /** Spend exactly the budget. */
        EXACT,
        /** Spend at most the budget. */
        AT_MOST
    }

    /** Which solver to use. */
    public enum SolverChoice {
        /** The exact structured solver where the scenario allows, the LP solver otherwise. */
        AUTO,
        /** Only the exact structured solver; an error where it does not apply. */
        STRUCTURED,
        /** Only the LP solver. */
        LP
    }

    /** Validates and fills in defaults. */
    public Targets {
        objective = objective == null ? Objective.LEXICOGRAPHIC : objective;
        spend = spend == null ? Spend.EXACT : spend;
        solver = solver == null ? SolverChoice.AUTO : solver;
        if (indicators == null || indicators.isEmpty()) {
            throw new IllegalArgumentException("'targets' needs at least one indicator.");
        }
        indicators = List.copyOf(indicators);
        Set<String> names = new HashSet<>();
        for (Indicator indicator : indicators) {
            if (!names.add(indicator.name())) {
                throw new IllegalArgumentException("Two indicators are named '" + indicator.name() + "'.");
            }
        }
        envelopes = envelopes == null ? List.of() : List.copyOf(envelopes);
    }

    /** The columns the indicators read. */
    public Set<String> columns() {
        Set<String> columns = new HashSet<>();
        indicators.forEach(i -> columns.add(i.column()));
        return columns;
    }
}

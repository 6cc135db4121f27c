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
package th.allocation.optimise;

/**
 * A solver of target problems. The exact structured solver is built in; an LP solver (OR-Tools) is
 * found through {@link java.util.ServiceLoader} when its module is on the class path, so formula and
 * structured runs never load native code.
 */
public interface TargetSolver {
    /** The solver's name in outputs, e.g. {@code structured} or {@code lp}. */
    String name();

    /** Whether this solver can solve {@code problem} exactly; if not, {@link #whyNot} says why. */
    boolean supports(TargetProblem problem);

    /** Why this solver cannot solve {@code problem}, for messages; empty if it can. */
    String whyNot(TargetProblem problem);

    /**
     * Solves {@code problem}.
     *
     * @throws th.allocation.InfeasibleException if its constraints conflict, with the numbers
     */
    TargetSolution solve(TargetProblem problem);
}

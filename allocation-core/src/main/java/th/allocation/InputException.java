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
package th.allocation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The input (a school table, a scenario, an override file) is invalid. Carries every problem
 * found, up to the reader's cap, so that a user can fix them all in one pass.
 */
public final class InputException extends AllocationException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;
    private final long totalProblems;

    /** An exception listing {@code problems}, out of {@code totalProblems} found in all. */
    public InputException(List<Problem> problems, long totalProblems, Throwable cause) {
        super(summary(problems, totalProblems), cause);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An InputException needs at least one problem.");
        }
        this.problems = List.copyOf(problems);
        this.totalProblems = Math.max(totalProblems, problems.size());
    }

    /** An exception for a single problem. */
    public InputException(Problem problem) {
        this(List.of(problem), 1, null);
    }

    /** An exception for a single problem, keeping its cause. */
    public InputException(Problem problem, Throwable cause) {
        this(List.of(problem), 1, cause);
    }

    /** The problems listed, in the order found (by line within a file). */
    public List<Problem> problems() {
        return problems;
    }

    /** How many problems were found in all; more than {@code problems().size()} if the list was capped. */
    public long totalProblems() {
        return totalProblems;
    }

    private static String summary(List<Problem> problems, long total) {
        String listed = problems.stream().map(Problem::describe).collect(Collectors.joining("\n"));
        long more = total - problems.size();
        return more > 0 ? listed + "\n... and " + more + " more problems not listed." : listed;
    }
}

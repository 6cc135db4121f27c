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

/**
 * The scenario is well formed but cannot be satisfied: its constraints conflict, for example
 * floors that add up to more than the budget. The message says which constraints conflict, with
 * the numbers, and what would make the scenario feasible.
 */
public final class InfeasibleException extends AllocationException {
    private static final long serialVersionUID = 1L;

    /** An exception whose message names the conflicting constraints, their amounts and a remedy. */
    public InfeasibleException(String message) {
        super(message);
    }
}

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
package th.allocation.result;

/**
 * The result of a formula allocation: each school's need under the scenario's rule, scaled by one
 * factor so that the total meets the budget, held within its floor and cap, and rounded to the
 * scenario's unit. Everything it says is in {@link AllocationResult}.
 */
public non-sealed interface FormulaResult extends AllocationResult {
    @Override
    default Kind kind() {
        return Kind.FORMULA;
    }
}

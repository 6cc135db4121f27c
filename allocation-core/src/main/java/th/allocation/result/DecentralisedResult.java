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

import java.util.List;

/**
 * The outcome of a decentralised allocation: every school's allocation and its explanation, as the
 * last level's unit computed them within its envelope, and the tree of units with their envelopes.
 *
 * <p>The components are those of every last-level unit's rule, in order of first use; a school's
 * amount for a component its unit's rule does not have is 0. So the explanation identity of
 * {@link AllocationResult} holds for every school, whatever rule its unit chose. {@link #scale()}
 * is NaN: each unit scales by its own factor ({@link Unit#scale()}).
 */
public non-sealed interface DecentralisedResult extends AllocationResult, IndicatorColumns {
    @Override
    default Kind kind() {
        return Kind.DECENTRALISED;
    }

    /** The centre: the root of the tree of units. */
    Unit centre();

    /** The units of each level, from the top down, in the order of the tree (depth first, by name). */
    List<List<Unit>> levels();

    /**
     * What school {@code i} gets when the centre's rules allocate to every school in one step, in
     * satang: the allocation the decentralised one is compared with.
     */
    long oneStep(int i);

    /**
     * The money the decentralised allocation moved between schools compared with the one-step one, in
     * satang: half the sum over schools of |allocation - one-step| (the two totals are equal, so what
     * some schools gain others lose).
     */
    long movedFromOneStep();

    /** The allocation of the last-level unit school {@code i} is in, within that unit's envelope. */
    AllocationResult splitOf(int i);
}

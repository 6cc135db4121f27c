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
package th.allocation.solve;

import th.allocation.internal.ParallelBlocks;

/**
 * The formula solver's passes over schools in blocks ({@link ParallelBlocks}): in parallel where the
 * table is large (a 1.5 M-school file; not a national one, nor a sweep's variants, whose threads are
 * busy already). Each block writes only its own schools' entries and its own partial sums; the
 * caller combines those in block order, exactly (whole numbers) or, for floating-point sums, where
 * the order cannot change the outcome (see {@link ScaleSolver#TIE}).
 */
final class Blocks {
    /** From this many schools a pass runs in parallel blocks. */
    static final int PARALLEL_FROM = 131_072;

    /** The least number of schools in a block. */
    private static final int BLOCK = 16_384;

    /** The threshold in force: {@link #PARALLEL_FROM}, lowered by tests to compare blocks with one pass. */
    private static volatile int parallelFrom = PARALLEL_FROM;

    private Blocks() {}

    /** How many blocks a pass over {@code n} schools runs in: 1 on the calling thread, more in parallel. */
    static int count(int n) {
        int from = parallelFrom;
        if (from != PARALLEL_FROM && n >= Math.max(2, from)) {
            return Math.min(n, 7); // under test: uneven blocks, however many processors
        }
        return ParallelBlocks.count(n, from, BLOCK);
    }

    /**
     * Sets the threshold from which passes run in parallel, for tests comparing blocks with one pass;
     * returns the one before.
     */
    static int parallelFrom(int schools) {
        int before = parallelFrom;
        parallelFrom = schools;
        return before;
    }
}

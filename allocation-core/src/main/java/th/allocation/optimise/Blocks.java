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

import th.allocation.internal.ParallelBlocks;

/**
 * Runs a loop over schools {@code 0} to {@code n - 1} in blocks ({@link ParallelBlocks}), in parallel
 * from {@link #PARALLEL_FROM} schools. Only for loops whose iterations are independent (each writes
 * its own school's entries): what they compute does not depend on the blocks or the threads, so
 * results stay the same to the bit. Sums over schools are taken afterwards, in school order, by the
 * caller.
 */
final class Blocks {
    /** Below this many schools a loop runs on the calling thread: a pass is then too short to share. */
    static final int PARALLEL_FROM = 16_384;

    /** The least number of schools in a block. */
    private static final int BLOCK = 4_096;

    private Blocks() {}

    /** A loop body over the schools {@code from} to {@code to - 1}. */
    @FunctionalInterface
    interface Body {
        void run(int from, int to);
    }

    /**
     * Runs {@code body} over {@code 0} to {@code n - 1}, in blocks: in parallel from {@code
     * parallelFrom} schools ({@link #PARALLEL_FROM} but in tests), if there is more than one processor.
     */
    static void run(int n, int parallelFrom, Body body) {
        ParallelBlocks.run(n, ParallelBlocks.count(n, parallelFrom, BLOCK), (block, from, to) -> body.run(from, to));
    }
}

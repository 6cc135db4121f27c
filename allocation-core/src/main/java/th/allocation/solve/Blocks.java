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

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Runs a pass over schools {@code 0} to {@code n - 1} in blocks, in parallel on the common fork-join
 * pool where the table is large (a 1.5 M-school file; not a national one, nor a sweep's variants,
 * whose threads are busy already) and there is more than one processor, else in one block on the
 * calling thread. Each block writes only its own schools' entries and its own partial sums; the
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

    /** A pass over the schools {@code from} to {@code to - 1}, as block {@code block}. */
    @FunctionalInterface
    interface Body {
        void run(int block, int from, int to);
    }

    /** How many blocks a pass over {@code n} schools runs in: 1 on the calling thread, more in parallel. */
    static int count(int n) {
        int from = parallelFrom;
        if (n < Math.max(2, from)) {
            return 1;
        }
        if (from != PARALLEL_FROM) {
            return Math.min(n, 7); // under test: uneven blocks, however many processors
        }
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), ForkJoinPool.getCommonPoolParallelism() + 1);
        if (threads < 2) {
            return 1;
        }
        // A few blocks per thread, so that a thread slowed by other work leaves its share to the others.
        return Math.max(2, Math.min(4 * threads, n / BLOCK));
    }

    /** The first school of block {@code b} of {@code blocks} over {@code n} schools. */
    static int start(int n, int blocks, int b) {
        return (int) ((long) n * b / blocks);
    }

    /** Runs {@code body} over {@code 0} to {@code n - 1} in {@code blocks} blocks (from {@link #count}). */
    static void run(int n, int blocks, Body body) {
        if (blocks == 1) {
            body.run(0, 0, n);
            return;
        }
        IntStream.range(0, blocks).parallel().forEach(b -> body.run(b, start(n, blocks, b), start(n, blocks, b + 1)));
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

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
package th.allocation.internal;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Runs a pass over schools {@code 0} to {@code n - 1} in blocks: in parallel on the common fork-join
 * pool where the pass is long enough to share and there is more than one processor, else as one block
 * on the calling thread. Each block writes only its own schools' entries (and its own partial sums,
 * which the caller combines in block order); the packages that use it choose from how many schools a
 * pass is worth sharing.
 *
 * <p>Internal: not part of the stable API.
 */
public final class ParallelBlocks {
    private ParallelBlocks() {}

    /** A pass over the schools {@code from} to {@code to - 1}, as block {@code block}. */
    @FunctionalInterface
    public interface Body {
        void run(int block, int from, int to);
    }

    /**
     * How many blocks a pass over {@code n} schools runs in: 1 below {@code parallelFrom} schools or
     * with one processor (or a common pool of none); else a few per thread, so that a thread slowed by
     * other work leaves its share to the others, each of at least {@code leastBlock} schools.
     */
    public static int count(int n, int parallelFrom, int leastBlock) {
        if (n < Math.max(2, parallelFrom)) {
            return 1;
        }
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), ForkJoinPool.getCommonPoolParallelism() + 1);
        if (threads < 2) {
            return 1;
        }
        return Math.max(2, Math.min(4 * threads, n / leastBlock));
    }

    /** The first school of block {@code b} of {@code blocks} over {@code n} schools. */
    public static int start(int n, int blocks, int b) {
        return (int) ((long) n * b / blocks);
    }

    /** Runs {@code body} over {@code 0} to {@code n - 1} in {@code blocks} blocks: one on this thread, more in parallel. */
    public static void run(int n, int blocks, Body body) {
        if (blocks == 1) {
            body.run(0, 0, n);
            return;
        }
        IntStream.range(0, blocks).parallel().forEach(b -> body.run(b, start(n, blocks, b), start(n, blocks, b + 1)));
    }

    /**
     * Runs {@code body} as {@link #run} does, for a body that may throw: each block stops at its own
     * first failure, every block runs to its end or its failure, and then the failure of the lowest
     * block is thrown, which is the one a single pass from school 0 would have met first (a pass whose
     * schools' steps do not depend on each other).
     */
    public static void runFirstFailure(int n, int blocks, Body body) {
        if (blocks == 1) {
            body.run(0, 0, n);
            return;
        }
        RuntimeException[] failures = new RuntimeException[blocks];
        IntStream.range(0, blocks).parallel().forEach(b -> {
            try {
                body.run(b, start(n, blocks, b), start(n, blocks, b + 1));
            } catch (RuntimeException e) {
                failures[b] = e;
            }
        });
        for (RuntimeException failure : failures) {
            if (failure != null) {
                throw failure;
            }
        }
    }
}

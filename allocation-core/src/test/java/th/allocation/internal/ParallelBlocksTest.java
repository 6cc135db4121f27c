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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ParallelBlocksTest {
    @Test
    void runFirstFailure_failuresInSeveralBlocks_throwsTheLowestBlocksAfterEveryBlockRan() {
        int n = 1000;
        int blocks = 8;
        AtomicIntegerArray visited = new AtomicIntegerArray(n);
        for (int run = 0; run < 20; run++) {
            IllegalStateException e = assertThrows(
                    IllegalStateException.class,
                    () -> ParallelBlocks.runFirstFailure(n, blocks, (block, from, to) -> {
                        for (int i = from; i < to; i++) {
                            visited.set(i, 1);
                            if (block >= 3 && i == from + 1) {
                                throw new IllegalStateException("block " + block);
                            }
                        }
                    }));
            assertEquals("block 3", e.getMessage());
        }
        for (int b = 0; b < 3; b++) {
            for (int i = ParallelBlocks.start(n, blocks, b); i < ParallelBlocks.start(n, blocks, b + 1); i++) {
                assertEquals(1, visited.get(i), "school " + i + " of a block without a failure");
            }
        }
    }

    @Test
    void runFirstFailure_withoutFailures_coversEverySchoolOnce() {
        int n = 12_345;
        AtomicIntegerArray visits = new AtomicIntegerArray(n);
        ParallelBlocks.runFirstFailure(n, 7, (block, from, to) -> {
            for (int i = from; i < to; i++) {
                visits.incrementAndGet(i);
            }
        });
        for (int i = 0; i < n; i++) {
            assertEquals(1, visits.get(i));
        }
    }

    @Test
    void runFirstFailure_oneBlock_runsOnTheCallingThreadAndThrowsAsIs() {
        Thread caller = Thread.currentThread();
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> ParallelBlocks.runFirstFailure(10, 1, (block, from, to) -> {
                    assertEquals(caller, Thread.currentThread());
                    assertEquals(0, from);
                    assertEquals(10, to);
                    throw new IllegalArgumentException("one");
                }));
        assertEquals("one", e.getMessage());
    }
}

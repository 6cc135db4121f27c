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
package th.allocation.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Two parts of an output written at once: both always end before {@link Beside#write} returns or
 * throws, so a failed output is never still being written while its folder is removed.
 */
class BesideTest {
    @Test
    void write_runsBothParts_onTwoThreads() throws IOException {
        CountDownLatch bothStarted = new CountDownLatch(2);
        AtomicBoolean besideRan = new AtomicBoolean();
        Beside.write(
                "test-beside",
                () -> {
                    bothStarted.countDown();
                    await(bothStarted); // would never return if the parts ran one after the other
                    besideRan.set(true);
                },
                () -> {
                    bothStarted.countDown();
                    await(bothStarted);
                });
        assertTrue(besideRan.get());
    }

    @Test
    void write_partHereFails_waitsForTheOtherThenThrowsTheFailure() {
        AtomicBoolean besideEnded = new AtomicBoolean();
        CountDownLatch hereFailed = new CountDownLatch(1);
        IllegalStateException failure = new IllegalStateException("here");
        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> Beside.write(
                        "test-beside",
                        () -> {
                            await(hereFailed);
                            sleep(50);
                            besideEnded.set(true);
                        },
                        () -> {
                            hereFailed.countDown();
                            throw failure;
                        }));
        assertSame(failure, thrown);
        assertTrue(besideEnded.get(), "the other part had ended");
    }

    @Test
    void write_partBesideFails_throwsItsIoException() {
        IOException failure = new IOException("disk full");
        IOException thrown = assertThrows(
                IOException.class,
                () -> Beside.write(
                        "test-beside",
                        () -> {
                            throw failure;
                        },
                        () -> {}));
        assertSame(failure, thrown);
    }

    @Test
    void write_bothFail_throwsThisThreadsFailureWithTheOtherSuppressed() {
        IOException beside = new IOException("beside");
        IOException here = new IOException("here");
        IOException thrown = assertThrows(
                IOException.class,
                () -> Beside.write(
                        "test-beside",
                        () -> {
                            throw beside;
                        },
                        () -> {
                            throw here;
                        }));
        assertSame(here, thrown);
        assertEquals(1, thrown.getSuppressed().length);
        assertSame(beside, thrown.getSuppressed()[0]);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}

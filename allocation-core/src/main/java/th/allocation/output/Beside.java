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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Writes two parts of an output at once: the per-school table on a thread of its own, everything
 * else (equity tables, summary, report) on the caller's. The two share nothing but the immutable
 * result, and each writes its own files, so the bytes are those of one after the other; on two
 * cores a large run's writing takes the longer of the two, not their sum.
 */
final class Beside {
    /** A part of an output. */
    interface Part {
        void write() throws IOException;
    }

    private Beside() {}

    /**
     * Writes {@code beside} on a new thread named {@code name} and {@code here} on this one, and
     * returns when both have ended, so that a failure of one never leaves the other writing into a
     * folder being removed. The first failure is thrown (the other's added to it as suppressed).
     */
    static void write(String name, Part beside, Part here) throws IOException {
        FutureTask<Void> task = new FutureTask<>(() -> {
            beside.write();
            return null;
        });
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        Throwable failure = null;
        try {
            here.write();
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true; // wait all the same: the other part is writing into the folder
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        try {
            task.get();
        } catch (ExecutionException e) {
            if (failure == null) {
                failure = e.getCause();
            } else {
                failure.addSuppressed(e.getCause());
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException("The task has ended; get() does not wait", e);
        }
        if (failure instanceof IOException io) {
            throw io;
        } else if (failure instanceof RuntimeException runtime) {
            throw runtime;
        } else if (failure instanceof Error error) {
            throw error;
        } else if (failure != null) {
            throw new UncheckedIOException(new IOException(failure));
        }
    }
}

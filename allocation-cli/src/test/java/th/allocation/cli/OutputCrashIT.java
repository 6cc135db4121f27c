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
package th.allocation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: {@code alloc run} stopped at a random moment while it writes a large output (SIGKILL, or
 * SIGTERM as {@code kill} and service managers send it) leaves the output folder either as it was or
 * complete, never cut off; SIGTERM leaves no staging folder, and after SIGKILL the next run removes
 * it (and puts back an earlier output caught between the two renames).
 *
 * <p>Each case starts from a copy of an earlier output, starts the run, waits for its staging folder
 * to appear, then stops it at a seeded random moment of the time a whole write takes (measured once
 * on a reference run), one moment in each part of the write, the last one stretched a little past
 * its end so that the renames can be hit too.
 */
class OutputCrashIT {
    /**
     * 30,000 schools, about the national example's 29,449, give an allocations.csv of about 13 MB,
     * written in about half a second; 300,000 (126 MB) take about 15 s a run on a busy 2-core
     * machine, too long to repeat six times.
     */
    private static final int SCHOOLS = 30_000;

    private static final long SEED = 20_260_611L;

    @TempDir
    static Path shared;

    /** The earlier output each case starts from: the small example, needs-weighted. */
    private static SortedMap<String, String> earlier;

    /** The new output, whole: status quo on the generated schools. */
    private static SortedMap<String, String> complete;

    /** How long a whole write takes, from the staging folder's appearance to the output's. */
    private static long writeMillis;

    @BeforeAll
    static void generateSchoolsAndRunOnceForReference() throws IOException {
        Fixtures.copyExample(shared);
        AllocProcess.run(shared, "generate", "--schools", Integer.toString(SCHOOLS), "--out", "big.csv")
                .assertExitCode(0);
        AllocProcess.run(shared, "run", Fixtures.NEEDS_WEIGHTED, "--out", "earlier")
                .assertExitCode(0);
        earlier = Fixtures.snapshot(shared.resolve("earlier"));

        Path parent = Files.createDirectory(shared.resolve("reference"));
        AllocProcess.Running running = startBigRun(parent);
        long started = waitForStaging(parent, running);
        while (!Files.exists(parent.resolve("out")) && running.process().isAlive()) {
            sleep(5);
        }
        writeMillis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        running.await().assertExitCode(0);
        complete = Fixtures.snapshot(parent.resolve("out"));
        assertTrue(Files.size(parent.resolve("out/allocations.csv")) > 10_000_000, "a large output");
    }

    @Test
    void run_killedWithSigkillWhileWriting_leavesTheEarlierOrTheNewOutputWhole_andTheNextRunRemovesTheRest()
            throws IOException {
        Random random = new Random(SEED);
        int attempts = 3;
        for (int attempt = 0; attempt < attempts; attempt++) {
            long delay = delay(random, attempt, attempts, 1.1);
            Path parent = startFromTheEarlierOutput("kill-" + attempt);
            AllocProcess.Running running = startBigRun(parent);
            waitForStaging(parent, running);
            sleep(delay);
            running.process().destroyForcibly();
            AllocProcess.Result result = running.await();
            String where =
                    "SIGKILL " + delay + " ms into a write of " + writeMillis + " ms (exit " + result.exitCode() + ")";

            SortedMap<String, String> after = snapshotIfPresent(parent.resolve("out"));
            assertTrue(
                    after == null || after.equals(earlier) || after.equals(complete),
                    where + ": the output is cut off: " + after);

            // The next run writes elsewhere in the same folder, and clears what the killed one left.
            AllocProcess.run(parent, "run", "../" + Fixtures.NEEDS_WEIGHTED, "--out", "next")
                    .assertExitCode(0);
            assertEquals(List.of(), OutputFolderIT.stagingFolders(parent), where);
            SortedMap<String, String> next = snapshotIfPresent(parent.resolve("out"));
            assertEquals(after == null ? earlier : after, next, where + ": the earlier output put back, or kept");
        }
    }

    @Test
    void run_stoppedWithSigtermWhileWriting_leavesNoStagingFolderAndTheEarlierOrTheNewOutputWhole() throws IOException {
        Random random = new Random(SEED + 1);
        int attempts = 2;
        for (int attempt = 0; attempt < attempts; attempt++) {
            long delay = delay(random, attempt, attempts, 1.0);
            Path parent = startFromTheEarlierOutput("term-" + attempt);
            AllocProcess.Running running = startBigRun(parent);
            waitForStaging(parent, running);
            sleep(delay);
            running.process().destroy();
            AllocProcess.Result result = running.await();
            String where =
                    "SIGTERM " + delay + " ms into a write of " + writeMillis + " ms (exit " + result.exitCode() + ")";

            assertEquals(List.of(), OutputFolderIT.stagingFolders(parent), where);
            SortedMap<String, String> after = snapshotIfPresent(parent.resolve("out"));
            assertTrue(
                    earlier.equals(after) || complete.equals(after),
                    where + ": the output is neither the earlier nor the new one whole: " + after);
        }
    }

    /**
     * A random moment in the {@code attempt}-th of {@code attempts} equal parts of {@code span} times
     * the write's duration, so that the moments spread over the whole write.
     */
    private static long delay(Random random, int attempt, int attempts, double span) {
        return (long) ((attempt + random.nextDouble()) / attempts * span * writeMillis);
    }

    /** A fresh folder holding a copy of the earlier output as {@code out}. */
    private static Path startFromTheEarlierOutput(String name) throws IOException {
        Path parent = Files.createDirectory(shared.resolve(name));
        Path out = Files.createDirectory(parent.resolve("out"));
        try (Stream<Path> files = Files.list(shared.resolve("earlier"))) {
            for (Path file : files.toList()) {
                Files.copy(file, out.resolve(file.getFileName()));
            }
        }
        assertEquals(earlier, Fixtures.snapshot(out));
        return parent;
    }

    private static AllocProcess.Running startBigRun(Path parent) {
        return AllocProcess.start(
                parent, "run", "../" + Fixtures.STATUS_QUO, "--schools", "../big.csv", "--out", "out");
    }

    /** Waits until a staging folder appears in {@code parent}; returns {@link System#nanoTime} then. */
    private static long waitForStaging(Path parent, AllocProcess.Running running) {
        while (OutputFolderIT.stagingFolders(parent).isEmpty()) {
            if (!running.process().isAlive()) {
                fail("alloc ended before its staging folder was seen:\n"
                        + running.await().describe());
            }
            sleep(2);
        }
        return System.nanoTime();
    }

    private static SortedMap<String, String> snapshotIfPresent(Path folder) {
        return Files.exists(folder) ? Fixtures.snapshot(folder) : null;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }
}

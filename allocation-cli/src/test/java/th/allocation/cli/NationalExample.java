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

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The national example (examples/thailand) for end-to-end tests: its scenarios beside a school file
 * generated once per test run, as the launcher generates it (seed 2565, 29,449 schools), in
 * {@code target/it-national/}. National runs take longer than {@link AllocProcess#TIMEOUT_SECONDS} on
 * a busy machine, so they get {@link #TIMEOUT_SECONDS}.
 */
final class NationalExample {
    /** A national run, report or generation on a busy 2-core machine; a hang still fails. */
    static final long TIMEOUT_SECONDS = 300;

    /** The national example's main scenario, in {@link #folder()}. */
    static final String SCENARIO = "needs-weighted.yaml";

    private static Path folder;

    private NationalExample() {}

    /** The folder with the national scenarios and the generated {@code schools.csv}. */
    static synchronized Path folder() {
        if (folder == null) {
            Path target = AllocProcess.jar().getParent().resolve("it-national").resolve("thailand");
            Path example = Fixtures.projectRoot().resolve("examples").resolve("thailand");
            try {
                Files.createDirectories(target);
                try (Stream<Path> files = Files.list(example)) {
                    for (Path file : files.toList()) {
                        String name = file.getFileName().toString();
                        if (name.endsWith(".yaml") || name.equals("esa-overrides.csv")) {
                            Files.copy(file, target.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            run(target, "generate", "--seed", "2565", "--schools", "29449", "--out", "schools.csv", "--force")
                    .assertExitCode(0);
            assertTrue(Files.isRegularFile(target.resolve("schools.csv")));
            folder = target;
        }
        return folder;
    }

    /** Runs {@code alloc args...} in {@code directory}, waiting up to {@link #TIMEOUT_SECONDS}. */
    static AllocProcess.Result run(Path directory, String... args) {
        AllocProcess.Running running = AllocProcess.start(directory, args);
        try {
            if (!running.process().waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                running.process().destroyForcibly();
                fail("alloc " + String.join(" ", args) + " did not end within " + TIMEOUT_SECONDS + " s.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return running.await();
    }
}

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

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code alloc serve} running as a separate process, as a user starts it: its address is read from the
 * line it prints, and {@link #stop} ends it as Ctrl-C or {@code kill} does (SIGTERM).
 */
final class ServeProcess implements AutoCloseable {
    /** Starting the JVM, reading the national school file and allocating it, on a busy 2-core machine. */
    static final long START_SECONDS = 120;

    private static final Pattern ADDRESS = Pattern.compile("^Serving .* at (http://\\S+)$", Pattern.MULTILINE);

    private final Process process;
    private final Path stdout;
    private final Path stderr;
    private final URI address;

    private ServeProcess(Process process, Path stdout, Path stderr, URI address) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
        this.address = address;
    }

    /**
     * Starts {@code alloc args...} in {@code folder} with {@code jvmOptions} and waits until it prints
     * its address.
     */
    static ServeProcess start(Path folder, List<String> jvmOptions, String... args) throws IOException {
        Path out = Files.createTempFile("alloc-serve-stdout-", ".txt");
        Path err = Files.createTempFile("alloc-serve-stderr-", ".txt");
        Process process = AllocProcess.process(folder, jvmOptions, Arrays.asList(args), out, err);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        while (System.nanoTime() < deadline) {
            Matcher matcher = ADDRESS.matcher(Files.readString(out, StandardCharsets.UTF_8));
            if (matcher.find()) {
                return new ServeProcess(process, out, err, URI.create(matcher.group(1)));
            }
            if (!process.isAlive()) {
                break;
            }
            sleep(100);
        }
        process.destroyForcibly();
        fail("alloc serve did not print its address within " + START_SECONDS + " s.\nstdout:\n"
                + Files.readString(out, StandardCharsets.UTF_8) + "\nstderr:\n"
                + Files.readString(err, StandardCharsets.UTF_8));
        throw new AssertionError("unreachable");
    }

    /** The address it printed, e.g. {@code http://127.0.0.1:41234/}. */
    URI address() {
        return address;
    }

    /** What it has printed on standard output so far. */
    String stdout() throws IOException {
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    /** What it has printed on standard error so far. */
    String stderr() throws IOException {
        return Files.readString(stderr, StandardCharsets.UTF_8);
    }

    Process process() {
        return process;
    }

    /** The CPU time the server has used so far, all threads, in milliseconds; -1 where unknown. */
    double cpuMillis() {
        return process.toHandle()
                .info()
                .totalCpuDuration()
                .map(d -> d.toNanos() / 1e6)
                .orElse(-1.0);
    }

    /** Sends SIGTERM (what Ctrl-C's SIGINT also does: the shutdown hooks run) and waits for the end. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("alloc serve did not stop within 60 s of SIGTERM.");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        Files.deleteIfExists(stdout);
        Files.deleteIfExists(stderr);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}

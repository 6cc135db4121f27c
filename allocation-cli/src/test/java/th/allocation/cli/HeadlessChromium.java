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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's {@code chromium} run headless on a page the command wrote, offline and in a fresh profile:
 * the page's DOM after its scripts ran, or a screenshot. A test that needs it is skipped where Chromium is
 * not installed (Debian: {@code apt-get install chromium}; CI installs it). The workbench's tests, which
 * click and type, drive Chromium through Selenium instead ({@link Browser}).
 */
final class HeadlessChromium {
    private static final long TIMEOUT_SECONDS = 90;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    private final Path executable;
    private final Path work;

    private HeadlessChromium(Path executable, Path work) {
        this.executable = executable;
        this.work = work;
    }

    /** Chromium on the PATH, keeping its profile and output in {@code work}; or the test is skipped. */
    static HeadlessChromium in(Path work) {
        for (String name : List.of("chromium", "chromium-browser")) {
            for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path candidate = Path.of(folder, name);
                if (!folder.isEmpty() && Files.isExecutable(candidate)) {
                    return new HeadlessChromium(candidate, work);
                }
            }
        }
        Assumptions.assumeTrue(false, "Chromium is not installed (Debian: apt-get install chromium); page not opened.");
        return null;
    }

    /** The page's DOM once its scripts have run (with ten seconds of virtual time for them). */
    String dumpDom(Path page) {
        return new String(run(page, "--dump-dom"), StandardCharsets.UTF_8);
    }

    /**
     * Saves a screenshot of {@code width} x {@code height} pixels as {@code name} beside the command's jar
     * (a build artefact in target/) and checks it is a PNG of more than {@code minimumBytes}.
     */
    void screenshot(Path page, String name, int width, int height, int minimumBytes) throws IOException {
        Path target = AllocProcess.jar().getParent().resolve(name);
        Files.deleteIfExists(target);
        run(page, "--screenshot=" + target, "--window-size=" + width + "," + height, "--hide-scrollbars");
        assertTrue(Files.isRegularFile(target), "no screenshot at " + target);
        byte[] bytes = Files.readAllBytes(target);
        assertArrayEquals(PNG, Arrays.copyOf(bytes, 4), "not a PNG: " + target);
        assertTrue(bytes.length > minimumBytes, "a nearly empty screenshot (" + bytes.length + " bytes)");
    }

    /** Runs Chromium on {@code page} with {@code mode}; returns its standard output. */
    private byte[] run(Path page, String... mode) {
        List<String> command = new ArrayList<>(List.of(
                executable.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + work.resolve("chromium-profile"),
                "--virtual-time-budget=10000"));
        command.addAll(Arrays.asList(mode));
        command.add(page.toUri().toString());
        try {
            Path stdout = Files.createTempFile(work, "chromium-", ".out");
            Path stderr = Files.createTempFile(work, "chromium-", ".err");
            Process process = new ProcessBuilder(command)
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                fail("Chromium did not end within " + TIMEOUT_SECONDS + " s: " + command + "\n"
                        + Files.readString(stderr));
            }
            assertEquals(0, process.exitValue(), () -> "Chromium failed: " + command + "\n" + Fixtures.read(stderr));
            return Files.readAllBytes(stdout);
        } catch (IOException e) {
            throw new AssertionError("Cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for Chromium", e);
        }
    }
}

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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation report opens in headless Chromium, offline, without a script error, and shows every level. */
class EvaluationReportIT {
    private static final long CHROMIUM_TIMEOUT_SECONDS = 90;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    @TempDir
    Path work;

    private void smallLoop() {
        Fixtures.copyExample(work);
        try {
            Files.copy(
                    Fixtures.projectRoot().resolve("examples/small/results-2571.csv"),
                    Files.createDirectories(work.resolve("loop/2570")).resolve("results.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AllocProcess.run(work, "run", "targets.yaml", "--out", "loop/2570/allocation")
                .assertExitCode(0);
    }

    @Test
    void report_rendersWithoutScriptErrors_andShowsEveryLevel() throws IOException {
        Path chromium = chromium();
        smallLoop();
        AllocProcess.run(work, "evaluate", "loop", "--report", "--out", "evaluation")
                .assertExitCode(0);

        Path report = work.resolve("evaluation/report.html");
        String html = Fixtures.read(report);
        assertFalse(
                Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//")
                        .matcher(html)
                        .find(),
                "a reference to another site");
        String dom = dumpDom(chromium, report);
        assertRendered(dom);
        for (String level : List.of("level-cluster", "level-esa", "level-network", "level-area_type")) {
            assertTrue(dom.contains("id=\"" + level + "\""), level);
        }
        for (String heading : List.of(
                "Indicators at the centre",
                "Clusters (3)",
                "Educational Service Areas (7)",
                "School networks (4)",
                "Area types (5)",
                "Where money bought the least",
                "Schools furthest off track, by goal",
                "Next year's unit costs")) {
            assertTrue(dom.contains(heading), heading);
        }
        assertTrue(dom.contains("<canvas id=\"chart-statuses\""), "the chart of schools by status");
        screenshot(chromium, report, "evaluation-report.png");
    }

    @Test
    void report_ofTwoYears_inThai_drawsTheHistory() {
        Path chromium = chromium();
        smallLoop();
        AllocProcess.run(work, "evaluate", "loop", "--schools", "schools.csv", "--next-year", "loop/2571")
                .assertExitCode(0);
        AllocProcess.run(work, "generate", "--results-for", "loop/2571/allocation", "--out", "loop/2571/results.csv")
                .assertExitCode(0);
        AllocProcess.run(work, "evaluate", "loop", "--report", "--lang", "th", "--out", "evaluation")
                .assertExitCode(0);

        String dom = dumpDom(chromium, work.resolve("evaluation/report.html"));
        assertRendered(dom);
        assertTrue(dom.startsWith("<!DOCTYPE html>\n<html lang=\"th\""), dom.substring(0, 80));
        assertTrue(dom.contains("หน่วยงานใดบรรลุเป้าหมาย"), "the Thai heading of the levels");
        assertTrue(dom.contains("<canvas id=\"chart-history-0\""), "the history chart");
        assertTrue(dom.contains("แนวโน้มรายคลัสเตอร์"), "the trends by cluster");
    }

    /** The page's {@code <html>} tag says it was drawn, with no script error. */
    private static void assertRendered(String dom) {
        Matcher tag = Pattern.compile("<html[^>]*>").matcher(dom);
        assertTrue(tag.find(), "no <html> tag in the dumped DOM");
        assertTrue(
                tag.group().contains("data-rendered=\"true\"") && tag.group().contains("data-errors=\"0\""),
                () -> "The page did not render cleanly: " + tag.group() + "\n" + dom);
    }

    /** Chromium on the PATH, or the test is skipped. */
    private static Path chromium() {
        for (String name : List.of("chromium", "chromium-browser")) {
            for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path candidate = Path.of(folder, name);
                if (!folder.isEmpty() && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        Assumptions.assumeTrue(
                false, "Chromium is not installed (Debian: apt-get install chromium); report not opened.");
        return null;
    }

    private String dumpDom(Path chromium, Path page) {
        return new String(runChromium(chromium, page, "--dump-dom"), StandardCharsets.UTF_8);
    }

    /** Saves a 1280 x 3000 screenshot of the page in target/ and checks it is a PNG. */
    private void screenshot(Path chromium, Path page, String name) throws IOException {
        Path target = AllocProcess.jar().getParent().resolve(name);
        Files.deleteIfExists(target);
        runChromium(chromium, page, "--screenshot=" + target, "--window-size=1280,3000", "--hide-scrollbars");
        byte[] bytes = Files.readAllBytes(target);
        assertArrayEquals(PNG, Arrays.copyOf(bytes, 4), "not a PNG: " + target);
    }

    /** Runs headless Chromium on {@code page} offline, in a fresh profile; returns its standard output. */
    private byte[] runChromium(Path chromium, Path page, String... mode) {
        List<String> command = new ArrayList<>(List.of(
                chromium.toString(),
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
            if (!process.waitFor(CHROMIUM_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                fail("Chromium did not end within " + CHROMIUM_TIMEOUT_SECONDS + " s: " + command);
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

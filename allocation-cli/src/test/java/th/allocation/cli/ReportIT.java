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

/**
 * {@code --report} on compare and run: the page is opened in headless Chromium, which must find no
 * script error and mark the page drawn ({@code data-rendered="true"}); screenshots go to
 * {@code allocation-cli/target/report-*.png} as build artefacts. Skipped only where Chromium is not
 * installed (Debian: {@code apt-get install chromium}; CI installs it).
 */
class ReportIT {
    private static final long CHROMIUM_TIMEOUT_SECONDS = 90;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    @TempDir
    Path work;

    @Test
    void compare_report_rendersOfflineWithoutScriptErrors() throws IOException {
        Path chromium = chromium();
        Fixtures.copyExample(work);

        AllocProcess.Result result = AllocProcess.run(
                        work, "compare", Fixtures.STATUS_QUO, Fixtures.NEEDS_WEIGHTED, "--report", "--out", "cmp")
                .assertExitCode(0);

        assertTrue(result.stdout().contains("summary.json and report.html in cmp"), result::describe);
        Path report = work.resolve("cmp/report.html");
        String html = Fixtures.read(report);
        assertFalse(
                Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//")
                        .matcher(html)
                        .find(),
                "a reference to another site");
        assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'"), "network is forbidden");
        String dom = dumpDom(chromium, report);
        assertRendered(dom);
        assertTrue(dom.contains("Winners and losers"), "the winners-and-losers section");
        screenshot(chromium, report, "report-compare.png");
    }

    @Test
    void compare_report_showsNamesWithMarkupAsText_andStillRenders() {
        Path chromium = chromium();
        Fixtures.copyExample(work);
        // A scenario name with markup, quotes and an ampersand: it must appear as text, never as markup.
        String hostile = "<script>window.pwned=1</script> & 'quoted' \"name\"";
        Fixtures.write(
                work.resolve("tricky.yaml"),
                Fixtures.replaceOnce(
                        Fixtures.read(work.resolve(Fixtures.NEEDS_WEIGHTED)),
                        "name: Needs-weighted formula, same budget as the status quo",
                        "name: '" + hostile.replace("'", "''") + "'"));

        AllocProcess.run(work, "compare", Fixtures.STATUS_QUO, "tricky.yaml", "--report", "--out", "cmp")
                .assertExitCode(0);

        Path report = work.resolve("cmp/report.html");
        String html = Fixtures.read(report);
        assertTrue(
                html.contains("&lt;script&gt;window.pwned=1&lt;/script&gt; &amp; &#39;quoted&#39; &quot;name&quot;"),
                "the name, escaped");
        assertFalse(html.contains("<script>window.pwned"), "the name as markup");
        String dom = dumpDom(chromium, report);
        assertRendered(dom);
        assertFalse(dom.contains("<script>window.pwned"), "the name became markup in the browser");
    }

    @Test
    void run_report_inThai_rendersWithoutScriptErrors() throws IOException {
        Path chromium = chromium();
        Fixtures.copyExample(work);

        AllocProcess.run(work, "run", Fixtures.NEEDS_WEIGHTED, "--report", "--lang", "th", "--out", "run")
                .assertExitCode(0);

        Path report = work.resolve("run/report.html");
        assertEquals(
                List.of(".alloc-output.json", "allocations.csv", "equity.csv", "report.html", "summary.json"),
                List.copyOf(Fixtures.snapshot(work.resolve("run")).keySet()));
        String dom = dumpDom(chromium, report);
        assertTrue(dom.startsWith("<!DOCTYPE html>\n<html lang=\"th\""), dom.substring(0, 80));
        assertTrue(dom.contains("ความเป็นธรรมของงบประมาณต่อหัว"), "the Thai heading of the equity section");
        assertTrue(dom.contains("โรงเรียนที่ได้รับเพิ่มและลดลง"), "winners and losers against last year");
        assertTrue(dom.contains("งบที่ได้รับปีก่อน ปีงบประมาณ 2569"), "last year's allocation, the baseline");
        assertFalse(dom.contains("ตามคลัสเตอร์"), "the ministry's word for a cluster is เขตตรวจราชการ");
        assertRendered(dom);
        screenshot(chromium, report, "report-run-th.png");
    }

    @Test
    void report_unknownLanguage_isAUsageError() {
        Fixtures.copyExample(work);

        AllocProcess.Result result = AllocProcess.run(work, "run", Fixtures.NEEDS_WEIGHTED, "--report", "--lang", "fr")
                .assertExitCode(2);

        assertTrue(result.stderr().contains("'fr' is not a report language; use one of en, th."), result::describe);
        assertFalse(Files.exists(work.resolve("out")));
    }

    /** The page's {@code <html>} tag says it was drawn, with no script error. */
    private static void assertRendered(String dom) {
        Matcher tag = Pattern.compile("<html[^>]*>").matcher(dom);
        assertTrue(tag.find(), "no <html> tag in the dumped DOM");
        assertTrue(
                tag.group().contains("data-rendered=\"true\"") && tag.group().contains("data-errors=\"0\""),
                () -> "The page did not render cleanly: " + tag.group() + "\n" + errors(dom));
    }

    private static String errors(String dom) {
        Matcher box = Pattern.compile("<pre id=\"report-errors\"[^>]*>(.*?)</pre>", Pattern.DOTALL)
                .matcher(dom);
        return box.find() ? "Script errors: " + box.group(1) : "";
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
                false, "Chromium is not installed (Debian: apt-get install chromium); report not" + " opened.");
        return null;
    }

    private String dumpDom(Path chromium, Path page) {
        return new String(runChromium(chromium, page, "--dump-dom"), StandardCharsets.UTF_8);
    }

    /** Saves a 1280 x 2000 screenshot of the page in target/ and checks it is a PNG. */
    private void screenshot(Path chromium, Path page, String name) throws IOException {
        Path target = AllocProcess.jar().getParent().resolve(name);
        Files.deleteIfExists(target);
        runChromium(chromium, page, "--screenshot=" + target, "--window-size=1280,2000", "--hide-scrollbars");
        assertTrue(Files.isRegularFile(target), "no screenshot at " + target);
        byte[] bytes = Files.readAllBytes(target);
        assertArrayEquals(PNG, Arrays.copyOf(bytes, 4), "not a PNG: " + target);
        assertTrue(bytes.length > 20_000, "a nearly empty screenshot (" + bytes.length + " bytes)");
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
                fail("Chromium did not end within " + CHROMIUM_TIMEOUT_SECONDS + " s: " + command + "\n"
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

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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --report} on compare and run: the page is opened in headless Chromium, which must find no
 * script error and mark the page drawn ({@code data-rendered="true"}); screenshots go to
 * {@code allocation-cli/target/report-*.png} as build artefacts. Skipped only where Chromium is not
 * installed (Debian: {@code apt-get install chromium}; CI installs it).
 */
class ReportIT {
    @TempDir
    Path work;

    @Test
    void compare_report_rendersOfflineWithoutScriptErrors() throws IOException {
        HeadlessChromium chromium = HeadlessChromium.in(work);
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
        String dom = chromium.dumpDom(report);
        assertRendered(dom);
        assertTrue(dom.contains("Winners and losers"), "the winners-and-losers section");
        chromium.screenshot(report, "report-compare.png", 1280, 2000, 20_000);
    }

    @Test
    void compare_report_showsNamesWithMarkupAsText_andStillRenders() {
        HeadlessChromium chromium = HeadlessChromium.in(work);
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
        String dom = chromium.dumpDom(report);
        assertRendered(dom);
        assertFalse(dom.contains("<script>window.pwned"), "the name became markup in the browser");
    }

    @Test
    void run_report_inThai_rendersWithoutScriptErrors() throws IOException {
        HeadlessChromium chromium = HeadlessChromium.in(work);
        Fixtures.copyExample(work);

        AllocProcess.run(work, "run", Fixtures.NEEDS_WEIGHTED, "--report", "--lang", "th", "--out", "run")
                .assertExitCode(0);

        Path report = work.resolve("run/report.html");
        assertEquals(
                List.of(".alloc-output.json", "allocations.csv", "equity.csv", "report.html", "summary.json"),
                List.copyOf(Fixtures.snapshot(work.resolve("run")).keySet()));
        String dom = chromium.dumpDom(report);
        assertTrue(dom.startsWith("<!DOCTYPE html>\n<html lang=\"th\""), dom.substring(0, 80));
        assertTrue(dom.contains("ความเป็นธรรมของงบประมาณต่อหัว"), "the Thai heading of the equity section");
        assertTrue(dom.contains("โรงเรียนที่ได้รับเพิ่มและลดลง"), "winners and losers against last year");
        assertTrue(dom.contains("งบที่ได้รับปีก่อน ปีงบประมาณ 2569"), "last year's allocation, the baseline");
        assertFalse(dom.contains("ตามคลัสเตอร์"), "the ministry's word for a cluster is เขตตรวจราชการ");
        assertRendered(dom);
        chromium.screenshot(report, "report-run-th.png", 1280, 2000, 20_000);
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
}

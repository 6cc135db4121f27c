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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code alloc serve} on the national example, driven in headless Chromium as a user drives it: the
 * figures follow a moved weight and equal what {@code alloc run} prints for the same parameters; a bad
 * value gets the command's message beside its field; a saved scenario, run by {@code alloc run}, gives
 * the downloaded allocations byte for byte, and {@code alloc run --xlsx} the downloaded workbook; the
 * school search shows what {@code alloc explain} prints; the province map is the report's and follows
 * a change; the Thai page renders Thai; SIGTERM stops the server cleanly. Each test works in its own tab, so in its own session of the one server. The time from a
 * change to the updated charts is measured in the page and printed (not asserted: a shared machine's
 * timings are not a test's to judge).
 *
 * <p>Longer than 400 lines because every check shares one server and one browser: starting the
 * server on the national file takes most of a minute on the test machine, so the workbench's
 * browser checks are one class rather than several that would each start their own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeIT {
    private static final String REMOTE = "rule.weights.remote";

    /** The picture of the README's workbench section, taken after the remote weight was moved. */
    private static final String README_PICTURE = "serve-workbench.png";

    /** The school of alloc explain's documentation. */
    private static final String SCHOOL = "1270010057";

    private static Path folder;
    private static Path downloads;
    private static ServeProcess server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        downloads = Files.createTempDirectory("alloc-serve-downloads-");
        browser = Browser.open(downloads); // skips the class where Chromium is not installed
        folder = NationalExample.folder();
        server = ServeProcess.start(folder, List.of(), "serve", NationalExample.SCENARIO, "--port", "0");
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (downloads != null) {
            try (var files = Files.list(downloads)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(downloads);
        }
    }

    @Test
    @Order(1)
    void movingTheRemoteWeight_changesTheFigures_toWhatAllocRunPrints() throws IOException {
        open("");
        Map<String, List<String>> before = areaTypeRows();
        WebElement slider = slider(REMOTE);
        for (int k = 0; k < 10; k++) {
            slider.sendKeys(Keys.ARROW_RIGHT); // 1.20 -> 1.30 by steps of 0.01, one change each
        }
        settled();
        waitFor(() -> "1.3".equals(field(REMOTE).getAttribute("value")), "the field to show 1.3");
        Map<String, List<String>> after = areaTypeRows();
        assertNotEquals(before, after, "the amounts per pupil by area type follow the weight");

        Path variant = folder.resolve("remote-1.3.yaml");
        Files.writeString(variant, scenarioText().replace("remote: 1.2", "remote: 1.3"), StandardCharsets.UTF_8);
        AllocProcess.Result run = AllocProcess.run(
                        folder, "run", variant.getFileName().toString(), "--out", "out-remote")
                .assertExitCode(0);
        assertEquals(printedAreaTypes(run.stdout()), after, run::describe);
        Matcher gini = Pattern.compile("Gini (\\d\\.\\d{4})").matcher(run.stdout());
        assertTrue(gini.find(), run::describe);
        assertEquals(gini.group(1), text("#tile-gini"));
        screenshot(README_PICTURE, 1500);
    }

    @Test
    @Order(2)
    void changes_updateTheCharts_latencyMeasuredInTheBrowser() {
        open("");
        WebElement slider = slider(REMOTE);
        // The first changes also pay for Java compiling the engine's code: measured, and shown apart.
        int first = 20;
        int changes = 60;
        double cpuBefore = 0;
        for (int k = 0; k < changes; k++) {
            if (k == first) {
                cpuBefore = server.cpuMillis();
            }
            long replies = number("return window.workbench.replies");
            slider.sendKeys(Keys.ARROW_RIGHT); // 1.21, 1.22, ... 1.80: every change a new value
            waitFor(() -> number("return window.workbench.replies") > replies, "the change to be drawn");
        }
        settled();
        double cpuPerChange = (server.cpuMillis() - cpuBefore) / (changes - first);
        List<Double> latencies = numbers("return window.workbench.latencies");
        List<Double> server = numbers("return window.workbench.serverMs");
        List<Double> drawing = numbers("return window.workbench.drawMs");
        assertEquals(changes, latencies.size(), "every change drawn, none lost");
        assertEquals("ok", script("return window.workbench.lastStatus"));
        List<Double> later = latencies.subList(first, changes);
        List<Double> laterServer = server.subList(first, changes);
        List<Double> laterDrawing = drawing.subList(first, changes);
        System.out.printf(
                Locale.ROOT,
                "alloc serve, national example, %d changes after the first %d: change to updated charts p50 %.0f"
                        + " ms, p95 %.0f ms, max %.0f ms; server recomputation p50 %.1f ms, p95 %.1f ms; drawing in"
                        + " the page p50 %.1f ms, p95 %.1f ms; server CPU time per change %.1f ms; the first %d:"
                        + " p50 %.0f ms, p95 %.0f ms; load average %s%n",
                changes - first,
                first,
                percentile(later, 50),
                percentile(later, 95),
                percentile(later, 100),
                percentile(laterServer, 50),
                percentile(laterServer, 95),
                percentile(laterDrawing, 50),
                percentile(laterDrawing, 95),
                cpuPerChange,
                first,
                percentile(latencies.subList(0, first), 50),
                percentile(latencies.subList(0, first), 95),
                loadAverage());
    }

    @Test
    @Order(3)
    void aBadValue_getsTheCommandsMessage_besideItsField_andChangesNothing() throws IOException {
        open("");
        String total = text("#tile-total");
        WebElement input = field(REMOTE);
        input.clear();
        input.sendKeys("0.5", Keys.ENTER);
        WebElement error = browser.findElement(By.cssSelector(".field[data-path='" + REMOTE + "'] .error"));
        waitFor(() -> !error.getText().isEmpty(), "the message beside the field");

        Path bad = folder.resolve("remote-0.5.yaml");
        Files.writeString(bad, scenarioText().replace("remote: 1.2", "remote: 0.5"), StandardCharsets.UTF_8);
        AllocProcess.Result validate =
                AllocProcess.run(folder, "validate", bad.getFileName().toString());
        assertEquals(2, validate.exitCode(), validate::describe);
        String line = validate.errorLines().get(0);
        String message = line.substring(line.indexOf(" rule.weights") + 1); // after the file, line and column
        assertTrue(error.getText().endsWith(message), () -> error.getText() + "\nshould end with\n" + message);
        assertFalse(error.getText().contains("\tat "), "no stack trace");
        assertEquals(total, text("#tile-total"), "the figures stay");
    }

    @Test
    @Order(4)
    void anInfeasibleValue_keepsTheLastGoodResult() {
        open("");
        String perPupil = text("#tile-per_pupil");
        WebElement input = field("floors.min_per_pupil");
        input.clear();
        input.sendKeys("90000", Keys.ENTER); // floors alone far above the budget
        waitFor(() -> browser.findElement(By.id("banner")).isDisplayed(), "the banner");
        String banner = text("#banner");
        assertTrue(banner.contains("infeasible"), banner);
        settled();
        assertEquals(perPupil, text("#tile-per_pupil"), "the last good figures stay");
        assertEquals("1900", field("floors.min_per_pupil").getAttribute("value"), "the field shows the value in force");
    }

    @Test
    @Order(5)
    void theSavedScenario_runByAllocRun_givesTheDownloadedAllocationsByteForByte() throws IOException {
        open("");
        WebElement lumpSum = field("rule.lump_sum");
        lumpSum.clear();
        lumpSum.sendKeys("25000", Keys.ENTER);
        settled();
        slider(REMOTE).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        settled();
        waitFor(() -> "1.23".equals(field(REMOTE).getAttribute("value")), "the field to show 1.23");
        browser.findElement(By.id("save")).click();
        Path yaml = downloaded("needs-weighted-workbench.yaml");
        browser.findElement(By.id("csv")).click();
        Path csv = downloaded("allocations.csv");
        String saved = Files.readString(yaml, StandardCharsets.UTF_8);
        assertTrue(saved.contains("lump_sum: 25000") && saved.contains("remote: 1.23"), saved);

        Files.copy(yaml, folder.resolve("saved.yaml"), StandardCopyOption.REPLACE_EXISTING);
        AllocProcess.run(folder, "run", "saved.yaml", "--out", "out-saved").assertExitCode(0);
        assertEquals(-1L, Files.mismatch(csv, folder.resolve("out-saved/allocations.csv")), "byte for byte");
    }

    @Test
    @Order(6)
    void theThaiPage_rendersThai_inItsOwnFont() throws IOException {
        open("lang=th");
        assertEquals("th", script("return document.documentElement.lang"));
        assertEquals(
                "งบประมาณต่อหัวจำแนกตามประเภทพื้นที่",
                browser.findElement(By.cssSelector("[data-text='by_area_type']"))
                        .getText());
        assertEquals(
                "ขั้นต่ำต่อหัว (บาท)",
                browser.findElement(By.cssSelector("label[for='field-floors-min_per_pupil']"))
                        .getText());
        waitFor(
                () -> Boolean.TRUE.equals(script("return [...document.fonts].some(f => f.family.includes('Waree')"
                        + " && f.status === 'loaded')")),
                "the page's Thai font");
        screenshot("serve-workbench-th.png");
    }

    @Test
    @Order(7)
    void theSchoolSearch_givesTheLibrarysExplanation_ofTheParametersShown() throws IOException {
        open("");
        slider(REMOTE).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT); // remote weight 1.22
        settled();
        waitFor(() -> "1.22".equals(field(REMOTE).getAttribute("value")), "the field to show 1.22");
        browser.findElement(By.id("search")).sendKeys(SCHOOL);
        waitFor(() -> !browser.findElements(By.cssSelector("#found button")).isEmpty(), "the school found");
        browser.findElements(By.cssSelector("#found button")).get(0).click();
        waitFor(() -> !browser.findElements(By.id("school-explanation")).isEmpty(), "the explanation");
        assertTrue(text("#school-breakdown").contains("Rounding"), text("#school-breakdown"));

        Path variant = folder.resolve("remote-1.22.yaml");
        Files.writeString(variant, scenarioText().replace("remote: 1.2", "remote: 1.22"), StandardCharsets.UTF_8);
        AllocProcess.Result explain = AllocProcess.run(
                        folder, "explain", variant.getFileName().toString(), SCHOOL)
                .assertExitCode(0);
        List<String> expected = new ArrayList<>();
        for (String line : explain.stdout().strip().split("\\R")) {
            expected.add(line.strip());
        }
        List<String> shown = new ArrayList<>();
        for (WebElement line : browser.findElements(By.cssSelector("#school-explanation h4, #school-explanation li"))) {
            shown.add(line.getText().strip());
        }
        assertEquals(expected, shown, "the page's explanation is alloc explain's, line for line");
    }

    @Test
    @Order(8)
    void theProvinceMap_isTheReportsTileMap_andFollowsAChange() {
        open("");
        waitFor(
                () -> browser.findElements(By.cssSelector("#province-map svg.tile-map g.tile"))
                                .size()
                        == 77,
                "the map");
        assertEquals(
                77,
                browser.findElements(By.cssSelector("#province-map g.tile rect:not([fill='#e2e8f0'])"))
                        .size(),
                "every province has a figure");
        assertEquals("", text("#map-unmatched"));
        assertEquals(
                77,
                browser.findElements(By.cssSelector("#province-table tbody tr")).size());
        Select measure = new Select(browser.findElement(By.id("map-measure")));
        measure.selectByValue("change");
        String before = tileTitles();
        assertTrue(before.contains("Bangkok: 0.00 THB"), before);
        slider(REMOTE).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        settled();
        waitFor(() -> !tileTitles().equals(before), "the map to follow the change");
        // Clicking a province finds it in the table; the table keeps its sorting across changes.
        browser.findElement(By.cssSelector("#province-table th[data-column='5']"))
                .click();
        String firstRow = text("#province-table tbody tr");
        slider(REMOTE).sendKeys(Keys.ARROW_LEFT);
        settled();
        assertTrue(
                browser.findElement(By.cssSelector("#province-table th[data-column='5']"))
                        .getAttribute("class")
                        .contains("sorted"),
                "still sorted by the change");
        assertNotEquals("", firstRow);
        browser.findElement(By.cssSelector("#province-map g.tile[data-code='10']"))
                .click();
        waitFor(
                () -> browser.findElements(By.cssSelector("#province-table tbody tr"))
                                .size()
                        == 1,
                "Bangkok alone");
    }

    @Test
    @Order(9)
    void theWorkbook_isTheOneAllocRunWrites_forTheParametersShown() throws IOException {
        open("");
        slider(REMOTE).sendKeys(Keys.ARROW_RIGHT); // 1.21
        settled();
        waitFor(() -> "1.21".equals(field(REMOTE).getAttribute("value")), "the field to show 1.21");
        browser.findElement(By.id("xlsx")).click();
        Path xlsx = downloaded("allocations.xlsx");
        Path variant = folder.resolve("remote-1.21.yaml");
        Files.writeString(variant, scenarioText().replace("remote: 1.2", "remote: 1.21"), StandardCharsets.UTF_8);
        AllocProcess.run(folder, "run", variant.getFileName().toString(), "--xlsx", "--out", "out-xlsx")
                .assertExitCode(0);
        assertEquals(-1L, Files.mismatch(xlsx, folder.resolve("out-xlsx/allocations.xlsx")), "byte for byte");
    }

    @Test
    @Order(10)
    void withItsToken_thePageWorks_andWithoutItNothingIsServed() throws Exception {
        Path small = Path.of(System.getProperty("project.root", ".."), "examples", "small");
        try (ServeProcess guarded =
                ServeProcess.start(small, List.of(), "serve", "needs-weighted.yaml", "--port", "0", "--token")) {
            assertTrue(
                    guarded.address().getQuery().startsWith("token="),
                    guarded.address().toString());
            browser.switchTo().newWindow(WindowType.TAB);
            browser.get(guarded.address().toString());
            waitFor(
                    () -> Boolean.TRUE.equals(script("return !!(window.workbench && window.workbench.ready)")),
                    "the page");
            assertEquals("15,905,052.00", text("#tile-total"));
            slider(REMOTE).sendKeys(Keys.ARROW_RIGHT);
            settled();
            assertEquals("ok", script("return window.workbench.lastStatus"));

            String bare = guarded.address().toString().replaceAll("\\?.*", "");
            browser.switchTo().newWindow(WindowType.TAB);
            browser.get(bare); // with the cookie the page set: served
            browser.manage().deleteAllCookies(); // this host's
            browser.get(bare);
            assertTrue(browser.getPageSource().contains("access token"), browser.getPageSource());
        }
    }

    @Test
    @Order(100)
    void sigterm_stopsTheServerCleanly_andFreesThePort() throws Exception {
        int port = server.address().getPort();
        int code = server.stop();
        assertTrue(server.stdout().contains("Stopped."), server.stdout());
        assertFalse(server.stderr().contains("\tat "), server.stderr());
        assertEquals(143, code, "ended by SIGTERM after its shutdown hooks: 128 + 15");
        boolean accepted;
        try {
            new Socket("127.0.0.1", port).close();
            accepted = true;
        } catch (java.net.ConnectException expected) {
            accepted = false;
        }
        assertFalse(accepted, "the port " + port + " is free");
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** Opens the page in a new tab (a new session), with {@code query}, and waits for its first figures. */
    private static void open(String query) {
        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(server.address() + (query.isEmpty() ? "" : "?" + query));
        waitFor(() -> Boolean.TRUE.equals(script("return !!(window.workbench && window.workbench.ready)")), "the page");
    }

    /** Waits until every change sent has been answered and drawn. */
    private static void settled() {
        waitFor(() -> number("return window.workbench.pending()") == 0, "every change answered");
    }

    /** Every province's square: its name and figure, as the map shows them on hover. */
    private static String tileTitles() {
        return String.valueOf(script("return [...document.querySelectorAll('#province-map g.tile title')]"
                + ".map(t => t.textContent).join('\\n')"));
    }

    private static WebElement slider(String path) {
        return browser.findElement(By.cssSelector("input[type=range][name='" + path + "']"));
    }

    private static WebElement field(String path) {
        return browser.findElement(By.cssSelector("input[type=text][name='" + path + "']"));
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static Object script(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static long number(String script) {
        return ((Number) script(script)).longValue();
    }

    private static List<Double> numbers(String script) {
        List<Double> values = new ArrayList<>();
        for (Object value : (List<?>) script(script)) {
            values.add(((Number) value).doubleValue());
        }
        return values;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) {
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .withMessage("Waiting for " + what)
                .until(driver -> condition.getAsBoolean());
    }

    /** The per-pupil table by area type: group -> schools, pupils, per pupil, as the page shows them. */
    private static Map<String, List<String>> areaTypeRows() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (WebElement row : browser.findElements(By.cssSelector("#table-area_type tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            rows.put(
                    row.getAttribute("data-key"),
                    List.of(
                            cells.get(1).getText(),
                            cells.get(2).getText(),
                            cells.get(3).getText()));
        }
        return rows;
    }

    /** The same from what {@code alloc run} prints: area type, schools, pupils, allocation, per pupil. */
    private static Map<String, List<String>> printedAreaTypes(String stdout) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        Matcher line = Pattern.compile("(?m)^(capital|municipal|district|subdistrict|special)\\s+([\\d,]+)\\s+([\\d,]+)"
                        + "\\s+[\\d,.]+\\s+([\\d,.]+)\\s*$")
                .matcher(stdout);
        while (line.find()) {
            rows.put(line.group(1), List.of(line.group(2), line.group(3), line.group(4)));
        }
        return rows;
    }

    private static String scenarioText() throws IOException {
        return Files.readString(folder.resolve(NationalExample.SCENARIO), StandardCharsets.UTF_8);
    }

    /** Waits for a download to complete in the downloads folder. */
    private static Path downloaded(String name) {
        Path file = downloads.resolve(name);
        waitFor(() -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(name + ".crdownload")), name);
        return file;
    }

    /** Saves the top of the page, 1400 x 1000, as {@code allocation-cli/target/NAME}. */
    private static void screenshot(String name) throws IOException {
        screenshot(name, 1000);
    }

    /**
     * Saves the top of the page, 1400 x {@code height}, as {@code allocation-cli/target/NAME}; with
     * {@code -Dserve.screenshot.docs=true}, the English one also as the README's picture,
     * {@code docs/images/workbench.png}, so that the picture the README shows is the test's.
     */
    private static void screenshot(String name, int height) throws IOException {
        browser.manage().window().setSize(new Dimension(1400, height));
        try {
            waitFor(() -> number("return window.innerWidth") <= 1400, "the window to be resized");
            Path root = Path.of(System.getProperty("project.root", ".."));
            byte[] png = browser.getScreenshotAs(OutputType.BYTES);
            Files.write(root.resolve("allocation-cli").resolve("target").resolve(name), png);
            if (name.equals(README_PICTURE) && Boolean.getBoolean("serve.screenshot.docs")) {
                Files.write(Files.createDirectories(root.resolve("docs/images")).resolve("workbench.png"), png);
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1400, 2000));
        }
    }

    /** The machine's load average over the last minute, for the record: timings depend on it. */
    static String loadAverage() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage();
        return load < 0
                ? "unknown"
                : String.format(
                        Locale.ROOT,
                        "%.1f on %d cores",
                        load,
                        Runtime.getRuntime().availableProcessors());
    }

    /** The nearest-rank percentile {@code p} of {@code values} (p = 100: the largest). */
    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}

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

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by chromedriver, both found on the PATH (Debian: {@code apt-get install
 * chromium chromium-driver}; CI installs them): Selenium Manager is not asked to download anything. A
 * test using it is skipped where they are not installed. The one browser driver of the tests: the
 * workbench's ({@code ServeIT}) and the report's ({@code ReportLookupIT}).
 */
final class Browser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Browser() {}

    /** A new headless Chromium, 1400 x 2000, saving downloads into {@code downloads}. */
    static ChromeDriver open(Path downloads) {
        return open(downloads, 1400, 2000);
    }

    /** A new headless Chromium, {@code width} x {@code height}, saving downloads into {@code downloads}. */
    static ChromeDriver open(Path downloads, int width, int height) {
        Optional<Path> chromium = onPath(List.of("chromium", "chromium-browser"));
        Optional<Path> driver = onPath(List.of("chromedriver"));
        assumeTrue(
                chromium.isPresent() && driver.isPresent(),
                "Chromium and its driver are not installed (Debian: apt-get install chromium chromium-driver);"
                        + " browser tests skipped.");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height,
                "--hide-scrollbars",
                "--lang=en-GB");
        Map<String, Object> preferences = new HashMap<>();
        preferences.put("download.default_directory", downloads.toAbsolutePath().toString());
        preferences.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", preferences);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver.get().toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return browser;
    }

    /**
     * The value of a JavaScript expression in the page (a promise is awaited), as JSON; a script error
     * fails the test with its message.
     */
    static JsonNode evaluate(ChromeDriver browser, String expression) {
        Object reply = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " Promise.resolve().then(function () { return (" + expression + "); })"
                + ".then(function (value) { done(JSON.stringify({value: value === undefined ? null : value})); },"
                + " function (e) { done(JSON.stringify({error: String(e && e.stack || e)})); });");
        try {
            JsonNode answer = JSON.readTree(String.valueOf(reply));
            if (answer.has("error")) {
                throw new AssertionError(
                        "The page's script failed: " + answer.get("error").asText());
            }
            return answer.get("value");
        } catch (JsonProcessingException e) {
            throw new AssertionError("The page's script answered no JSON: " + reply, e);
        }
    }

    /**
     * Waits until the page has drawn: {@code data-rendered} on {@code <html>} is set and no longer
     * {@code false}; returns its value.
     */
    static String awaitRendered(ChromeDriver browser, Duration timeout) {
        Object state = new WebDriverWait(browser, timeout)
                .withMessage("the page to finish drawing (data-rendered on <html>)")
                .until(driver -> {
                    Object value = browser.executeScript("return document.documentElement"
                            + " ? document.documentElement.getAttribute('data-rendered') : null");
                    return value == null || "false".equals(value) || "".equals(value) ? null : value;
                });
        return String.valueOf(state);
    }

    /** A PNG of the whole page, {@code width} pixels wide, beyond the window's height too. */
    static byte[] fullPage(ChromeDriver browser, int width) {
        Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1);
        Map<String, Object> shot = browser.executeCdpCommand(
                "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        return Base64.getDecoder().decode(String.valueOf(shot.get("data")));
    }

    /** The first of {@code names} found on the PATH. */
    private static Optional<Path> onPath(List<String> names) {
        for (String name : names) {
            for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path candidate = Path.of(folder, name);
                if (!folder.isEmpty() && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}

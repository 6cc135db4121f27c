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

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven by chromedriver, both found on the PATH (Debian: {@code apt-get install
 * chromium chromium-driver}; CI installs them): Selenium Manager is not asked to download anything. A
 * test using it is skipped where they are not installed, as the report's test is.
 */
final class Browser {
    private Browser() {}

    /** A new headless Chromium, 1400 x 2000, saving downloads into {@code downloads}. */
    static ChromeDriver open(Path downloads) {
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
                "--window-size=1400,2000",
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

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
package th.allocation.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The page's files: a fixed list, read from the jar once at start and served from memory. A request
 * names one of them by its name in the list, never a path: nothing a request says reaches the file
 * system or the class path.
 */
final class Assets {
    private static final String FOLDER = "web/";

    /** Name, content type. */
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("style.css", "text/css; charset=utf-8");
        FILES.put("i18n.js", "text/javascript; charset=utf-8");
        FILES.put("charts.js", "text/javascript; charset=utf-8");
        FILES.put("map.js", "text/javascript; charset=utf-8");
        FILES.put("figures.js", "text/javascript; charset=utf-8");
        FILES.put("school.js", "text/javascript; charset=utf-8");
        FILES.put("app.js", "text/javascript; charset=utf-8");
        FILES.put("Waree.ttf", "font/ttf");
        FILES.put("Waree-Bold.ttf", "font/ttf");
        FILES.put("LICENSE-Waree.txt", "text/plain; charset=utf-8");
    }

    /** A file and its content type. */
    record Asset(byte[] bytes, String contentType) {}

    private final Map<String, Asset> assets = new LinkedHashMap<>();
    private final String page;

    private Assets() {
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            assets.put(file.getKey(), new Asset(read(file.getKey()), file.getValue()));
        }
        page = new String(read("index.html"), StandardCharsets.UTF_8);
    }

    /** Reads every file of the page. */
    static Assets load() {
        return new Assets();
    }

    /** The file called {@code name} in the list, if there is one. */
    Optional<Asset> get(String name) {
        return Optional.ofNullable(assets.get(name));
    }

    /** The page, in {@code language}: its {@code lang} attribute and title. */
    String page(String language, String title) {
        return page.replace("{{lang}}", language).replace("{{title}}", escape(title));
    }

    /** Text for HTML content and attributes. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static byte[] read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("The workbench's file " + name + " is missing from the jar.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the workbench's file " + name + ".", e);
        }
    }
}

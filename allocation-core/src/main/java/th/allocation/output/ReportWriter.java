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
package th.allocation.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import th.allocation.compare.Comparison;

/**
 * Writes a self-contained HTML report of one allocation or a comparison of several: a summary, the
 * equity statistics with their change against the baseline, Theil's decomposition, Lorenz curves,
 * the per-pupil amount by area type and by cluster, winners and losers, and the binding floors and
 * caps. Headings and labels are in English or Thai; names from the data are shown as given.
 *
 * <p>The page opens offline: its style, its data (JSON) and the charting library, Chart.js
 * {@value #CHART_JS_VERSION} (MIT licence, vendored unmodified in
 * {@code th/allocation/output/report/}), are inlined, and a Content-Security-Policy forbids every
 * network request. Every text from the data is escaped for HTML, and the JSON for a script element.
 * When the charts are drawn, the page sets {@code data-rendered="true"} on its {@code <html>}
 * element ({@code "error"} after a script error, listed in {@code #report-errors}), for automated
 * checks. The same comparison gives the same bytes.
 */
public final class ReportWriter {
    /** The version of the inlined Chart.js. */
    public static final String CHART_JS_VERSION = "4.6.1";

    private static final ObjectMapper JSON = Json.COMPACT;

    private ReportWriter() {}

    /** Writes the report of {@code comparison} in {@code language} to {@code file} (UTF-8). */
    public static void write(Comparison comparison, ReportLanguage language, Path file) throws IOException {
        Files.writeString(file, html(comparison, language), StandardCharsets.UTF_8);
    }

    /**
     * The report of {@code comparison} in {@code language}, as a complete HTML page. A comparison of one
     * result gets last year's allocation ({@code previous_allocation}) as its baseline when any school
     * has one.
     */
    public static String html(Comparison comparison, ReportLanguage language) {
        return new ReportPage(ReportBaseline.withBaseline(comparison), language).render();
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * JSON made safe inside a {@code <script>} element: {@code <}, {@code >} and {@code &} (which occur
     * only inside strings) and the line separators U+2028 and U+2029 are written as escapes, so no text
     * can close the element or start a comment.
     */
    static String scriptJson(Object value) {
        String json;
        try {
            json = JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the report's data as JSON.", e);
        }
        return json.replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026")
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }

    /** A resource of the report folder, as text; for a script, checked to be safe to inline. */
    static String resource(String name, boolean script) {
        try (InputStream in = ReportWriter.class.getResourceAsStream("report/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The report resource " + name + " is missing from the jar.");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (script) {
                // The source map is not shipped; its comment would only make tools look for it.
                text = text.replaceAll("(?m)^//# sourceMappingURL=.*$", "");
                if (text.toLowerCase(Locale.ROOT).contains("</script")) {
                    throw new IllegalStateException(
                            "The report script " + name + " contains '</script' and cannot be" + " inlined.");
                }
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the report resource " + name + ": " + e.getMessage(), e);
        }
    }
}

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
package th.allocation.explain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a step in English or Thai from the texts of {@link ExplanationWords}: each placeholder
 * {@code {name}} filled by its argument (a term by its word), each part in square brackets left out
 * when the step lacks an argument it names (a school without a previous allocation has no
 * hold-harmless part). The report's page fills the same texts the same way (explain.js, given them
 * as data), so both read alike.
 */
final class ExplanationText {
    private static final Map<String, String[]> TEXT = ExplanationWords.TEXT;

    private ExplanationText() {}

    /** 0 for English, 1 for Thai. */
    static int language(Locale locale) {
        return "th".equals(locale.getLanguage()) ? 1 : 0;
    }

    /** Every text in the language of {@code locale}, by key, in a stable order. */
    static Map<String, String> all(Locale locale) {
        return all(locale, true);
    }

    /**
     * Every text in the language of {@code locale}, by key, in a stable order; the protections' words
     * only if {@code protections}.
     */
    static Map<String, String> all(Locale locale, boolean protections) {
        int language = language(locale);
        Map<String, String> texts = new LinkedHashMap<>();
        TEXT.forEach((key, value) -> {
            if (protections || !ExplanationWords.PROTECTION_KEYS.contains(key)) {
                texts.put(key, value[language]);
            }
        });
        return Collections.unmodifiableMap(texts);
    }

    /** Whether there is a text for {@code key}. */
    static boolean has(String key) {
        return TEXT.containsKey(key);
    }

    /** The word of a term in {@code language}; the key itself if there is none. */
    private static String word(String key, int language) {
        String[] texts = TEXT.get(key);
        return texts == null ? key : texts[language];
    }

    /** The sentence of {@code step} in the language of {@code locale}. */
    static String render(Step step, Locale locale) {
        int language = language(locale);
        String[] texts = TEXT.get(step.key());
        if (texts == null) {
            throw new IllegalArgumentException("No explanation text '" + step.key() + "'.");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Step.Arg arg : step.args()) {
            values.put(arg.name(), arg.term() ? word(arg.value(), language) : arg.value());
        }
        return fill(texts[language], values);
    }

    /**
     * Fills {@code template}: each {@code {name}} by its value; each {@code [...]} part kept, without
     * its brackets, only if every placeholder in it has a value.
     */
    static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int k = 0;
        while (k < template.length()) {
            char c = template.charAt(k);
            if (c == '[') {
                int end = template.indexOf(']', k);
                String part = template.substring(k + 1, end);
                if (complete(part, values)) {
                    out.append(placeholders(part, values));
                }
                k = end + 1;
            } else {
                int next = template.indexOf('[', k);
                next = next < 0 ? template.length() : next;
                out.append(placeholders(template.substring(k, next), values));
                k = next;
            }
        }
        return out.toString();
    }

    private static boolean complete(String part, Map<String, String> values) {
        int k = part.indexOf('{');
        while (k >= 0) {
            int end = part.indexOf('}', k);
            if (!values.containsKey(part.substring(k + 1, end))) {
                return false;
            }
            k = part.indexOf('{', end);
        }
        return true;
    }

    private static String placeholders(String text, Map<String, String> values) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        int k = 0;
        while (k < text.length()) {
            int open = text.indexOf('{', k);
            if (open < 0) {
                out.append(text, k, text.length());
                break;
            }
            int close = text.indexOf('}', open);
            out.append(text, k, open);
            String name = text.substring(open + 1, close);
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("The explanation text '" + text + "' needs '" + name + "'.");
            }
            out.append(value);
            k = close + 1;
        }
        return out.toString();
    }
}

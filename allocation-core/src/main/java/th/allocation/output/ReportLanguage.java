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

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The language of the HTML report's headings and labels. Data (scenario and group names) are shown as given. */
public enum ReportLanguage {
    /** English. */
    EN("en"),
    /** Thai. */
    TH("th");

    private final String key;

    ReportLanguage(String key) {
        this.key = key;
    }

    /** The ISO 639-1 code, as on the command line and in the page's {@code lang} attribute. */
    public String key() {
        return key;
    }

    /** The locale of the language, for {@link th.allocation.explain.Explanation#text(Locale)}. */
    public Locale locale() {
        return Locale.forLanguageTag(key);
    }

    /** The codes of every language, for messages. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(ReportLanguage::key).toList();
    }
}

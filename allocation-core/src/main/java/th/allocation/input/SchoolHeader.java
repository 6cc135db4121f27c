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
package th.allocation.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The header row of a school table resolved onto canonical columns ({@link SchoolColumns}): each
 * canonical column is found under the header the scenario's {@code columns} maps it to, else under
 * its own name (in any case). A header that appears twice and a required, mapped or indicator
 * column that is missing are problems; a missing column gets a hint at the header that probably
 * holds it ({@link ColumnHints}).
 */
final class SchoolHeader {
    private final List<String> names;
    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, String> headerOf = new HashMap<>();
    private final List<String> missing = new ArrayList<>();
    private final Map<String, String> mapping;

    private SchoolHeader(List<String> names, Map<String, String> mapping) {
        this.names = List.copyOf(names);
        this.mapping = mapping;
    }

    /**
     * Resolves {@code names}, the header row's cells as read (a byte-order mark at the start of the first
     * one is removed here), reporting headers that appear twice. Missing columns are only recorded: see
     * {@link #reportMissing}.
     */
    static SchoolHeader resolve(
            List<String> names,
            Map<String, String> mapping,
            Set<String> indicators,
            TablePlace place,
            ProblemList problems) {
        List<String> cleaned = new ArrayList<>(names);
        if (!cleaned.isEmpty() && cleaned.get(0).startsWith("\uFEFF")) {
            cleaned.set(0, cleaned.get(0).substring(1).trim());
        }
        SchoolHeader header = new SchoolHeader(cleaned, mapping);
        Map<String, Integer> byHeader = new HashMap<>();
        for (int i = 0; i < cleaned.size(); i++) {
            String name = cleaned.get(i);
            if (byHeader.putIfAbsent(name, i) != null && !name.isEmpty()) {
                problems.report(place.header(
                        name, i, "The header '" + name + "' appears twice.", "Each column must have its own name."));
            }
        }
        List<String> wanted = new ArrayList<>(SchoolColumns.ALL);
        wanted.addAll(new TreeSet<>(indicators));
        for (String canonical : wanted) {
            String name = mapping.getOrDefault(canonical, canonical);
            Integer at = byHeader.get(name);
            if (at == null && !mapping.containsKey(canonical)) {
                at = caseInsensitive(byHeader, canonical);
            }
            if (at != null) {
                header.position.put(canonical, at);
                header.headerOf.put(canonical, name);
            } else if (SchoolColumns.REQUIRED.contains(canonical)
                    || indicators.contains(canonical)
                    || mapping.containsKey(canonical)) {
                header.missing.add(canonical);
            }
        }
        return header;
    }

    private static Integer caseInsensitive(Map<String, Integer> byHeader, String canonical) {
        for (Map.Entry<String, Integer> entry : byHeader.entrySet()) {
            if (entry.getKey().toLowerCase(Locale.ROOT).equals(canonical)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** How many cells the header row has. */
    int width() {
        return names.size();
    }

    /** The header row's cells, the byte-order mark removed. */
    List<String> names() {
        return names;
    }

    /** Whether a column the reading needs is missing. */
    boolean hasMissing() {
        return !missing.isEmpty();
    }

    /** The 0-based position of a canonical column in the header row, or -1 if the file has none. */
    int position(String canonical) {
        Integer at = position.get(canonical);
        return at == null ? -1 : at;
    }

    /** The file's header of a canonical column; the canonical name itself if the file has no such column. */
    String header(String canonical) {
        return headerOf.getOrDefault(canonical, canonical);
    }

    /**
     * Reports each missing column, with a hint at the unmapped header that probably holds it, judged by
     * its name and by the values of the first rows ({@code sample}, cells in header order).
     */
    void reportMissing(List<String[]> sample, TablePlace place, ProblemList problems) {
        ColumnHints hints = new ColumnHints(names, new TreeSet<>(position.values()), sample, place);
        for (String canonical : missing) {
            String name = mapping.getOrDefault(canonical, canonical);
            String what = name.equals(canonical)
                    ? "The required column '" + canonical + "' is missing."
                    : "The column '" + name + "' (mapped to " + canonical + ") is missing.";
            problems.report(place.header(canonical, -1, what, hints.advice(canonical, name)));
        }
    }
}

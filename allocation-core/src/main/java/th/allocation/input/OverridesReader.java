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

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.codec.ScenarioCodec;
import th.allocation.model.Limits;
import th.allocation.scenario.LocalOverride;

/**
 * Reads the overrides of one level's units, in one of two forms a unit can own:
 *
 * <ul>
 *   <li>a folder of YAML (or JSON) files, one per unit, each naming its unit by the level's column
 *       and holding the parameters it sets, nested as in a scenario file:
 *       <pre>
 * esa: สพป.นครราชสีมา เขต 1
 * rule:
 *   weights:
 *     remote: 1.5
 * targets:
 *   indicators:
 *     reading:            # an indicator by its name
 *       target: 0.65</pre>
 *   <li>a CSV table with the columns {@code unit} (or the level's column, e.g. {@code esa}),
 *       {@code parameter} (a key path such as {@code rule.weights.remote}) and {@code value}; other
 *       columns (a note, who decided) are kept out of the way.
 * </ul>
 *
 * <p>A folder must hold at least one unit's file and nothing else the reader would skip (README
 * files and names starting with '.' excepted): a unit's file saved as {@code chiang-mai-5.yml.txt}
 * is an error naming it, not a unit silently left with the centre's values. Files are read as
 * scenarios are: UTF-8, one YAML document, no aliases, numbers range-checked before they are used.
 *
 * <p>Every override keeps its file, line and column, so that a value outside the centre's bounds is
 * reported where it was written. Whether overrides are allowed and within bounds is checked later,
 * against the scenario ({@code th.allocation.decentralise.OverrideRules}).
 *
 * <p>Longer than 400 lines because it reads both forms a level's overrides may take, a folder of
 * YAML files and one CSV table, into the same located values; each form is a short section.
 */
public final class OverridesReader {
    private static final CSVFormat CSV =
            CSVFormat.RFC4180.builder().setTrim(true).get();

    private OverridesReader() {}

    /**
     * Reads the overrides at {@code location} (a folder or a CSV file) for units named by the column
     * {@code by}; {@code shownAs} is how messages name the location.
     *
     * @throws InputException listing every problem found, with file and line
     */
    public static List<LocalOverride> read(Path location, String by, String shownAs) {
        if (Files.isDirectory(location)) {
            return readFolder(location, by, shownAs);
        }
        if (!Files.exists(location)) {
            throw new InputException(Problem.of(
                    shownAs,
                    "The overrides file or folder does not exist.",
                    "Check the path in the level's 'overrides' key; it is relative to the scenario file."));
        }
        if (!location.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new InputException(Problem.of(
                    shownAs,
                    "Overrides are read from a folder of YAML files (one per"
                            + " unit) or from a CSV table; this is neither.",
                    "Name a folder, or a .csv file with the columns unit, parameter, value."));
        }
        return readTable(location, by, shownAs);
    }

    private static List<LocalOverride> readFolder(Path folder, String by, String shownAs) {
        List<Path> files = new ArrayList<>();
        List<String> stray = new ArrayList<>();
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path entry : listing.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (isScenarioLike(entry)) {
                    files.add(entry);
                } else if (!isIgnored(name)) {
                    stray.add(name + (Files.isDirectory(entry) ? "/" : ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + shownAs + ": " + e.getMessage(), e);
        }
        if (!stray.isEmpty()) {
            // A unit's file saved with the wrong extension (chiang-mai-5.yml.txt) would otherwise be left out
            // without a word, and that unit allocated by the centre's values: refuse rather than guess.
            throw new InputException(Problem.of(
                    shownAs,
                    "The overrides folder holds " + (stray.size() == 1 ? "a file" : stray.size() + " files")
                            + " it does not read: " + String.join(", ", stray) + ".",
                    "Each unit's overrides are a .yaml, .yml or .json file; rename "
                            + (stray.size() == 1 ? "it" : "them") + " if that is what "
                            + (stray.size() == 1 ? "it is" : "they are") + ", or move "
                            + (stray.size() == 1 ? "it" : "them") + " elsewhere (README files and names starting"
                            + " with '.' are let be)."));
        }
        if (files.isEmpty()) {
            throw new InputException(Problem.of(
                    shownAs,
                    "The overrides folder holds no .yaml, .yml or .json file, so no unit sets its own values.",
                    "Add one file per unit that sets its own values, or remove the level's 'overrides' key."));
        }
        List<LocalOverride> overrides = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            String source = shownAs + (shownAs.endsWith("/") ? "" : "/") + file.getFileName();
            try {
                overrides.addAll(readUnitFile(file, by, source));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems, problems.size(), null);
        }
        return overrides;
    }

    private static boolean isScenarioLike(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }

    /** Files a folder of overrides may hold besides the units' files: hidden files and a README. */
    private static boolean isIgnored(String name) {
        return name.startsWith(".") || name.toUpperCase(Locale.ROOT).startsWith("README");
    }

    /** One unit's file: the unit's name under the key {@code by}, every other number a parameter. */
    private static List<LocalOverride> readUnitFile(Path file, String by, String source) {
        return parseUnit(TextFiles.readText(file, source, "file", TextFiles.MAX_DOCUMENT_BYTES), by, source);
    }

    /**
     * Parses one unit's file from text; {@code source} names it in messages and chooses the format
     * (JSON if it ends in {@code .json}, YAML otherwise).
     *
     * @throws InputException listing every problem found, with its line
     */
    static List<LocalOverride> parseUnit(String text, String by, String source) {
        TextFiles.requireWithin(text, source, "file", TextFiles.MAX_DOCUMENT_BYTES);
        List<Problem> problems = new ArrayList<>();
        List<LocalOverride> values = new ArrayList<>();
        String unit = null;
        Deque<String> path = new ArrayDeque<>();
        try (JsonParser parser = ScenarioCodec.mapperFor(source).getFactory().createParser(text)) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_OBJECT) {
                throw new InputException(Problem.of(
                        source,
                        "The file holds no overrides (a mapping of keys).",
                        "Start with '" + by + ": <the unit's name>', then the parameters it sets."));
            }
            int depth = 1;
            while ((token = parser.nextToken()) != null && depth > 0) {
                YamlDocuments.check(parser, false, source);
                JsonLocation at = parser.currentTokenLocation();
                switch (token) {
                    case FIELD_NAME -> path.addLast(parser.currentName());
                    case START_OBJECT -> depth++;
                    case END_OBJECT -> {
                        depth--;
                        if (!path.isEmpty()) {
                            path.removeLast();
                        }
                    }
                    case START_ARRAY -> {
                        problems.add(new Problem(
                                source,
                                at.getLineNr(),
                                at.getColumnNr(),
                                dotted(path),
                                "",
                                "A list cannot be overridden.",
                                "Set single numbers; name an indicator by its name, e.g. targets: {indicators:"
                                        + " {reading: {target: 0.65}}}."));
                        parser.skipChildren();
                        path.removeLast();
                    }
                    default -> {
                        String key = dotted(path);
                        if (path.size() == 1 && path.peekLast().equals(by)) {
                            unit = parser.getValueAsString();
                        } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                            String refused = refusal(parser.getText());
                            BigDecimal value = null;
                            if (refused == null) {
                                try {
                                    value = parser.getDecimalValue();
                                } catch (NumberFormatException notFinite) {
                                    refused = "'" + parser.getText() + "' is not a finite number.";
                                }
                            }
                            if (refused == null) {
                                values.add(new LocalOverride("", key, value, source, at.getLineNr(), at.getColumnNr()));
                            } else {
                                problems.add(new Problem(
                                        source,
                                        at.getLineNr(),
                                        at.getColumnNr(),
                                        key,
                                        "",
                                        refused,
                                        "Write the number plainly, e.g. 1.5 or 2000."));
                            }
                        } else {
                            problems.add(new Problem(
                                    source,
                                    at.getLineNr(),
                                    at.getColumnNr(),
                                    key,
                                    "",
                                    "'" + parser.getText() + "' is not a number; units may set numbers only.",
                                    "Write the number plainly, e.g. 1.5 or 2000."));
                        }
                        path.removeLast();
                    }
                }
            }
            if (token != null) {
                YamlDocuments.check(parser, true, source);
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InputException(
                    new Problem(
                            source,
                            at == null ? 0 : at.getLineNr(),
                            at == null ? 0 : at.getColumnNr(),
                            "",
                            "",
                            "The file is not valid YAML: "
                                    + e.getOriginalMessage().lines().findFirst().orElse("") + ".",
                            "Check the indentation and punctuation near this line; each key may appear once."),
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source + ": " + e.getMessage(), e);
        }
        if (unit == null || unit.isBlank()) {
            problems.add(
                    0,
                    Problem.of(
                            source,
                            "The file does not say which " + by + " it is for.",
                            "Add a line '" + by + ": <the " + by + "'s name, as in the school file>'."));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems, problems.size(), null);
        }
        List<LocalOverride> named = new ArrayList<>();
        for (LocalOverride value : values) {
            named.add(new LocalOverride(
                    unit, value.parameter(), value.value(), value.source(), value.line(), value.column()));
        }
        return named;
    }

    private static List<LocalOverride> readTable(Path file, String by, String source) {
        return parseTable(TextFiles.readText(file, source, "file", TextFiles.MAX_TABLE_BYTES), by, source);
    }

    /**
     * Parses an override table from text; {@code source} names it in messages.
     *
     * @throws InputException listing every problem found, with its line
     */
    static List<LocalOverride> parseTable(String text, String by, String source) {
        TextFiles.requireWithin(text, source, "file", TextFiles.MAX_TABLE_BYTES);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<Problem> problems = new ArrayList<>();
        List<LocalOverride> overrides = new ArrayList<>();
        long line = 0; // the line the last record read ended on
        try (CSVParser parser = CSVParser.builder()
                .setReader(new java.io.StringReader(text))
                .setFormat(CSV)
                .get()) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                throw new InputException(Problem.of(
                        source,
                        "The file is empty.",
                        "Expected a header row unit,parameter,value (or " + by + ",parameter,value)."));
            }
            List<String> header = records.next().toList();
            int unitColumn = header.indexOf(by) >= 0 ? header.indexOf(by) : header.indexOf("unit");
            int parameterColumn = header.indexOf("parameter");
            int valueColumn = header.indexOf("value");
            if (unitColumn < 0 || parameterColumn < 0 || valueColumn < 0) {
                throw new InputException(new Problem(
                        source,
                        1,
                        0,
                        "",
                        "",
                        "The header (" + String.join(",", header) + ") lacks "
                                + missing(unitColumn, parameterColumn, valueColumn, by) + ".",
                        "Expected the columns unit (or " + by + "), parameter and value."));
            }
            line = parser.getCurrentLineNumber();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long recordLine = line + 1;
                line = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                int needed = Math.max(unitColumn, Math.max(parameterColumn, valueColumn));
                if (record.size() <= needed) {
                    problems.add(new Problem(
                            source,
                            recordLine,
                            0,
                            "",
                            "",
                            "The row has " + record.size() + " fields; the header has " + header.size() + ".",
                            "Check the commas on this line."));
                    continue;
                }
                String unit = record.get(unitColumn);
                String parameter = record.get(parameterColumn);
                String value = record.get(valueColumn);
                if (unit.isEmpty() || parameter.isEmpty()) {
                    problems.add(new Problem(
                            source,
                            recordLine,
                            0,
                            unit.isEmpty() ? header.get(unitColumn) : "parameter",
                            "",
                            "The " + (unit.isEmpty() ? "unit" : "parameter") + " is empty.",
                            "Each row names a unit, a parameter and its value."));
                    continue;
                }
                String refused = refusal(value);
                if (refused != null) {
                    problems.add(new Problem(
                            source,
                            recordLine,
                            0,
                            "value",
                            "",
                            refused,
                            "Write the number plainly, without thousands separators, e.g. 1.5 or 2000."));
                    continue;
                }
                try {
                    overrides.add(new LocalOverride(unit, parameter, new BigDecimal(value), source, recordLine, 0));
                } catch (NumberFormatException e) {
                    problems.add(new Problem(
                            source,
                            recordLine,
                            0,
                            "value",
                            "",
                            "'" + value + "' is not a number.",
                            "Write the number plainly, without thousands separators, e.g. 1.5 or 2000."));
                }
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            // Commons CSV reports malformed quoting while iterating, as an unchecked exception around
            // its CSVException; the record it could not read starts on the line after the last one read.
            Throwable cause = e.getCause() instanceof IOException io ? io : e;
            throw new InputException(
                    new Problem(
                            source,
                            line + 1,
                            0,
                            "",
                            "",
                            "The file is not well-formed CSV from" + " this line on: " + cause.getMessage() + ".",
                            "Check the quotes: a field with a comma, a quote or a line break must be enclosed in double"
                                    + " quotes, and quotes inside it doubled."),
                    e);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems, problems.size(), null);
        }
        return overrides;
    }

    private static String missing(int unit, int parameter, int value, String by) {
        List<String> names = new ArrayList<>();
        if (unit < 0) {
            names.add("unit (or " + by + ")");
        }
        if (parameter < 0) {
            names.add("parameter");
        }
        if (value < 0) {
            names.add("value");
        }
        return String.join(", ", names);
    }

    /**
     * Why the number written {@code text} is refused before it is read as a {@link BigDecimal}: too
     * long, not finite, larger than {@link Limits#MAX_AMOUNT_BAHT} (no parameter may be larger; each
     * parameter's own limit is checked with the scenario) or with more than 20 decimals; null if it
     * is acceptable or not a number at all (which the caller reports).
     */
    private static String refusal(String text) {
        if (text.length() > Limits.MAX_NUMBER_LENGTH) {
            return "The value is " + text.length() + " characters long, too long for a number.";
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null; // not written as a decimal number: the caller reports it
        }
        if (!Limits.withinMagnitude(value, Limits.MAX_AMOUNT_BAHT)) {
            return "'" + text + "' is too large: no parameter may be more than "
                    + Limits.showBaht(Limits.MAX_AMOUNT_BAHT) + ".";
        }
        if (!Limits.hasAtMostDecimals(value, 20)) {
            return "'" + text + "' has more than 20 decimals.";
        }
        return null;
    }

    private static String dotted(Deque<String> path) {
        return String.join(".", path);
    }
}

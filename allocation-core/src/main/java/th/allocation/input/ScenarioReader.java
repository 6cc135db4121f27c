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
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.Suggestions;
import th.allocation.codec.ScenarioCodec;
import th.allocation.scenario.AdminLevel;
import th.allocation.scenario.LocalOverride;
import th.allocation.scenario.Scenario;

/**
 * Reads a scenario from a YAML or JSON file, strictly: an unknown or duplicated key, a value of the
 * wrong type or out of range is an error with its line, column and key path, and for a misspelt
 * key or rule type a "did you mean" suggestion.
 */
public final class ScenarioReader {
    private ScenarioReader() {}

    /**
     * Reads the scenario in {@code file}; YAML unless the name ends in {@code .json}.
     *
     * @throws InputException with the problem's location and what to do
     */
    public static Scenario read(Path file) {
        String source = file.toString();
        String text = TextFiles.readText(file, source, "scenario file", TextFiles.MAX_DOCUMENT_BYTES);
        return withOverrides(parse(text, source), file);
    }

    /** A scenario read from a file, and the hints for its likely unit slips ({@link #hints}). */
    public record WithHints(Scenario scenario, List<Problem> hints) {
        /** A scenario and its hints. */
        public WithHints {
            hints = List.copyOf(hints);
        }
    }

    /**
     * Reads the scenario in {@code file} as {@link #read} does, with the hints {@link #hints} gives
     * for it, from one reading and parsing of the file.
     *
     * @throws InputException with the problem's location and what to do
     */
    public static WithHints readWithHints(Path file) {
        String source = file.toString();
        String text = TextFiles.readText(file, source, "scenario file", TextFiles.MAX_DOCUMENT_BYTES);
        Parsed parsed = parsed(text, source);
        Scenario scenario = withOverrides(parsed.scenario(), file);
        return new WithHints(scenario, hints(parsed.mapper(), parsed.tree(), source, text));
    }

    /**
     * Hints for likely unit slips in the scenario in {@code file}, each at its line and key: values it
     * may mean but a person rarely does, such as {@code caps.percent_of_previous: 1.5} (1.5 %, where
     * 150 % was likely meant), or a weight of 120. Not errors: empty for a file that cannot be read
     * (its problems are {@link #read}'s to report).
     */
    public static List<Problem> hints(Path file) {
        String source = file.toString();
        try {
            String text = TextFiles.readText(file, source, "scenario file", TextFiles.MAX_DOCUMENT_BYTES);
            ObjectMapper mapper = ScenarioCodec.mapperFor(source);
            return hints(mapper, mapper.readTree(text), source, text);
        } catch (JsonProcessingException | InputException | UncheckedIOException e) {
            return List.of();
        }
    }

    /** The hints for the document {@code tree} read from {@code text}; none if they cannot be had. */
    private static List<Problem> hints(ObjectMapper mapper, JsonNode tree, String source, String text) {
        try {
            return tree == null || !tree.isObject() ? List.of() : ScenarioHints.of(mapper, tree, source, text);
        } catch (InputException | UncheckedIOException e) {
            return List.of();
        }
    }

    /**
     * The scenario with each level's overrides read from the file or folder its {@code overrides} key
     * names (relative to the scenario file). Whether they keep within the centre's bounds is checked
     * by the engine ({@code Allocation.load}), which knows the levels' rules.
     *
     * @throws InputException listing every problem, each at its file and line
     */
    public static Scenario withOverrides(Scenario scenario, Path scenarioFile) {
        if (!scenario.isDecentralised()) {
            return scenario;
        }
        List<Problem> problems = new ArrayList<>();
        List<AdminLevel> levels = new ArrayList<>();
        for (AdminLevel level : scenario.levels()) {
            if (level.overrides().isEmpty()) {
                levels.add(level);
                continue;
            }
            Path folder = scenarioFile.toAbsolutePath().getParent();
            Path location = folder.resolve(level.overrides()).normalize();
            Path shown = scenarioFile.getParent() == null
                    ? Path.of(level.overrides())
                    : scenarioFile.getParent().resolve(level.overrides()).normalize();
            try {
                List<LocalOverride> read = OverridesReader.read(location, level.by(), shown.toString());
                List<LocalOverride> all = new ArrayList<>(level.local());
                all.addAll(read);
                levels.add(level.withLocal(all));
            } catch (InputException e) {
                problems.addAll(e.problems());
                levels.add(level);
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems, problems.size(), null);
        }
        return scenario.withLevels(levels);
    }

    /**
     * Reads a scenario from text; {@code source} names it in messages and chooses the format
     * (JSON if it ends in {@code .json}, YAML otherwise).
     *
     * @throws InputException with the problem's location and what to do
     */
    public static Scenario parse(String text, String source) {
        return parsed(text, source).scenario();
    }

    /** A scenario parsed, and the document it was read from: its tree, by the mapper that read it. */
    private record Parsed(Scenario scenario, ObjectMapper mapper, JsonNode tree) {}

    private static Parsed parsed(String text, String source) {
        if (text.isBlank()) {
            throw new InputException(Problem.of(
                    source,
                    "The scenario file is empty.",
                    "A scenario needs at least fiscal_year and rule; see the README."));
        }
        TextFiles.requireWithin(text, source, "scenario file", TextFiles.MAX_DOCUMENT_BYTES);
        ObjectMapper mapper = ScenarioCodec.mapperFor(source);
        JsonNode tree;
        try (com.fasterxml.jackson.core.JsonParser tokens = mapper.createParser(text)) {
            YamlDocuments.requireOneDocumentWithoutAliases(tokens, source);
        } catch (JsonProcessingException e) {
            throw new InputException(syntaxProblem(e, source), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            tree = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InputException(syntaxProblem(e, source), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new InputException(Problem.of(
                    source,
                    "The scenario file holds no scenario (a mapping of keys).",
                    "A scenario needs at least fiscal_year and rule; see the README."));
        }
        // Every problem at once: the unknown keys, then each value problem, found by setting aside
        // what failed and reading the rest again (ScenarioProblems).
        JsonNode rest = tree.deepCopy();
        List<Problem> problems =
                new ArrayList<>(KeyChecker.removeUnknownKeys(mapper, rest, Scenario.class, source, text));
        Scenario scenario = null;
        JsonProcessingException first = null;
        if (problems.isEmpty()) {
            try {
                scenario = mapper.readValue(text, Scenario.class);
            } catch (JsonProcessingException e) {
                problems.add(problem(e, source, text));
                first = e;
            }
        }
        if (!problems.isEmpty()) {
            problems.addAll(ScenarioProblems.more(mapper, rest, first, source, text));
            throw new InputException(problems, problems.size(), first);
        }
        if (scenario == null) {
            throw new InputException(Problem.of(
                    source,
                    "The scenario file holds no scenario.",
                    "A scenario needs at least fiscal_year and rule; see the README."));
        }
        checkColumns(scenario, source);
        return new Parsed(scenario, mapper, tree);
    }

    private static void checkColumns(Scenario scenario, String source) {
        List<Problem> problems = new ArrayList<>();
        java.util.Set<String> indicators = scenario.targets() == null
                ? java.util.Set.of()
                : scenario.targets().columns();
        for (Map.Entry<String, String> entry : scenario.columns().entrySet()) {
            if (!SchoolColumns.isCanonical(entry.getKey()) && !indicators.contains(entry.getKey())) {
                problems.add(new Problem(
                        source,
                        0,
                        0,
                        "columns." + entry.getKey(),
                        "",
                        "'" + entry.getKey() + "' is not a column of the school table or an indicator column.",
                        "Keys of 'columns' are canonical column names (or indicator columns), values the headers in"
                                + " your file. "
                                + Suggestions.advice(entry.getKey(), SchoolColumns.ALL)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems, problems.size(), null);
        }
    }

    /** The problem {@code e} reports, at its line, column and key path in {@code text}. */
    static Problem problem(JsonProcessingException e, String source, String text) {
        JsonLocation location = e.getLocation();
        if (e instanceof JsonMappingException mapping && !(e instanceof InvalidTypeIdException)) {
            // (An unknown rule type is already reported where its value stands.)
            List<String> keys = keys(mapping);
            // Jackson reports errors of a record at the end of its object: point at its key instead.
            location = keys.isEmpty() && e instanceof ValueInstantiationException
                    ? null
                    : KeyLocator.locate(ScenarioCodec.mapperFor(source), text, keys)
                            .orElse(location);
        }
        String path = e instanceof JsonMappingException mapping ? path(mapping) : "";
        if (path.isEmpty() && e instanceof ValueInstantiationException invalid && invalid.getCause() != null) {
            // A check of the whole scenario names the key it is about ("'budget' (...) is too large", "A scenario
            // with 'targets' needs a 'budget'"): point at the first one named.
            String message = String.valueOf(invalid.getCause().getMessage());
            // A check of the protections names the item it is about: 'protections.excluded[1]'.
            java.util.regex.Matcher item = java.util.regex.Pattern.compile("^'(protections)\\.([a-z_]+)\\[(\\d+)]'")
                    .matcher(message);
            java.util.regex.Matcher key =
                    java.util.regex.Pattern.compile("'([a-z_]+)'").matcher(message);
            if (item.find()) {
                path = item.group(1) + "." + item.group(2) + "[" + item.group(3) + "]";
                location = KeyLocator.locate(
                                ScenarioCodec.mapperFor(source),
                                text,
                                List.of(item.group(1), item.group(2), "[" + item.group(3) + "]"))
                        .orElse(null);
            } else if (key.find()) {
                path = key.group(1);
                location = KeyLocator.locate(ScenarioCodec.mapperFor(source), text, List.of(path))
                        .orElse(null);
            }
        }
        long line = location == null ? 0 : location.getLineNr();
        long column = location == null ? 0 : location.getColumnNr();
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<String> known = unknown.getKnownPropertyIds().stream()
                    .map(Object::toString)
                    .sorted()
                    .collect(Collectors.toList());
            String parent = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "";
            return new Problem(
                    source,
                    line,
                    column,
                    path,
                    "",
                    "Unknown key '" + unknown.getPropertyName() + "'" + (parent.isEmpty() ? "" : " in " + parent) + ".",
                    Suggestions.closest(unknown.getPropertyName(), known)
                                    .map(s -> "Did you mean '" + s + "'? ")
                                    .orElse("")
                            + "Keys allowed here: " + String.join(", ", known) + ".");
        }
        if (e instanceof InvalidTypeIdException typeId) {
            String id = typeId.getTypeId();
            if (id == null) {
                return new Problem(
                        source,
                        line,
                        column,
                        path,
                        "",
                        "The rule has no 'type'.",
                        "Say which rule: type: " + String.join(" or type: ", ScenarioCodec.ruleTypes()) + ".");
            }
            return new Problem(
                    source,
                    line,
                    column,
                    path.isEmpty() ? "rule.type" : path + ".type",
                    "",
                    "Unknown rule type '" + id + "'.",
                    Suggestions.advice(id, ScenarioCodec.ruleTypes()));
        }
        if (e instanceof ValueInstantiationException invalid) {
            Throwable cause = invalid.getCause() == null ? invalid : invalid.getCause();
            return new Problem(source, line, column, path, "", cause.getMessage(), "");
        }
        if (e instanceof InvalidFormatException format
                && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : format.getTargetType().getEnumConstants()) {
                names.add(((Enum<?>) constant).name().toLowerCase(java.util.Locale.ROOT));
            }
            return new Problem(
                    source,
                    line,
                    column,
                    path,
                    "",
                    "Unknown value '" + format.getValue() + "'.",
                    Suggestions.advice(String.valueOf(format.getValue()), names));
        }
        if (e instanceof InvalidFormatException format) {
            return new Problem(
                    source,
                    line,
                    column,
                    path,
                    "",
                    "'" + format.getValue() + "' is not a valid " + simpleType(format.getTargetType()) + ".",
                    expected(format.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatch) {
            return new Problem(
                    source,
                    line,
                    column,
                    path,
                    "",
                    "The value is not of the right kind: expected " + simpleType(mismatch.getTargetType()) + ".",
                    expected(mismatch.getTargetType()));
        }
        if (e instanceof DatabindException) {
            return new Problem(source, line, column, path, "", e.getOriginalMessage(), "");
        }
        return new Problem(
                source,
                line,
                column,
                path,
                "",
                "The file is not valid "
                        + (source.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? "JSON" : "YAML") + ": "
                        + e.getOriginalMessage(),
                "Check the indentation and punctuation near this line.");
    }

    private static Problem syntaxProblem(JsonProcessingException e, String source) {
        String format = source.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? "JSON" : "YAML";
        JsonLocation location = e.getLocation();
        // SnakeYAML's messages interleave the problem with quoted source lines (indented); keep the problem.
        String message = e.getOriginalMessage()
                .lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .collect(Collectors.joining(": "));
        if (message.toLowerCase(java.util.Locale.ROOT).contains("duplicate")) {
            return new Problem(
                    source,
                    location == null ? 0 : location.getLineNr(),
                    location == null ? 0 : location.getColumnNr(),
                    "",
                    "",
                    message + ".",
                    "Each key may appear once in a mapping; remove one of them.");
        }
        return new Problem(
                source,
                location == null ? 0 : location.getLineNr(),
                location == null ? 0 : location.getColumnNr(),
                "",
                "",
                "The file is not valid " + format + ": " + message + ".",
                "Check the indentation and punctuation near this line.");
    }

    /** The key path of a binding error: key names, {@code [i]} for list elements. */
    static List<String> keys(JsonMappingException e) {
        List<String> keys = new ArrayList<>();
        for (JsonMappingException.Reference reference : e.getPath()) {
            keys.add(reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]");
        }
        return keys;
    }

    private static String path(JsonMappingException e) {
        return KeyChecker.dotted(keys(e));
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return type == Integer.class || type == int.class ? "whole number" : "number";
        }
        if (type == String.class) {
            return "text";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "mapping of keys to values";
        }
        return "section (a mapping of keys to values)";
    }

    private static String expected(Class<?> type) {
        if (type != null && Number.class.isAssignableFrom(type)) {
            return "Write the number plainly, without quotes or thousands separators, e.g. 1250000.";
        }
        return "";
    }
}

package th.allocation.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.internal.Suggestions;
import th.allocation.scenario.Scenario;

/**
 * Reads a scenario from a YAML or JSON file, strictly: an unknown or duplicated key, a value of the
 * wrong type or out of range is an error with its line, column and key path, and for a misspelt
 * key or rule type a "did you mean" suggestion.
 */
public final class ScenarioReader {
    /** SnakeYAML's position line: {@code in 'reader', line 29, column 18:}. */
    private static final Pattern MARK = Pattern.compile("in .*, (line \\d+, column \\d+)(:?)");

    private ScenarioReader() {}

    /**
     * Reads the scenario in {@code file}; YAML unless the name ends in {@code .json}.
     *
     * @throws InputException with the problem's location and what to do
     */
    public static Scenario read(Path file) {
        String source = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(Problem.of(source, "The scenario file does not exist.", "Check the path."), e);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputException(Problem.of(source, "The scenario file is not valid UTF-8 text.",
                    "Save it as UTF-8."), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the scenario file " + source + ": " + e.getMessage(), e);
        }
        return parse(text, source);
    }

    /**
     * Reads a scenario from text; {@code source} names it in messages and chooses the format
     * (JSON if it ends in {@code .json}, YAML otherwise).
     *
     * @throws InputException with the problem's location and what to do
     */
    public static Scenario parse(String text, String source) {
        if (text.isBlank()) {
            throw new InputException(Problem.of(source, "The scenario file is empty.",
                    "A scenario needs at least fiscal_year and rule; see the README."));
        }
        Scenario scenario;
        try {
            scenario = ScenarioCodec.mapperFor(source).readValue(text, Scenario.class);
        } catch (JsonProcessingException e) {
            throw new InputException(problem(e, text, source), e);
        }
        if (scenario == null) {
            throw new InputException(Problem.of(source, "The scenario file holds no scenario.",
                    "A scenario needs at least fiscal_year and rule; see the README."));
        }
        checkColumns(scenario, source);
        return scenario;
    }

    private static void checkColumns(Scenario scenario, String source) {
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, String> entry : scenario.columns().entrySet()) {
            if (!SchoolColumns.isCanonical(entry.getKey())) {
                problems.add(new Problem(source, 0, 0, "columns." + entry.getKey(), "",
                        "'" + entry.getKey() + "' is not a column of the school table.",
                        "Keys of 'columns' are canonical column names, values the headers in your file. "
                                + Suggestions.advice(entry.getKey(), SchoolColumns.ALL)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems, problems.size(), null);
        }
    }

    private static Problem problem(JsonProcessingException e, String text, String source) {
        if (e instanceof JsonMappingException && e.getCause() instanceof StreamReadException syntax) {
            // Jackson wraps a syntax error met inside a mapping, with the mapping's path: unwrap it,
            // so that it is reported as a syntax error (the text has no key path yet).
            return syntaxProblem(syntax, source);
        }
        JsonLocation location = e.getLocation();
        if (e instanceof UnrecognizedPropertyException unknown) {
            // Jackson collects the keys of a record before it builds it and reports an unknown one
            // only when the whole mapping has been read, at the mapping's end: find the key itself.
            location = keyLocation(text, source, unknown.getPath()).orElse(location);
        }
        long line = location == null ? 0 : location.getLineNr();
        long column = location == null ? 0 : location.getColumnNr();
        String path = e instanceof JsonMappingException mapping ? path(mapping) : "";
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<String> known = unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.toList());
            String parent = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "";
            return new Problem(source, line, column, path, "",
                    "Unknown key '" + unknown.getPropertyName() + "'" + (parent.isEmpty() ? "" : " in " + parent)
                            + ".",
                    Suggestions.closest(unknown.getPropertyName(), known)
                            .map(s -> "Did you mean '" + s + "'? ")
                            .orElse("")
                            + "Keys allowed here: " + String.join(", ", known) + ".");
        }
        if (e instanceof InvalidTypeIdException typeId) {
            String id = typeId.getTypeId();
            if (id == null) {
                return new Problem(source, line, column, path, "", "The rule has no 'type'.",
                        "Say which rule: type: " + String.join(" or type: ", ScenarioCodec.ruleTypes()) + ".");
            }
            return new Problem(source, line, column, path.isEmpty() ? "rule.type" : path + ".type", "",
                    "Unknown rule type '" + id + "'.", Suggestions.advice(id, ScenarioCodec.ruleTypes()));
        }
        if (e instanceof ValueInstantiationException invalid) {
            Throwable cause = invalid.getCause() == null ? invalid : invalid.getCause();
            return new Problem(source, line, column, path, "", cause.getMessage(), "");
        }
        if (e instanceof InvalidFormatException format) {
            return new Problem(source, line, column, path, "",
                    "'" + format.getValue() + "' is not a valid " + simpleType(format.getTargetType()) + ".",
                    expected(format.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatch) {
            return new Problem(source, line, column, path, "",
                    "The value is not of the right kind: expected " + simpleType(mismatch.getTargetType()) + ".",
                    expected(mismatch.getTargetType()));
        }
        if (e instanceof DatabindException) {
            return new Problem(source, line, column, path, "", e.getOriginalMessage(), "");
        }
        return syntaxProblem(e, source);
    }

    private static Problem syntaxProblem(JsonProcessingException e, String source) {
        JsonLocation location = e.getLocation();
        return new Problem(source, location == null ? 0 : location.getLineNr(),
                location == null ? 0 : location.getColumnNr(), "", "", "The file is not valid "
                        + (source.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? "JSON" : "YAML") + ": "
                        + sentence(oneLine(e.getOriginalMessage())),
                "Check the indentation and punctuation near this line.");
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    /**
     * A parser's message on one line, as a {@link Problem} must be. SnakeYAML's messages span several
     * lines: each step ("while parsing a block mapping", "expected <block end>, but found ...") is
     * followed by a line "in 'reader', line L, column C:" and two lines that quote the text with a
     * caret under the fault. The quotes are dropped, the positions kept in brackets, the steps joined
     * with "; ".
     */
    private static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        List<String> steps = new ArrayList<>();
        String[] lines = message.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            Matcher mark = MARK.matcher(line);
            if (mark.matches() && !steps.isEmpty()) {
                steps.set(steps.size() - 1, steps.get(steps.size() - 1) + " (" + mark.group(1) + ")");
                if (mark.group(2).equals(":")) {
                    i++; // the quoted line
                    if (i + 1 < lines.length && lines[i + 1].strip().equals("^")) {
                        i++; // the caret under it
                    }
                }
            } else if (!line.isEmpty()) {
                steps.add(line);
            }
        }
        return String.join("; ", steps);
    }

    /**
     * Where the key at the end of {@code path} starts in {@code text}, found by reading the text again
     * token by token and comparing each key's path; empty if no key has that path.
     */
    private static Optional<JsonLocation> keyLocation(String text, String source,
            List<JsonMappingException.Reference> path) {
        if (path.isEmpty()) {
            return Optional.empty();
        }
        try (JsonParser parser = ScenarioCodec.mapperFor(source).createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && hasPath(parser.getParsingContext(), path)) {
                    return Optional.of(parser.currentTokenLocation());
                }
            }
        } catch (IOException e) {
            // The text was parsed up to the unknown key already; if it cannot be read again, keep
            // Jackson's location rather than hide the user's problem behind this one.
        }
        return Optional.empty();
    }

    /** Whether the parser's context, from the current key up to the root, follows {@code path}. */
    private static boolean hasPath(JsonStreamContext context, List<JsonMappingException.Reference> path) {
        JsonStreamContext at = context;
        for (int i = path.size() - 1; i >= 0; i--) {
            if (at == null) {
                return false;
            }
            JsonMappingException.Reference step = path.get(i);
            boolean matches = step.getFieldName() != null
                    ? at.inObject() && step.getFieldName().equals(at.getCurrentName())
                    : at.inArray() && at.getCurrentIndex() == step.getIndex();
            if (!matches) {
                return false;
            }
            at = at.getParent();
        }
        return at != null && at.inRoot();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
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

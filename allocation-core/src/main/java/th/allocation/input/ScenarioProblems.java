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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.allocation.Problem;
import th.allocation.scenario.Scenario;

/**
 * Finds every value problem of a scenario, not only the first. Binding stops at the first bad value
 * (Jackson, and the checks in the scenario's constructors, throw), so after each problem the value
 * at fault is set aside (removed from a copy of the document) and the rest is read again, until it
 * reads or nothing more can be set aside. The value at fault is the key the check names inside the
 * section it reports ({@code floors} naming {@code 'min_per_pupil'} sets aside
 * {@code floors.min_per_pupil}), else the section.
 *
 * <p>Setting a value aside can make its section incomplete; a problem about a key already set aside,
 * or about a section holding one, is the echo of an earlier one: it is not reported, and the whole
 * section is set aside in turn, so the search goes on in the other sections. Every problem reported
 * is real; a section's later problems may wait for the next round when its first problem left it
 * unable to be read at all. Each round removes a value, so the search ends.
 */
final class ScenarioProblems {
    /** The most problems looked for: a document this broken has bigger trouble. */
    static final int MAX = 100;

    private static final Pattern NAMED_KEY = Pattern.compile("'([a-z_]+)'");

    private ScenarioProblems() {}

    /**
     * The problems of {@code document} after {@code first} (the problem already reported, or
     * {@code null} if none was: only unknown keys, already removed from {@code document}).
     *
     * @param document a copy of the scenario's tree, changed here
     */
    static List<Problem> more(
            ObjectMapper mapper, JsonNode document, JsonProcessingException first, String source, String text) {
        List<Problem> problems = new ArrayList<>();
        List<List<String>> setAside = new ArrayList<>();
        JsonProcessingException current = first;
        if (current != null && !setAside(document, current, setAside)) {
            return problems;
        }
        while (problems.size() < MAX) {
            try {
                mapper.treeToValue(document, Scenario.class);
                return problems;
            } catch (JsonProcessingException e) {
                List<String> fault = fault(document, e);
                if (fault.isEmpty()) {
                    return problems;
                }
                if (!isEcho(fault, setAside)) {
                    problems.add(located(ScenarioReader.problem(e, source, text), mapper, text, fault));
                }
                if (!remove(document, fault)) {
                    return problems;
                }
                setAside.add(fault);
            } catch (IllegalArgumentException e) {
                return problems;
            }
        }
        return problems;
    }

    /**
     * The problem, at the line and column of {@code fault} if it has none: a document rebuilt from a
     * tree has no locations of its own, so they are looked up in the text.
     */
    private static Problem located(Problem problem, ObjectMapper mapper, String text, List<String> fault) {
        if (problem.line() > 0) {
            return problem;
        }
        return KeyLocator.locate(mapper, text, fault)
                .map(at -> new Problem(
                        problem.source(),
                        at.getLineNr(),
                        at.getColumnNr(),
                        problem.field(),
                        problem.schoolId(),
                        problem.message(),
                        problem.advice()))
                .orElse(problem);
    }

    /** Removes the value at fault in {@code e} from {@code document}; whether there was one to remove. */
    private static boolean setAside(JsonNode document, JsonProcessingException e, List<List<String>> setAside) {
        List<String> fault = fault(document, e);
        if (fault.isEmpty() || !remove(document, fault)) {
            return false;
        }
        setAside.add(fault);
        return true;
    }

    /**
     * The path of the value at fault: the key the message names inside the reported section, if the
     * document has it there; else the reported path; for a check of the whole scenario, the top-level
     * key it names. Empty if none can be told.
     */
    static List<String> fault(JsonNode document, JsonProcessingException e) {
        List<String> path = e instanceof JsonMappingException mapping ? ScenarioReader.keys(mapping) : List.of();
        if (e instanceof ValueInstantiationException invalid && invalid.getCause() != null) {
            Matcher named = NAMED_KEY.matcher(String.valueOf(invalid.getCause().getMessage()));
            if (named.find()) {
                List<String> inside = new ArrayList<>(path);
                inside.add(named.group(1));
                if (node(document, inside) != null) {
                    return inside;
                }
            }
        }
        return path.isEmpty() || node(document, path) == null ? List.of() : path;
    }

    /** Whether a fault at {@code path} is at, or holds, a value already set aside. */
    private static boolean isEcho(List<String> path, List<List<String>> setAside) {
        for (List<String> removed : setAside) {
            if (removed.size() >= path.size() && removed.subList(0, path.size()).equals(path)) {
                return true;
            }
        }
        return false;
    }

    /** The node at {@code path} ({@code [i]} for list elements), or {@code null}. */
    private static JsonNode node(JsonNode document, List<String> path) {
        JsonNode node = document;
        for (String step : path) {
            if (node == null) {
                return null;
            }
            node = step.startsWith("[") ? node.get(index(step)) : node.get(step);
        }
        return node;
    }

    private static boolean remove(JsonNode document, List<String> path) {
        JsonNode parent = node(document, path.subList(0, path.size() - 1));
        String last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object && !last.startsWith("[")) {
            return object.remove(last) != null;
        }
        if (parent instanceof ArrayNode array && last.startsWith("[")) {
            // Blanked, not removed: the elements after it keep their indices, and so their locations.
            int index = index(last);
            if (index >= 0 && index < array.size() && !array.get(index).isNull()) {
                array.set(index, com.fasterxml.jackson.databind.node.NullNode.getInstance());
                return true;
            }
        }
        return false;
    }

    private static int index(String step) {
        try {
            return Integer.parseInt(step.substring(1, step.length() - 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

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

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedClassResolver;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import th.allocation.Problem;
import th.allocation.Suggestions;

/**
 * Checks every key of a scenario document against the keys its Java type accepts, before binding.
 * Jackson alone reports an unknown key of a record only after constructing it, so a misspelt
 * required key would first show up as "missing"; this check reports every unknown key, each at
 * its own line and column, with a "did you mean". The accepted keys come from Jackson's own
 * introspection, so they always agree with what binding accepts.
 */
final class KeyChecker {
    private final ObjectMapper mapper;
    private final DeserializationConfig config;
    private final String source;
    private final String text;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Runnable> removals = new ArrayList<>();

    private KeyChecker(ObjectMapper mapper, String source, String text) {
        this.mapper = mapper;
        this.config = mapper.getDeserializationConfig();
        this.source = source;
        this.text = text;
    }

    /** The unknown keys of {@code tree}, read as {@code type}; empty if there are none. */
    static List<Problem> unknownKeys(ObjectMapper mapper, JsonNode tree, Class<?> type, String source, String text) {
        KeyChecker checker = new KeyChecker(mapper, source, text);
        checker.check(tree, mapper.constructType(type), new ArrayList<>());
        return checker.problems;
    }

    private void check(JsonNode node, JavaType type, List<String> path) {
        if (node != null && node.isArray() && type.isCollectionLikeType()) {
            for (int i = 0; i < node.size(); i++) {
                List<String> at = new ArrayList<>(path);
                at.add("[" + i + "]");
                check(node.get(i), type.getContentType(), at);
            }
            return;
        }
        if (node == null || !node.isObject() || type.isMapLikeType() || type.isJavaLangObject()) {
            return;
        }
        Map<String, JavaType> accepted = new TreeMap<>();
        JavaType concrete = type;
        if (type.isAbstract() || type.isInterface()) {
            concrete = subtype(type, node.path("type").asText(null));
            if (concrete == null) {
                return; // a missing or unknown type is reported by binding, with the valid names
            }
            accepted.put("type", mapper.constructType(String.class));
        }
        BeanDescription description = config.introspect(concrete);
        for (BeanPropertyDefinition property : description.findProperties()) {
            if (property.couldDeserialize()) {
                accepted.put(property.getName(), property.getPrimaryType());
            }
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            List<String> at = new ArrayList<>(path);
            at.add(field.getKey());
            JavaType valueType = accepted.get(field.getKey());
            if (valueType == null) {
                report(field.getKey(), at, accepted.keySet());
                String key = field.getKey();
                removals.add(() -> ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove(key));
            } else {
                check(field.getValue(), valueType, at);
            }
        }
    }

    /**
     * The unknown keys of {@code tree}, read as {@code type}, as {@link #unknownKeys} reports them;
     * each is also removed from {@code tree}, so that the rest can be checked for other problems.
     */
    static List<Problem> removeUnknownKeys(
            ObjectMapper mapper, JsonNode tree, Class<?> type, String source, String text) {
        KeyChecker checker = new KeyChecker(mapper, source, text);
        checker.check(tree, mapper.constructType(type), new ArrayList<>());
        checker.removals.forEach(Runnable::run);
        return checker.problems;
    }

    /** A path for people: {@code targets.indicators[0].cost}. */
    static String dotted(List<String> path) {
        StringBuilder text = new StringBuilder();
        for (String step : path) {
            if (text.length() > 0 && !step.startsWith("[")) {
                text.append('.');
            }
            text.append(step);
        }
        return text.toString();
    }

    private JavaType subtype(JavaType base, String name) {
        if (name == null) {
            return null;
        }
        AnnotatedClass annotated = AnnotatedClassResolver.resolveWithoutSuperTypes(config, base.getRawClass());
        for (NamedType named : config.getSubtypeResolver().collectAndResolveSubtypesByClass(config, annotated)) {
            if (name.equals(named.getName())) {
                return mapper.constructType(named.getType());
            }
        }
        return null;
    }

    private void report(String key, List<String> path, java.util.Set<String> accepted) {
        var location = KeyLocator.locate(mapper, text, path);
        String parent = dotted(path.subList(0, path.size() - 1));
        List<String> known = new ArrayList<>(accepted);
        problems.add(new Problem(
                source,
                location.map(l -> (long) l.getLineNr()).orElse(0L),
                location.map(l -> (long) l.getColumnNr()).orElse(0L),
                dotted(path),
                "",
                "Unknown key '" + key + "'" + (parent.isEmpty() ? "" : " in " + parent) + ".",
                Suggestions.closest(key, known)
                                .map(s -> "Did you mean '" + s + "'? ")
                                .orElse("") + "Keys allowed here: " + String.join(", ", known) + "."));
    }
}

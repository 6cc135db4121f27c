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
package th.allocation.parameters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedClassResolver;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.Suggestions;
import th.allocation.codec.ScenarioCodec;
import th.allocation.input.ScenarioReader;
import th.allocation.model.Limits;
import th.allocation.rule.ComponentFormula;
import th.allocation.rule.FormulaComponent;
import th.allocation.scenario.AdminLevel;
import th.allocation.scenario.Indicator;
import th.allocation.scenario.Scenario;

/**
 * The numeric parameters of a scenario, named by their key paths in the scenario file
 * ({@code rule.weights.remote}, {@code rule.loadings.poor}, {@code floors.min_per_pupil}...; an
 * indicator's by its name, {@code targets.indicators.reading.target}), and
 * variants of a scenario with some of them changed: for sensitivity analyses and sweeps.
 *
 * <p>A variant is made through the scenario's file form, not by hand: the scenario is written as a
 * JSON tree ({@link ScenarioCodec#toTree}), the values are set in the tree, and the tree is read
 * back by {@link ScenarioReader#parse}, so a variant is checked exactly like a file a user wrote, and
 * any number the scenario format has can be varied without code for it here. Which keys exist and
 * which hold numbers comes from the same Jackson introspection that reading uses, so a parameter
 * that is left out of the file (a budget, a cap) can be set too.
 *
 * <p>Stateless and thread-safe.
 */
public final class ScenarioParameters {
    private ScenarioParameters() {}

    /** What kind of number a parameter holds, which says which values it can take. */
    public enum Kind {
        /** A whole number, e.g. {@code small_school.full_up_to}. */
        WHOLE_NUMBER("whole_number"),
        /** An exact decimal, e.g. an amount in baht (whole satang) or a percentage. */
        DECIMAL("decimal"),
        /** A real number, e.g. a weight. */
        REAL("real");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The kind's name in output files, e.g. {@code whole_number}. */
        public String key() {
            return key;
        }
    }

    /**
     * One numeric parameter of a scenario.
     *
     * @param path the key path, dot-separated, as in the scenario file, e.g. {@code rule.weights.remote}
     * @param kind the kind of number it holds
     */
    public record Parameter(String path, Kind kind) {}

    /** Every numeric parameter of {@code scenario}'s format (its rule type's keys), in key order. */
    public static List<Parameter> of(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        ObjectMapper mapper = ScenarioCodec.json();
        List<Parameter> parameters = new ArrayList<>();
        collect(mapper, mapper.constructType(Scenario.class), scenario.rule().type(), "", parameters);
        if (scenario.rule() instanceof ComponentFormula formula) {
            // A composed formula's components are a list in the file; their numbers are named by the
            // component's name, and only the numbers a component has are listed (a per-school
            // component has no per_pupil to vary).
            JsonNode components = ScenarioCodec.toTree(scenario).path("rule").path("components");
            for (FormulaComponent part : formula.parts()) {
                String prefix = "rule.components." + part.name() + ".";
                List<Parameter> all = new ArrayList<>();
                collect(mapper, mapper.constructType(FormulaComponent.class), "", prefix, all);
                JsonNode element = named(components, part.name());
                for (Parameter parameter : all) {
                    if (!element.at("/"
                                    + parameter
                                            .path()
                                            .substring(prefix.length())
                                            .replace('.', '/'))
                            .isMissingNode()) {
                        parameters.add(parameter);
                    }
                }
            }
        }
        if (scenario.targets() != null) {
            // Indicators are a list in the file; their numbers are named by the indicator's name.
            for (Indicator indicator : scenario.targets().indicators()) {
                collect(
                        mapper,
                        mapper.constructType(Indicator.class),
                        scenario.rule().type(),
                        "targets.indicators." + indicator.name() + ".",
                        parameters);
            }
        }
        return List.copyOf(parameters);
    }

    /**
     * The numeric parameter at {@code path}.
     *
     * @throws InputException if there is no such key, with a "did you mean", or it does not hold a number
     */
    public static Parameter find(Scenario scenario, String path) {
        List<Parameter> parameters = of(scenario);
        for (Parameter parameter : parameters) {
            if (parameter.path().equals(path)) {
                return parameter;
            }
        }
        List<String> paths = parameters.stream().map(Parameter::path).toList();
        List<String> below =
                paths.stream().filter(p -> p.startsWith(path + ".")).toList();
        if (!below.isEmpty()) {
            throw new InputException(new Problem(
                    "",
                    0,
                    0,
                    path,
                    "",
                    "'" + path + "' is a section, not a number.",
                    "Vary one of its numbers: " + String.join(", ", below) + "."));
        }
        String advice = Suggestions.closest(path, paths)
                        .map(s -> "Did you mean '" + s + "'? ")
                        .orElse("")
                + "Numeric parameters of this scenario (rule type "
                + scenario.rule().type() + "): "
                + String.join(", ", paths) + ".";
        throw new InputException(new Problem("", 0, 0, path, "", "Unknown parameter '" + path + "'.", advice));
    }

    /**
     * {@code base} with the parameters at the keys of {@code values} set to the values, checked like a
     * scenario file. For many variants of one scenario, {@link #variants} saves looking up the keys
     * each time.
     *
     * @param values key paths ({@link Parameter#path()}) and their new values; whole numbers for
     *     {@link Kind#WHOLE_NUMBER} parameters
     * @param source names the variant in problems, e.g. {@code variant 17}
     * @throws InputException if a path is unknown, a whole number is not whole, or the variant is not a
     *     valid scenario (e.g. a weight below its minimum); each problem names the key path
     */
    public static Scenario with(Scenario base, Map<String, BigDecimal> values, String source) {
        Variants variants = variants(base, List.copyOf(values.keySet()));
        return variants.with(List.copyOf(values.values()), source);
    }

    /**
     * Variants of {@code base} that set the parameters at {@code paths}: the keys are looked up once.
     *
     * @throws InputException if a path is unknown (with a "did you mean") or does not hold a number
     */
    public static Variants variants(Scenario base, List<String> paths) {
        Objects.requireNonNull(base, "base");
        Map<String, Parameter> byPath = new LinkedHashMap<>();
        of(base).forEach(p -> byPath.put(p.path(), p));
        List<Parameter> parameters = new ArrayList<>();
        for (String path : paths) {
            Parameter parameter = byPath.get(path);
            parameters.add(parameter != null ? parameter : find(base, path)); // find throws, with the advice
        }
        return new Variants(base, parameters);
    }

    /** Variants of one scenario with values for the same parameters. Immutable and thread-safe. */
    public static final class Variants {
        private final Scenario base;
        private final List<Parameter> parameters;
        private final ObjectNode tree;
        /** The variants' file text around the values, made on first use; {@link VariantText#NONE} if none. */
        private volatile VariantText text;

        private Variants(Scenario base, List<Parameter> parameters) {
            this.base = base;
            this.parameters = List.copyOf(parameters);
            this.tree = (ObjectNode) ScenarioCodec.toTree(base);
        }

        /** The scenario the variants start from. */
        public Scenario base() {
            return base;
        }

        /** The parameters set, in order. */
        public List<Parameter> parameters() {
            return parameters;
        }

        /**
         * The base scenario with the parameters set to {@code values}, in the order of
         * {@link #parameters()}, checked like a scenario file.
         *
         * <p>The variant is read from the text a scenario file with these values would have, the same
         * text to the byte whichever way it is made. When the base reads back as a valid file and each
         * parameter is a key of it, only the values differ from one variant's text to the next: the
         * text is then put together from the base's text around the values, and read by the reader's
         * mapper alone, since the checks of keys, of the document and of the columns that the strict
         * reader ({@link ScenarioReader#parse}) adds cannot fail where only numbers changed. A
         * variant that the mapper refuses is read again by the strict reader, so that its problems
         * are reported exactly as for a file.
         *
         * @param source names the variant in problems, e.g. {@code variant 17}
         * @throws InputException if a whole number is not whole, or the variant is not a valid scenario;
         *     each problem names the key path
         */
        public Scenario with(List<BigDecimal> values, String source) {
            checkCount(values);
            VariantText around = text();
            if (around == VariantText.NONE) {
                return withRoundTrip(values, source);
            }
            String[] numbers = new String[parameters.size()];
            for (int k = 0; k < numbers.length; k++) {
                numbers[k] = around.render(
                        valueNode(tree, parameters.get(k), Objects.requireNonNull(values.get(k), "value"), source));
            }
            Scenario variant;
            try {
                variant = ScenarioCodec.json().readValue(around.with(numbers), Scenario.class);
            } catch (JsonProcessingException | RuntimeException e) {
                return withRoundTrip(values, source); // refused: the strict reader says why, as for a file
            }
            return withLocalOverrides(variant);
        }

        /**
         * {@link #with}, the variant made the long way: the base's tree copied, the values set in it,
         * written as JSON and read back by {@link ScenarioReader#parse}.
         */
        Scenario withRoundTrip(List<BigDecimal> values, String source) {
            checkCount(values);
            String text = writeVariant(values, source);
            try {
                return withLocalOverrides(ScenarioReader.parse(text, "variant.json"));
            } catch (InputException e) {
                // Positions in the generated text mean nothing to the user; the key path and the values do.
                List<Problem> problems = e.problems().stream()
                        .map(p -> new Problem(source, 0, 0, p.field(), "", p.message(), p.advice()))
                        .collect(Collectors.toList());
                throw new InputException(problems, e.totalProblems(), e);
            }
        }

        /** The text of the variant's file, as {@link #withRoundTrip} writes it. */
        String writeVariant(List<BigDecimal> values, String source) {
            ObjectNode copy = tree.deepCopy();
            for (int k = 0; k < parameters.size(); k++) {
                set(copy, parameters.get(k), Objects.requireNonNull(values.get(k), "value"), source);
            }
            return write(copy);
        }

        /** The text of the variant's file, as {@link #with} puts it together; null if it reads the long way. */
        String assembleVariant(List<BigDecimal> values, String source) {
            VariantText around = text();
            if (around == VariantText.NONE) {
                return null;
            }
            String[] numbers = new String[parameters.size()];
            for (int k = 0; k < numbers.length; k++) {
                numbers[k] = around.render(valueNode(tree, parameters.get(k), values.get(k), source));
            }
            return around.with(numbers);
        }

        private void checkCount(List<BigDecimal> values) {
            if (values.size() != parameters.size()) {
                throw new IllegalArgumentException("One value per parameter (" + values.size() + " values, "
                        + parameters.size() + " parameters).");
            }
        }

        private Scenario withLocalOverrides(Scenario variant) {
            if (!base.isDecentralised()) {
                return variant;
            }
            // Units' overrides are read from their files, not written in the tree: carry them over.
            List<AdminLevel> levels = new ArrayList<>();
            for (int k = 0; k < base.levels().size(); k++) {
                levels.add(
                        variant.levels().get(k).withLocal(base.levels().get(k).local()));
            }
            return variant.withLevels(levels);
        }

        private VariantText text() {
            VariantText known = text;
            if (known == null) {
                known = VariantText.of(tree, parameters);
                text = known;
            }
            return known;
        }
    }

    /**
     * The text of a scenario file with some numbers left out: the pieces around them, and which
     * parameter goes into each gap (in the order of the text, not of the parameters).
     */
    private record VariantText(String[] pieces, int[] gaps) {
        static final VariantText NONE = new VariantText(new String[0], new int[0]);
        private static final String MARK = "~sweep-parameter~";

        /**
         * The text of {@code tree} around the values of {@code parameters}, or {@link #NONE} if a
         * parameter is not a number written in the tree (setting it adds a key) or the tree does not
         * read back as a valid file (its variants must then fail as the strict reader fails them).
         */
        static VariantText of(ObjectNode tree, List<Parameter> parameters) {
            ObjectNode marked = tree.deepCopy();
            for (int k = 0; k < parameters.size(); k++) {
                String[] keys = parameters.get(k).path().split("\\.");
                ObjectNode node = existing(marked, keys);
                String key = keys[keys.length - 1];
                if (node == null || !(node.get(key) != null && node.get(key).isNumber())) {
                    return NONE;
                }
                node.put(key, MARK + k + MARK);
            }
            String plain = write(tree);
            if (plain.contains(MARK)) {
                return NONE; // the mark is part of the scenario's own text
            }
            try {
                ScenarioReader.parse(plain, "variant.json");
            } catch (InputException e) {
                return NONE;
            }
            String whole = write(marked);
            List<String> pieces = new ArrayList<>();
            int[] gaps = new int[parameters.size()];
            int from = 0;
            for (int g = 0; g < gaps.length; g++) {
                int at = whole.indexOf("\"" + MARK, from);
                if (at < 0) {
                    return NONE;
                }
                int end = whole.indexOf(MARK + "\"", at + 1 + MARK.length());
                gaps[g] = Integer.parseInt(whole.substring(at + 1 + MARK.length(), end));
                pieces.add(whole.substring(from, at));
                from = end + MARK.length() + 1;
            }
            pieces.add(whole.substring(from));
            return new VariantText(pieces.toArray(String[]::new), gaps);
        }

        /** How a value is written in the file's text: as the mapper writes it inside the tree. */
        String render(JsonNode value) {
            return write(value);
        }

        /** The text with {@code numbers}, in the order of the parameters, in their places. */
        String with(String[] numbers) {
            StringBuilder text = new StringBuilder(pieces[pieces.length - 1].length() * (pieces.length + 1));
            for (int g = 0; g < gaps.length; g++) {
                text.append(pieces[g]).append(numbers[gaps[g]]);
            }
            return text.append(pieces[pieces.length - 1]).toString();
        }
    }

    /** The object at {@code keys} but the last, without adding any; null if it is not there. */
    private static ObjectNode existing(ObjectNode tree, String[] keys) {
        ObjectNode node = tree;
        int last = keys.length - 1;
        for (int k = 0; k < last; k++) {
            JsonNode child = node.get(keys[k]);
            if (child instanceof com.fasterxml.jackson.databind.node.ArrayNode list && k + 1 < last) {
                k++;
                node = named(list, keys[k]);
            } else if (child instanceof ObjectNode object) {
                node = object;
            } else {
                return null;
            }
        }
        return node;
    }

    private static String write(JsonNode node) {
        try {
            return ScenarioCodec.json().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a scenario tree as JSON.", e);
        }
    }

    private static void set(ObjectNode tree, Parameter parameter, BigDecimal value, String source) {
        String[] keys = parameter.path().split("\\.");
        ObjectNode node = tree;
        int last = keys.length - 1;
        for (int k = 0; k < last; k++) {
            JsonNode child = node.get(keys[k]);
            if (child instanceof com.fasterxml.jackson.databind.node.ArrayNode list && k + 1 < last) {
                k++; // a list of named elements (indicators): the next key is the element's name
                node = named(list, keys[k]);
            } else {
                node = child instanceof ObjectNode object ? object : node.putObject(keys[k]);
            }
        }
        node.set(keys[last], valueNode(node, parameter, value, source));
    }

    /**
     * The node {@code value} is written as for {@code parameter}, made by {@code factory}'s node
     * factory as {@code ObjectNode.put} makes it.
     *
     * @throws InputException if the parameter takes whole numbers and {@code value} is not one
     */
    private static JsonNode valueNode(ObjectNode factory, Parameter parameter, BigDecimal value, String source) {
        return switch (parameter.kind()) {
            case WHOLE_NUMBER -> {
                BigDecimal whole = value.stripTrailingZeros();
                if (whole.scale() > 0
                        || whole.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
                        || whole.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0) {
                    throw new InputException(new Problem(
                            source,
                            0,
                            0,
                            parameter.path(),
                            "",
                            "'" + parameter.path() + "' takes a whole number (" + Limits.show(value) + ").",
                            "Use whole numbers for it, e.g. a step of 1."));
                }
                yield factory.numberNode(whole.intValueExact());
            }
            case DECIMAL, REAL -> factory.numberNode(value);
        };
    }

    private static ObjectNode named(JsonNode list, String name) {
        for (JsonNode element : list) {
            if (element instanceof ObjectNode object
                    && name.equals(object.path("name").asText(null))) {
                return object;
            }
        }
        throw new IllegalStateException("No element named '" + name + "' in " + list);
    }

    private static void collect(
            ObjectMapper mapper, JavaType type, String ruleType, String prefix, List<Parameter> into) {
        DeserializationConfig config = mapper.getDeserializationConfig();
        JavaType concrete = type;
        if (type.isAbstract() || type.isInterface()) {
            concrete = subtype(mapper, type, ruleType);
            if (concrete == null) {
                return;
            }
        }
        BeanDescription description = config.introspect(concrete);
        for (BeanPropertyDefinition property : description.findProperties()) {
            if (!property.couldDeserialize()) {
                continue;
            }
            JavaType valueType = property.getPrimaryType();
            String path = prefix + property.getName();
            Class<?> raw = valueType.getRawClass();
            if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
                into.add(new Parameter(path, Kind.WHOLE_NUMBER));
            } else if (raw == BigDecimal.class) {
                into.add(new Parameter(path, Kind.DECIMAL));
            } else if (raw == Double.class || raw == double.class) {
                into.add(new Parameter(path, Kind.REAL));
            } else if (!valueType.isContainerType()
                    && !valueType.isPrimitive()
                    && !raw.isEnum()
                    && !raw.getName().startsWith("java.")) {
                collect(mapper, valueType, ruleType, path + ".", into);
            }
        }
    }

    private static JavaType subtype(ObjectMapper mapper, JavaType base, String name) {
        DeserializationConfig config = mapper.getDeserializationConfig();
        AnnotatedClass annotated = AnnotatedClassResolver.resolveWithoutSuperTypes(config, base.getRawClass());
        for (NamedType named : config.getSubtypeResolver().collectAndResolveSubtypesByClass(config, annotated)) {
            if (name.equals(named.getName())) {
                return mapper.constructType(named.getType());
            }
        }
        return null;
    }
}

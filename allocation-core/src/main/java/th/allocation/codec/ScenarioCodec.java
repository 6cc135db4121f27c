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
package th.allocation.codec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import th.allocation.rule.ComponentFormula;
import th.allocation.rule.FlatPerHead;
import th.allocation.rule.FormulaComponent;
import th.allocation.rule.Rule;
import th.allocation.rule.WeightedFormula;
import th.allocation.scenario.AdminLevel;
import th.allocation.scenario.LocalOverride;
import th.allocation.scenario.OverrideBounds;
import th.allocation.scenario.Protections;
import th.allocation.scenario.Scenario;

/**
 * The mapping between scenario values and their YAML/JSON form: snake_case keys, the rule chosen by
 * its {@code type}, unknown keys and duplicate keys rejected. The model classes carry no Jackson
 * annotations; this class adds them from outside (mix-ins), so Jackson stays at the edges.
 */
public final class ScenarioCodec {
    private static final ObjectMapper JSON = configure(JsonMapper.builder()).build();
    private static final ObjectMapper YAML =
            configure(YAMLMapper.builder(YAMLFactory.builder().build())).build();

    private ScenarioCodec() {}

    /** The mapper for a file, chosen by its extension: JSON for {@code .json}, YAML otherwise. */
    public static ObjectMapper mapperFor(String fileName) {
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? JSON : YAML;
    }

    /** The JSON mapper, configured as for reading scenario files. */
    public static ObjectMapper json() {
        return JSON;
    }

    /**
     * Builds what reading a YAML scenario and writing one as JSON take, ahead of their first use: the
     * YAML parser (by parsing a one-line document) and the readers and writers of the scenario's
     * classes, which Jackson otherwise builds by reflection on the first read, about a tenth of a
     * second of a cold start. Meant for a second thread while a command line is still being parsed;
     * reading and writing give the same results with or without it, and it is safe to call from any
     * thread, any number of times.
     */
    public static void prepare() {
        try {
            YAML.readTree("prepare: 1");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a one-line YAML document.", e);
        }
        YAML.readerFor(Scenario.class);
        JSON.writerFor(Scenario.class);
    }

    /** The scenario as a JSON tree, every default filled in: the "scenario as read" of a run manifest. */
    public static JsonNode toTree(Scenario scenario) {
        return JSON.valueToTree(scenario);
    }

    /** The scenario as pretty-printed JSON. */
    public static String toJson(Scenario scenario) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(scenario);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a scenario as JSON.", e);
        }
    }

    private static <M extends ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>>
            B configure(B builder) {
        builder.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(com.fasterxml.jackson.databind.cfg.EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .addMixIn(Rule.class, RuleMixin.class)
                .addMixIn(ComponentFormula.class, ComponentFormulaMixin.class)
                .addMixIn(Scenario.class, ScenarioMixin.class)
                .addMixIn(AdminLevel.class, AdminLevelMixin.class)
                .addMixIn(Protections.class, ProtectionsMixin.class)
                .withCoercionConfig(
                        LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Integer,
                        c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
        return builder;
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = FlatPerHead.class, name = "flat"),
        @JsonSubTypes.Type(value = WeightedFormula.class, name = "weighted"),
        @JsonSubTypes.Type(value = ComponentFormula.class, name = "components")
    })
    private interface RuleMixin {}

    /** A composed formula's list of components is {@code components} in a file. */
    private abstract static class ComponentFormulaMixin {
        @com.fasterxml.jackson.annotation.JsonCreator
        ComponentFormulaMixin(
                @com.fasterxml.jackson.annotation.JsonProperty("components") java.util.List<FormulaComponent> parts) {}

        @com.fasterxml.jackson.annotation.JsonProperty("components")
        abstract java.util.List<FormulaComponent> parts();
    }

    /** A one-step scenario is written without {@code levels}, as before levels existed. */
    private abstract static class ScenarioMixin {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract java.util.List<AdminLevel> levels();

        @com.fasterxml.jackson.annotation.JsonIgnore
        abstract boolean isDecentralised();
    }

    /**
     * Units' overrides are read from the files {@code overrides} names (see {@code OverridesReader}),
     * not written inline; {@code may_override} and {@code overrides} are left out when empty.
     */
    private abstract static class AdminLevelMixin {
        @com.fasterxml.jackson.annotation.JsonIgnore
        abstract java.util.List<LocalOverride> local();

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract java.util.Map<String, OverrideBounds> mayOverride();

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract String overrides();
    }

    /** Protections are written without an empty {@code excluded}; their derived methods are not keys. */
    private abstract static class ProtectionsMixin {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract java.util.List<String> excluded();

        @com.fasterxml.jackson.annotation.JsonIgnore
        abstract boolean needsPrevious();

        @com.fasterxml.jackson.annotation.JsonIgnore
        abstract boolean none();
    }

    /** The names of the rule types, for suggestions. */
    public static java.util.List<String> ruleTypes() {
        return java.util.List.of("flat", "weighted", "components");
    }
}

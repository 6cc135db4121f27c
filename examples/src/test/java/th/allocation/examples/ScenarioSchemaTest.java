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
package th.allocation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.allocation.InputException;
import th.allocation.input.ScenarioReader;

/** Every bundled scenario is valid against the published JSON Schema, and the schema is as strict as the reader. */
class ScenarioSchemaTest {
    private static final ObjectMapper YAML = new YAMLMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = ScenarioReader.class.getResourceAsStream("/th/allocation/scenario.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
    }

    private static List<Path> bundledScenarios() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("."))) {
            return files.filter(
                            f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .filter(f -> !f.startsWith(Path.of(".", "target"))) // the build folder, not targets.yaml
                    // Scenarios sit in an example's folder; units' override files in folders below it.
                    .filter(f -> f.getNameCount() == 3)
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    @Test
    void everyBundledScenario_isValidAgainstTheSchemaAndReadable() throws IOException {
        List<Path> scenarios = bundledScenarios();
        assertTrue(scenarios.contains(Path.of(".", "thailand", "targets.yaml")), "found " + scenarios);
        assertTrue(scenarios.size() >= 5, "found " + scenarios);
        for (Path file : scenarios) {
            Set<ValidationMessage> errors = schema.validate(YAML.readTree(file.toFile()));
            assertEquals(Set.of(), errors, file.toString());
            ScenarioReader.read(file);
        }
    }

    @Test
    void schema_rejectsWhatTheReaderRejects() throws IOException {
        String good = Files.readString(Path.of("small", "needs-weighted.yaml"));
        for (String bad : List.of(
                good.replace("  lump_sum:", "  lump_sun:"),
                good.replace("type: weighted", "type: weigted"),
                good.replace("remote: 1.2", "remote: 0.8"),
                good.replace("fiscal_year: 2570", "fiscal_year: 1999"))) {
            assertFalse(schema.validate(YAML.readTree(bad)).isEmpty(), bad);
            assertThrows(InputException.class, () -> ScenarioReader.parse(bad, "bad.yaml"));
        }
    }

    @Test
    void schema_andReader_acceptAMinimalScenario() throws IOException {
        String minimal = "fiscal_year: 2570\nrule: {type: flat, rates: {preprimary: 1, primary: 1, lower_secondary: 1,"
                + " upper_secondary: 1}}\n";
        JsonNode tree = YAML.readTree(minimal);
        assertEquals(Set.of(), schema.validate(tree));
        ScenarioReader.parse(minimal, "minimal.yaml");
    }
}

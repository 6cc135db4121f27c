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
package th.allocation.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import th.allocation.codec.ScenarioCodec;
import th.allocation.output.AllocationWriter;
import th.allocation.result.AllocationResult;
import th.allocation.scenario.Scenario;

/**
 * What the page downloads, written by the engine's own writers so that it is what {@code alloc run}
 * writes: the scenario of the figures shown as a YAML file, and their {@code allocations.csv}.
 */
final class Downloads {
    private Downloads() {}

    /**
     * {@code scenario} as a scenario file: every value as read (defaults filled in), after comments
     * that say where it came from. Its school file (and any overrides file) is named as in the original,
     * relative to the scenario's folder.
     *
     * @param original the name of the scenario file the workbench was started with
     * @param schoolsRead the name of the school file the workbench read
     */
    static String yaml(Scenario scenario, String original, String schoolsRead) {
        String body;
        try {
            body = ScenarioCodec.mapperFor("scenario.yaml").writeValueAsString(ScenarioCodec.toTree(scenario));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the scenario as YAML.", e);
        }
        StringBuilder text = new StringBuilder();
        text.append("# Saved by alloc serve from ")
                .append(oneLine(original))
                .append(", allocated to the school file ")
                .append(oneLine(schoolsRead))
                .append(".\n");
        text.append("# File names below are relative to this file's folder: save it beside ")
                .append(oneLine(original))
                .append(", or run it with --schools FILE.\n");
        return text.append(body).toString();
    }

    /**
     * Writes {@code result}'s {@code allocations.csv} to a temporary file and returns it open for
     * reading; the file is deleted when the stream is closed.
     */
    static InputStream allocations(AllocationResult result) {
        try {
            Path file = Files.createTempFile("alloc-serve-", ".csv");
            try {
                AllocationWriter.writeAllocations(result, file);
                return Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write allocations.csv for download.", e);
        }
    }

    /** A file name on one line of a comment. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\u2028\\u2029]", " ");
    }
}

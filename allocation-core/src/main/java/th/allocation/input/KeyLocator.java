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
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds where a key stands in a YAML or JSON document. Jackson reports some errors at the end of
 * the enclosing object (it buffers the properties of records), so the reader looks the key up
 * again to point the user at the right line and column.
 *
 * <p>A path is a list of steps from the root: a key name, or {@code [i]} for the i-th element of a list.
 */
final class KeyLocator {
    private KeyLocator() {}

    /** The location of the key at {@code path}, if the document has it. */
    static Optional<JsonLocation> locate(ObjectMapper mapper, String text, List<String> path) {
        if (path.isEmpty()) {
            return Optional.empty();
        }
        try (JsonParser parser = mapper.createParser(text)) {
            List<String> at = new ArrayList<>();
            List<int[]> arrays = new ArrayList<>(); // per open container: {isArray, next index}
            String pendingKey = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME) {
                    pendingKey = parser.currentName();
                    if (at.size() + 1 == path.size()
                            && at.equals(path.subList(0, at.size()))
                            && pendingKey.equals(path.get(at.size()))) {
                        return Optional.of(parser.currentTokenLocation());
                    }
                    continue;
                }
                String step = step(arrays, pendingKey);
                pendingKey = null;
                if (step != null
                        && step.startsWith("[")
                        && at.size() + 1 == path.size()
                        && at.equals(path.subList(0, at.size()))
                        && step.equals(path.get(at.size()))) {
                    return Optional.of(parser.currentTokenLocation()); // an element of a list: where it starts
                }
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    if (step != null) {
                        at.add(step);
                    }
                    arrays.add(new int[] {token == JsonToken.START_ARRAY ? 1 : 0, 0, step != null ? 1 : 0});
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    int[] closed = arrays.remove(arrays.size() - 1);
                    if (closed[2] == 1) {
                        at.remove(at.size() - 1);
                    }
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The step a value opens: its key inside an object, its index inside a list, none at the root. */
    private static String step(List<int[]> containers, String pendingKey) {
        if (containers.isEmpty()) {
            return null;
        }
        int[] parent = containers.get(containers.size() - 1);
        if (parent[0] == 1) {
            return "[" + parent[1]++ + "]";
        }
        return pendingKey;
    }
}

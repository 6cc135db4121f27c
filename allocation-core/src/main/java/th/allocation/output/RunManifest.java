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
package th.allocation.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import th.allocation.engine.AllocationEngine;

/** The run manifest every summary.json ends with: the engine, its version and each input's SHA-256. */
final class RunManifest {
    private RunManifest() {}

    /** Adds {@code manifest} to {@code root} and returns it, for the caller to add the scenario(s) as read. */
    static ObjectNode add(ObjectNode root, List<InputFile> inputs) {
        ObjectNode manifest = root.putObject("manifest");
        manifest.put("engine", "alloc");
        manifest.put("engine_version", AllocationEngine.version());
        ArrayNode files = manifest.putArray("inputs");
        for (InputFile input : inputs) {
            files.addObject()
                    .put("role", input.role())
                    .put("file", input.name())
                    .put("sha256", input.sha256());
        }
        return manifest;
    }
}

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
package th.allocation.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The school file a YAML scenario most likely names, found without parsing it: the value of a
 * top-level {@code schools:} line (plain or quoted, without a comment) in its first
 * {@link #LOOKED_AT} bytes, relative to the scenario's folder. A guess to start work early
 * ({@link ScenarioInputs#hashSchoolsAhead}); the scenario's reading is what counts.
 */
final class SchoolsLine {
    /** How much of the scenario is looked at: a scenario is a few dozen lines. */
    static final int LOOKED_AT = 64 * 1024;

    private static final Pattern LINE =
            Pattern.compile("^schools[ \\t]*:[ \\t]*([\"']?)([^\"'#\\r\\n]*[^\"'#\\s])\\1[ \\t]*$", Pattern.MULTILINE);

    private SchoolsLine() {}

    /** The school file {@code scenario} names on a top-level line, or null if none is found. */
    static Path named(Path scenario) {
        String name =
                scenario.getFileName() == null ? "" : scenario.getFileName().toString();
        if (name.endsWith(".json")) {
            return null;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(scenario)) {
            head = in.readNBytes(LOOKED_AT);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        Matcher line = LINE.matcher(new String(head, StandardCharsets.UTF_8));
        if (!line.find()) {
            return null;
        }
        try {
            Path named = Path.of(line.group(2));
            Path folder = scenario.getParent();
            return folder == null || named.isAbsolute() ? named : folder.resolve(named);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}

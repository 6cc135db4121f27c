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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SchoolsLine}: the school file a scenario's top-level {@code schools:} line names. */
class SchoolsLineTest {
    @TempDir
    Path folder;

    private Path scenario(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    @Test
    void aPlainOrQuotedValueIsRelativeToTheScenariosFolder() throws IOException {
        assertEquals(
                folder.resolve("schools.csv"),
                SchoolsLine.named(scenario("a.yaml", "fiscal_year: 2570\nschools: schools.csv\nrule:\n  type: x\n")));
        assertEquals(
                folder.resolve("my schools.csv"),
                SchoolsLine.named(scenario("b.yaml", "schools: \"my schools.csv\"   \n")));
        assertEquals(
                folder.resolve("data/s.csv"),
                SchoolsLine.named(scenario("c.yaml", "name: x\r\nschools: 'data/s.csv'\r\n")));
        assertEquals(Path.of("/abs/s.csv"), SchoolsLine.named(scenario("d.yaml", "schools: /abs/s.csv\n")));
    }

    @Test
    void noTopLevelPlainLineIsNoGuess() throws IOException {
        assertNull(SchoolsLine.named(scenario("e.yaml", "rule:\n  schools: nested.csv\n")));
        assertNull(SchoolsLine.named(scenario("f.yaml", "schools: s.csv # a comment\n")));
        assertNull(SchoolsLine.named(scenario("g.yaml", "schools:\n")));
        assertNull(SchoolsLine.named(scenario("h.json", "{\"schools\": \"s.csv\"}\nschools: s.csv\n")));
        assertNull(SchoolsLine.named(folder.resolve("missing.yaml")));
    }
}

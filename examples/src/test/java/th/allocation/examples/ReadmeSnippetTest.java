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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's Java snippet is compiled and run: each of its lines stands in the embedding example. */
class ReadmeSnippetTest {
    @Test
    void readmeJavaSnippet_isPartOfTheEmbeddingExample() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(block.find(), "the README has a Java snippet");
        List<String> snippet = block.group(1)
                .lines()
                .map(String::trim)
                .filter(l -> !l.isEmpty())
                .collect(Collectors.toList());
        assertFalse(snippet.isEmpty());
        String example = Files.readString(
                Path.of("src", "main", "java", "th", "allocation", "examples", "EmbeddingExample.java"));
        String flattened = example.lines().map(String::trim).collect(Collectors.joining(" "));
        for (String line : snippet) {
            assertTrue(flattened.contains(line), "README line not in EmbeddingExample.java: " + line);
        }
    }
}

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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A folder with the national example: {@code needs-weighted.yaml} from {@code examples/thailand} beside a
 * {@code schools.csv} generated as {@code ./alloc} generates it (seed 2565, 29,449 schools), since a
 * fresh clone has none. Made once per test JVM and shared by the workbench's tests.
 */
final class NationalExample {
    static final String SCENARIO = "needs-weighted.yaml";

    private static Path folder;

    private NationalExample() {}

    static synchronized Path folder() {
        if (folder == null) {
            try {
                Path made = Files.createTempDirectory("alloc-national-");
                Path root = Path.of(System.getProperty("project.root", ".."));
                Files.copy(
                        root.resolve("examples/thailand").resolve(SCENARIO),
                        made.resolve(SCENARIO),
                        StandardCopyOption.REPLACE_EXISTING);
                AllocProcess.run(made, "generate", "--seed", "2565", "--schools", "29449", "--out", "schools.csv")
                        .assertExitCode(0);
                folder = made;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(made)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }

    private static void delete(Path tree) {
        try (java.util.stream.Stream<Path> paths = Files.walk(tree)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // A temporary folder left behind does not affect any result.
        }
    }
}

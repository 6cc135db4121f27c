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
package th.allocation.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import th.allocation.input.SchoolCsvReader;
import th.allocation.model.SchoolTable;

/**
 * The national default file (seed 2565, 29,449 schools), generated once per test run into the
 * build folder and read back with {@link SchoolCsvReader}, for the tests that need it.
 */
final class NationalFile {
    private static Path file;
    private static SchoolTable table;

    private NationalFile() {}

    /** The file, generated on first use. */
    static synchronized Path path() {
        if (file == null) {
            try {
                Path folder = Files.createDirectories(Path.of("target", "generated-test-data"));
                file = folder.resolve("thailand-national.csv");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            SchoolGenerator.national().writeCsv(file);
        }
        return file;
    }

    /** The file read back as a school table, with the generated indicator columns. */
    static synchronized SchoolTable table() {
        if (table == null) {
            table = SchoolCsvReader.read(path(), Map.of(), Set.copyOf(GeneratedColumns.EXTRA));
        }
        return table;
    }
}

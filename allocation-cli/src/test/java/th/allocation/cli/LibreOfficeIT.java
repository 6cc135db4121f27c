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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice opens the workbook: headless, it converts the schools sheet to CSV, and the allocations
 * it reads are the CSV's. Runs where LibreOffice is installed ({@code soffice} on the PATH; Debian:
 * {@code apt-get install libreoffice-calc-nogui}); skipped elsewhere, as CI does not install it.
 */
class LibreOfficeIT {
    /** Generous: LibreOffice takes many seconds to start on a busy machine. */
    private static final long TIMEOUT_SECONDS = 300;

    @TempDir
    Path work;

    private static Path soffice() {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** A CSV file as LibreOffice writes it: RFC 4180 quoting, LF or CRLF line ends. */
    private static List<List<String>> readCsv(Path file) throws IOException {
        String text = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        List<List<String>> records = new java.util.ArrayList<>();
        List<String> record = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(List.copyOf(record));
                record.clear();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        return records;
    }

    @Test
    void libreOffice_readsTheSchoolsSheet_withTheCsvsAllocations() throws IOException, InterruptedException {
        Path soffice = soffice();
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        Fixtures.copyExample(work);
        AllocProcess.run(work, "run", Fixtures.NEEDS_WEIGHTED, "--out", "result", "--xlsx")
                .assertExitCode(0);

        // Sheet 2 (the schools), UTF-8 (76), values as stored, not as shown.
        Process process = new ProcessBuilder(
                        soffice.toString(),
                        "-env:UserInstallation=" + work.resolve("profile").toUri(),
                        "--headless",
                        "--convert-to",
                        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2",
                        "--outdir",
                        work.resolve("converted").toString(),
                        work.resolve("result/allocations.xlsx").toString())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("soffice.log").toFile())
                .start();
        assertTrue(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "LibreOffice did not finish");
        assertEquals(0, process.exitValue(), () -> Fixtures.read(work.resolve("soffice.log")));

        Path converted;
        try (Stream<Path> files = Files.list(work.resolve("converted"))) {
            converted = files.findFirst().orElseThrow(() -> new AssertionError("LibreOffice wrote nothing"));
        }
        List<List<String>> sheet = readCsv(converted);
        List<List<String>> csv = Fixtures.readSpreadsheetCsv(work.resolve("result/allocations.csv"));
        assertEquals(csv.get(0), sheet.get(1), "the English header row");
        int allocation = csv.get(0).indexOf("allocation");
        for (int r = 1; r < csv.size(); r++) {
            assertEquals(csv.get(r).get(0), sheet.get(r + 1).get(0));
            assertEquals(
                    0,
                    new BigDecimal(csv.get(r).get(allocation))
                            .compareTo(new BigDecimal(sheet.get(r + 1).get(allocation))),
                    "allocation of " + csv.get(r).get(0));
        }
    }
}

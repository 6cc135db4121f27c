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
package th.allocation.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV that opens cleanly in Excel and reads cleanly in R and pandas: UTF-8 with a byte-order mark
 * (so Excel shows Thai text), CRLF line ends (RFC 4180), fields quoted only when needed, and text
 * cells that a spreadsheet would run as a formula neutralised (OWASP "CSV injection").
 */
public final class SpreadsheetCsv {
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private SpreadsheetCsv() {}

    /** Opens a printer on a new file and writes the byte-order mark. */
    public static CSVPrinter open(Path file) throws IOException {
        BufferedWriter writer = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
        writer.write('\uFEFF');
        return new CSVPrinter(writer, FORMAT);
    }

    /**
     * A text cell made safe for spreadsheets: one that starts with {@code = + - @}, a tab or a
     * carriage return gets a leading apostrophe, so Excel shows it as text instead of running it.
     */
    public static String text(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}

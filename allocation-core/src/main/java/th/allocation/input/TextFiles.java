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

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import th.allocation.InputException;
import th.allocation.Problem;

/**
 * Opening input files the same way in every reader: a folder where a file was expected, a file the
 * user may not read, a file in UTF-16 and a file larger than the reader's limit are each one problem
 * with the file's name and what to do, not an exception from the file system or the decoder.
 */
final class TextFiles {
    /**
     * The largest scenario or override file read as YAML or JSON, in bytes: 3 MiB, the code point
     * limit Jackson's YAML reader applies by default. A scenario is a few kilobytes.
     */
    static final long MAX_DOCUMENT_BYTES = 3L * 1024 * 1024;

    /** The largest override table (CSV) read, in bytes: 64 MiB, far above one row per unit and parameter. */
    static final long MAX_TABLE_BYTES = 64L * 1024 * 1024;

    private TextFiles() {}

    /**
     * Requires {@code file} to be an existing regular file the process may read.
     *
     * @param what what the file is, for the message, e.g. {@code school file}
     * @param advice what to do if it does not exist
     */
    static void requireReadableFile(Path file, String source, String what, String advice) {
        if (Files.isDirectory(file)) {
            throw new InputException(
                    Problem.of(source, "The " + what + " is a folder, not a file.", "Name the " + what + " itself."));
        }
        if (!Files.exists(file)) {
            throw new InputException(Problem.of(source, "The " + what + " does not exist.", advice));
        }
        if (!Files.isReadable(file)) {
            throw new InputException(Problem.of(
                    source, "The " + what + " cannot be read (permission denied).", "Check the file's permissions."));
        }
    }

    /**
     * A strict UTF-8 reader of {@code in} (malformed bytes raise {@link CharacterCodingException}),
     * after checking that the text is not UTF-16, which a spreadsheet's "Unicode text" gives: a
     * UTF-16 byte-order mark, or a NUL byte among the first two (every ASCII character of UTF-16
     * has one), is one problem that says to save the file as UTF-8.
     */
    static Reader utf8Reader(InputStream in, String source, String what) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        requireNotUtf16(first, second, source, what);
        return new InputStreamReader(buffered, StandardCharsets.UTF_8.newDecoder());
    }

    /**
     * The whole text of a YAML, JSON or CSV file of at most {@code maxBytes}, checked as by {@link
     * #requireReadableFile} and {@link #utf8Reader}.
     */
    static String readText(Path file, String source, String what, long maxBytes) {
        requireReadableFile(file, source, what, "Check the path.");
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputException(Problem.of(
                        source,
                        "The " + what + " is " + megabytes(size) + ", more than the " + megabytes(maxBytes)
                                + " the engine reads.",
                        "Check that this is the right file."));
            }
            try (Reader reader = utf8Reader(Files.newInputStream(file), source, what)) {
                StringBuilder text = new StringBuilder((int) size);
                char[] buffer = new char[8192];
                for (int read; (read = reader.read(buffer)) >= 0; ) {
                    text.append(buffer, 0, read);
                }
                return text.toString();
            }
        } catch (NoSuchFileException e) {
            throw new InputException(Problem.of(source, "The " + what + " does not exist.", "Check the path."), e);
        } catch (AccessDeniedException e) {
            throw new InputException(
                    Problem.of(
                            source,
                            "The " + what + " cannot be read (permission denied).",
                            "Check the file's permissions."),
                    e);
        } catch (CharacterCodingException e) {
            throw new InputException(
                    Problem.of(source, "The " + what + " is not valid UTF-8 text.", "Save it as UTF-8."), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    /** Requires text given as a string to be within {@code maxChars}, as a file is by its size. */
    static void requireWithin(String text, String source, String what, long maxChars) {
        if (text.length() > maxChars) {
            throw new InputException(Problem.of(
                    source,
                    "The " + what + " is " + megabytes(text.length()) + ", more than the " + megabytes(maxChars)
                            + " the engine reads.",
                    "Check that this is the right file."));
        }
        if (text.length() >= 2) {
            requireNotUtf16(text.charAt(0), text.charAt(1), source, what);
        }
    }

    private static void requireNotUtf16(int first, int second, String source, String what) {
        boolean bom = (first == 0xFE && second == 0xFF) || (first == 0xFF && second == 0xFE);
        if (bom || (first >= 0 && second >= 0 && (first == 0 || second == 0))) {
            throw new InputException(Problem.of(
                    source,
                    "The " + what + " is in UTF-16 (or another encoding with NUL bytes), not UTF-8.",
                    "Save it as UTF-8: in Excel 'CSV UTF-8 (Comma delimited)', in an editor 'UTF-8'."));
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}

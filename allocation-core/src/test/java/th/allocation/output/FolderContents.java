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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What a folder holds, for the output tests: its entries' names, and every file's hash under it. */
final class FolderContents {
    private FolderContents() {}

    /** The names of the entries of {@code folder}, sorted. */
    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * Every path under {@code root} (relative to it) with its file's SHA-256, "dir" for a folder, or
     * "link to TARGET" for a symbolic link (not followed).
     */
    static SortedMap<String, String> snapshot(Path root) throws IOException {
        SortedMap<String, String> entries = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(p -> !p.equals(root)).toList()) {
                String value = Files.isSymbolicLink(path)
                        ? "link to " + Files.readSymbolicLink(path)
                        : Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? "dir" : sha256(Files.readAllBytes(path));
                entries.put(root.relativize(path).toString(), value);
            }
        }
        return entries;
    }

    /** The SHA-256 of {@code bytes}, in hexadecimal. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}

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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The record alloc writes last into every output folder, {@value #NAME}: every file it wrote there,
 * with its size in bytes and its SHA-256. It is what lets alloc tell its own earlier output from a
 * folder of the user's: a folder is alloc's own only while it holds the files the record lists,
 * unchanged, and nothing else. A folder without a complete record is never alloc's.
 *
 * <p>The record depends only on the files, so the same output always gives the same record.
 */
final class OutputMarker {
    /** The record's file name, hidden so that it does not stand among the results. */
    static final String NAME = ".alloc-output.json";

    /** A record larger than this is not alloc's: its own list a handful of files, a few KB. */
    static final long MAX_BYTES = 1 << 20;

    private static final String WRITTEN_BY = "alloc";
    private static final int FORMAT = 1;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private OutputMarker() {}

    /**
     * A file or folder in an output folder that alloc did not write, or a file it wrote that has
     * changed since.
     *
     * @param path the path inside the folder, {@code /}-separated; a folder's ends with {@code /}
     * @param changed whether alloc wrote the file but its content now differs
     */
    record Stranger(String path, boolean changed) {}

    /**
     * Lists every file under {@code folder} with its size and SHA-256 and writes the record there.
     * Called once the folder holds everything else, so that a record is never written before the
     * files it vouches for.
     *
     * @throws IllegalStateException if the folder already holds a file of the record's name, a
     *     link, or an empty folder (alloc writes none of these)
     */
    static void write(Path folder) throws IOException {
        write(folder, null);
    }

    /**
     * As {@link #write(Path)}, the record also saying what the folder was written for (e.g. which
     * scenario file), if {@code writtenFor} is not {@code null}: see {@link #writtenFor}.
     */
    static void write(Path folder, String writtenFor) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        Files.walkFileTree(folder, Set.of(), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (!dir.equals(folder)) {
                    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                        if (!entries.iterator().hasNext()) {
                            throw new IllegalStateException("The output holds an empty folder (" + relative(folder, dir)
                                    + "), which the record could not vouch for.");
                        }
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (!attributes.isRegularFile()) {
                    throw new IllegalStateException(
                            "The output holds " + relative(folder, file) + ", which is not a regular file.");
                }
                files.put(relative(folder, file), file);
                return FileVisitResult.CONTINUE;
            }
        });
        if (files.containsKey(NAME)) {
            throw new IllegalStateException("The output's own files include " + NAME + ", the record's name.");
        }
        ObjectNode root = Json.PRETTY.createObjectNode();
        root.put("written_by", WRITTEN_BY);
        root.put("format", FORMAT);
        root.put(
                "about",
                "alloc replaces this folder only while it holds exactly these files, unchanged, and"
                        + " nothing else; otherwise it refuses and deletes nothing.");
        if (writtenFor != null) {
            root.put("written_for", writtenFor);
        }
        ArrayNode list = root.putArray("files");
        for (Map.Entry<String, Path> file : files.entrySet()) {
            list.addObject()
                    .put("path", file.getKey())
                    .put("bytes", Files.size(file.getValue()))
                    .put("sha256", sha256(file.getValue()));
        }
        try (OutputStream out = Files.newOutputStream(folder.resolve(NAME), StandardOpenOption.CREATE_NEW)) {
            Json.PRETTY.writeValue(out, root);
        }
    }

    /**
     * What in {@code folder} keeps it from being alloc's own earlier output: every entry the record
     * does not list (a whole folder counts once, and is not searched), and every listed file whose
     * size or SHA-256 differs. Without a complete record, every entry is a stranger. A listed file
     * that is missing is no stranger: replacing the folder loses nothing of the user's. Links are
     * never followed.
     *
     * @return the strangers in path order; empty if the folder is empty or alloc's own
     */
    static List<Stranger> strangers(Path folder) throws IOException {
        return strangers(folder, false);
    }

    /**
     * The strangers as {@link #strangers(Path)} finds them, or, {@code early}, every one but a listed
     * file edited to its listed size: the hashes of the listed files of their listed sizes are made
     * ready ({@link FileHashes#earlier}: begun on a thread of their own, or for {@code allocations.csv}
     * taken from the comparison with the file written in its place), and compared with the record by
     * the check made once the earlier output is moved aside, which refuses such a file.
     */
    static List<Stranger> strangers(Path folder, boolean early) throws IOException {
        Map<String, Listed> listed = read(folder.resolve(NAME));
        Set<String> folders = new HashSet<>();
        if (listed != null) {
            for (String path : listed.keySet()) {
                for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                    folders.add(path.substring(0, slash));
                }
            }
        }
        List<Stranger> strangers = new ArrayList<>();
        List<Path> unread = early ? new ArrayList<>() : null;
        visit(folder, "", listed, folders, strangers, unread);
        if (unread != null) {
            FileHashes.earlier(unread);
        }
        return strangers;
    }

    private static void visit(
            Path dir,
            String prefix,
            Map<String, Listed> listed,
            Set<String> folders,
            List<Stranger> strangers,
            List<Path> unread)
            throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        }
        entries.sort(null);
        for (Path entry : entries) {
            String path = prefix + entry.getFileName();
            BasicFileAttributes attributes =
                    Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (listed == null) {
                strangers.add(new Stranger(attributes.isDirectory() ? path + "/" : path, false));
            } else if (path.equals(NAME) && attributes.isRegularFile()) {
                continue; // read and found complete above
            } else if (attributes.isRegularFile() && listed.containsKey(path)) {
                Listed expected = listed.get(path);
                if (attributes.size() != expected.bytes()) {
                    strangers.add(new Stranger(path, true));
                } else if (unread != null) {
                    unread.add(entry); // compared when the folder is written
                } else if (!sha256(entry).equals(expected.sha256())) {
                    strangers.add(new Stranger(path, true));
                }
            } else if (attributes.isDirectory() && folders.contains(path)) {
                visit(entry, path + "/", listed, folders, strangers, unread);
            } else {
                strangers.add(new Stranger(attributes.isDirectory() ? path + "/" : path, false));
            }
        }
    }

    /**
     * What the folder was written for, if it holds a complete record that says so; empty otherwise.
     * Cheap: the files the record lists are not read (whether they are unchanged is checked when the
     * folder is replaced).
     */
    static java.util.Optional<String> writtenFor(Path folder) throws IOException {
        if (read(folder.resolve(NAME)) == null) {
            return java.util.Optional.empty();
        }
        JsonNode root;
        try (InputStream in = Files.newInputStream(folder.resolve(NAME))) {
            root = Json.PRETTY.readTree(in);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            return java.util.Optional.empty();
        }
        JsonNode writtenFor = root.path("written_for");
        return writtenFor.isTextual() ? java.util.Optional.of(writtenFor.asText()) : java.util.Optional.empty();
    }

    /** A file as the record lists it. */
    private record Listed(long bytes, String sha256) {}

    /**
     * The files the record at {@code file} lists, by path; {@code null} if there is no such file or
     * it is not a complete, well-formed record (cut short, edited, too large, or someone else's).
     */
    private static Map<String, Listed> read(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
        if (!attributes.isRegularFile() || attributes.size() > MAX_BYTES) {
            return null;
        }
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = Json.PRETTY.readTree(in);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            return null;
        }
        if (root == null
                || !root.path("written_by").asText("").equals(WRITTEN_BY)
                || root.path("format").asInt(0) != FORMAT
                || !root.path("files").isArray()) {
            return null;
        }
        Map<String, Listed> listed = new LinkedHashMap<>();
        for (JsonNode entry : root.path("files")) {
            JsonNode path = entry.path("path");
            JsonNode bytes = entry.path("bytes");
            JsonNode sha256 = entry.path("sha256");
            if (!path.isTextual()
                    || !isPlainRelative(path.asText())
                    || path.asText().equals(NAME)
                    || !bytes.canConvertToLong()
                    || !bytes.isIntegralNumber()
                    || bytes.asLong() < 0
                    || !sha256.isTextual()
                    || !SHA256.matcher(sha256.asText()).matches()
                    || listed.put(path.asText(), new Listed(bytes.asLong(), sha256.asText())) != null) {
                return null;
            }
        }
        return listed;
    }

    /** Whether {@code path} names a place inside a folder: {@code /}-separated names, none empty, {@code .} or {@code ..}. */
    private static boolean isPlainRelative(String path) {
        for (String name : path.split("/", -1)) {
            if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('\0') >= 0) {
                return false;
            }
        }
        return true;
    }

    private static String relative(Path folder, Path file) {
        List<String> names = new ArrayList<>();
        folder.relativize(file).forEach(name -> names.add(name.toString()));
        return String.join("/", names);
    }

    /**
     * The SHA-256 of a file's bytes, in lower-case hex: read once per process while the file is
     * unchanged, or taken from its writer ({@link FileHashes}).
     */
    static String sha256(Path file) throws IOException {
        return FileHashes.sha256(file);
    }
}

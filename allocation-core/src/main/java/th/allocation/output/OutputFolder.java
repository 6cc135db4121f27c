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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Collectors;
import th.allocation.InputException;
import th.allocation.Problem;

/**
 * Writes a set of output files so that the folder is complete or absent, and never deletes a file
 * alloc did not write.
 *
 * <p>The files are written into a hidden staging folder beside the target ({@link Staging}); then
 * {@value #MARKER} is written last, listing every file with its size and SHA-256; then the staging
 * folder's output is renamed to the target. An existing target is replaced only if it is empty or
 * provably alloc's own earlier output: it holds a complete {@value #MARKER} and nothing but the files
 * that lists, unchanged (a listed file may be missing). Anything else (a file or folder of the user's,
 * an edited output, an output of an alloc that wrote no record, a link, the current folder or one
 * that holds it) is refused with an {@link InputException} naming what is there, before anything is
 * written; only a listed file edited to exactly its listed size is found by its hash, once the
 * earlier output is renamed aside (the new output is then written but not put in place). A replaced
 * output is renamed aside, checked again with every file's hash, the new one renamed in, and only
 * then the earlier one deleted, so the user never has neither.
 *
 * <p>If writing fails, the target is left as it was and the staging folder is removed; if the
 * process is stopped by SIGTERM or SIGINT a shutdown hook removes it; if it is killed outright, the
 * next write into the same parent folder removes it.
 */
public final class OutputFolder {
    /** The record of the files alloc wrote, written last into every output folder. */
    public static final String MARKER = OutputMarker.NAME;

    /** The longest file name, in bytes, that Linux, macOS and Windows file systems all accept. */
    static final int MAX_NAME_BYTES = 255;

    /** How many of the files alloc did not write a refusal names. */
    private static final int EXAMPLES = 3;

    private OutputFolder() {}

    /** The folder, inside the staging folder, where {@link #filesOf} lets another writer write. */
    static final String INNER = ".alloc-inner";

    /** Writes the folder's files into the given (empty, temporary) folder. */
    @FunctionalInterface
    public interface Contents {
        /** Writes every file into {@code folder}. */
        void writeInto(Path folder) throws IOException;

        /** These contents, then {@code more} into the same folder. */
        default Contents and(Contents more) {
            return folder -> {
                writeInto(folder);
                more.writeInto(folder);
            };
        }
    }

    /** Writes a whole output folder, through {@link OutputFolder#write}, e.g. {@code AllocationWriter.write}. */
    @FunctionalInterface
    public interface Writer {
        /** Writes the output folder {@code folder}, whole or not at all. */
        void write(Path folder);
    }

    /**
     * The files {@code writer} writes, as the contents of another output folder: it writes its folder
     * inside the staging folder, whose files are then moved up and its record dropped. So a caller
     * adds files (with {@link Contents#and}) to what a writer writes, in one folder that is complete
     * or absent, without the writer knowing:
     *
     * <pre>{@code
     * OutputFolder.write(folder, null, OutputFolder.filesOf(f -> AllocationWriter.write(result, inputs, f))
     *         .and(staging -> WorkbookWriter.write(result, 1, staging.resolve(WorkbookWriter.RUN))));
     * }</pre>
     */
    public static Contents filesOf(Writer writer) {
        return staging -> {
            Path inner = staging.resolve(INNER);
            writer.write(inner);
            List<Path> entries;
            try (java.util.stream.Stream<Path> listed = Files.list(inner)) {
                entries = listed.sorted().toList();
            }
            for (Path entry : entries) {
                if (!entry.getFileName().toString().equals(MARKER)) {
                    Staging.move(entry, staging.resolve(entry.getFileName().toString()));
                }
            }
            Files.delete(inner.resolve(MARKER));
            Files.delete(inner);
        };
    }

    /**
     * Writes {@code contents} into {@code target} atomically, replacing an earlier output of alloc's
     * there; removes first any staging folder beside it left by a killed alloc.
     *
     * @throws InputException if {@code target} exists and is neither empty nor alloc's own unchanged
     *     earlier output, is a file or a link, is or holds the current folder, or has a name longer
     *     than {@value #MAX_NAME_BYTES} bytes; nothing is written then
     * @throws UncheckedIOException if writing fails; the target is then as it was
     */
    public static void write(Path target, Contents contents) {
        write(target, null, contents);
    }

    /**
     * As {@link #write(Path, Contents)}, the folder's record also saying what it was written for
     * ({@code writtenFor}, e.g. the scenario file relative to the folder), unless that is
     * {@code null}: {@link #writtenFor(Path)} reads it back, so that a caller choosing a folder can
     * tell its own earlier output from another's.
     */
    public static void write(Path target, String writtenFor, Contents contents) {
        Path absolute = checkName(target);
        Path parent = absolute.getParent();
        Staging.removeStale(parent);
        // Sizes only: the files' hashes are compared once the earlier output is moved aside.
        checkReplaceable(target, absolute, true);
        try {
            Files.createDirectories(parent);
            try (Staging staging = Staging.create(absolute)) {
                contents.writeInto(staging.contents());
                OutputMarker.write(staging.contents(), writtenFor);
                staging.commit(old -> checkReplaceable(target, old));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the output folder " + target + ": " + reason(e), e);
        }
    }

    /**
     * Refuses {@code target} now if {@link #write} would refuse it, so that a long computation is not
     * spent on an output that cannot be written. {@link #write} checks again: the folder may change
     * in between. The files of an earlier output that still have their recorded sizes are hashed on
     * a thread of their own meanwhile (a 1.5 M-school {@code allocations.csv} is 736 MB), or, for
     * {@code allocations.csv}, compared byte for byte with the new one as it is written (the same
     * bytes need no hash of their own), and compared with their record by {@link #write} once the
     * earlier output is moved aside: a file edited to its same size is refused then (the new output
     * written but not put in place, the earlier one untouched) rather than now, and everything else
     * now.
     *
     * @throws InputException as {@link #write} does; nothing is written
     * @throws UncheckedIOException if {@code target} cannot be read
     */
    public static void check(Path target) {
        checkReplaceable(target, checkName(target), true);
    }

    /**
     * What {@code folder} was written for, as its record says (see {@link #write(Path, String,
     * Contents)}); empty if it has no complete record, if its record says nothing of it, or if there
     * is no such folder. The files are not read: whether the folder is still alloc's own unchanged
     * output, and so may be replaced, {@link #check} and {@link #write} decide.
     *
     * @throws UncheckedIOException if the folder cannot be read
     */
    public static java.util.Optional<String> writtenFor(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return java.util.Optional.empty();
        }
        try {
            return OutputMarker.writtenFor(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the output folder " + folder + ": " + reason(e), e);
        }
    }

    /**
     * Whether {@code folder} is free for an output: there is nothing there, or an empty folder (not a
     * link).
     *
     * @throws UncheckedIOException if the folder cannot be read
     */
    public static boolean isFree(Path folder) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the output folder " + folder + ": " + reason(e), e);
        }
    }

    /** The target as an absolute path, if its name can be a folder's. */
    private static Path checkName(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path name = absolute.getFileName();
        if (name == null) {
            throw new InputException(Problem.of(
                    target.toString(),
                    "The output folder is the root of the file system, so it is not replaced.",
                    "Choose another --out folder."));
        }
        int bytes = name.toString().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_NAME_BYTES) {
            throw new InputException(Problem.of(
                    target.toString(),
                    "The output folder's name is " + bytes + " bytes long; file systems allow at most " + MAX_NAME_BYTES
                            + ".",
                    "Choose a shorter --out name."));
        }
        return absolute;
    }

    /** Why an I/O operation failed, in words: Java's own messages often give only the path. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException exists) {
            return "a file is in the way (" + exists.getFile() + ")";
        }
        if (e instanceof java.nio.file.NotDirectoryException notFolder) {
            return "not a folder (" + notFolder.getFile() + ")";
        }
        if (e instanceof java.nio.file.AccessDeniedException denied) {
            return "permission denied (" + denied.getFile() + ")";
        }
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            return "no such file or folder (" + missing.getFile() + ")";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + " (" + fs.getFile() + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Refuses {@code folder} (the target, or the earlier output once moved aside) unless it is absent,
     * empty or alloc's own unchanged earlier output, and not the current folder or one holding it.
     */
    private static void checkReplaceable(Path target, Path folder) {
        checkReplaceable(target, folder, false);
    }

    /** As {@link #checkReplaceable(Path, Path)}, {@code early}: see {@link OutputMarker#strangers(Path, boolean)}. */
    private static void checkReplaceable(Path target, Path folder, boolean early) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the output folder " + target + ": " + reason(e), e);
        }
        if (attributes.isSymbolicLink()) {
            throw new InputException(Problem.of(
                    target.toString(),
                    "The output path is a link, and alloc would replace the link, not the folder it points"
                            + " to, so it is not replaced.",
                    "Give the folder itself as --out, or choose another."));
        }
        if (!attributes.isDirectory()) {
            throw new InputException(Problem.of(
                    target.toString(), "The output path is a file, not a folder.", "Choose another --out folder."));
        }
        boolean holdsWorkingFolder = Path.of("")
                .toAbsolutePath()
                .normalize()
                .startsWith(target.toAbsolutePath().normalize());
        List<OutputMarker.Stranger> strangers;
        try {
            strangers = OutputMarker.strangers(folder, early);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the output folder " + target + ": " + reason(e), e);
        }
        String advice = holdsWorkingFolder
                ? "Choose another --out folder, e.g. out/result."
                : "Choose another --out folder, or remove this one yourself if nothing in it is needed.";
        if (!strangers.isEmpty()) {
            throw new InputException(Problem.of(
                    target.toString(),
                    "The output folder holds " + describe(strangers) + ", so it is not replaced: alloc replaces"
                            + " only an empty folder or its own earlier output, unchanged.",
                    advice));
        }
        if (holdsWorkingFolder) {
            throw new InputException(Problem.of(
                    target.toString(),
                    "The output folder is the current folder or holds it; alloc replaces its output folder"
                            + " whole, so it is not replaced.",
                    advice));
        }
    }

    /**
     * The strangers in words, e.g. {@code 3 files alloc did not write (sub/, summary.json,
     * thesis.docx)}, naming at most {@value #EXAMPLES} of each kind.
     */
    static String describe(List<OutputMarker.Stranger> strangers) {
        List<String> unknown = strangers.stream()
                .filter(s -> !s.changed())
                .map(OutputMarker.Stranger::path)
                .toList();
        List<String> changed = strangers.stream()
                .filter(OutputMarker.Stranger::changed)
                .map(OutputMarker.Stranger::path)
                .toList();
        StringBuilder text = new StringBuilder();
        if (!unknown.isEmpty()) {
            boolean folders = unknown.stream().anyMatch(path -> path.endsWith("/"));
            boolean files = unknown.stream().anyMatch(path -> !path.endsWith("/"));
            String noun = unknown.size() == 1
                    ? (folders ? "folder" : "file")
                    : (folders && files ? "files or folders" : folders ? "folders" : "files");
            text.append(unknown.size())
                    .append(' ')
                    .append(noun)
                    .append(" alloc did not write ")
                    .append(examples(unknown));
        }
        if (!changed.isEmpty()) {
            if (!unknown.isEmpty()) {
                text.append(" and ");
            }
            text.append(changed.size())
                    .append(changed.size() == 1 ? " file alloc wrote that has" : " files alloc wrote that have")
                    .append(" changed since ")
                    .append(examples(changed));
        }
        return text.toString();
    }

    private static String examples(List<String> paths) {
        String named = paths.stream().limit(EXAMPLES).collect(Collectors.joining(", "));
        return paths.size() <= EXAMPLES ? "(" + named + ")" : "(e.g. " + named + ")";
    }
}

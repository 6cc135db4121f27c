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
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden folder beside an output folder in which alloc writes it before renaming it into place,
 * and everything needed so that no such folder outlives its process.
 *
 * <p>Its name is {@code .alloc-staging-<pid>-<16 hex digits>}, under 60 bytes whatever the output is
 * called, in the output's own parent folder so that the renames are atomic. It holds a mark,
 * {@value #MARK} (alloc, the process id and start time, the output's name), written before anything
 * else; the output being written, {@value #CONTENTS}/; and, while an earlier output is being
 * replaced, that output, {@value #OLD}/.
 *
 * <p>It is removed when the write ends, whether it succeeded or failed; by a shutdown hook when the
 * process is stopped by SIGTERM or SIGINT; and after a SIGKILL or a crash by the next write into the
 * same parent folder ({@link #removeStale}), which removes only folders with this name pattern
 * holding a complete mark whose process is gone, and first puts an earlier output moved aside back
 * in place if nothing replaced it.
 *
 * <p>Longer than 400 lines because the crash-safety protocol (mark, move aside, swap, restore, clean
 * up after a killed process) is one sequence whose every step is commented where it happens.
 */
final class Staging implements AutoCloseable {
    /** The start of every staging folder's name. */
    static final String PREFIX = ".alloc-staging-";

    /** A staging folder's whole name: the prefix, the owner's process id and 16 random hex digits. */
    static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "([0-9]{1,19})-[0-9a-f]{16}");

    /** The mark inside a staging folder that says whose it is. */
    static final String MARK = ".alloc-staging.json";

    /** The subfolder holding the new output. */
    static final String CONTENTS = "out";

    /** The subfolder holding the earlier output while it is being replaced. */
    static final String OLD = "old";

    /**
     * How far two readings of one process's start time may differ: Linux derives it from the boot
     * time, which two JVMs may read a second apart. A reused process id starts far later.
     */
    private static final Duration START_TOLERANCE = Duration.ofSeconds(5);

    private static final String WRITTEN_BY = "alloc";

    private final Path folder;
    private final Path target;
    private final Thread hook;
    private final Object lock = new Object();

    // Guarded by lock: the shutdown hook and the writing thread must not both move folders.
    private boolean stopped;
    private boolean created;
    private boolean committed;
    private boolean oldAside;

    private Staging(Path folder, Path target) {
        this.folder = folder;
        this.target = target;
        this.hook = new Thread(this::cleanUp, "alloc-output-cleanup");
    }

    /**
     * Creates a staging folder beside {@code target}, with its mark and an empty {@value #CONTENTS}
     * folder, and registers the shutdown hook that removes it.
     */
    static Staging create(Path target) throws IOException {
        long pid = ProcessHandle.current().pid();
        // 64 random bits beside this process's id: no other live process makes this name.
        String name = PREFIX + pid + "-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        Staging staging = new Staging(target.getParent().resolve(name), target);
        // The hook first, so that no moment exists when the folder is there and a SIGTERM would leave it.
        Runtime.getRuntime().addShutdownHook(staging.hook);
        try {
            staging.createFolder();
            writeMark(staging.folder, pid, target.getFileName().toString());
            Files.createDirectory(staging.contents());
        } catch (IOException | RuntimeException e) {
            staging.close();
            throw e;
        }
        return staging;
    }

    private void createFolder() throws IOException {
        synchronized (lock) {
            if (stopped) {
                throw new IOException("alloc was stopped before the output was begun");
            }
            // Marked as made before it is, so that a hook running right after finds it to remove.
            created = true;
            try {
                // createDirectory honours the umask, as the output folder should (createTempDirectory would not).
                Files.createDirectory(folder);
            } catch (IOException e) {
                created = false; // above all if the name was taken: that folder is not ours to remove
                throw e;
            }
        }
    }

    /** The folder to write the new output into. */
    Path contents() {
        return folder.resolve(CONTENTS);
    }

    /** Checks an earlier output, once it has been moved aside, before it is deleted. */
    @FunctionalInterface
    interface OldOutputCheck {
        /** Throws (a runtime exception) if {@code old} must not be deleted. */
        void check(Path old) throws IOException;
    }

    /**
     * Puts the new output in place: an earlier folder at the target is renamed aside into this
     * staging folder, checked again by {@code check} (it might have changed since it was first
     * checked), the new output is renamed to the target, and only then is the earlier one deleted.
     * If the check or the second rename fails, the earlier folder is renamed back: at no moment are
     * both the earlier and the new output lost, and the target is empty only between two renames.
     *
     * @throws IOException if a rename fails (the earlier output is back in place if it can be; if
     *     not, the message says where it is)
     */
    void commit(OldOutputCheck check) throws IOException {
        synchronized (lock) {
            if (stopped) {
                throw new IOException("alloc was stopped before the output was complete");
            }
            Path old = folder.resolve(OLD);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                move(target, old);
                oldAside = true;
                try {
                    check.check(old);
                } catch (IOException | RuntimeException e) {
                    putBack(e);
                    throw e;
                }
            }
            try {
                move(contents(), target);
            } catch (IOException e) {
                if (oldAside) {
                    putBack(e);
                }
                throw e;
            }
            committed = true;
        }
    }

    /**
     * Renames the earlier output back to the target after {@code failure}; if that fails too, throws
     * an exception that says where the earlier output is.
     */
    private void putBack(Exception failure) throws IOException {
        try {
            move(folder.resolve(OLD), target);
            oldAside = false;
        } catch (IOException e) {
            IOException stranded = new IOException(
                    (failure instanceof IOException io ? OutputFolder.reason(io) : failure.getMessage())
                            + "; the earlier output could not be put back (" + OutputFolder.reason(e)
                            + ") and is kept in " + folder.resolve(OLD),
                    failure);
            stranded.addSuppressed(e);
            throw stranded;
        }
    }

    /** Removes the staging folder (unless it holds an earlier output that could not be put back) and the shutdown hook. */
    @Override
    public void close() {
        cleanUp();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to; it finds nothing left to do.
        }
    }

    /**
     * Stops any later commit and removes the staging folder. An earlier output still moved aside (a
     * commit failed and could not put it back) is tried once more, and kept if that fails, for the
     * next write to restore.
     */
    private void cleanUp() {
        synchronized (lock) {
            stopped = true;
            if (!created) {
                return;
            }
            if (oldAside && !committed) {
                try {
                    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                        move(folder.resolve(OLD), target);
                        oldAside = false;
                    }
                } catch (IOException e) {
                    return; // keep it: removeStale puts it back once this process is gone
                }
                if (oldAside) {
                    return;
                }
            }
            try {
                deleteTree(folder);
            } catch (IOException e) {
                // A leftover hidden folder is harmless, and the next write into this parent removes it.
            }
        }
    }

    /**
     * Removes every staging folder in {@code parent} whose process has ended (SIGKILL, a crash, a
     * power cut), first renaming an earlier output it holds back to its place if that place is empty.
     * Touches only folders whose name matches {@link #NAME} and that hold a complete mark naming the
     * same process id and nothing but the mark, {@value #CONTENTS}/ and {@value #OLD}/, or that hold
     * nothing but a mark cut short (a process killed while it began). Best effort:
     * a folder that cannot be read or removed is left, silently.
     */
    static void removeStale(Path parent) {
        if (!Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(parent, PREFIX + "*")) {
            for (Path candidate : candidates) {
                try {
                    removeIfStale(candidate);
                } catch (IOException | RuntimeException e) {
                    // Another process may be removing it too, or it is not ours to judge: leave it.
                }
            }
        } catch (IOException e) {
            // An unreadable parent folder: the write itself will report it.
        }
    }

    /** Removes {@code folder} if it is a staging folder whose process has ended; returns whether it did. */
    static boolean removeIfStale(Path folder) throws IOException {
        Matcher name = NAME.matcher(folder.getFileName().toString());
        if (!name.matches() || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        JsonNode mark = readMark(folder.resolve(MARK));
        if (mark == null) {
            return removeIfNeverBegun(folder, name.group(1));
        }
        if (!name.group(1).equals(mark.path("pid").asText())) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String entryName = entry.getFileName().toString();
                if (!entryName.equals(MARK) && !entryName.equals(CONTENTS) && !entryName.equals(OLD)) {
                    return false;
                }
            }
        }
        if (isAlive(mark.path("pid").asLong(), mark.path("process_start").asText(""))) {
            return false;
        }
        Path old = folder.resolve(OLD);
        String targetName = mark.path("target").asText("");
        if (Files.isDirectory(old, LinkOption.NOFOLLOW_LINKS) && isPlainName(targetName)) {
            Path target = folder.getParent().resolve(targetName);
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                move(old, target); // killed between the two renames: the earlier output goes back
            }
        }
        deleteTree(folder);
        return true;
    }

    /**
     * Removes {@code folder} if an alloc was killed while making it: the folder holds nothing, or only
     * its mark cut short (nothing is written into a staging folder before its mark is whole), and the
     * process whose id its name carries has ended. A live process of that id, the maker still writing
     * the mark or another process that took the id since, keeps the folder.
     */
    private static boolean removeIfNeverBegun(Path folder, String pid) throws IOException {
        long id;
        try {
            id = Long.parseLong(pid);
        } catch (NumberFormatException e) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (!entry.getFileName().toString().equals(MARK)
                        || !Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                        || Files.size(entry) > 64 * 1024) {
                    return false;
                }
            }
        }
        if (ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        deleteTree(folder);
        return true;
    }

    /** Whether the process that wrote a mark still runs: same id, and (if known) the same start time. */
    private static boolean isAlive(long pid, String start) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        Optional<Instant> started = process.get().info().startInstant();
        if (start.isEmpty() || started.isEmpty()) {
            return true; // cannot tell a reused id: keep the folder rather than risk a live write
        }
        try {
            Duration gap = Duration.between(Instant.parse(start), started.get()).abs();
            return gap.compareTo(START_TOLERANCE) <= 0;
        } catch (DateTimeParseException e) {
            return true;
        }
    }

    private static void writeMark(Path folder, long pid, String targetName) throws IOException {
        ObjectNode mark = Json.PRETTY.createObjectNode();
        mark.put("written_by", WRITTEN_BY);
        mark.put("pid", pid);
        mark.put(
                "process_start",
                ProcessHandle.current()
                        .info()
                        .startInstant()
                        .map(Instant::toString)
                        .orElse(""));
        mark.put("target", targetName);
        try (OutputStream out = Files.newOutputStream(folder.resolve(MARK), StandardOpenOption.CREATE_NEW)) {
            Json.PRETTY.writeValue(out, mark);
        }
    }

    /** The mark at {@code file}, or {@code null} if it is missing, not alloc's or incomplete. */
    private static JsonNode readMark(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
        if (!attributes.isRegularFile() || attributes.size() > 64 * 1024) {
            return null;
        }
        JsonNode mark;
        try (InputStream in = Files.newInputStream(file)) {
            mark = Json.PRETTY.readTree(in);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            return null;
        }
        if (mark == null
                || !mark.path("written_by").asText("").equals(WRITTEN_BY)
                || !mark.path("pid").isIntegralNumber()
                || !mark.path("target").isTextual()) {
            return null;
        }
        return mark;
    }

    private static boolean isPlainName(String name) {
        return !name.isEmpty()
                && !name.equals(".")
                && !name.equals("..")
                && name.indexOf('/') < 0
                && name.indexOf('\0') < 0;
    }

    /** An atomic rename; a folder in the same parent always allows one, unless it is a mount point. */
    static void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Deletes {@code root} and everything under it, following no link. Retries a folder that another
     * thread (the writer, while the shutdown hook cleans up) has just added a file to.
     */
    static void deleteTree(Path root) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                deleteTreeOnce(root);
                return;
            } catch (DirectoryNotEmptyException e) {
                if (attempt >= 20) {
                    throw e;
                }
            }
        }
    }

    private static void deleteTreeOnce(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, Set.of(), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // removed meanwhile, by the writer or another cleaner
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException)) {
                    throw e;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

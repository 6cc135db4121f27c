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
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import th.allocation.InputException;
import th.allocation.Problem;

/**
 * Writes a set of output files so that the folder is complete or absent: the files are written
 * into a fresh hidden folder beside the target, which then replaces the target by a rename. If
 * writing fails, the target is left as it was and the hidden folder is removed.
 *
 * <p>An existing target is replaced only if it looks like an earlier output (it holds a
 * {@code summary.json}, or nothing): a folder of the user's own is never deleted.
 */
public final class OutputFolder {
    private OutputFolder() {}

    /** Writes the folder's files into the given (empty, temporary) folder. */
    @FunctionalInterface
    public interface Contents {
        /** Writes every file into {@code folder}. */
        void writeInto(Path folder) throws IOException;
    }

    /**
     * Writes {@code contents} into {@code target} atomically.
     *
     * @param marker a file name that marks a folder as an earlier output, safe to replace
     * @throws InputException if {@code target} exists and is not an earlier output, or is a file
     */
    public static void write(Path target, String marker, Contents contents) {
        Path absolute = target.toAbsolutePath().normalize();
        checkReplaceable(target, absolute, marker);
        Path parent = absolute.getParent();
        Path staging = null;
        try {
            Files.createDirectories(parent);
            // Files.createDirectory honours the umask (createTempDirectory would make it private to the user).
            staging = Files.createDirectory(parent.resolve(hiddenName(absolute, "writing")));
            contents.writeInto(staging);
            Path old = null;
            if (Files.exists(absolute)) {
                old = parent.resolve(hiddenName(absolute, "old"));
                move(absolute, old);
            }
            move(staging, absolute);
            staging = null;
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the output folder " + target + ": " + reason(e), e);
        } finally {
            if (staging != null) {
                try {
                    deleteTree(staging);
                } catch (IOException ignored) {
                    // The original failure matters more; a hidden leftover folder is harmless.
                }
            }
        }
    }

    private static String hiddenName(Path target, String purpose) {
        return "." + target.getFileName() + "." + purpose + "-"
                + ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime());
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

    private static void checkReplaceable(Path target, Path absolute, String marker) {
        if (!Files.exists(absolute)) {
            return;
        }
        if (!Files.isDirectory(absolute)) {
            throw new InputException(Problem.of(
                    target.toString(), "The output path is a file, not a folder.", "Choose another --out folder."));
        }
        if (Files.exists(absolute.resolve(marker))) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(absolute)) {
            if (entries.iterator().hasNext()) {
                throw new InputException(Problem.of(
                        target.toString(),
                        "The output folder exists and holds files that are not an earlier output (" + marker
                                + " is missing), so it is not replaced.",
                        "Choose another --out folder, or empty this one."));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the output folder " + target + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, Set.of(), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

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
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The SHA-256 of files alloc wrote or checked in this process, so that a file is read to be hashed
 * at most once: an output's record ({@link OutputMarker}) takes the hash its writer computed while
 * writing the bytes ({@link CsvBytes}), and the checks before replacing an earlier output (before
 * allocating, before writing, once it is moved aside) read each of its files once, not three times.
 * At 1.5 million schools {@code allocations.csv} is 736 MB, and each reading of it about 0.8 s. An
 * earlier {@code allocations.csv} is not hashed at all when the new one holds the same bytes: its
 * writer compares the two as it writes ({@link #earlier}, {@link #twin}, {@link #compared}).
 *
 * <p>A hash is kept for a file's identity (its file key: device and inode), with its size and
 * modification time as they were when the hash was taken, and given again only while all three are
 * the same: writing the file changes its modification time, so a changed file is read again. (Only
 * a rewrite of the same size within the file system's clock tick, or a tool that sets the old time
 * back, would go unseen; alloc writes each file once, and a moved file keeps all three.) Only files
 * of at least {@link #KEEP_FROM} bytes are kept: smaller ones cost little to read again, and a
 * deleted file's inode given to a new file of the same size within one clock tick is then out of
 * the question. Where the file system has no file keys, every hash is computed from the bytes.
 */
final class FileHashes {
    /** How many hashes are kept: an output folder has a handful of files; a sweep may write more. */
    private static final int KEPT = 256;

    /** The smallest file whose hash is kept. */
    static final long KEEP_FROM = 1 << 20;

    /** A hash and the file's state when it was taken. */
    private record Known(long bytes, FileTime modified, String sha256) {}

    private static final Map<Object, Known> KNOWN = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Known> eldest) {
            return size() > KEPT;
        }
    };

    /** A hash being taken on another thread, for a file in the state it was in when it was asked for. */
    private record Pending(long bytes, FileTime modified, FutureTask<String> task) {}

    private static final Map<Object, Pending> PENDING = new LinkedHashMap<>();

    /**
     * The names of the files of an earlier output that are not hashed beside ({@link #earlier}) but
     * compared, byte for byte, with the file written in their place ({@link CsvChunks}), whose hash
     * is taken anyway: {@code allocations.csv}, 736 MB at 1.5 M schools and 14 MB nationally, where
     * SHA-256 (without the quick compiler's intrinsic) takes 0.13 s.
     */
    private static final Set<String> COMPARED = Set.of(AllocationWriter.ALLOCATIONS);

    /**
     * A file of an earlier output waiting to be compared with the file written in its place, and its
     * state when it was found.
     */
    record Twin(Path file, BasicFileAttributes attributes) {}

    // Guarded by KNOWN.
    private static final Map<String, Twin> TWINS = new HashMap<>();

    private FileHashes() {}

    /**
     * Makes ready the hashes of the files of an earlier output that is to be replaced: those named
     * in {@link #COMPARED} are kept for the writer of the file of the same name ({@link #twin}),
     * which compares them with what it writes (the same bytes have the same hash: the file is then
     * not hashed at all), every other one is hashed beside ({@link #hashBeside}).
     */
    static void earlier(List<Path> files) throws IOException {
        List<Path> beside = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (COMPARED.contains(name)) {
                BasicFileAttributes attributes = attributes(file);
                if (attributes.fileKey() != null && attributes.isRegularFile() && known(attributes) == null) {
                    synchronized (KNOWN) {
                        if (!PENDING.containsKey(attributes.fileKey())) {
                            TWINS.put(name, new Twin(file, attributes));
                            continue;
                        }
                    }
                }
            }
            beside.add(file);
        }
        hashBeside(beside);
    }

    /**
     * The earlier file that {@code file}, about to be written, replaces (one of the same name made
     * ready by {@link #earlier}), if it has not changed since; null if there is none. Each is given
     * once: the caller compares it with what it writes and reports with {@link #compared}.
     */
    static Twin twin(Path file) throws IOException {
        Twin twin;
        synchronized (KNOWN) {
            twin = TWINS.remove(file.getFileName().toString());
        }
        if (twin == null) {
            return null;
        }
        BasicFileAttributes now;
        try {
            now = attributes(twin.file());
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
        return same(twin.attributes(), now) ? twin : null;
    }

    /**
     * What comparing {@code twin} with a file just written found: if it holds the same bytes (all of
     * them, and no more), and has not changed since it was found, its hash is {@code sha256}, the
     * written file's, and is kept; otherwise it is hashed beside, for the check before it is
     * replaced.
     */
    static void compared(Twin twin, boolean same, String sha256) throws IOException {
        BasicFileAttributes now;
        try {
            now = attributes(twin.file());
        } catch (java.nio.file.NoSuchFileException e) {
            return; // gone: nothing to replace
        }
        if (same && same(twin.attributes(), now) && now.size() >= KEEP_FROM) {
            keep(now, sha256);
        } else {
            hashBeside(List.of(twin.file()));
        }
    }

    /**
     * Starts taking the SHA-256 of each of {@code files}, one after the other, on a daemon thread of
     * its own, but of those known or being taken already; {@link #sha256} then waits for a file's
     * hash rather than reading the file a second time. The early check of an output folder about to
     * be replaced ({@link OutputFolder#check}) so costs no wait: at 1.5 M schools its
     * {@code allocations.csv} is 736 MB, about 0.8 s to read. Files on a file system without file
     * keys are left for {@link #sha256} to read.
     */
    static void hashBeside(List<Path> files) throws IOException {
        List<FutureTask<String>> tasks = new ArrayList<>();
        for (Path file : files) {
            BasicFileAttributes attributes = attributes(file);
            Object key = attributes.fileKey();
            if (key == null || !attributes.isRegularFile() || known(attributes) != null) {
                continue;
            }
            FutureTask<String> task = new FutureTask<>(() -> {
                try {
                    return read(file);
                } finally {
                    synchronized (KNOWN) {
                        PENDING.remove(key);
                    }
                }
            });
            synchronized (KNOWN) {
                if (PENDING.putIfAbsent(key, new Pending(attributes.size(), attributes.lastModifiedTime(), task))
                        == null) {
                    tasks.add(task);
                }
            }
        }
        if (tasks.isEmpty()) {
            return;
        }
        Thread thread = new Thread(() -> tasks.forEach(FutureTask::run), "alloc-hash-output");
        thread.setDaemon(true);
        thread.start();
    }

    /** A new SHA-256 digest. */
    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256.", e);
        }
    }

    /** A digest's value in lower-case hex. */
    static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The SHA-256 of {@code file}'s bytes (not following a link), in lower-case hex: the one kept for
     * the file if it has not changed since, else read from the file (and kept, if the file did not
     * change while it was read).
     */
    static String sha256(Path file) throws IOException {
        BasicFileAttributes before = attributes(file);
        String known = known(before);
        if (known != null) {
            return known;
        }
        String beside = beside(before);
        if (beside != null) {
            return beside;
        }
        String sha256 = read(file);
        return sha256 != null ? sha256 : hashOf(file);
    }

    /**
     * The hash being taken beside ({@link #hashBeside}) of the file with these attributes, once it
     * is taken; null if none is, if it failed, or if the file changed while it was read.
     */
    private static String beside(BasicFileAttributes attributes) {
        Object key = attributes.fileKey();
        Pending pending;
        synchronized (KNOWN) {
            pending = key == null ? null : PENDING.get(key);
        }
        if (pending == null
                || pending.bytes() != attributes.size()
                || !pending.modified().equals(attributes.lastModifiedTime())) {
            return null;
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return pending.task().get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            return null; // read again here, where a failure is reported
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The SHA-256 of the file's bytes, kept; null if the file changed while it was read. */
    private static String read(Path file) throws IOException {
        BasicFileAttributes before = attributes(file);
        String sha256 = hashOf(file);
        BasicFileAttributes after = attributes(file);
        if (!same(before, after)) {
            return null;
        }
        keep(after, sha256);
        return sha256;
    }

    /** The SHA-256 of the file's bytes, read now. */
    private static String hashOf(Path file) throws IOException {
        MessageDigest digest = digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return hex(digest);
    }

    /**
     * Keeps the hash of the bytes just written into {@code file} and closed: {@code bytes} of them,
     * with SHA-256 {@code sha256}. Kept only if the file holds that many bytes now.
     */
    static void written(Path file, long bytes, String sha256) throws IOException {
        BasicFileAttributes attributes = attributes(file);
        if (attributes.isRegularFile() && attributes.size() == bytes) {
            keep(attributes, sha256);
        }
    }

    private static BasicFileAttributes attributes(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    private static String known(BasicFileAttributes attributes) {
        Object key = attributes.fileKey();
        if (key == null || !attributes.isRegularFile()) {
            return null;
        }
        Known known;
        synchronized (KNOWN) {
            known = KNOWN.get(key);
        }
        return known != null
                        && known.bytes() == attributes.size()
                        && known.modified().equals(attributes.lastModifiedTime())
                ? known.sha256()
                : null;
    }

    private static void keep(BasicFileAttributes attributes, String sha256) {
        Object key = attributes.fileKey();
        if (key == null || !attributes.isRegularFile() || attributes.size() < KEEP_FROM) {
            return;
        }
        synchronized (KNOWN) {
            KNOWN.put(key, new Known(attributes.size(), attributes.lastModifiedTime(), sha256));
        }
    }

    private static boolean same(BasicFileAttributes before, BasicFileAttributes after) {
        return before.isRegularFile()
                && java.util.Objects.equals(before.fileKey(), after.fileKey())
                && before.size() == after.size()
                && before.lastModifiedTime().equals(after.lastModifiedTime());
    }

    /** Forgets every hash kept, for tests. */
    static void forget() {
        synchronized (KNOWN) {
            KNOWN.clear();
            PENDING.clear();
            TWINS.clear();
        }
    }
}

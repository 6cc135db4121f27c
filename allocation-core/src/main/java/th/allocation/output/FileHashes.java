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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SHA-256 of files alloc wrote or checked in this process, so that a file is read to be hashed
 * at most once: an output's record ({@link OutputMarker}) takes the hash its writer computed while
 * writing the bytes ({@link CsvBytes}), and the checks before replacing an earlier output (before
 * allocating, before writing, once it is moved aside) read each of its files once, not three times.
 * At 1.5 million schools {@code allocations.csv} is 736 MB, and each reading of it about 0.8 s.
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

    private FileHashes() {}

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
        MessageDigest digest = digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        String sha256 = hex(digest);
        BasicFileAttributes after = attributes(file);
        if (same(before, after)) {
            keep(after, sha256);
        }
        return sha256;
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
        }
    }
}

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
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes a CSV file of many records (one per school) with every core: the records are formatted in
 * chunks of {@link #RECORDS} into memory ({@link CsvBytes#chunk()}) by several threads at once, each
 * chunk written at its place in the file as soon as the lengths of those before it are known, and
 * hashed in file order for the output's record ({@link FileHashes}), so the file is never read
 * again. The bytes are those of formatting the records one after the other on one thread: a chunk
 * starts at a record's start, and a record's bytes do not depend on the records around it.
 *
 * <p>Every thread (the caller and its helpers) takes whichever work is ready: hashing the next chunk
 * in order (the one step that cannot be shared, so it comes first), writing a chunk whose place is
 * known, or formatting the next chunk into a free buffer. A fixed set of buffers bounds the memory
 * (a few MB), and a chunk's buffer is used again once it is both hashed and written.
 *
 * <p>When the file replaces one of an earlier output ({@link FileHashes#twin}), each chunk written is
 * also compared with the earlier file's bytes at the same place: the same bytes throughout give the
 * earlier file the new one's hash without hashing it ({@link FileHashes#compared}); at the
 * first difference the earlier file is hashed on a thread of its own.
 *
 * <p>If formatting or writing fails, or the caller is interrupted, the others stop at their next
 * step, the caller waits for them and throws: the file is then incomplete, and its output folder's
 * writer ({@link OutputFolder}) removes it with the rest of the staging folder.
 */
final class CsvChunks {
    /**
     * How many records a chunk holds: about 0.5 MB of {@code allocations.csv}, so that a chunk's
     * buffer is not one of the garbage collector's humongous objects in a 1 GB heap (half a 1 MB
     * region), and the buffers take a few MB.
     */
    static final int RECORDS = 1024;

    /** Formats records; one per thread, so it may keep scratch memory between calls. */
    @FunctionalInterface
    interface Records {
        /** Writes records {@code from} (inclusive) to {@code to} (exclusive) into {@code csv}. */
        void write(CsvBytes csv, int from, int to) throws IOException;
    }

    private final int chunks;
    private final int perChunk;
    private final int records;
    private final FileChannel channel;
    private final MessageDigest digest = FileHashes.digest();
    private final Object lock = new Object();

    /** The earlier output's file this one replaces, compared with it chunk by chunk; null if none. */
    private final FileHashes.Twin twin;

    private final FileChannel twinChannel;
    private volatile boolean twinDiffers;

    // Guarded by lock.
    private final CsvBytes[] formatted;
    private final long[] offsets;
    private final int[] unfinished; // of a formatted chunk: hashing and writing, 2 to 0
    private final ArrayDeque<CsvBytes> free = new ArrayDeque<>();
    private final ArrayDeque<Integer> toWrite = new ArrayDeque<>();
    private int nextToFormat;
    private int nextToHash;
    private boolean hashing;
    private int placed; // chunks whose offset is known
    private long length; // the bytes of the placed chunks
    private int done; // chunks hashed and written
    private Throwable failure;

    private CsvChunks(
            FileChannel channel,
            FileHashes.Twin twin,
            FileChannel twinChannel,
            CsvBytes head,
            int records,
            int perChunk,
            int buffers) {
        this.channel = channel;
        this.twin = twin;
        this.twinChannel = twinChannel;
        this.records = records;
        this.perChunk = perChunk;
        this.chunks = 1 + rowChunks(records, perChunk);
        this.formatted = new CsvBytes[chunks];
        this.offsets = new long[chunks];
        this.unfinished = new int[chunks];
        formatted[0] = head;
        unfinished[0] = 2;
        nextToFormat = 1;
        place();
        for (int k = 0; k < buffers; k++) {
            free.push(CsvBytes.chunk());
        }
    }

    /**
     * Writes {@code head} (the byte-order mark and header, {@link CsvBytes#firstChunk()}) then
     * {@code records} records into a new {@code file}, with as many threads as there are cores.
     */
    static void write(Path file, CsvBytes head, int records, Supplier<Records> formatter) throws IOException {
        write(file, head, records, formatter, RECORDS, Runtime.getRuntime().availableProcessors());
    }

    /**
     * As {@link #write(Path, CsvBytes, int, Supplier)}, in chunks of {@code perChunk} records and with
     * at most {@code threads} threads, the caller's among them.
     */
    static void write(Path file, CsvBytes head, int records, Supplier<Records> formatter, int perChunk, int threads)
            throws IOException {
        if (perChunk < 1 || threads < 1 || records < 0) {
            throw new IllegalArgumentException(
                    "records " + records + ", per chunk " + perChunk + ", threads " + threads);
        }
        FileHashes.Twin twin = FileHashes.twin(file);
        try (FileChannel channel = FileChannel.open(
                        file,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE);
                FileChannel twinChannel = twin == null ? null : openTwin(twin)) {
            int helpers = Math.min(threads, rowChunks(records, perChunk)) - 1;
            CsvChunks run = new CsvChunks(
                    channel,
                    twinChannel == null ? null : twin,
                    twinChannel,
                    head,
                    records,
                    perChunk,
                    2 * (helpers + 1) + 1);
            List<Thread> started = new ArrayList<>();
            try {
                for (int h = 0; h < helpers; h++) {
                    Records own = formatter.get();
                    Thread thread = new Thread(() -> run.work(own), "alloc-csv-chunks-" + (h + 1));
                    thread.setDaemon(true);
                    thread.start();
                    started.add(thread);
                }
                run.work(formatter.get());
            } catch (RuntimeException | Error e) {
                run.fail(e);
            } finally {
                run.awaitIdle(started);
            }
            run.rethrow();
            String sha256 = FileHashes.hex(run.digest);
            FileHashes.written(file, run.length, sha256);
            if (run.twin != null && !run.twinDiffers) {
                run.reportTwin(sha256);
            }
        }
    }

    /**
     * Every byte written was found in the earlier file: it is the same file if it ends there too.
     * A failure to tell is no failure of the writing: the earlier file is then hashed beside.
     */
    private void reportTwin(String sha256) {
        try {
            FileHashes.compared(twin, twinChannel.size() == length, sha256);
        } catch (IOException e) {
            hashBeside(twin);
        }
    }

    /** Begins the earlier file's hash beside, where it cannot be compared; a failure is left to the check. */
    private static void hashBeside(FileHashes.Twin twin) {
        try {
            FileHashes.hashBeside(List.of(twin.file()));
        } catch (IOException e) {
            // The check before the earlier output is replaced reads it, and reports what fails.
        }
    }

    /** The earlier file, opened to be read; null if it cannot be (its hash is then begun beside). */
    private static FileChannel openTwin(FileHashes.Twin twin) {
        try {
            return FileChannel.open(twin.file(), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            hashBeside(twin);
            return null;
        }
    }

    /**
     * Whether the earlier file holds {@code chunk}'s bytes at {@code offset}. Read into {@code scratch}
     * (grown as needed, one per thread) and compared; a failure to read counts as a difference.
     */
    private boolean twinHolds(CsvBytes chunk, long offset, byte[][] scratch) {
        int length = chunk.length();
        if (scratch[0] == null || scratch[0].length < length) {
            scratch[0] = new byte[Math.max(length, 1 << 16)];
        }
        ByteBuffer read = ByteBuffer.wrap(scratch[0], 0, length);
        try {
            while (read.hasRemaining()) {
                if (twinChannel.read(read, offset + read.position()) < 0) {
                    return false; // the earlier file ends sooner
                }
            }
        } catch (IOException e) {
            return false;
        }
        return Arrays.equals(chunk.bytes(), 0, length, scratch[0], 0, length);
    }

    /** Takes and does steps until every chunk is hashed and written, or one fails. */
    private void work(Records format) {
        byte[][] scratch = new byte[1][];
        while (true) {
            int chunk;
            CsvBytes buffer;
            long offset = 0;
            Step step;
            synchronized (lock) {
                while (true) {
                    if (failure == null && Thread.currentThread().isInterrupted()) {
                        failure = new InterruptedIOException("Interrupted while writing a file");
                        lock.notifyAll();
                    }
                    if (failure != null || done == chunks) {
                        return;
                    }
                    if (!hashing && nextToHash < chunks && formatted[nextToHash] != null) {
                        step = Step.HASH;
                        chunk = nextToHash;
                        buffer = formatted[chunk];
                        hashing = true;
                        break;
                    }
                    if (!toWrite.isEmpty()) {
                        step = Step.WRITE;
                        chunk = toWrite.poll();
                        buffer = formatted[chunk];
                        offset = offsets[chunk];
                        break;
                    }
                    if (nextToFormat < chunks && !free.isEmpty()) {
                        step = Step.FORMAT;
                        chunk = nextToFormat++;
                        buffer = free.pop();
                        break;
                    }
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        failure = new InterruptedIOException("Interrupted while writing a file");
                        lock.notifyAll();
                        return;
                    }
                }
            }
            Throwable failed = null;
            try {
                switch (step) {
                    case HASH -> digest.update(buffer.bytes(), 0, buffer.length());
                    case WRITE -> {
                        write(buffer, offset);
                        if (twin != null && !twinDiffers && !twinHolds(buffer, offset, scratch)) {
                            twinDiffers = true;
                            // Not the same file: its hash is taken now, beside the writing.
                            hashBeside(twin);
                        }
                    }
                    case FORMAT -> {
                        long from = (long) (chunk - 1) * perChunk;
                        format.write(buffer, (int) from, (int) Math.min(records, from + perChunk));
                    }
                }
            } catch (IOException | RuntimeException | Error e) {
                failed = e;
            }
            synchronized (lock) {
                if (failed != null) {
                    if (failure == null) {
                        failure = failed;
                    }
                } else {
                    switch (step) {
                        case HASH -> {
                            hashing = false;
                            nextToHash++;
                            finish(chunk);
                        }
                        case WRITE -> finish(chunk);
                        case FORMAT -> {
                            formatted[chunk] = buffer;
                            unfinished[chunk] = 2;
                            place();
                        }
                    }
                }
                lock.notifyAll();
            }
        }
    }

    private enum Step {
        HASH,
        WRITE,
        FORMAT
    }

    /** How many chunks of {@code perChunk} records {@code records} make. */
    private static int rowChunks(int records, int perChunk) {
        return records / perChunk + (records % perChunk == 0 ? 0 : 1);
    }

    /** Gives each formatted chunk after the last placed its offset, while the chunks before it are known. */
    private void place() {
        while (placed < chunks && formatted[placed] != null) {
            offsets[placed] = length;
            length += formatted[placed].length();
            toWrite.add(placed);
            placed++;
        }
    }

    /** One of a chunk's two steps (hashing, writing) is done; after both, its buffer is free again. */
    private void finish(int chunk) {
        if (--unfinished[chunk] == 0) {
            CsvBytes buffer = formatted[chunk];
            formatted[chunk] = null;
            buffer.clear();
            free.push(buffer);
            done++;
        }
    }

    private void write(CsvBytes chunk, long offset) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(chunk.bytes(), 0, chunk.length());
        long at = offset;
        while (bytes.hasRemaining()) {
            at += channel.write(bytes, at);
        }
    }

    private void fail(Throwable e) {
        synchronized (lock) {
            if (failure == null) {
                failure = e;
            }
            lock.notifyAll();
        }
    }

    /** Waits until the helpers have ended, so that nothing writes into the file once this returns. */
    private void awaitIdle(List<Thread> helpers) {
        boolean interrupted = Thread.interrupted();
        synchronized (lock) {
            if (done < chunks && failure == null) {
                failure = new IllegalStateException("The writing stopped before its end");
            }
            lock.notifyAll();
        }
        for (Thread helper : helpers) {
            while (helper.isAlive()) {
                try {
                    helper.join();
                } catch (InterruptedException e) {
                    interrupted = true; // wait all the same: a helper may be writing into the file
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() throws IOException {
        Throwable e;
        synchronized (lock) {
            e = failure;
        }
        if (e == null) {
            return;
        }
        if (e instanceof IOException io) {
            throw io;
        } else if (e instanceof RuntimeException runtime) {
            throw runtime;
        } else if (e instanceof Error error) {
            throw error;
        }
        throw new UncheckedIOException(new IOException(e));
    }
}

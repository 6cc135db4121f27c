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
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Gives a finished workbook a fixed creation date, so that the same inputs give the same bytes.
 *
 * <p>The writer (fastexcel) stamps {@code docProps/core.xml} with the time of writing and offers no
 * way to set it; everything else it writes is already the same on every run (its zip entries carry
 * no time). {@link WorkbookWriter} writes the workbook's last parts, core.xml among them, without
 * compression (level 0: deflate's stored blocks hold the bytes as they are), so the date stands in
 * the file as text. This class replaces it in place with {@link #CREATED}, of the same length, and
 * corrects the entry's CRC-32 in its data descriptor and in the central directory: nothing moves,
 * nothing else changes. It checks every structure it touches and throws if the file is not laid
 * out as expected (another version of the writer), rather than write a broken file.
 */
final class WorkbookStamp {
    /** The creation date every workbook carries. */
    static final String CREATED = "2026-01-01T00:00:00.000Z";

    private static final String ENTRY = "docProps/core.xml";
    private static final byte[] OPEN =
            "<dcterms:created xsi:type=\"dcterms:W3CDTF\">".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "</dcterms:created>".getBytes(StandardCharsets.US_ASCII);
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int LOCAL_SIGNATURE = 0x04034b50;
    private static final int DESCRIPTOR_SIGNATURE = 0x08074b50;
    private static final int END_BYTES = 22;
    private static final int CENTRAL_BYTES = 46;
    private static final int LOCAL_BYTES = 30;

    private WorkbookStamp() {}

    /** Sets the creation date of the workbook {@code file} to {@link #CREATED}. */
    static void fix(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            ByteBuffer end = read(channel, size - END_BYTES, END_BYTES);
            require(end.getInt(0) == END_SIGNATURE, "no end-of-central-directory record at the file's end");
            int entries = Short.toUnsignedInt(end.getShort(10));
            long directorySize = Integer.toUnsignedLong(end.getInt(12));
            long directoryStart = Integer.toUnsignedLong(end.getInt(16));
            ByteBuffer directory = read(channel, directoryStart, (int) directorySize);
            int at = 0;
            for (int e = 0; e < entries; e++) {
                require(directory.getInt(at) == CENTRAL_SIGNATURE, "a broken central directory");
                int nameLength = Short.toUnsignedInt(directory.getShort(at + 28));
                int extraLength = Short.toUnsignedInt(directory.getShort(at + 30));
                int commentLength = Short.toUnsignedInt(directory.getShort(at + 32));
                byte[] name = new byte[nameLength];
                directory.get(at + CENTRAL_BYTES, name);
                if (new String(name, StandardCharsets.US_ASCII).equals(ENTRY)) {
                    stamp(channel, directory, at, directoryStart);
                    return;
                }
                at += CENTRAL_BYTES + nameLength + extraLength + commentLength;
            }
            throw new IllegalStateException("The workbook has no " + ENTRY + ".");
        }
    }

    /** Replaces the date in the entry whose central record starts at {@code at}, and its CRC-32. */
    private static void stamp(FileChannel channel, ByteBuffer directory, int at, long directoryStart)
            throws IOException {
        require(directory.getShort(at + 10) == 8, "core.xml is not deflated");
        long crc = Integer.toUnsignedLong(directory.getInt(at + 16));
        int compressed = directory.getInt(at + 20);
        int uncompressed = directory.getInt(at + 24);
        long local = Integer.toUnsignedLong(directory.getInt(at + 42));
        ByteBuffer header = read(channel, local, LOCAL_BYTES);
        require(header.getInt(0) == LOCAL_SIGNATURE, "no local header where the directory says");
        long data = local
                + LOCAL_BYTES
                + Short.toUnsignedInt(header.getShort(26))
                + Short.toUnsignedInt(header.getShort(28));
        byte[] stored = new byte[compressed];
        read(channel, data, compressed).get(0, stored);
        byte[] text = inflate(stored, uncompressed);
        CRC32 check = new CRC32();
        check.update(text);
        require(check.getValue() == crc, "core.xml does not match its CRC-32");
        int inText = find(text, OPEN) + OPEN.length;
        int inStored = find(stored, OPEN) + OPEN.length;
        byte[] created = CREATED.getBytes(StandardCharsets.US_ASCII);
        require(inText > OPEN.length - 1 && inStored > OPEN.length - 1, "core.xml's date is not stored as text");
        require(
                find(text, CLOSE) == inText + created.length && find(stored, CLOSE) == inStored + created.length,
                "core.xml's date is not " + created.length + " characters long");
        System.arraycopy(created, 0, text, inText, created.length);
        CRC32 fixed = new CRC32();
        fixed.update(text);
        channel.write(ByteBuffer.wrap(created), data + inStored);
        long descriptor = data + compressed;
        require(read(channel, descriptor, 4).getInt(0) == DESCRIPTOR_SIGNATURE, "no data descriptor after core.xml");
        channel.write(crc32(fixed.getValue()), descriptor + 4);
        channel.write(crc32(fixed.getValue()), directoryStart + at + 16);
    }

    private static byte[] inflate(byte[] stored, int size) throws IOException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(stored);
            byte[] text = new byte[size];
            int n = inflater.inflate(text);
            require(n == size && inflater.finished(), "core.xml does not inflate to its size");
            return text;
        } catch (DataFormatException e) {
            throw new IOException("The workbook's core.xml is not valid deflate data.", e);
        } finally {
            inflater.end();
        }
    }

    private static ByteBuffer crc32(long value) {
        ByteBuffer buffer = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(0, (int) value);
        return buffer;
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        require(position >= 0 && length >= 0 && position + length <= channel.size(), "a record past the file's end");
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("The workbook ended early.");
            }
        }
        return buffer;
    }

    /** The index of the first {@code pattern} in {@code bytes}, or -1. */
    static int find(byte[] bytes, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= bytes.length; i++) {
            for (int k = 0; k < pattern.length; k++) {
                if (bytes[i + k] != pattern[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("Cannot fix the workbook's creation date: " + what + ".");
        }
    }
}

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.allocation.output.FolderContents.names;
import static th.allocation.output.FolderContents.sha256;
import static th.allocation.output.FolderContents.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import th.allocation.InputException;
import th.allocation.csv.SpreadsheetCsv;

/**
 * {@link OutputFolder}: a folder is replaced only when it is empty or alloc's own unchanged earlier
 * output, nothing of the user's is ever deleted, and no staging folder outlives its write (issue 11).
 */
class OutputFolderTest {
    /** A staging folder name of a process that cannot exist: Linux process ids stop at 2^22. */
    private static final String DEAD_STAGING = Staging.PREFIX + "2147483647-0123456789abcdef";

    @Test
    void write_failingHalfway_leavesNoFolderAndNoLeftovers(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out");
        assertThrows(
                UncheckedIOException.class,
                () -> OutputFolder.write(target, staging -> {
                    Files.writeString(staging.resolve("allocations.csv"), "half");
                    throw new IOException("disk full");
                }));
        assertFalse(Files.exists(target));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "the staging folder is removed");
        }
    }

    @Test
    void write_failingHalfway_keepsTheEarlierOutputAsItWas(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out");
        OutputFolder.write(target, staging -> Files.writeString(staging.resolve("summary.json"), "1"));
        assertThrows(
                UncheckedIOException.class,
                () -> OutputFolder.write(target, staging -> {
                    throw new IOException("disk full");
                }));
        assertEquals("1", Files.readString(target.resolve("summary.json")));
    }

    @Test
    void write_overAnEarlierOutput_replacesItWhole(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out");
        OutputFolder.write(target, staging -> {
            Files.writeString(staging.resolve("summary.json"), "1");
            Files.writeString(staging.resolve("old.csv"), "x");
        });
        OutputFolder.write(target, staging -> Files.writeString(staging.resolve("summary.json"), "2"));
        assertEquals("2", Files.readString(target.resolve("summary.json")));
        assertFalse(Files.exists(target.resolve("old.csv")));
        assertEquals(List.of(OutputFolder.MARKER, "summary.json"), names(target));
        assertEquals(List.of("out"), names(dir), "no staging folder and no earlier output left beside it");
    }

    @Test
    void write_intoAFolderOfTheUsersOwn_isRefusedAndTouchesNothing(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("documents");
        Files.createDirectories(target);
        Files.writeString(target.resolve("thesis.docx"), "precious");
        InputException e = assertThrows(
                InputException.class,
                () -> OutputFolder.write(target, staging -> Files.writeString(staging.resolve("summary.json"), "x")));
        assertTrue(e.getMessage().contains("not replaced"), e.getMessage());
        assertEquals("precious", Files.readString(target.resolve("thesis.docx")));
    }

    /** Issue 11: another tool's summary.json no longer makes a folder look like alloc's. */
    @Test
    void write_intoAFolderWithAForeignSummaryJson_isRefusedNamesWhatIsThereAndKeepsEveryByte(@TempDir Path dir)
            throws IOException {
        Path target = dir.resolve("proj");
        write(target.resolve("summary.json"), "{\"tool\": \"someone else's\"}");
        write(target.resolve("thesis.docx"), "chapter 1");
        write(target.resolve("sub/data.csv"), "a,b\n1,2\n");
        SortedMap<String, String> before = snapshot(dir);

        InputException e = assertThrows(
                InputException.class,
                () -> OutputFolder.write(target, staging -> Files.writeString(staging.resolve("summary.json"), "x")));

        assertEquals(1, e.problems().size());
        assertEquals(
                target + ": The output folder holds 3 files or folders alloc did not write (sub/, summary.json,"
                        + " thesis.docx), so it is not replaced: alloc replaces only an empty folder or its own"
                        + " earlier output, unchanged. Choose another --out folder, or remove this one yourself if"
                        + " nothing in it is needed.",
                e.problems().get(0).describe());
        assertEquals(before, snapshot(dir), "every file as it was, and no staging folder left");
    }

    @Test
    void check_refusesWhatWriteWouldRefuse_andWritesNothing(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("proj");
        write(target.resolve("summary.json"), "{}");
        SortedMap<String, String> before = snapshot(dir);
        InputException e = assertThrows(InputException.class, () -> OutputFolder.check(target));
        assertTrue(e.getMessage().contains("1 file alloc did not write (summary.json)"), e.getMessage());
        assertEquals(before, snapshot(dir));

        OutputFolder.check(dir.resolve("absent"));
        OutputFolder.write(dir.resolve("earlier"), staging -> write(staging.resolve("a.csv"), "1"));
        OutputFolder.check(dir.resolve("earlier"));
        assertEquals(List.of("earlier", "proj"), names(dir));
    }

    @Test
    void write_intoAFolderOfManyStrangers_namesThreeAndCountsAll(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("docs");
        for (String name : List.of("a.txt", "b.txt", "c.txt", "d.txt", "e.txt")) {
            write(target.resolve(name), name);
        }
        InputException e = assertThrows(InputException.class, () -> OutputFolder.write(target, staging -> {}));
        assertTrue(
                e.getMessage().contains("holds 5 files alloc did not write (e.g. a.txt, b.txt, c.txt)"),
                e.getMessage());
    }

    @Test
    void write_intoAnEmptyFolder_usesIt(@TempDir Path dir) throws IOException {
        Path target = Files.createDirectory(dir.resolve("empty"));
        OutputFolder.write(target, staging -> Files.writeString(staging.resolve("summary.json"), "1"));
        assertEquals(List.of(OutputFolder.MARKER, "summary.json"), names(target));
    }

    @Test
    void write_intoAFile_isRefused(@TempDir Path dir) throws IOException {
        Path target = write(dir.resolve("out"), "a file");
        InputException e = assertThrows(InputException.class, () -> OutputFolder.write(target, staging -> {}));
        assertTrue(e.getMessage().contains("is a file, not a folder"), e.getMessage());
        assertEquals("a file", Files.readString(target));
    }

    @Test
    void write_throughALinkToAFolder_isRefusedAndLeavesTheLinkAndFolder(@TempDir Path dir) throws IOException {
        Path real = Files.createDirectory(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        SortedMap<String, String> before = snapshot(dir);
        InputException e = assertThrows(InputException.class, () -> OutputFolder.write(link, staging -> {}));
        assertTrue(e.getMessage().contains("is a link"), e.getMessage());
        assertEquals(before, snapshot(dir));
    }

    /** The record lists every file, in path order, with the size and SHA-256 computed here independently. */
    @Test
    void write_recordsEveryFileWithItsSizeAndSha256(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out");
        OutputFolder.write(target, staging -> {
            Files.writeString(staging.resolve("summary.json"), "{}");
            Files.createDirectories(staging.resolve("levels"));
            Files.writeString(staging.resolve("levels/esas.csv"), "esa\r\nเขต 1\r\n");
            Files.write(staging.resolve("allocations.csv"), new byte[0]);
        });

        JsonNode record =
                new ObjectMapper().readTree(target.resolve(OutputFolder.MARKER).toFile());
        assertEquals("alloc", record.path("written_by").asText());
        List<String> listed = new ArrayList<>();
        for (JsonNode file : record.path("files")) {
            Path path = target.resolve(file.path("path").asText());
            listed.add(file.path("path").asText());
            assertEquals(Files.size(path), file.path("bytes").asLong(), path.toString());
            assertEquals(sha256(Files.readAllBytes(path)), file.path("sha256").asText(), path.toString());
        }
        assertEquals(List.of("allocations.csv", "levels/esas.csv", "summary.json"), listed);
        // SHA-256 of no bytes, FIPS 180-4 test vector.
        assertEquals(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                record.path("files").get(0).path("sha256").asText());
    }

    @Test
    void write_sameFilesTwice_givesTheSameRecordBytes(@TempDir Path dir) throws IOException {
        OutputFolder.Contents contents = staging -> {
            Files.writeString(staging.resolve("b.csv"), "2");
            Files.writeString(staging.resolve("a.csv"), "1");
        };
        OutputFolder.write(dir.resolve("one"), contents);
        OutputFolder.write(dir.resolve("two"), contents);
        assertEquals(
                Files.readString(dir.resolve("one").resolve(OutputFolder.MARKER)),
                Files.readString(dir.resolve("two").resolve(OutputFolder.MARKER)));
    }

    @Test
    void write_contentsWritingTheRecordsName_isAnError(@TempDir Path dir) {
        assertThrows(
                IllegalStateException.class,
                () -> OutputFolder.write(
                        dir.resolve("out"), staging -> Files.writeString(staging.resolve(OutputFolder.MARKER), "{}")));
        assertFalse(Files.exists(dir.resolve("out")));
    }

    /** What a user might do to an earlier output, and whether alloc may then still replace it. */
    enum Change {
        NONE(true),
        DELETE_A_FILE(true),
        ADD_A_FILE(false),
        ADD_A_FILE_IN_ITS_SUBFOLDER(false),
        ADD_AN_EMPTY_FOLDER(false),
        ADD_A_LINK(false),
        EDIT_A_FILE_KEEPING_ITS_SIZE(false),
        APPEND_TO_A_FILE(false),
        REPLACE_ITS_SUBFOLDER_BY_A_FILE(false),
        DELETE_THE_RECORD(false),
        CUT_THE_RECORD_SHORT(false),
        REPLACE_THE_RECORD_BY_ANOTHER_TOOLS(false),
        LIST_A_PATH_OUTSIDE_IN_THE_RECORD(false);

        final boolean replaceable;

        Change(boolean replaceable) {
            this.replaceable = replaceable;
        }

        void apply(Path output, Path outside) throws IOException {
            Path record = output.resolve(OutputFolder.MARKER);
            switch (this) {
                case NONE -> {}
                case DELETE_A_FILE -> Files.delete(output.resolve("a.csv"));
                case ADD_A_FILE -> write(output.resolve("notes.txt"), "mine");
                case ADD_A_FILE_IN_ITS_SUBFOLDER -> write(output.resolve("sub/notes.txt"), "mine");
                case ADD_AN_EMPTY_FOLDER -> Files.createDirectory(output.resolve("extra"));
                case ADD_A_LINK -> Files.createSymbolicLink(output.resolve("link"), outside);
                case EDIT_A_FILE_KEEPING_ITS_SIZE -> write(output.resolve("a.csv"), "x,y\r\n9,9\r\n");
                case APPEND_TO_A_FILE ->
                    Files.writeString(output.resolve("a.csv"), "3,4\r\n", StandardOpenOption.APPEND);
                case REPLACE_ITS_SUBFOLDER_BY_A_FILE -> {
                    Files.delete(output.resolve("sub/b.csv"));
                    Files.delete(output.resolve("sub"));
                    write(output.resolve("sub"), "mine");
                }
                case DELETE_THE_RECORD -> Files.delete(record);
                case CUT_THE_RECORD_SHORT -> {
                    byte[] bytes = Files.readAllBytes(record);
                    Files.write(record, java.util.Arrays.copyOf(bytes, bytes.length / 2));
                }
                case REPLACE_THE_RECORD_BY_ANOTHER_TOOLS -> write(record, "{\"written_by\": \"other\", \"files\": []}");
                case LIST_A_PATH_OUTSIDE_IN_THE_RECORD -> {
                    String text = Files.readString(record);
                    write(record, text.replace("\"sub/b.csv\"", "\"../sub/b.csv\""));
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Change.class)
    void write_overAnEarlierOutputChangedByTheUser_replacesItOnlyIfNothingOfTheUsersIsInIt(
            Change change, @TempDir Path dir) throws IOException {
        Path target = dir.resolve("out");
        Path outside = write(dir.resolve("elsewhere.txt"), "linked to");
        OutputFolder.write(target, staging -> {
            write(staging.resolve("a.csv"), "x,y\r\n1,2\r\n");
            write(staging.resolve("sub/b.csv"), "b");
        });
        change.apply(target, outside);
        SortedMap<String, String> before = snapshot(dir);

        OutputFolder.Contents next = staging -> write(staging.resolve("new.csv"), "new");
        if (change.replaceable) {
            OutputFolder.write(target, next);
            assertEquals(List.of(OutputFolder.MARKER, "new.csv"), names(target));
            assertEquals("linked to", Files.readString(outside));
        } else {
            InputException e = assertThrows(InputException.class, () -> OutputFolder.write(target, next));
            assertTrue(e.getMessage().contains("so it is not replaced"), e.getMessage());
            assertEquals(before, snapshot(dir), "nothing changed, nothing left beside it");
        }
        assertEquals(List.of("elsewhere.txt", "out"), names(dir), "no staging folder left");
    }

    @Test
    void write_editedFile_isNamedAsChanged(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out");
        OutputFolder.write(target, staging -> write(staging.resolve("a.csv"), "1"));
        write(target.resolve("a.csv"), "2");
        InputException e = assertThrows(InputException.class, () -> OutputFolder.write(target, staging -> {}));
        assertTrue(e.getMessage().contains("holds 1 file alloc wrote that has changed since (a.csv)"), e.getMessage());
    }

    /** A file the user adds while alloc is writing is found when the earlier output is moved aside, and kept. */
    @Test
    void write_userAddsAFileWhileAllocWrites_putsTheEarlierOutputBackAndKeepsTheFile(@TempDir Path dir)
            throws IOException {
        Path target = dir.resolve("out");
        OutputFolder.write(target, staging -> write(staging.resolve("a.csv"), "1"));

        assertThrows(
                InputException.class,
                () -> OutputFolder.write(target, staging -> {
                    write(staging.resolve("a.csv"), "2");
                    write(target.resolve("notes.txt"), "written meanwhile");
                }));

        assertEquals(List.of(OutputFolder.MARKER, "a.csv", "notes.txt"), names(target));
        assertEquals("1", Files.readString(target.resolve("a.csv")));
        assertEquals(List.of("out"), names(dir), "no staging folder left");
    }

    /** Issue 11: the staging folder's name no longer grows with the output's, so 240 bytes fit. */
    @Test
    void write_outputNameOf240Bytes_isWrittenThroughAShortStagingFolderBesideIt(@TempDir Path dir) throws IOException {
        String name = "ผ".repeat(80); // 80 Thai letters of 3 bytes each in UTF-8
        assertEquals(240, name.getBytes(StandardCharsets.UTF_8).length);
        Path target = dir.resolve(name);
        List<Path> seen = new ArrayList<>();
        OutputFolder.write(target, staging -> {
            seen.add(staging);
            write(staging.resolve("a.csv"), "1");
        });
        assertEquals(List.of(OutputFolder.MARKER, "a.csv"), names(target));
        Path stagingFolder = seen.get(0).getParent();
        assertEquals(dir.toAbsolutePath().normalize(), stagingFolder.getParent(), "beside the target");
        String stagingName = stagingFolder.getFileName().toString();
        assertTrue(Staging.NAME.matcher(stagingName).matches(), stagingName);
        assertTrue(stagingName.length() <= 60, stagingName);
        assertEquals(List.of(name), names(dir));
    }

    @Test
    void write_outputNameLongerThan255Bytes_isRefusedWithItsLength(@TempDir Path dir) {
        Path target = dir.resolve("ผ".repeat(86)); // 258 bytes
        InputException e = assertThrows(InputException.class, () -> OutputFolder.write(target, staging -> {}));
        assertTrue(e.getMessage().contains("is 258 bytes long; file systems allow at most 255"), e.getMessage());
    }

    @Test
    void write_removesAStagingFolderLeftByAProcessThatHasEnded(@TempDir Path dir) throws IOException {
        Path stale = staleStaging(dir, DEAD_STAGING, 2147483647L, "", "out");
        write(stale.resolve("out/allocations.csv"), "cut off in the mid");

        OutputFolder.write(dir.resolve("other"), staging -> write(staging.resolve("a.csv"), "1"));

        assertEquals(List.of("other"), names(dir));
    }

    @Test
    void write_treatsAReusedProcessIdAsEnded(@TempDir Path dir) throws IOException {
        long pid = ProcessHandle.current().pid();
        staleStaging(dir, Staging.PREFIX + pid + "-00000000000000aa", pid, "2000-01-01T00:00:00Z", "out");

        OutputFolder.write(dir.resolve("other"), staging -> write(staging.resolve("a.csv"), "1"));

        assertEquals(List.of("other"), names(dir));
    }

    @Test
    void write_keepsAStagingFolderOfAProcessStillRunning(@TempDir Path dir) throws IOException {
        ProcessHandle self = ProcessHandle.current();
        String start = self.info().startInstant().map(Object::toString).orElse("");
        String name = Staging.PREFIX + self.pid() + "-00000000000000bb";
        staleStaging(dir, name, self.pid(), start, "out");

        OutputFolder.write(dir.resolve("other"), staging -> write(staging.resolve("a.csv"), "1"));

        assertEquals(List.of(name, "other"), names(dir));
    }

    /** Only a folder with the staging name, a complete mark and nothing else of anyone's is removed. */
    @Test
    void write_leavesEveryFolderThatIsNotProvablyAStaleStagingFolder(@TempDir Path dir) throws IOException {
        Path unmarked = Files.createDirectory(dir.resolve(DEAD_STAGING)); // the name, no mark, a file of someone's
        write(unmarked.resolve("notes.txt"), "precious");
        staleStaging(dir, Staging.PREFIX + "2147483646-0123456789abcdef", 2147483645L, "", "out"); // pid differs
        Path extra = staleStaging(dir, Staging.PREFIX + "2147483644-0123456789abcdef", 2147483644L, "", "out");
        write(extra.resolve("thesis.docx"), "precious"); // something that is not the engine's
        staleStaging(dir, Staging.PREFIX + "mine", 2147483643L, "", "out"); // not the name pattern
        Path cut = Files.createDirectory(dir.resolve(Staging.PREFIX + "2147483642-0123456789abcdef"));
        write(cut.resolve(Staging.MARK), "{\"written_by\": \"alloc\", \"pi"); // a mark cut short,
        write(cut.resolve("notes.txt"), "precious"); // beside something that is not the engine's
        long self = ProcessHandle.current().pid();
        Files.createDirectory(dir.resolve(Staging.PREFIX + self + "-0123456789abcdef")); // a live process's, unmarked
        SortedMap<String, String> before = snapshot(dir);

        OutputFolder.write(dir.resolve("other"), staging -> write(staging.resolve("a.csv"), "1"));

        SortedMap<String, String> after = snapshot(dir);
        after.keySet().removeIf(path -> path.startsWith("other"));
        assertEquals(before, after);
    }

    /** SIGKILL while the staging folder was being made: empty, or with its mark cut short; its process has ended. */
    @Test
    void write_removesAStagingFolderAKilledProcessLeftBeforeItsMarkWasWhole(@TempDir Path dir) throws IOException {
        Files.createDirectory(dir.resolve(DEAD_STAGING));
        Path cut = Files.createDirectory(dir.resolve(Staging.PREFIX + "2147483642-0123456789abcdef"));
        write(cut.resolve(Staging.MARK), "{\"written_by\": \"alloc\", \"pi");

        OutputFolder.write(dir.resolve("other"), staging -> write(staging.resolve("a.csv"), "1"));

        assertEquals(List.of("other"), names(dir));
    }

    /** SIGKILL between the two renames: the earlier output sits in the staging folder and the target is gone. */
    @Test
    void write_putsBackAnEarlierOutputAKilledProcessHadMovedAside(@TempDir Path dir) throws IOException {
        Path earlier = dir.resolve("out");
        OutputFolder.write(earlier, staging -> write(staging.resolve("a.csv"), "earlier"));
        SortedMap<String, String> before = snapshot(earlier);
        Path stale = staleStaging(dir, DEAD_STAGING, 2147483647L, "", "out");
        Files.move(earlier, stale.resolve(Staging.OLD));

        OutputFolder.write(dir.resolve("other"), staging -> write(staging.resolve("a.csv"), "1"));

        assertEquals(List.of("other", "out"), names(dir));
        assertEquals(before, snapshot(earlier));
    }

    @Test
    void write_deletesAnEarlierOutputAKilledProcessHadAlreadyReplaced(@TempDir Path dir) throws IOException {
        Path replaced = dir.resolve("out");
        OutputFolder.write(replaced, staging -> write(staging.resolve("a.csv"), "earlier"));
        Path stale = staleStaging(dir, DEAD_STAGING, 2147483647L, "", "out");
        Files.move(replaced, stale.resolve(Staging.OLD));
        OutputFolder.write(replaced, staging -> write(staging.resolve("a.csv"), "new"));

        assertEquals(List.of("out"), names(dir));
        assertEquals("new", Files.readString(replaced.resolve("a.csv")));
    }

    @Test
    void text_neutralisesFormulaCells() {
        assertEquals("'=HYPERLINK(\"x\")", SpreadsheetCsv.text("=HYPERLINK(\"x\")"));
        assertEquals("'+1", SpreadsheetCsv.text("+1"));
        assertEquals("'-1", SpreadsheetCsv.text("-1"));
        assertEquals("'@SUM(A1)", SpreadsheetCsv.text("@SUM(A1)"));
        assertEquals("โรงเรียน", SpreadsheetCsv.text("โรงเรียน"));
        assertEquals("", SpreadsheetCsv.text(""));
    }

    /** A staging folder as a killed alloc leaves it: the mark, and an output folder. */
    private static Path staleStaging(Path dir, String name, long pid, String start, String target) throws IOException {
        Path folder = Files.createDirectory(dir.resolve(name));
        write(
                folder.resolve(Staging.MARK),
                "{\"written_by\": \"alloc\", \"pid\": " + pid + ", \"process_start\": \"" + start + "\", \"target\": \""
                        + target + "\"}");
        Files.createDirectory(folder.resolve(Staging.CONTENTS));
        return folder;
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /** The names in a folder, sorted. */

    /** Everything under {@code root}: each relative path mapped to "dir", "link to ..." or its content's SHA-256. */
}

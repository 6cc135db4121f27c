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
package th.allocation.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.allocation.InputException;
import th.allocation.input.SchoolColumns;
import th.allocation.input.SchoolCsvReader;
import th.allocation.model.School;
import th.allocation.model.SchoolTable;

class SchoolGeneratorTest {
    @TempDir
    Path folder;

    @Test
    void writeCsv_sameSeedTwice_givesIdenticalBytes() throws IOException {
        Path again = folder.resolve("again.csv");
        SchoolGenerator.national().writeCsv(again);
        assertArrayEquals(Files.readAllBytes(NationalFile.path()), Files.readAllBytes(again));
    }

    @Test
    void writeCsv_nationalDefault_hasThePinnedDigest() throws IOException, NoSuchAlgorithmException {
        // The bytes of the national default file, the same on every machine and JDK (checked on
        // OpenJDK 17.0.15 and Temurin 25). It changes only when the generator's model changes; then
        // update this digest, examples/thailand/README.md and the budget of needs-weighted.yaml together.
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(NationalFile.path()));
        assertEquals(
                "f3f9550e382a57c549c3852da1dbef31120eaef4aa119f627cef5ee57bdd6d32",
                HexFormat.of().formatHex(digest));
    }

    @Test
    void writeCsv_otherSeed_givesOtherBytes() throws IOException {
        Path other = folder.resolve("other.csv");
        SchoolGenerator.national().withSeed(SchoolGenerator.DEFAULT_SEED + 1).writeCsv(other);
        assertFalse(Arrays.equals(Files.readAllBytes(NationalFile.path()), Files.readAllBytes(other)));
    }

    @Test
    void writeCsv_oneSchool_writesAValidSchoolFile() {
        Path file = folder.resolve("one.csv");
        SchoolGenerator.Totals totals =
                SchoolGenerator.national().withSchools(1).writeCsv(file);
        SchoolTable table = SchoolCsvReader.read(file, Map.of(), Set.copyOf(GeneratedColumns.EXTRA));
        assertEquals(1, table.size());
        assertEquals(1, totals.schools());
        assertEquals(table.totalPupils(0), totals.pupils());
        assertTrue(table.totalPupils(0) > 0);
    }

    @Test
    void writeCsv_fiftySchools_writesAValidSchoolFileWithUniqueIds() {
        Path file = folder.resolve("fifty.csv");
        SchoolGenerator.national().withSchools(50).writeCsv(file);
        // The reader rejects duplicate ids, negative counts and subsets larger than the total.
        SchoolTable table = SchoolCsvReader.read(file, Map.of(), Set.copyOf(GeneratedColumns.EXTRA));
        assertEquals(50, table.size());
        for (int i = 0; i < table.size(); i++) {
            assertTrue(table.id(i).matches("1[0-9]{9}"), table.id(i));
            assertFalse(table.name(i).isEmpty());
        }
    }

    @Test
    void writeCsv_writesTheHeader_withEveryCanonicalColumn() throws IOException {
        Path file = folder.resolve("fifty.csv");
        SchoolGenerator.national().withSchools(50).writeCsv(file);
        String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
        // SpreadsheetCsv: a byte-order mark, then the header.
        assertEquals("\uFEFF" + String.join(",", GeneratedColumns.HEADER), first);
        // Every canonical column but previous_pupils, which the generator leaves out by default.
        java.util.List<String> generated = new java.util.ArrayList<>(SchoolColumns.ALL);
        generated.remove(SchoolColumns.PREVIOUS_PUPILS);
        assertTrue(GeneratedColumns.HEADER.containsAll(generated));
        assertEquals(generated.size() + GeneratedColumns.EXTRA.size(), GeneratedColumns.HEADER.size());
    }

    @Test
    void forEach_givesTheSchoolsOfTheFile() {
        Path file = folder.resolve("five-hundred.csv");
        SchoolGenerator generator = SchoolGenerator.national().withSeed(3).withSchools(500);
        generator.writeCsv(file);
        List<School> streamed = new ArrayList<>();
        generator.forEach(streamed::add);
        List<School> read = SchoolCsvReader.read(file, Map.of(), Set.copyOf(GeneratedColumns.EXTRA))
                .schools();
        assertEquals(read, streamed);
    }

    @Test
    void writeCsv_replacesAnExistingFile_andLeavesNoTemporaryFile() throws IOException {
        Path file = folder.resolve("schools.csv");
        Files.writeString(file, "an older, longer file ".repeat(100_000));
        SchoolGenerator.national().withSchools(10).writeCsv(file);
        assertEquals(10, SchoolCsvReader.read(file, Map.of(), Set.of()).size());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void writeCsv_toAFolder_failsAndLeavesTheFolderAsItWas() throws IOException {
        Path target = Files.createDirectory(folder.resolve("schools.csv"));
        InputException e = assertThrows(
                InputException.class,
                () -> SchoolGenerator.national().withSchools(10).writeCsv(target));
        assertTrue(e.getMessage().contains("folder"), e.getMessage());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(target), files.toList());
        }
        try (Stream<Path> files = Files.list(target)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void writeCsv_underAFile_failsWithTheFileNamed() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("notes.txt"), "mine");
        InputException e = assertThrows(
                InputException.class,
                () -> SchoolGenerator.national().withSchools(10).writeCsv(notAFolder.resolve("schools.csv")));
        assertTrue(e.getMessage().contains("is a file, not a folder"), e.getMessage());
        assertEquals("mine", Files.readString(notAFolder));
    }

    @Test
    void withSchools_outsideTheRange_isRejectedWithTheRange() {
        IllegalArgumentException zero = assertThrows(
                IllegalArgumentException.class, () -> SchoolGenerator.national().withSchools(0));
        assertTrue(zero.getMessage().contains("between 1 and " + SchoolGenerator.MAX_SCHOOLS), zero.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> SchoolGenerator.national().withSchools(SchoolGenerator.MAX_SCHOOLS + 1));
    }

    @Test
    void fixed_writesWholeNumbersOfTheLastDecimal() {
        assertEquals("0.734", GeneratedSchool.fixed(734, 3));
        assertEquals("0.005", GeneratedSchool.fixed(5, 3));
        assertEquals("123.45", GeneratedSchool.fixed(12345, 2));
        assertEquals("7", GeneratedSchool.fixed(7, 0));
    }
}

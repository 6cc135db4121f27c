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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVPrinter;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.csv.SpreadsheetCsv;
import th.allocation.model.School;

/**
 * Generates a synthetic but calibrated table of Thai basic-education schools: the national default
 * (29,449 schools, 6.6 million pupils in 77 provinces, 19 clusters and 245 ESAs) or any size up to
 * {@link #MAX_SCHOOLS}, with the same shape. The file is the canonical school table (docs/model.md,
 * data contract) plus {@link GeneratedColumns#EXTRA}; {@code examples/thailand/README.md} lists what is
 * calibrated against which published figure, and what is assumed.
 *
 * <pre>{@code
 * SchoolGenerator.national().writeCsv(Path.of("schools.csv"));
 * SchoolGenerator.national().withSeed(7).withSchools(1_500_000).writeCsv(Path.of("big.csv"));
 * }</pre>
 *
 * <p>Deterministic: the same seed and size give the same bytes on every machine and JDK (the random
 * source is SplitMix64, written out here, and all real functions are {@link StrictMath}). Schools
 * are generated one Educational Service Area at a time and streamed, so memory does not grow with
 * the number of schools. Immutable and thread-safe.
 */
public final class SchoolGenerator {
    /** The default seed: 2565, the Buddhist Era year of the national statistics the file is calibrated to. */
    public static final long DEFAULT_SEED = 2565;
    /** OBEC's schools in B.E. 2565 (2022): 29,449 (docs/formulas.md, Thai facts); the default size. */
    public static final int NATIONAL_SCHOOLS = 29_449;
    /** The largest size generated; school ids have room for about this many. */
    public static final int MAX_SCHOOLS = 2_000_000;

    private final long seed;
    private final int schools;

    private SchoolGenerator(long seed, int schools) {
        this.seed = seed;
        this.schools = schools;
    }

    /** The national default: {@link #NATIONAL_SCHOOLS} schools, seed {@link #DEFAULT_SEED}. */
    public static SchoolGenerator national() {
        return new SchoolGenerator(DEFAULT_SEED, NATIONAL_SCHOOLS);
    }

    /** The same generator with another seed; any {@code long} is a valid seed. */
    public SchoolGenerator withSeed(long seed) {
        return new SchoolGenerator(seed, schools);
    }

    /**
     * The same generator with another number of schools.
     *
     * @throws IllegalArgumentException unless {@code 1 <= schools <= MAX_SCHOOLS}
     */
    public SchoolGenerator withSchools(int schools) {
        if (schools < 1 || schools > MAX_SCHOOLS) {
            throw new IllegalArgumentException("The number of schools (" + schools + ") must be between 1 and "
                    + MAX_SCHOOLS + "; the national size is " + NATIONAL_SCHOOLS + ".");
        }
        return new SchoolGenerator(seed, schools);
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    /** How many schools are generated. */
    public int schools() {
        return schools;
    }

    /**
     * Passes every school to {@code action}, in id order, one at a time; the extra columns are the
     * school's indicators. Nothing is kept, so any size fits in memory.
     */
    public void forEach(Consumer<School> action) {
        Objects.requireNonNull(action, "action");
        generate(school -> action.accept(school.toSchool()));
    }

    /**
     * Writes the school table to {@code file} as spreadsheet CSV (UTF-8 with a byte-order mark, CRLF
     * line ends), atomically: the rows go to a hidden temporary file in the same folder, which then
     * replaces {@code file} by a rename. If writing fails, {@code file} is left as it was and the
     * temporary file is removed. Missing parent folders are created.
     *
     * @return what was written
     * @throws InputException if {@code file} is a folder, or a folder on its path is a file
     * @throws UncheckedIOException if the file cannot be written
     */
    public Totals writeCsv(Path file) {
        Path target = file.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new InputException(Problem.of(
                    file.toString(),
                    "The output path is a folder, not a file.",
                    "Give a file name, e.g. " + file.resolve("schools.csv") + "."));
        }
        for (Path folder = target.getParent(); folder != null; folder = folder.getParent()) {
            if (Files.exists(folder)) {
                if (!Files.isDirectory(folder)) {
                    throw new InputException(Problem.of(
                            file.toString(),
                            folder + " is a file, not a folder.",
                            "Choose an --out path inside a folder."));
                }
                break;
            }
        }
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = createTemporary(target);
            Totals totals;
            try (CSVPrinter csv = SpreadsheetCsv.open(temporary)) {
                csv.printRecord(GeneratedColumns.HEADER);
                long[] sums = new long[3];
                IOException[] failure = new IOException[1];
                generate(school -> {
                    if (failure[0] != null) {
                        return;
                    }
                    try {
                        csv.printRecord((Object[]) school.cells());
                    } catch (IOException e) {
                        failure[0] = e;
                    }
                    sums[0]++;
                    sums[1] += school.pupils().total();
                    sums[2] += school.previousAllocationBaht();
                });
                if (failure[0] != null) {
                    throw failure[0];
                }
                totals = new Totals((int) sums[0], sums[1], sums[2]);
            }
            move(temporary, target);
            temporary = null;
            return totals;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot write the school file " + file + " (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "). Check that the folder is writable and the disk has room.",
                    e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // The original failure matters more; a hidden leftover file is harmless.
                }
            }
        }
    }

    /**
     * What a file holds.
     *
     * @param schools how many schools
     * @param pupils how many pupils
     * @param previousAllocationBaht the sum of {@code previous_allocation}, in baht
     */
    public record Totals(int schools, long pupils, long previousAllocationBaht) {}

    private void generate(Consumer<GeneratedSchool> sink) {
        for (Plan.Unit unit : Plan.of(schools, seed).units()) {
            for (GeneratedSchool school : Model.generate(unit, seed)) {
                sink.accept(school);
            }
        }
    }

    /** A new hidden file beside the target, created with the default permissions of a new file. */
    private static Path createTemporary(Path target) throws IOException {
        String stem = "." + target.getFileName() + ".writing-"
                + ProcessHandle.current().pid() + "-";
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createFile(target.resolveSibling(stem + attempt));
            } catch (FileAlreadyExistsException taken) {
                // another run writes beside us; try the next name
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

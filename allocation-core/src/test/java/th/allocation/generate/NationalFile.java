package th.allocation.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import th.allocation.input.SchoolCsvReader;
import th.allocation.model.SchoolTable;

/**
 * The national default file (seed 2565, 29,449 schools), generated once per test run into the
 * build folder and read back with {@link SchoolCsvReader}, for the tests that need it.
 */
final class NationalFile {
    private static Path file;
    private static SchoolTable table;

    private NationalFile() {}

    /** The file, generated on first use. */
    static synchronized Path path() {
        if (file == null) {
            try {
                Path folder = Files.createDirectories(Path.of("target", "generated-test-data"));
                file = folder.resolve("thailand-national.csv");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            SchoolGenerator.national().writeCsv(file);
        }
        return file;
    }

    /** The file read back as a school table, with the generated indicator columns. */
    static synchronized SchoolTable table() {
        if (table == null) {
            table = SchoolCsvReader.read(path(), Map.of(), Set.copyOf(GeneratedColumns.EXTRA));
        }
        return table;
    }
}

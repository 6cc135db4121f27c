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
package th.allocation.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import th.allocation.generate.Calibration;
import th.allocation.generate.GeneratedColumns;
import th.allocation.generate.SchoolGenerator;
import th.allocation.input.SchoolCsvReader;
import th.allocation.model.Baht;
import th.allocation.model.SchoolTable;

/** {@code alloc generate}: writes a synthetic, calibrated school file for Thailand, of any size. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a synthetic school table calibrated to Thailand's basic education: by default the national"
                    + " size (29,449 schools, about 6.6 million pupils in 77 provinces, 19 clusters, 245 ESAs),"
                    + " with indicator columns and last year's allocation at the original per-head rates.",
            "The same seed and size give the same bytes on every machine. The file is written whole or not at"
                    + " all, and large sizes stream in bounded memory.",
            "See examples/thailand/README.md for what is calibrated to which published figure."
        })
final class GenerateCommand implements Callable<Integer> {
    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "" + SchoolGenerator.DEFAULT_SEED,
            description = "The random seed, any whole number (default: ${DEFAULT-VALUE}, the B.E. year of the"
                    + " national statistics).")
    long seed;

    @Option(
            names = "--schools",
            paramLabel = "N",
            defaultValue = "" + SchoolGenerator.NATIONAL_SCHOOLS,
            description = "How many schools, 1 to " + SchoolGenerator.MAX_SCHOOLS + " (default: ${DEFAULT-VALUE},"
                    + " the national count). Larger files get more ESAs and networks, with the same shape.")
    int schools;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The CSV file to write.")
    Path out;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Option(names = "--report", description = "Read the file back and print its calibration report (Markdown).")
    boolean report;

    @Option(
            names = "--results-for",
            paramLabel = "RUN",
            description = "Instead of schools, write plausible realised results for the year after the target run"
                    + " in the folder RUN (see docs/evaluation.md), for alloc evaluate.")
    Path resultsFor;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (resultsFor != null) {
            return GenerateResults.run(spec, resultsFor, seed, out, force);
        }
        if (schools < 1 || schools > SchoolGenerator.MAX_SCHOOLS) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--schools must be between 1 and " + SchoolGenerator.MAX_SCHOOLS + " (" + schools + ").");
        }
        if (Files.exists(out) && !Files.isDirectory(out) && !force) {
            throw new ParameterException(
                    spec.commandLine(),
                    out + " exists; give --force to replace it, or" + " choose another --out file.");
        }
        SchoolGenerator generator = SchoolGenerator.national().withSeed(seed).withSchools(schools);
        SchoolGenerator.Totals totals = generator.writeCsv(out);
        PrintWriter printer = spec.commandLine().getOut();
        printer.printf(
                "Wrote %,d schools with %,d pupils to %s (seed %d); last year's allocation %s.%n",
                totals.schools(),
                totals.pupils(),
                out,
                seed,
                Baht.display(totals.previousAllocationBaht() * Baht.SATANG_PER_BAHT));
        if (report) {
            SchoolTable table = SchoolCsvReader.read(out, Map.of(), Set.copyOf(GeneratedColumns.EXTRA));
            printer.println();
            printer.print(Calibration.markdown(Calibration.of(table)));
            printer.println();
            printer.print(Calibration.profile(table));
        }
        printer.flush();
        return 0;
    }
}

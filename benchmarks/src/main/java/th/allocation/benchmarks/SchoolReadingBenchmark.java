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
package th.allocation.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import th.allocation.generate.SchoolGenerator;
import th.allocation.input.SchoolCsvReader;
import th.allocation.model.SchoolTable;

/**
 * Reading the school file: the streaming reader that fills the table's columns from the bytes
 * ({@code SchoolCsvReader.read(Path, ...)}, as {@code alloc} reads a file), against the full reader
 * on Commons CSV that it falls back to ({@code SchoolCsvReader.read(Reader, ...)}, what every file
 * went through before), and the plain baseline of reading the file's bytes and counting its lines.
 * At national size (29,449 schools, 13 MB) and at 1.5 million schools (690 MB), the file written by
 * {@code alloc generate} once per size into a temporary folder. Each operation reads the whole file;
 * the streaming reader runs in a 1 GB heap, the full one needs about 2.5 GB at 1.5 million schools.
 * Files of 32 MiB and more are read in parts on every core, so the 1.5 million figure depends on
 * the cores the machine has free.
 *
 * <p>Run from the repository root:
 *
 * <pre>
 * mvn -B -ntp -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar SchoolReadingBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
public class SchoolReadingBenchmark {
    /** How many schools: national size, and about fifty times it. */
    @Param({"29449", "1500000"})
    public int schools;

    private Path folder;
    private Path file;

    /** Writes the synthetic file once per size. */
    @Setup
    public void setUp() {
        try {
            folder = Files.createTempDirectory("school-reading");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        file = folder.resolve("schools.csv");
        SchoolGenerator.national().withSchools(schools).writeCsv(file);
    }

    /** Removes the file. */
    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The streaming reader, as the engine reads a school file, in a 1 GB heap. */
    @Benchmark
    @Fork(
            value = 1,
            jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
    public SchoolTable streaming() {
        return SchoolCsvReader.read(file, Map.of(), Set.of());
    }

    /** The full reader on Commons CSV, which read every file before and still reads the unusual ones. */
    @Benchmark
    public SchoolTable full() throws IOException {
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder())) {
            return SchoolCsvReader.read(reader, file.toString(), Map.of(), Set.of());
        }
    }

    /** Baseline: read the file's bytes and count its lines, no parsing. */
    @Benchmark
    public long byteScanBaseline() throws IOException {
        long lines = 0;
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return lines;
    }
}

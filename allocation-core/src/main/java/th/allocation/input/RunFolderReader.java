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
package th.allocation.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import th.allocation.InputException;
import th.allocation.Problem;
import th.allocation.codec.ScenarioCodec;
import th.allocation.scenario.Scenario;

/**
 * Reads the output folder of a target run ({@code alloc run} of a scenario with {@code targets}),
 * the "previous run" an evaluation joins realised results to: {@code summary.json} for the scenario
 * as read and the run's inputs (its manifest), {@code allocations.csv} for each school's money,
 * baseline, target and projection, in the columns {@code AllocationWriter} writes.
 *
 * <p>A folder that is not such an output (no {@code allocations.csv} or {@code summary.json}, the
 * output of {@code compare} or {@code sweep}, a run without targets), or whose {@code
 * allocations.csv} has changed since alloc wrote it (its SHA-256 differs from the record alloc keeps
 * in {@code .alloc-output.json}), is an {@link InputException} saying what to run instead. A row
 * that cannot be read is a problem at its line, column and school.
 */
public final class RunFolderReader {
    /** The per-school table of a run. */
    public static final String ALLOCATIONS = "allocations.csv";

    /** The summary, with the manifest. */
    public static final String SUMMARY = "summary.json";

    /** The record of the files alloc wrote. */
    static final String MARKER = ".alloc-output.json";

    /** A summary larger than this is not alloc's: a national one is under 1 MB. */
    private static final long MAX_SUMMARY_BYTES = 256L * 1024 * 1024;

    private RunFolderReader() {}

    /**
     * Reads the run in {@code folder}.
     *
     * @throws InputException if it is not the unchanged output folder of a target run, listing every
     *     problem found
     */
    public static RunFolder read(Path folder) {
        String shown = folder.toString();
        if (!Files.isDirectory(folder)) {
            throw new InputException(Problem.of(
                    shown,
                    Files.exists(folder) ? "This is a file, not a run's output folder." : "The folder does not exist.",
                    "Give the folder 'alloc run' wrote (e.g. out/targets), which holds allocations.csv and"
                            + " summary.json."));
        }
        Path allocations = folder.resolve(ALLOCATIONS);
        Path summary = folder.resolve(SUMMARY);
        if (!Files.isRegularFile(allocations) || !Files.isRegularFile(summary)) {
            String what = Files.isRegularFile(folder.resolve("sweep.csv"))
                    ? "This is the output of 'alloc sweep', not of 'alloc run'."
                    : Files.isRegularFile(folder.resolve("groups.csv"))
                            ? "This is the output of 'alloc compare', not of 'alloc run'."
                            : "The folder has no " + (Files.isRegularFile(summary) ? ALLOCATIONS : SUMMARY)
                                    + ", so it is not the output of 'alloc run'.";
            throw new InputException(Problem.of(
                    shown,
                    what,
                    "Run the target scenario with 'alloc run SCENARIO --out DIR' and give that folder, or give the"
                            + " scenario file itself."));
        }
        Map<String, String> recorded = RunMarker.recordedHashes(folder.resolve(MARKER));
        byte[] summaryBytes = readSummary(summary);
        String summarySha = sha256(summaryBytes);
        String summarySource = folder.resolve(SUMMARY).toString();
        if (recorded.containsKey(SUMMARY) && !recorded.get(SUMMARY).equals(summarySha)) {
            throw changed(summarySource);
        }
        JsonNode root;
        try {
            root = ScenarioCodec.json().readTree(summaryBytes);
        } catch (IOException e) {
            throw new InputException(
                    Problem.of(
                            summarySource,
                            "The file is not valid JSON.",
                            "Run the allocation again: this is not a summary alloc wrote."),
                    e);
        }
        JsonNode manifest = root == null ? null : root.path("manifest");
        if (manifest == null
                || !manifest.path("scenario").isObject()
                || !manifest.path("inputs").isArray()) {
            throw new InputException(Problem.of(
                    summarySource,
                    "The summary has no run manifest (manifest.scenario, manifest.inputs).",
                    "Give the folder of 'alloc run' of a target scenario, or the scenario file itself."));
        }
        Scenario scenario = ScenarioReader.parse(manifest.path("scenario").toString(), summarySource);
        if (scenario.targets() == null) {
            throw new InputException(Problem.of(
                    summarySource,
                    "The run allocated '" + scenario.name() + "' by formula, without targets, so it projected no"
                            + " indicator to evaluate against.",
                    "Evaluate the run of a scenario with a 'targets' section (e.g. examples/thailand/targets.yaml)."));
        }
        List<RunFolder.Input> inputs = new ArrayList<>();
        for (JsonNode input : manifest.path("inputs")) {
            inputs.add(new RunFolder.Input(
                    input.path("role").asText(""),
                    input.path("file").asText(""),
                    input.path("sha256").asText("")));
        }
        MessageDigest digest = newDigest();
        String allocationsSource = allocations.toString();
        RunFolder run;
        try (InputStream in = Files.newInputStream(allocations);
                CsvScanner scanner = new CsvScanner(in, allocationsSource, digest)) {
            run = new AllocationsTable(allocationsSource, scenario).read(scanner, folder, inputs, summarySha, digest);
        } catch (CsvScanner.MalformedCsvException e) {
            throw new InputException(
                    new Problem(
                            allocationsSource,
                            e.line(),
                            0,
                            "",
                            "",
                            "The file is not well-formed CSV from this line on: " + e.getMessage() + ".",
                            "Run the allocation again: alloc writes well-formed CSV."),
                    e);
        } catch (CharacterCodingException e) {
            throw new InputException(
                    Problem.of(allocationsSource, "The file is not valid UTF-8 text.", "Run the allocation again."), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + allocationsSource + ": " + e.getMessage(), e);
        }
        if (recorded.containsKey(ALLOCATIONS) && !recorded.get(ALLOCATIONS).equals(run.allocationsSha256())) {
            throw changed(allocationsSource);
        }
        return run;
    }

    private static InputException changed(String source) {
        return new InputException(Problem.of(
                source,
                "The file has changed since alloc wrote it (its SHA-256 differs from the one in the folder's " + MARKER
                        + "), so it is not what the run allocated.",
                "Run the allocation again into a new folder, and evaluate that; keep edited copies elsewhere."));
    }

    private static byte[] readSummary(Path summary) {
        try {
            if (Files.size(summary) > MAX_SUMMARY_BYTES) {
                throw new InputException(Problem.of(
                        summary.toString(),
                        "The summary is larger than any alloc writes.",
                        "Give the folder of 'alloc run' of a target scenario."));
            }
            return Files.readAllBytes(summary);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + summary + ": " + e.getMessage(), e);
        }
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime.", e);
        }
    }

    static String sha256(byte[] bytes) {
        MessageDigest digest = newDigest();
        digest.update(bytes);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Reads the run's marker (a small JSON list of files and hashes) without the output package. */
    private static final class RunMarker {
        private RunMarker() {}

        /** The SHA-256 the marker records by file path; empty if there is no readable marker. */
        static Map<String, String> recordedHashes(Path marker) {
            if (!Files.isRegularFile(marker)) {
                return Map.of();
            }
            try {
                if (Files.size(marker) > 1 << 20) {
                    return Map.of();
                }
                JsonNode root =
                        ScenarioCodec.json().readTree(new String(Files.readAllBytes(marker), StandardCharsets.UTF_8));
                if (root == null || !root.path("written_by").asText("").equals("alloc")) {
                    return Map.of();
                }
                Map<String, String> hashes = new java.util.HashMap<>();
                for (JsonNode file : root.path("files")) {
                    hashes.put(file.path("path").asText(""), file.path("sha256").asText(""));
                }
                return hashes;
            } catch (IOException e) {
                return Map.of(); // not a record alloc wrote: nothing to compare with
            }
        }
    }
}

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, from outside: {@code --out} replaces a folder only when it is empty or alloc's own
 * unchanged earlier output; anything else exits 2 with one line saying what is there and what to do,
 * and every file stays byte for byte.
 */
class OutputFolderIT {
    private static final String ADVICE =
            "Choose another --out folder, or remove this one yourself if nothing in it is needed.";

    @TempDir
    Path work;

    @Test
    void run_intoAFolderHoldingAnotherToolsSummaryJson_exitsTwoAndKeepsEveryByte() {
        Fixtures.copyExample(work);
        Fixtures.write(work.resolve("proj/summary.json"), "{\"written_by\": \"another tool\"}\n");
        Fixtures.write(work.resolve("proj/thesis.docx"), new byte[] {'P', 'K', 3, 4, 0, 1, 2});
        Fixtures.write(work.resolve("proj/sub/data.csv"), "x,y\n1,2\n");
        SortedMap<String, String> before = Fixtures.snapshot(work);

        AllocProcess.run(work, "run", Fixtures.NEEDS_WEIGHTED, "--out", "proj")
                .assertExitCode(2)
                .assertProblems(List.of("error: proj: The output folder holds 3 files or folders alloc did not"
                        + " write (sub/, summary.json, thesis.docx), so it is not replaced: alloc replaces only an"
                        + " empty folder or its own earlier output, unchanged. " + ADVICE));

        assertEquals(before, Fixtures.snapshot(work), "every file byte for byte, and no staging folder");
    }

    @Test
    void run_outDotInTheScenariosFolderWithAStraySummaryJson_exitsTwoAndDeletesNothing() {
        // One level down, so that the folder beside it is this test's own, not a shared temporary
        // folder where other programs' staging folders come and go.
        Path scenarios = work.resolve("scenarios");
        Fixtures.copyExample(scenarios);
        Fixtures.write(scenarios.resolve("summary.json"), "{}\n");
        SortedMap<String, String> before = Fixtures.snapshot(scenarios);
        List<String> beside = stagingFolders(work);

        AllocProcess.Result result = AllocProcess.run(scenarios, "run", Fixtures.NEEDS_WEIGHTED, "--out", ".")
                .assertExitCode(2);

        assertEquals(1, result.stderrLines().size(), result::describe);
        assertTrue(
                result.stderrLines()
                        .get(0)
                        .startsWith("error: .: The output folder holds 7 files or folders alloc did not write (e.g."
                                + " decentralised.yaml, esa-overrides/, needs-weighted.yaml)"),
                result::describe);
        assertTrue(
                result.stderrLines().get(0).endsWith("Choose another --out folder, e.g. out/result."),
                result::describe);
        assertEquals(before, Fixtures.snapshot(scenarios), "nothing deleted or added");
        assertEquals(beside, stagingFolders(work), "no staging folder beside the working folder");
    }

    @Test
    void run_outIsTheScenariosOwnFolder_exitsTwoAndDeletesNothing() {
        Fixtures.copyExample(work.resolve("inputs"));
        SortedMap<String, String> before = Fixtures.snapshot(work);

        AllocProcess.Result result = AllocProcess.run(
                        work, "run", "inputs/" + Fixtures.NEEDS_WEIGHTED, "--out", "inputs")
                .assertExitCode(2);

        assertTrue(
                result.stderrLines().get(0).startsWith("error: inputs: The output folder holds 6 files or folders"),
                result::describe);
        assertEquals(before, Fixtures.snapshot(work));
    }

    @Test
    void run_intoItsOwnEarlierOutput_replacesItWhole() {
        Fixtures.copyExample(work);
        AllocProcess.run(work, "run", Fixtures.STATUS_QUO, "--out", "result").assertExitCode(0);
        SortedMap<String, String> statusQuo = Fixtures.snapshot(work.resolve("result"));

        AllocProcess.run(work, "run", Fixtures.NEEDS_WEIGHTED, "--out", "result")
                .assertExitCode(0);

        SortedMap<String, String> needsWeighted = Fixtures.snapshot(work.resolve("result"));
        assertEquals(statusQuo.keySet(), needsWeighted.keySet());
        assertNotEquals(statusQuo.get("allocations.csv"), needsWeighted.get("allocations.csv"));
        assertEquals(List.of(), stagingFolders(work), "no staging folder left");
    }

    @Test
    void run_intoAnEarlierOutputWithAFileOfTheUsersAdded_exitsTwoAndKeepsIt() {
        Fixtures.copyExample(work);
        AllocProcess.run(work, "run", Fixtures.NEEDS_WEIGHTED, "--out", "result")
                .assertExitCode(0);
        Fixtures.write(work.resolve("result/notes.txt"), "my reading of the results\n");
        SortedMap<String, String> before = Fixtures.snapshot(work);

        AllocProcess.run(work, "run", Fixtures.NEEDS_WEIGHTED, "--out", "result")
                .assertExitCode(2)
                .assertProblems(List.of("error: result: The output folder holds 1 file alloc did not write"
                        + " (notes.txt), so it is not replaced"));

        assertEquals(before, Fixtures.snapshot(work));
    }

    @Test
    void run_intoAnEarlierOutputWithAnEditedFile_exitsTwoAndKeepsIt() {
        Fixtures.copyExample(work);
        AllocProcess.run(work, "run", Fixtures.NEEDS_WEIGHTED, "--out", "result")
                .assertExitCode(0);
        Fixtures.write(
                work.resolve("result/equity.csv"),
                Fixtures.read(work.resolve("result/equity.csv")).replace("all,all", "all,ALL"));
        SortedMap<String, String> before = Fixtures.snapshot(work);

        AllocProcess.run(work, "run", Fixtures.NEEDS_WEIGHTED, "--out", "result")
                .assertExitCode(2)
                .assertProblems(List.of("error: result: The output folder holds 1 file alloc wrote that has changed"
                        + " since (equity.csv), so it is not replaced"));

        assertEquals(before, Fixtures.snapshot(work));
    }

    @Test
    void run_intoAnEmptyFolder_usesIt() throws IOException {
        Fixtures.copyExample(work);
        Files.createDirectory(work.resolve("empty"));

        AllocProcess.run(work, "run", Fixtures.NEEDS_WEIGHTED, "--out", "empty").assertExitCode(0);

        assertEquals(
                List.of(".alloc-output.json", "allocations.csv", "equity.csv", "summary.json"),
                List.copyOf(Fixtures.snapshot(work.resolve("empty")).keySet()));
    }

    /** Issue 11: the staging folder's name once added about 30 bytes to the output's and broke this. */
    @Test
    void run_outputNameOf240Bytes_writesIt() {
        Fixtures.copyExample(work);
        String name = "result-" + "x".repeat(233);
        assertEquals(240, name.length());

        AllocProcess.run(work, "run", Fixtures.NEEDS_WEIGHTED, "--out", name).assertExitCode(0);

        assertEquals(
                List.of(".alloc-output.json", "allocations.csv", "equity.csv", "summary.json"),
                List.copyOf(Fixtures.snapshot(work.resolve(name)).keySet()));
        assertEquals(List.of(), stagingFolders(work), "no staging folder left");
    }

    @Test
    void run_outputNameLongerThanTheFileSystemAllows_exitsTwoSayingSo() {
        Fixtures.copyExample(work);
        String name = "x".repeat(256);
        SortedMap<String, String> before = Fixtures.snapshot(work);

        AllocProcess.run(work, "run", Fixtures.NEEDS_WEIGHTED, "--out", name)
                .assertExitCode(2)
                .assertProblems(List.of("error: " + name + ": The output folder's name is 256 bytes long; file"
                        + " systems allow at most 255. Choose a shorter --out name."));

        assertEquals(before, Fixtures.snapshot(work));
    }

    /** Rerunning from inside an earlier output with {@code --out .} would leave the shell in a deleted folder. */
    @Test
    void run_outDotInsideItsOwnEarlierOutput_exitsTwoAndKeepsIt() {
        Fixtures.copyExample(work);
        AllocProcess.run(work, "run", Fixtures.NEEDS_WEIGHTED, "--out", "result")
                .assertExitCode(0);
        SortedMap<String, String> before = Fixtures.snapshot(work);

        AllocProcess.run(work.resolve("result"), "run", "../" + Fixtures.NEEDS_WEIGHTED, "--out", ".")
                .assertExitCode(2)
                .assertProblems(List.of("error: .: The output folder is the current folder or holds it; alloc"
                        + " replaces its output folder whole, so it is not replaced. Choose another --out folder,"
                        + " e.g. out/result."));

        assertEquals(before, Fixtures.snapshot(work));
    }

    @Test
    void compareAndSweep_intoAFolderOfTheUsersOwn_exitTwoAndKeepEveryByte() {
        Fixtures.copyExample(work);
        Fixtures.write(work.resolve("mine/summary.json"), "{}\n");
        Fixtures.write(work.resolve("mine/thesis.docx"), "chapter 1\n");
        SortedMap<String, String> before = Fixtures.snapshot(work);
        String refusal = "error: mine: The output folder holds 2 files alloc did not write (summary.json,"
                + " thesis.docx), so it is not replaced";

        AllocProcess.run(work, "compare", Fixtures.STATUS_QUO, Fixtures.NEEDS_WEIGHTED, "--out", "mine")
                .assertExitCode(2)
                .assertProblems(List.of(refusal));
        AllocProcess.run(
                        work,
                        "sweep",
                        Fixtures.NEEDS_WEIGHTED,
                        "--vary",
                        "rule.weights.remote=1.0:1.2:0.1",
                        "--out",
                        "mine")
                .assertExitCode(2)
                .assertProblems(List.of(refusal));

        assertEquals(before, Fixtures.snapshot(work));
    }

    /** The names of the staging folders in {@code folder}, sorted. */
    static List<String> stagingFolders(Path folder) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".alloc-staging-*")) {
            entries.forEach(entry -> names.add(entry.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.sort(null);
        return names;
    }
}
